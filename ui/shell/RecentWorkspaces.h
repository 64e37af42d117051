#pragma once

#include <QStringList>

/// The workspace files opened last, newest first, kept in QSettings. Only SQLite files
/// are remembered: a PostgreSQL connection may carry a password, and secrets never go
/// into QSettings.
class RecentWorkspaces
{
public:
    static constexpr int kMaximum = 8;

    static QStringList files();
    static void add(const QString& filePath);
    static void clear();
};
