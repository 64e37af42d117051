// Customers and consent at scale: import rate (vs plain SQLite), population build, name
// index build and memory, exact lookup, name search, first page of the Customers table.
// Size: AMANAH_BENCH_CUSTOMERS (default 1,000,000); import rows: AMANAH_BENCH_IMPORT (50,000).
#include "Bench.h"

#include "core/customers/CustomerImporter.h"
#include "core/customers/CustomerService.h"
#include "core/customers/NameIndex.h"
#include "core/demo/DemoWorkspace.h"
#include "testsupport/TestWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// @p tag keeps the emails, references and phones of one file apart from another's.
QByteArray importCsv(int rows, const QString& tag = QStringLiteral("imp"), int phoneBase = 1000000)
{
    static const char* const names[] = {"Dewi Lestari",
                                        "Budi Santoso",
                                        "José Álvarez",
                                        "Siti Rahmawati",
                                        "Anna Schmidt",
                                        "Made Wirawan",
                                        "Emily Carter",
                                        "Nur Hidayat"};
    QByteArray csv("name,email,phone,country,external_ref,consent:newsletter,consent_date\n");
    for (int i = 0; i < rows; ++i) {
        const QString n = QString::number(i);
        csv += (QString::fromUtf8(names[i % 8]) + QLatin1Char(' ') + n + QLatin1Char(',') + tag + n
                + QStringLiteral("@example.test,+62812")
                + QStringLiteral("%1").arg(phoneBase + i, 7, 10, QLatin1Char('0')) + QStringLiteral(",ID,")
                + tag.toUpper() + QLatin1Char('-') + n + QLatin1Char(',')
                + (i % 3 ? QStringLiteral("yes") : QStringLiteral("no")) + QStringLiteral(",2025-06-01\n"))
                   .toUtf8();
    }
    return csv;
}

// The same rows into a plain SQLite table: no encryption, no blind index, one transaction.
double plainInsertRate(const QByteArray& csv, const QString& path)
{
    const QString name = QStringLiteral("bench-plain");
    double rate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA page_size=16384")); // as a new workspace (Database::migrate)
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, name TEXT, email TEXT, phone TEXT, "
                              "country TEXT, ref TEXT UNIQUE, consent TEXT, at TEXT)"));
        const QList<QByteArray> lines = csv.split('\n');
        QElapsedTimer t;
        t.start();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO c (name, email, phone, country, ref, consent, at) VALUES (?, ?, ?, ?, "
                                 "?, ?, ?)"));
        int n = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).split(',');
            if (f.size() < 7) {
                continue;
            }
            for (int k = 0; k < 7; ++k) {
                q.bindValue(k, QString::fromUtf8(f.at(k)));
            }
            q.exec();
            ++n;
        }
        db.commit();
        rate = n * 1000.0 / msSince(t);
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

// The machine's 1-minute load average (figures are only comparable at a similar load).
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

// This process's resident memory in MiB.
double rssMib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

template <typename F> double averageMs(int runs, F&& f)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < runs; ++i) {
        f(i);
    }
    return msSince(t) / runs;
}

// Import: CSV parse + validation (libphonenumber) + encryption + insert, one transaction,
// against a plain SQLite insert of the same rows. False when the import failed.
bool importRate(const std::shared_ptr<Session>& staff,
                const char* section,
                int rows,
                const QString& tag = QStringLiteral("imp"),
                int phoneBase = 1000000)
{
    const QByteArray csv = importCsv(rows, tag, phoneBase);
    CustomerImporter importer(staff);
    QElapsedTimer t;
    t.start();
    auto report = importer.run(csv, CustomerImporter::guessMapping(CustomerImporter::header(csv)));
    const double importMs = msSince(t);
    // The import returns once committed; the copy of its pages from the write-ahead log into
    // the database file goes on in the background (Database::checkpointInBackground).
    const qint64 checkpointMs = staff->db().waitForCheckpoint();
    const double checkpointedMs = msSince(t);
    if (!report.ok() || report->imported != rows) {
        std::fprintf(stderr, "%s: import failed: %s\n", section, qPrintable(report.errorString()));
        return false;
    }
    const double rate = rows * 1000.0 / importMs;
    QTemporaryDir plainDir;
    const double plainRate = plainInsertRate(csv, plainDir.filePath(QStringLiteral("plain.sqlite")));
    const QByteArray prefix(section);
    Bench::report((prefix + ".import_rows").constData(), rows);
    Bench::report((prefix + ".import_per_s").constData(), rate);
    Bench::report((prefix + ".background_checkpoint_ms").constData(), static_cast<double>(checkpointMs));
    Bench::report((prefix + ".import_until_checkpointed_per_s").constData(), rows * 1000.0 / checkpointedMs);
    Bench::report((prefix + ".plain_sqlite_insert_per_s").constData(), plainRate);
    Bench::report((prefix + ".import_vs_plain_ratio_x100").constData(), 100.0 * rate / plainRate);
    Bench::report((prefix + ".load_average_1m").constData(), loadAverage());
    return true;
}

} // namespace

