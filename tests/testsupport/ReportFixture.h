#pragma once

#include "core/common/Clock.h"
#include "core/reports/ReportService.h"
#include "testsupport/TestWorkspace.h"

#include <QDateTime>
#include <QString>

/// A workspace with known requests, consents, erasures and audit actions for the report
/// tests (core, CLI, GUI). Each suite states the figures it expects, computed by hand from
/// the list in ReportFixture.cpp. The workspace's time zone is the UU_PDP default,
/// Asia/Jakarta (UTC+7), so months start at 17:00 UTC the day before.
namespace ReportFixture {

/// "Now" once build() returns: 2026-04-10 10:00 UTC.
QDateTime now();
/// The period the figures are stated for: 2026-01-01 to 2026-03-31.
ReportPeriod period();

/// Fills @p tw (the clock must be @p clock, installed); leaves the clock at now(). Returns
/// the id of one customer (for the permission check), or an empty string and @p error.
QString build(TestWorkspace& tw, MockClock& clock, QString* error);

} // namespace ReportFixture
