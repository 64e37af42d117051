#pragma once

#include "core/storage/WorkspaceLocation.h"

#include <QMap>
#include <QString>
#include <QStringList>

/// Runs the built amanahctl for CLI tests (new suites use this instead of a copy of their own).
namespace CliRunner {

struct Run
{
    int status = -1; ///< exit status; -1 timed out, -2 crashed
    QString out;
    QString err;
};

/// Runs amanahctl with @p args; the environment has no AMANAH_PASSWORD / AMANAH_WORKSPACE
/// unless @p env sets them, and stdin is empty.
Run amanahctl(const QStringList& args, const QMap<QString, QString>& env = {});

/// The --workspace argument naming @p location (a file path or a postgresql:// URL).
QString workspaceArg(const WorkspaceLocation& location);

} // namespace CliRunner
