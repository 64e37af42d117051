#include "Bench.h"

#include "core/crypto/Crypto.h"

#include <QGuiApplication>
#include <QStringList>

#include <cstdio>

namespace Bench {

std::vector<Section>& sections()
{
    static std::vector<Section> all;
    return all;
}

Registration::Registration(const char* name, SectionFunction run)
{
    sections().push_back({name, run});
}

void report(const char* name, double value)
{
    std::printf("%s %.1f\n", name, value);
    std::fflush(stdout);
}

} // namespace Bench

// Usage: amanah_benchmarks [section ...]   (no argument: every section; --list: names only)
int main(int argc, char** argv)
{
    // A GUI application for the PDF documents (fonts), on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    QGuiApplication app(argc, argv);
    const Status crypto = Crypto::init();
    if (!crypto.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(crypto.errorString()));
        return 1;
    }
    QStringList wanted = app.arguments().mid(1);
    if (wanted.contains(QStringLiteral("--list"))) {
        for (const Bench::Section& section : Bench::sections()) {
            std::printf("%s\n", section.name);
        }
        return 0;
    }
    int ran = 0;
    for (const Bench::Section& section : Bench::sections()) {
        if (wanted.isEmpty() || wanted.contains(QLatin1String(section.name))) {
            section.run();
            ++ran;
        }
    }
    if (ran == 0) {
        std::fprintf(stderr, "No benchmark section matches; use --list.\n");
        return 2;
    }
    return 0;
}
