// ConsentService's audience export (split from ConsentService.cpp): the CSV of the customers
// mayUse() allows for a purpose, the recipients an export can name, and the disclosures
// recorded when it names one.
#include "core/common/Clock.h"
#include "core/consent/ConsentService.h"
#include "core/crypto/CustomerKey.h"
#include "core/io/CsvWriter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsentService)
};

// Disclosure rows per INSERT.
constexpr qsizetype kDisclosuresPerInsert = 100;

/// One disclosure (source 'export') per customer in @p ids to @p recipientId for the purpose,
/// in the caller's transaction.
Status recordDisclosures(const Database& db,
                         const QStringList& ids,
                         qint64 recipientId,
                         qint64 purposeId,
                         const QString& categories,
                         qint64 userId)
{
    const qint64 now = Clock::instance().nowMs();
    const QVariant recordedBy = userId ? QVariant(userId) : QVariant(QMetaType(QMetaType::LongLong));
    for (qsizetype at = 0; at < ids.size(); at += kDisclosuresPerInsert) {
        const qsizetype end = std::min(ids.size(), at + kDisclosuresPerInsert);
        QString sql = QStringLiteral("INSERT INTO disclosures (customer_id, recipient_id, purpose_id, disclosed_at, "
                                     "data_categories, source, recorded_by, created_at) VALUES ");
        QVariantList values;
        for (qsizetype i = at; i < end; ++i) {
            sql += i == at ? QStringLiteral("(?, ?, ?, ?, ?, 'export', ?, ?)")
                           : QStringLiteral(", (?, ?, ?, ?, ?, 'export', ?, ?)");
            values << ids.at(i) << recipientId << purposeId << now << categories << recordedBy << now;
        }
        if (auto q = db.exec(sql, values); !q) {
            return q.error();
        }
    }
    return {};
}

} // namespace

Result<QList<ConsentService::ExportRecipient>> ConsentService::exportRecipients()
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("recipients")); !st) {
        return st.error();
    }
    auto q = m_session->db().exec(QStringLiteral("SELECT id, name FROM recipients ORDER BY name, id"));
    if (!q) {
        return q.error();
    }
    QList<ExportRecipient> list;
    while (q->next()) {
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    }
    return list;
}

