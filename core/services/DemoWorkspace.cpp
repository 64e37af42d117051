#include "core/services/DemoWorkspace.h"

#include "core/Clock.h"
#include "core/services/CustomerService.h"
#include "core/services/StaffService.h"
#include "core/services/WorkspaceSettings.h"
#include "core/storage/UserRepository.h"

#include <QCoreApplication>

namespace {
constexpr int kAgent = static_cast<int>(Role::Agent);
constexpr int kOfficer = static_cast<int>(Role::Officer);
constexpr int kManager = static_cast<int>(Role::Manager);
constexpr int kAdmin = static_cast<int>(Role::Admin);

Customer demoCustomer(const char* ref, const QString& name, const char* email, const char* phone, const char* country,
                      const char* jurisdiction, const char* address, QDate birth)
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
        demoCustomer("SHOP-10001", QStringLiteral("Dewi Lestari"), "dewi.lestari@contoh.co.id", "+62 812 3456 7801",
                     "ID", "UU_PDP", "Jl. Melati No. 12, Bandung", QDate(1990, 4, 17)),
        demoCustomer("SHOP-10002", QStringLiteral("Budi Santoso"), "budi.santoso@contoh.co.id", "+62 813 2200 4512",
                     "ID", "UU_PDP", "Jl. Kenanga 5, Surabaya", QDate(1985, 11, 2)),
        demoCustomer("SHOP-10003", QString::fromUtf8("José Álvarez"), "jose.alvarez@ejemplo.es", "+34 612 345 678",
                     "ES", "GDPR", "Calle Mayor 8, Madrid", QDate(1979, 6, 30)),
        demoCustomer("SHOP-10004", QString::fromUtf8("نور الهدى"), "nur.alhuda@example.ae", "+971 50 123 4567", "AE",
                     "UU_PDP", "Al Wasl Road 22, Dubai", QDate(1995, 1, 9)),
        demoCustomer("SHOP-10005", QStringLiteral("Siti Rahmawati"), "siti.rahma@contoh.co.id", "+62 857 1100 2233",
                     "ID", "UU_PDP", "Jl. Diponegoro 41, Yogyakarta", QDate(2000, 8, 21)),
        demoCustomer("SHOP-10006", QStringLiteral("Anna Schmidt"), "anna.schmidt@beispiel.de", "+49 151 2345 6789",
                     "DE", "GDPR", "Hauptstr. 3, Berlin", QDate(1988, 3, 14)),
        demoCustomer("SHOP-10007", QStringLiteral("Made Wirawan"), "made.wirawan@contoh.co.id", "+62 878 6543 2109",
                     "ID", "UU_PDP", "Jl. Sunset Road 88, Denpasar", QDate(1992, 12, 5)),
        demoCustomer("SHOP-10008", QStringLiteral("Emily Carter"), "emily.carter@example.com", "+1 415 555 0142", "US",
                     "CCPA", "500 Market St, San Francisco", QDate(1983, 9, 27)),
    };
}

bool DemoWorkspace::isDemo(const Workspace& workspace)
{
    auto v = workspace.setting(WorkspaceSettings::demo(), QStringLiteral("0"));
    return v && *v == QLatin1String("1");
}

Result<WorkspaceSetupResult> DemoWorkspace::create(const WorkspaceLocation& location, const KdfParams& kdf)
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
    // Customers are created by an agent, as in real use.
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
    (*agent)->signOut();
    return setup;
}
