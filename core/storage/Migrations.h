#pragma once

#include "core/storage/WorkspaceLocation.h"

#include <QString>
#include <QStringList>

#include <vector>

/// One numbered step of the schema. Statements are fixed text chosen per backend;
/// nothing in them ever comes from user input.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// The migrations of this build, oldest first, in the dialect of @p backend.
std::vector<Migration> schemaMigrations(WorkspaceLocation::Backend backend);
