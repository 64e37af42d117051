#include "core/demo/DemoWorkspace.h"

#include "core/common/Clock.h"
#include "core/consent/NoticeService.h"
#include "core/consent/PurposeService.h"
#include "core/customers/CustomerBulkWriter.h"
#include "core/customers/CustomerService.h"
#include "core/session/StaffService.h"
#include "core/session/WorkspaceSettings.h"
#include "core/storage/UserRepository.h"
#include "core/thirdparties/RecipientService.h"

#include <QCoreApplication>

#include <random>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);
constexpr int kAdmin = static_cast<int>(Role::Admin);

Customer demoCustomer(const char* ref,
                      const QString& name,
                      const char* email,
                      const char* phone,
                      const char* country,
                      const char* jurisdiction,
                      const char* address,
                      QDate birth)
{
    Customer c;
    c.externalRef = QString::fromLatin1(ref);
    c.fullName = name;
    c.email = QString::fromLatin1(email);
    c.phone = QString::fromLatin1(phone);
    c.country = QString::fromLatin1(country);
    c.jurisdiction = QString::fromLatin1(jurisdiction);
    c.address = QString::fromUtf8(address);
    c.birthDate = birth;
    c.source = QStringLiteral("web_shop");
    return c;
}
} // namespace

QList<DemoWorkspace::Account> DemoWorkspace::accounts()
{
    return {{QStringLiteral("admin"), QStringLiteral("amanah-demo-admin"), kAdmin},
            {QStringLiteral("agent"), QStringLiteral("amanah-demo-agent"), kAgent},
            {QStringLiteral("officer"), QStringLiteral("amanah-demo-officer"), kOfficer},
            {QStringLiteral("manager"), QStringLiteral("amanah-demo-manager"), kManager}};
}

QList<Customer> DemoWorkspace::customers()
{
    return {
        demoCustomer("SHOP-10001",
                     QStringLiteral("Dewi Lestari"),
                     "dewi.lestari@contoh.co.id",
                     "+62 812 3456 7801",
                     "ID",
                     "UU_PDP",
                     "Jl. Melati No. 12, Bandung",
                     QDate(1990, 4, 17)),
        demoCustomer("SHOP-10002",
                     QStringLiteral("Budi Santoso"),
                     "budi.santoso@contoh.co.id",
                     "+62 813 2200 4512",
                     "ID",
                     "UU_PDP",
                     "Jl. Kenanga 5, Surabaya",
                     QDate(1985, 11, 2)),
        demoCustomer("SHOP-10003",
                     QString::fromUtf8("José Álvarez"),
                     "jose.alvarez@ejemplo.es",
                     "+34 612 345 678",
                     "ES",
                     "GDPR",
                     "Calle Mayor 8, Madrid",
                     QDate(1979, 6, 30)),
        demoCustomer("SHOP-10004",
                     QString::fromUtf8("نور الهدى"),
                     "nur.alhuda@example.ae",
                     "+971 50 123 4567",
                     "AE",
                     "UU_PDP",
                     "Al Wasl Road 22, Dubai",
                     QDate(1995, 1, 9)),
        demoCustomer("SHOP-10005",
                     QStringLiteral("Siti Rahmawati"),
                     "siti.rahma@contoh.co.id",
                     "+62 857 1100 2233",
                     "ID",
                     "UU_PDP",
                     "Jl. Diponegoro 41, Yogyakarta",
                     QDate(2000, 8, 21)),
        demoCustomer("SHOP-10006",
                     QStringLiteral("Anna Schmidt"),
                     "anna.schmidt@beispiel.de",
                     "+49 151 2345 6789",
                     "DE",
                     "GDPR",
                     "Hauptstr. 3, Berlin",
                     QDate(1988, 3, 14)),
        demoCustomer("SHOP-10007",
                     QStringLiteral("Made Wirawan"),
                     "made.wirawan@contoh.co.id",
                     "+62 878 6543 2109",
                     "ID",
                     "UU_PDP",
                     "Jl. Sunset Road 88, Denpasar",
                     QDate(1992, 12, 5)),
        demoCustomer("SHOP-10008",
                     QStringLiteral("Emily Carter"),
                     "emily.carter@example.com",
                     "+1 415 555 0142",
                     "US",
                     "CCPA",
                     "500 Market St, San Francisco",
                     QDate(1983, 9, 27)),
    };
}

