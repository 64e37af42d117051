#pragma once

#include "core/common/Result.h"
#include "core/storage/WorkspaceLocation.h"

#include <QString>
#include <QTest>

/// Which database the suite runs on (AMANAH_TEST_BACKEND=sqlite|postgres, set by CTest),
/// and fresh empty workspaces on it: a file in a temporary folder, or a new database on
/// the throwaway cluster that scripts/test.sh starts (AMANAH_TEST_PG).
namespace TestBackend {

/// True when this run is the PostgreSQL one.
bool isPostgres();

/// Empty when the backend can be used; otherwise why not.
QString unavailableReason();

/// A location for a new, empty workspace. SQLite: @p dir/@p fileName (not created).
/// PostgreSQL: a freshly created database owned by the application role.
Result<WorkspaceLocation> freshLocation(const QString& dir, const QString& fileName = QStringLiteral("ws.amanah"));

/// The same database as @p location, but as the cluster's superuser (for tests that tamper
/// with rows behind the application's back). Only meaningful on PostgreSQL.
WorkspaceLocation asSuperuser(const WorkspaceLocation& location);

/// The admin connection string of the test cluster (empty when none).
QString postgresUrl();

} // namespace TestBackend

/// Skips the test when its backend is not there, but fails under CI=true: CI never skips
/// the PostgreSQL suite silently.
#define AMANAH_REQUIRE_BACKEND()                                                                                       \
    do {                                                                                                               \
        const QString amanahWhy = TestBackend::unavailableReason();                                                    \
        if (!amanahWhy.isEmpty()) {                                                                                    \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(amanahWhy));                                                                          \
            QSKIP(qPrintable(amanahWhy));                                                                              \
        }                                                                                                              \
    } while (false)
