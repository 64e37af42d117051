#include "core/rules/PasswordPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <mutex>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};

const QSet<QString>& blocklist()
{
    static QSet<QString> set;
    static std::once_flag once;
    std::call_once(once, [] {
        for (const char* name : {":/passwords/cracklib-small.txt", ":/passwords/common.txt"}) {
            QFile f(QString::fromLatin1(name));
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QList<QByteArray> lines = f.readAll().split('\n');
            for (const QByteArray& raw : lines) {
                const QByteArray line = raw.trimmed();
                if (!line.isEmpty() && !line.startsWith('#')) {
                    set.insert(QString::fromUtf8(line).toLower());
                }
            }
        }
    });
    return set;
}

int codePoints(const QString& s)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate())) {
            ++n;
        }
    }
    return n;
}

} // namespace

bool PasswordPolicy::isBlocked(const QString& password)
{
    return blocklist().contains(password.normalized(QString::NormalizationForm_KC).toLower());
}

int PasswordPolicy::blocklistSize()
{
    return blocklist().size();
}

Status PasswordPolicy::check(const QString& password, bool hasSecondFactor, const QString& username)
{
    const QString normalised = password.normalized(QString::NormalizationForm_KC);
    const int length = codePoints(normalised);
    const int minimum = hasSecondFactor ? kMinWithSecondFactor : kMinWithoutSecondFactor;
    if (length < minimum) {
        return Error(ErrorCode::InvalidInput,
                     hasSecondFactor
                         ? Tr::tr("The password is too short: use at least %1 characters.").arg(minimum)
                         : Tr::tr("The password is too short: without two-factor sign-in use at least %1 characters. "
                                  "A few unrelated words make a long password that is easy to remember.")
                               .arg(minimum));
    }
    if (length > kMax) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The password is too long: use at most %1 characters.").arg(kMax));
    }
    if (isBlocked(normalised)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("This password is on a list of commonly used passwords that attackers try first. "
                            "Choose another."));
    }
    if (!username.isEmpty() && normalised.compare(username, Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The password must not be your user name."));
    }
    return {};
}