bool DemoWorkspace::isDemo(const Workspace& workspace)
{
    auto v = workspace.setting(WorkspaceSettings::demo(), QStringLiteral("0"));
    return v && *v == QLatin1String("1");
}

Result<WorkspaceSetupResult>
DemoWorkspace::create(const WorkspaceLocation& location, const KdfParams& kdf, int population)
{
    auto ws = Workspace::open(location, Database::OpenMode::CreateIfMissing);
    if (!ws) {
        return ws.error();
    }
    Authenticator auth(*ws);
    WorkspaceSetupParams params;
    params.name = QCoreApplication::translate("DemoWorkspace", "Demo shop");
    params.jurisdiction = QStringLiteral("UU_PDP");
    params.adminUsername = accounts().first().username;
    params.adminDisplayName = QCoreApplication::translate("DemoWorkspace", "Demo administrator");
    params.adminPassword = accounts().first().password;
    params.demo = true;
    params.kdf = kdf;
    auto setup = auth.setUp(params);
    if (!setup) {
        return setup.error();
    }
    auto admin = setup->session;
    StaffService staff(admin);
    const Database& db = admin->db();
    for (const Account& a : accounts().mid(1)) {
        auto id = staff.add(a.username, a.username.left(1).toUpper() + a.username.mid(1), a.roles, a.password);
        if (!id) {
            return id.error();
        }
        // Demo accounts sign in straight away with the passwords shown on the sign-in screen.
        if (auto st = UserRepository(db).setMustChangePassword(*id, false, Clock::instance().nowMs()); !st) {
            return st.error();
        }
    }
    // Purposes and notices by the officer, customers by an agent, as in real use.
    auto officer = Authenticator(*ws).signIn(accounts().at(2).username, accounts().at(2).password);
    if (!officer) {
        return officer.error();
    }
    if (auto st = createPolicies(*officer); !st) {
        return st.error();
    }
    (*officer)->signOut();
    auto agent = Authenticator(*ws).signIn(accounts().at(1).username, accounts().at(1).password);
    if (!agent) {
        return agent.error();
    }
    CustomerService customers(*agent);
    for (const Customer& c : DemoWorkspace::customers()) {
        if (auto id = customers.create(c); !id) {
            return id.error();
        }
    }
    auto generated = generate(*agent, population);
    // The file is whole (and may be removed, on a failure) once its background checkpoint ends.
    db.waitForCheckpoint();
    if (!generated) {
        return generated.error();
    }
    (*agent)->signOut();
    return setup;
}

// Two recipients for the Third parties page: a local courier and a mailing service abroad.
static Result<QList<qint64>> createDemoRecipients(const std::shared_ptr<Session>& officer)
{
    RecipientService recipients(officer);
    auto existing = recipients.list();
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return QList<qint64>{existing->value(0).id, existing->value(1).id};
    }
    Recipient courier;
    courier.name = QStringLiteral("Kurir Nusantara (demo)");
    courier.country = QStringLiteral("ID");
    courier.dataCategories = {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("phone")};
    courier.agreementDate = QDate(2024, 1, 15);
    courier.contact = QStringLiteral("privasi@kurir-nusantara.example");
    Recipient mailer;
    mailer.name = QStringLiteral("MailBlast Pte Ltd (demo)");
    mailer.country = QStringLiteral("SG");
    mailer.safeguard = QStringLiteral("Standard contractual clauses (2024)");
    mailer.dataCategories = {QStringLiteral("name"), QStringLiteral("email")};
    mailer.agreementDate = QDate(2024, 6, 1);
    mailer.contact = QStringLiteral("dpo@mailblast.example");
    QList<qint64> ids;
    for (const Recipient& r : {courier, mailer}) {
        auto id = recipients.create(r);
        if (!id) {
            return id.error();
        }
        ids << *id;
    }
    return ids;
}