// The import alone (AMANAH_BENCH_IMPORT rows, default 50,000) into an empty workspace.
AMANAH_BENCH_SECTION(import)
{
    qputenv("AMANAH_TEST_BACKEND", "sqlite");
    TestWorkspace tw;
    auto staff
        = tw.signInNewUser(QStringLiteral("bench"), static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer));
    if (!tw.ok() || !staff || !DemoWorkspace::createPolicies(staff).ok()) {
        std::fprintf(stderr, "import: set-up failed\n");
        return;
    }
    Bench::report("import.load_average_1m", loadAverage());
    importRate(staff, "import", envInt("AMANAH_BENCH_IMPORT", 50000));
}

AMANAH_BENCH_SECTION(customers)
{
    const int population = envInt("AMANAH_BENCH_CUSTOMERS", 1000000);
    const int importRows = envInt("AMANAH_BENCH_IMPORT", 50000);
    qputenv("AMANAH_TEST_BACKEND", "sqlite");
    TestWorkspace tw;
    if (!tw.ok()) {
        std::fprintf(stderr, "customers: %s\n", qPrintable(tw.errorString()));
        return;
    }
    auto staff
        = tw.signInNewUser(QStringLiteral("bench"), static_cast<int>(Role::Agent) | static_cast<int>(Role::Officer));
    if (!staff || !DemoWorkspace::createPolicies(staff).ok()) {
        std::fprintf(stderr, "customers: set-up failed\n");
        return;
    }

    // The parts of one imported row, one core.
    {
        const Vault vault = staff->vault();
        QByteArray wrapped;
        Bench::report("customers.part_new_customer_key_per_s", Bench::ratePerSecond([&] {
                          Bench::keep(
                              vault.newCustomerKey(QStringLiteral("8f0c1e52-0000-4000-8000-000000000001"), &wrapped));
                      }));
        auto key = vault.newCustomerKey(QStringLiteral("x"), &wrapped);
        Bench::report("customers.part_unwrap_key_per_s", Bench::ratePerSecond([&] {
                          Bench::keep(vault.unwrapCustomerKey(QStringLiteral("x"), wrapped));
                      }));
        Bench::report("customers.part_encrypt_field_per_s", Bench::ratePerSecond([&] {
                          Bench::keep(key->encryptField(QStringLiteral("Dewi Lestari"),
                                                        QStringLiteral("customers"),
                                                        QStringLiteral("full_name"),
                                                        QStringLiteral("x")));
                      }));
        Bench::report("customers.part_phone_e164_per_s", Bench::ratePerSecond([&] {
                          Bench::keep(
                              CustomerService::normalisePhone(QStringLiteral("0812 3456 7801"), QStringLiteral("ID")));
                      }));
    }

    Bench::report("customers.load_average_1m", loadAverage());
    if (!importRate(staff, "customers", importRows)) {
        return;
    }
    QElapsedTimer t;

    // Population through the same encryption path, in batches.
    t.restart();
    const int rest = std::max(0, population - importRows);
    auto gen = DemoWorkspace::generate(staff, rest, 7, [&](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total) {
            std::fprintf(stderr,
                         "  generated %lld / %lld (%.0f s)\n",
                         static_cast<long long>(done),
                         static_cast<long long>(total),
                         msSince(t) / 1000);
        }
    });
    if (!gen.ok()) {
        std::fprintf(stderr, "customers: generate failed: %s\n", qPrintable(gen.errorString()));
        return;
    }
    const Database& db = staff->db();
    const double builtMs = msSince(t);
    // Its background checkpoint ends before the next figures are taken.
    Bench::report("customers.population_checkpoint_ms", static_cast<double>(db.waitForCheckpoint()));
    const double customers = db.scalar(QStringLiteral("SELECT count(*) FROM customers"))->toDouble();
    const double events = db.scalar(QStringLiteral("SELECT count(*) FROM consent_events"))->toDouble();
    Bench::report("customers.population", customers);
    Bench::report("customers.consent_events", events);
    Bench::report("customers.population_build_s", builtMs / 1000);
    Bench::report("customers.population_build_per_s", rest * 1000.0 / builtMs);
    Bench::report("customers.consent_events_per_customer", events / customers);
    Bench::report("customers.load_average_1m", loadAverage());
    // The same import into the full workspace: its duplicate checks probe a million rows and
    // its inserts land in large indexes.
    if (!importRate(staff, "customers.into_population", importRows, QStringLiteral("late"), 3000000)) {
        return;
    }

    CustomerService svc(staff);
    // The table's first page before the index: keyset query + decrypt 100 rows.
    Bench::report("customers.first_page_100_ms", averageMs(5, [&](int) { Bench::keep(svc.list({}, {}, 100)); }));
    CustomerService::Filter active;
    active.status = Customer::Status::Active;
    Bench::report("customers.first_page_active_ms", averageMs(5, [&](int) { Bench::keep(svc.list(active, {}, 100)); }));
    CustomerService::Filter stale;
    stale.consent = CustomerService::ConsentFilter::NeedsReconsent;
    Bench::report("customers.first_page_needs_reconsent_ms",
                  averageMs(3, [&](int) { Bench::keep(svc.list(stale, {}, 100)); }));
    t.restart();
    Bench::keep(svc.count({}));
    Bench::report("customers.count_all_ms", msSince(t));

    // Exact lookups by blind index.
    Bench::report("customers.lookup_email_ms", averageMs(1000, [&](int i) {
                      Bench::keep(svc.find(CustomerService::Lookup::Email,
                                           QStringLiteral("imp%1@example.test").arg(i * 37 % importRows)));
                  }));
    Bench::report("customers.lookup_phone_ms", averageMs(1000, [&](int i) {
                      Bench::keep(svc.find(CustomerService::Lookup::Phone,
                                           QStringLiteral("+62812%1").arg(1000000 + i * 37 % importRows)));
                  }));
    Bench::report("customers.lookup_ref_ms", averageMs(1000, [&](int i) {
                      Bench::keep(svc.find(CustomerService::Lookup::ExternalRef,
                                           QStringLiteral("IMP-%1").arg(i * 37 % importRows)));
                  }));
    // A generated customer (seed 7), somewhere in the middle of the population.
    Bench::report("customers.lookup_email_generated_ms", averageMs(1000, [&](int i) {
                      Bench::keep(svc.find(CustomerService::Lookup::Email,
                                           QStringLiteral("c7.%1@example.test").arg(i * 7919 % std::max(1, rest))));
                  }));

    // Name index: build (all cores), memory, search, and the first page through it.
    auto index = NameIndex::forWorkspace(tw.workspace().get());
    t.restart();
    auto built = index->buildInBackground(staff).result();
    if (!built.ok()) {
        std::fprintf(stderr, "customers: index failed: %s\n", qPrintable(built.errorString()));
        return;
    }
    Bench::report("customers.name_index_build_ms", msSince(t));
    Bench::report("customers.name_index_mib", static_cast<double>(index->memoryBytes()) / (1024.0 * 1024.0));
    Bench::report("customers.process_rss_mib", rssMib());
    for (const char* q : {"dewi", "jose alvarez", "santoso", "a", "zzzz"}) {
        const QString text = QString::fromUtf8(q);
        qint64 total = 0;
        const double ms = averageMs(10, [&](int) {
            auto r = svc.search(text, {}, 5000);
            total = r ? r->total : -1;
        });
        std::printf("customers.name_search_ms[%s] %.2f (matches %lld)\n", q, ms, static_cast<long long>(total));
        std::fflush(stdout);
    }
    Bench::report("customers.first_page_via_index_ms", averageMs(5, [&](int) {
                      QStringList ids;
                      for (int r = 0; r < 100; ++r) {
                          ids << index->idAt(index->size() / 2 + r);
                      }
                      Bench::keep(svc.summaries(ids));
                  }));
}