Result<ConsentService::ExportResult>
ConsentService::exportAudience(const QString& purposeCode, QIODevice* out, const Progress& progress, qint64 recipientId)
{
    if (auto st = m_session->require(Permission::ManagePolicy, QStringLiteral("purpose"), purposeCode); !st) {
        return st.error();
    }
    if (!m_session->can(Permission::ViewCustomers)) {
        if (auto st = m_session->require(Permission::ViewCustomers, QStringLiteral("purpose"), purposeCode); !st) {
            return st.error();
        }
    }
    if (!out || !out->isWritable()) {
        return Error(ErrorCode::InvalidInput, Tr::tr("The export file cannot be written."));
    }
    auto p = purposeRow(purposeCode);
    if (!p) {
        return p.error();
    }
    if (!p->active) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The purpose is no longer active; there is no audience to export."));
    }
    const Database& db = m_session->db();
    QString categories;
    if (recipientId) {
        auto name = db.scalar(QStringLiteral("SELECT name FROM recipients WHERE id = ?"), {recipientId});
        if (!name) {
            return name.error();
        }
        if (name->isNull()) {
            return Error(ErrorCode::NotFound, Tr::tr("There is no such recipient."));
        }
        auto cats = db.scalar(QStringLiteral("SELECT data_categories FROM purposes WHERE id = ?"), {p->id});
        if (!cats) {
            return cats.error();
        }
        categories = cats->toString();
    }
    QStringList exported; // ids, only when a recipient is named (one disclosure each)
    const Vault vault = m_session->vault();
    const QString table = QStringLiteral("customers");
    auto write = [&](const QString& text) -> Status {
        const QByteArray bytes = text.toUtf8();
        if (out->write(bytes) != bytes.size()) {
            return Error(ErrorCode::Storage,
                         Tr::tr("The export file could not be written: %1").arg(out->errorString()));
        }
        return {};
    };
    if (auto st = write(CsvWriter::row({QStringLiteral("customer_id"),
                                        QStringLiteral("external_ref"),
                                        QStringLiteral("full_name"),
                                        QStringLiteral("email"),
                                        QStringLiteral("phone"),
                                        QStringLiteral("language"),
                                        QStringLiteral("consent_at")}));
        !st) {
        return st.error();
    }
    qint64 total = 0;
    qint64 done = 0;
    QStringList damaged;
    auto st = forEachAudienceBatch(
        *p,
        [&](const QList<QPair<QString, qint64>>& rows) -> Status {
            QVariantList ids;
            QString marks;
            for (const auto& r : rows) {
                ids << r.first;
                marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
            }
            auto q = db.exec(QStringLiteral("SELECT c.id, c.external_ref, c.full_name, c.email, c.phone, c.language, "
                                            "k.wrapped FROM customers c JOIN customer_keys k ON k.customer_id = c.id "
                                            "WHERE c.id IN (")
                                 + marks + QStringLiteral(")"),
                             ids);
            if (!q) {
                return q.error();
            }
            QHash<QString, QStringList> lines;
            while (q->next()) {
                const QString id = q->value(0).toString();
                // A damaged customer is left out and named; the export goes on for everyone else.
                auto key = vault.unwrapCustomerKey(id, q->value(6).toByteArray());
                if (!key) {
                    damaged << id;
                    continue;
                }
                QStringList cells{id};
                static const char* const columns[] = {"external_ref", "full_name", "email", "phone"};
                for (int i = 0; i < 4; ++i) {
                    QString v;
                    if (!q->value(1 + i).isNull()) {
                        auto plain = key->decryptField(
                            q->value(1 + i).toByteArray(), table, QString::fromLatin1(columns[i]), id);
                        if (!plain) {
                            damaged << id;
                            cells.clear();
                            break;
                        }
                        v = *plain;
                    }
                    cells << v;
                }
                if (cells.isEmpty()) {
                    continue;
                }
                cells << q->value(5).toString();
                lines.insert(id, cells);
            }
            for (const auto& r : rows) {
                QStringList cells = lines.value(r.first);
                if (cells.isEmpty()) {
                    continue;
                }
                cells << (r.second ? QDateTime::fromMSecsSinceEpoch(r.second, Qt::UTC).toString(Qt::ISODate)
                                   : QString());
                if (auto w = write(CsvWriter::row(cells)); !w) {
                    return w;
                }
                if (recipientId) {
                    exported << r.first;
                }
                ++done;
            }
            if (progress && !progress(done, total)) {
                return Error(ErrorCode::Cancelled, Tr::tr("The export was cancelled."));
            }
            return {};
        },
        &total);
    if (!st) {
        return st.error();
    }
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    AuditRecord rec;
    rec.action = QStringLiteral("audience.export");
    rec.objectType = QStringLiteral("purpose");
    rec.objectId = purposeCode.trimmed();
    rec.details = QStringLiteral("count=%1").arg(done);
    if (!damaged.isEmpty()) {
        rec.details += QStringLiteral(";damaged=%1").arg(damaged.size());
    }
    if (recipientId) {
        rec.details += QStringLiteral(";recipient=%1").arg(recipientId);
        if (auto d = recordDisclosures(db, exported, recipientId, p->id, categories, m_session->user().id); !d) {
            return d.error();
        }
    }
    if (auto a = m_session->audit(rec); !a) {
        return a.error();
    }
    if (auto c = (*tx)->commit(); !c) {
        return c.error();
    }
    std::sort(damaged.begin(), damaged.end());
    return ExportResult{done, damaged};
}