Status DemoWorkspace::createPolicies(const std::shared_ptr<Session>& officer)
{
    auto demoRecipients = createDemoRecipients(officer);
    if (!demoRecipients) {
        return demoRecipients.error();
    }
    PurposeService purposes(officer);
    struct Def
    {
        const char* code;
        const char* name;
        Purpose::LegalBasis basis;
        bool marketing;
        const char* category;
        const char* data;
        int days;
    };
    const Def defs[] = {
        {"order_fulfilment",
         "Order fulfilment and delivery",
         Purpose::LegalBasis::Contract,
         false,
         "Core function",
         "name,address,phone,email",
         3650},
        {"newsletter", "Email newsletter", Purpose::LegalBasis::Consent, true, "Marketing", "name,email", 730},
        {"sms_promotions", "SMS promotions", Purpose::LegalBasis::Consent, true, "Marketing", "name,phone", 730},
        {"personalisation",
         "Personalised recommendations",
         Purpose::LegalBasis::Consent,
         false,
         "Personalisation",
         "purchase_history",
         365},
        {"fraud_prevention",
         "Fraud prevention",
         Purpose::LegalBasis::LegitimateInterest,
         false,
         "Security",
         "name,email,phone,address",
         1825},
    };
    for (const Def& d : defs) {
        if (auto known = purposes.byCode(QString::fromLatin1(d.code)); known) {
            continue;
        }
        Purpose p;
        p.code = QString::fromLatin1(d.code);
        p.name = QString::fromLatin1(d.name);
        p.legalBasis = d.basis;
        p.marketing = d.marketing;
        p.category = QString::fromLatin1(d.category);
        p.dataCategories = QString::fromLatin1(d.data).split(QLatin1Char(','));
        p.retentionDays = d.days;
        if (p.code == QLatin1String("order_fulfilment")) {
            p.recipientIds = {demoRecipients->value(0)};
        } else if (p.code == QLatin1String("newsletter")) {
            p.recipientIds = {demoRecipients->value(1)};
        }
        if (auto id = purposes.create(p); !id) {
            return id.error();
        }
    }
    NoticeService notices(officer);
    auto existing = notices.list();
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return {};
    }
    const QDateTime now = Clock::instance().now();
    const struct
    {
        const char* label;
        int monthsAgo;
        bool material;
    } versions[] = {{"2024-01", 24, true}, {"2025-02", 11, false}, {"2025-10", 3, true}};
    for (const auto& v : versions) {
        NoticeVersion n;
        n.label = QString::fromLatin1(v.label);
        n.language = QStringLiteral("id");
        n.body = QCoreApplication::translate("DemoWorkspace", "Demo privacy notice, version %1.").arg(n.label);
        n.effective = now.addMonths(-v.monthsAgo);
        n.material = v.material;
        if (auto id = notices.publish(n); !id) {
            return id.error();
        }
    }
    return {};
}

namespace {

static const char* const given[]
    = {"Dewi",  "Budi", "Siti",  "Agus",   "Putri", "Rizky",   "Made",    "Ketut", "Wayan", "Nur",
       "Ayu",   "Andi", "Fitri", "Hendra", "Indah", "Joko",    "Lestari", "Rina",  "Yusuf", "Maria",
       "James", "Anna", "Liam",  "Sofia",  "Chen",  "Hiroshi", "Priya",   "Omar",  "Lucas", "Emma"};
static const char* const family[] = {
    "Santoso", "Wijaya",      "Lestari",  "Saputra", "Hidayat", "Kusuma",  "Pratama", "Wirawan", "Nugroho", "Rahmawati",
    "Siregar", "Simanjuntak", "Halim",    "Tanoto",  "Smith",   "Müller",  "García",  "Núñez",   "Dubois",  "Rossi",
    "Tanaka",  "Nguyễn",      "Kowalski", "O'Brien", "Silva",   "Ødegård", "Çelik",   "Łukasz",  "Åberg",   "Ibrahim"};
static const struct
{
    const char* country;
    const char* jurisdiction;
    const char* prefix;
} places[] = {{"ID", "UU_PDP", "+62812"},
              {"ID", "UU_PDP", "+62857"},
              {"ID", "UU_PDP", "+62878"},
              {"DE", "GDPR", "+49151"},
              {"ES", "GDPR", "+34612"},
              {"US", "CCPA", "+1415"},
              {"BR", "LGPD", "+551199"}};

constexpr qint64 kDay = 86400000LL;

// What generate() draws from: its seed, the clock, the consent purposes and notice versions.
struct Generator
{
    quint32 seed;
    std::mt19937 rng;
    qint64 now;
    QList<qint64> purposeIds;
    QList<QPair<qint64, qint64>> notices; // id, effective

    int pick(int n) { return static_cast<int>(rng() % static_cast<quint32>(n)); }

    // Customer @p i of @p count: joined over the last three years, in order (as a real shop's would).
    Customer customer(int i, int count)
    {
        const qint64 span = 3LL * 365 * 24 * 3600 * 1000;
        Customer c;
        const auto& place = places[pick(7)];
        c.fullName = QString::fromUtf8(given[pick(30)]) + QLatin1Char(' ') + QString::fromUtf8(family[pick(30)]);
        c.email = QStringLiteral("c%1.%2@example.test").arg(seed).arg(i);
        c.phone = QString::fromLatin1(place.prefix)
            + QStringLiteral("%1").arg(1000000 + (i % 8999999), 7, 10, QLatin1Char('0'));
        c.externalRef = QStringLiteral("GEN-%1-%2").arg(seed).arg(i, 7, 10, QLatin1Char('0'));
        c.country = QString::fromLatin1(place.country);
        c.jurisdiction = QString::fromLatin1(place.jurisdiction);
        c.language = c.country == QLatin1String("ID") ? QStringLiteral("id") : QStringLiteral("en");
        c.source = QStringLiteral("web_shop");
        const qint64 created = (now - span + span * i / std::max(1, count)) / 1000 * 1000;
        c.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        return c;
    }

    // Two to eight events (five on average) over the consent purposes from @p created on: each
    // purpose's first event grants, later ones withdraw and grant again, some under stale notices.
    std::vector<CustomerBulkWriter::Event> events(qint64 created)
    {
        std::vector<CustomerBulkWriter::Event> out;
        if (purposeIds.isEmpty()) {
            return out;
        }
        const int n = 2 + pick(7);
        const int firstPurpose = pick(static_cast<int>(purposeIds.size()));
        QList<bool> granted(purposeIds.size(), false);
        qint64 at = created;
        const auto channel = static_cast<ConsentEvent::Channel>(pick(5));
        for (int e = 0; e < n; ++e) {
            const int p = (firstPurpose + e) % static_cast<int>(purposeIds.size());
            at += 1000 + static_cast<qint64>(rng() % static_cast<quint32>(e < 3 ? kDay : 120 * kDay));
            qint64 notice = 0;
            for (const auto& [id, effective] : notices) {
                if (effective <= at) {
                    notice = id;
                }
            }
            granted[p] = !granted[p];
            out.push_back({purposeIds.at(p), granted[p], std::min(at, now), channel, notice, QString()});
        }
        return out;
    }
};

} // namespace

Status DemoWorkspace::generate(const std::shared_ptr<Session>& session,
                               int count,
                               quint32 seed,
                               const std::function<void(qint64, qint64)>& progress)
{
    const Database& db = session->db();
    Generator g{seed, std::mt19937(seed), Clock::instance().nowMs(), {}, {}};
    if (auto q = db.exec(QStringLiteral("SELECT id FROM purposes WHERE legal_basis = 'consent' ORDER BY id")); q) {
        while (q->next()) {
            g.purposeIds << q->value(0).toLongLong();
        }
    } else {
        return q.error();
    }
    if (auto q = db.exec(QStringLiteral("SELECT id, effective_at FROM notice_versions ORDER BY id")); q) {
        while (q->next()) {
            g.notices.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
        }
    } else {
        return q.error();
    }
    CustomerBulkWriter writer(session);
    std::vector<CustomerBulkWriter::Item> batch;
    qint64 done = 0;
    // One transaction: the blind indexes are random keys spread over their whole B-trees, so
    // many small commits would write the same index pages to the WAL again and again.
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    for (int i = 0; i < count; ++i) {
        CustomerBulkWriter::Item item;
        item.customer = g.customer(i, count);
        item.events = g.events(item.customer.created.toMSecsSinceEpoch());
        batch.push_back(std::move(item));
        if (batch.size() == 10000 || i + 1 == count) {
            if (auto ids = writer.write(batch); !ids) {
                return ids.error();
            }
            done += static_cast<qint64>(batch.size());
            batch.clear();
            if (progress) {
                progress(done, count);
            }
        }
    }
    return (*tx)->commit();
}
