// RequestService, part two: the workflow changes (apply() and the transitions that use it).
#include "core/requests/RequestService.h"

#include "core/common/Clock.h"
#include "core/requests/RequestServiceInternal.h"
#include "core/rules/RequestWorkflow.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestService)
};

using State = Request::State;
using Type = Request::Type;
using RequestInternal::conflict;
const QString kObject = RequestInternal::objectType();
} // namespace

Status RequestService::refuseUnfinishedErasure(const Request& r)
{
    if (r.type != Type::Erasure || r.state != State::Approved) {
        return {};
    }
    // Deleted but not executed yet (the log could not be emptied): withdrawing or rejecting it
    // now would record an erasure that did not happen. Only executing it again moves it on.
    auto n = m_session->db().scalar(QStringLiteral("SELECT count(*) FROM erasures WHERE request_id = ? AND "
                                                   "shredded_at IS NOT NULL AND executed_at IS NULL"),
                                    {r.id});
    if (!n) {
        return n.error();
    }
    if (n->toInt() > 0) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The customer's data was already deleted: execute the erasure again to finish it."));
    }
    return {};
}

Status RequestService::apply(qint64 id,
                             int expectedVersion,
                             Permission permission,
                             const QString& action,
                             const std::function<Status(const Request&, Change*)>& plan)
{
    if (auto st = m_session->require(permission, kObject, QString::number(id)); !st) {
        return st;
    }
    const Database& db = m_session->db();
    auto tx = db.begin();
    if (!tx) {
        return tx.error();
    }
    auto current = load(id);
    if (!current) {
        return current.error();
    }
    const Request& r = *current;
    if (r.version != expectedVersion) {
        return conflict();
    }
    Change c;
    if (auto st = plan(r, &c); !st) {
        return st;
    }
    if (c.to) {
        if (auto st = RequestWorkflow::check(r.type, r.state, *c.to); !st) {
            return st;
        }
        if (auto st = refuseUnfinishedErasure(r); !st) {
            return st;
        }
    } else if (RequestWorkflow::isTerminal(r.state)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("This request is closed (%1); it cannot change.").arg(RequestWorkflow::stateName(r.state)));
    }
    if (c.effects) {
        if (auto st = c.effects(); !st) {
            return st;
        }
    }
    const qint64 now = Clock::instance().nowMs();
    const State to = c.to.value_or(r.state);
    if (c.to) {
        if (r.pausedSince.isValid()) {
            c.sets << QStringLiteral("paused_ms = ?") << QStringLiteral("paused_since = NULL");
            c.values << r.pausedMs + std::max<qint64>(0, now - r.pausedSince.toMSecsSinceEpoch());
        }
        if (to == State::IdentityVerification) {
            auto pauses = pausesDuringVerification(r.jurisdiction);
            if (!pauses) {
                return pauses.error();
            }
            if (*pauses) {
                c.sets << QStringLiteral("paused_since = ?");
                c.values << now;
            }
        }
        c.sets << QStringLiteral("state = ?");
        c.values << Request::stateCode(to);
    }
    c.sets << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    c.values << now;
    auto upd = db.exec(QStringLiteral("UPDATE requests SET ") + c.sets.join(QStringLiteral(", "))
                           + QStringLiteral(" WHERE id = ? AND version = ?"),
                       c.values + QVariantList{id, expectedVersion});
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() != 1) {
        (*tx)->rollback();
        return conflict();
    }
    if (auto ev = db.exec(QStringLiteral("INSERT INTO request_events (request_id, occurred_at, actor, from_state, "
                                         "to_state, note, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {id,
                           now,
                           m_session->user().id,
                           Request::stateCode(r.state),
                           Request::stateCode(to),
                           c.note.trimmed(),
                           c.kind});
        !ev) {
        return ev.error();
    }
    AuditRecord rec;
    rec.action = action;
    rec.objectType = kObject;
    rec.objectId = QString::number(id);
    rec.justification = c.justification.trimmed();
    rec.details = QStringLiteral("type=%1;from=%2;to=%3;version=%4")
                      .arg(Request::typeCode(r.type), Request::stateCode(r.state), Request::stateCode(to))
                      .arg(expectedVersion + 1);
    if (!c.details.isEmpty()) {
        rec.details += QLatin1Char(';') + c.details;
    }
    if (auto st = m_session->audit(rec); !st) {
        return st;
    }
    return (*tx)->commit();
}

Status RequestService::assign(qint64 id, qint64 userId, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::HandleRequests,
                 QStringLiteral("request.assign"),
                 [&](const Request&, Change* c) -> Status {
                     QString name;
                     if (userId) {
                         auto u = m_session->db().exec(
                             QStringLiteral("SELECT roles, username FROM users WHERE id = ? AND disabled = 0"),
                             {userId});
                         if (!u) {
                             return u.error();
                         }
                         if (!u->next() || !Permissions::allows(u->value(0).toInt(), Permission::HandleRequests)) {
                             return Error(ErrorCode::InvalidInput,
                                          Tr::tr("Requests can only be assigned to staff who handle them."));
                         }
                         name = u->value(1).toString();
                     }
                     c->kind = QStringLiteral("assign");
                     c->sets << QStringLiteral("assignee = ?");
                     c->values << (userId ? QVariant(userId) : QVariant());
                     c->note = userId ? Tr::tr("Assigned to %1").arg(name) : Tr::tr("Unassigned");
                     c->details = QStringLiteral("assignee=%1").arg(userId);
                     return {};
                 });
}

Status RequestService::startVerification(qint64 id, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::HandleRequests,
                 QStringLiteral("request.verification_started"),
                 [&](const Request&, Change* c) -> Status {
                     c->to = State::IdentityVerification;
                     c->note = Tr::tr("Identity verification started");
                     return {};
                 });
}

Status RequestService::recordVerification(qint64 id, VerificationMethod method, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::HandleRequests,
                 QStringLiteral("request.verified"),
                 [&](const Request&, Change* c) -> Status {
                     c->to = State::InReview;
                     c->sets << QStringLiteral("verification_method = ?") << QStringLiteral("verified_by = ?")
                             << QStringLiteral("verified_at = ?");
                     c->values << methodCode(method) << m_session->user().id << Clock::instance().nowMs();
                     c->note = Tr::tr("Identity verified: %1").arg(methodName(method));
                     c->details = QStringLiteral("method=%1").arg(methodCode(method));
                     return {};
                 });
}

Status RequestService::approve(qint64 id, const QString& justification, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::DecideRequests,
                 QStringLiteral("request.approve"),
                 [&](const Request&, Change* c) -> Status {
                     if (justification.trimmed().isEmpty()) {
                         return Error(ErrorCode::InvalidInput, Tr::tr("Say why the request is approved."));
                     }
                     c->to = State::Approved;
                     const qint64 now = Clock::instance().nowMs();
                     c->sets << QStringLiteral("decision = 'approved'") << QStringLiteral("justification = ?")
                             << QStringLiteral("approved_by = ?") << QStringLiteral("decided_by = ?")
                             << QStringLiteral("decided_at = ?");
                     c->values << justification.trimmed() << m_session->user().id << m_session->user().id << now;
                     c->note = justification.trimmed();
                     c->justification = justification;
                     return {};
                 });
}

Status RequestService::reject(qint64 id, RejectReason reason, const QString& justification, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::DecideRequests,
                 QStringLiteral("request.reject"),
                 [&](const Request&, Change* c) -> Status {
                     if (justification.trimmed().size() < kMinJustification) {
                         return Error(ErrorCode::InvalidInput,
                                      Tr::tr("Write the justification the customer will read (at least %1 characters).")
                                          .arg(kMinJustification));
                     }
                     c->to = State::Rejected;
                     const qint64 now = Clock::instance().nowMs();
                     c->sets << QStringLiteral("decision = 'rejected'") << QStringLiteral("reason_code = ?")
                             << QStringLiteral("justification = ?") << QStringLiteral("decided_by = ?")
                             << QStringLiteral("decided_at = ?");
                     c->values << reasonCode(reason) << justification.trimmed() << m_session->user().id << now;
                     c->note = reasonName(reason) + QStringLiteral(": ") + justification.trimmed();
                     c->justification = justification;
                     c->details = QStringLiteral("reason=%1").arg(reasonCode(reason));
                     return {};
                 });
}

Result<QDateTime> RequestService::extend(qint64 id, const QString& reason, int expectedVersion)
{
    QDateTime extended;
    auto st = apply(
        id,
        expectedVersion,
        Permission::DecideRequests,
        QStringLiteral("request.extend"),
        [&](const Request& r, Change* c) -> Status {
            if (RequestWorkflow::isTerminal(r.state)) {
                return Error(
                    ErrorCode::InvalidInput,
                    Tr::tr("This request is closed (%1); it cannot change.").arg(RequestWorkflow::stateName(r.state)));
            }
            if (r.extendedDue.isValid()) {
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("This request was already extended; the law allows one extension only."));
            }
            if (reason.trimmed().size() < 10) {
                return Error(
                    ErrorCode::InvalidInput,
                    Tr::tr("Give the reason for the extension; the customer is told it (at least a sentence)."));
            }
            const QDateTime now = Clock::instance().now();
            if (now > r.effectiveDue(now)) {
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("The deadline has passed: an extension must be decided, and told to the customer, "
                                    "before it."));
            }
            auto j = Deadlines::parseJurisdiction(r.jurisdiction);
            if (!j) {
                return j.error();
            }
            auto policy = deadlinePolicy();
            if (!policy) {
                return policy.error();
            }
            auto due = Deadlines::extended(*j, r.type, r.received, *policy);
            if (!due) {
                return due.error();
            }
            extended = *due;
            c->kind = QStringLiteral("extend");
            c->sets << QStringLiteral("extended_due_at = ?") << QStringLiteral("extension_reason = ?");
            c->values << due->toMSecsSinceEpoch() << reason.trimmed();
            c->note = reason.trimmed();
            c->justification = reason;
            c->details = QStringLiteral("due=%1").arg(due->toString(Qt::ISODate));
            return {};
        });
    if (!st) {
        return st.error();
    }
    return extended;
}

Status RequestService::withdraw(qint64 id, const QString& note, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::HandleRequests,
                 QStringLiteral("request.withdraw"),
                 [&](const Request&, Change* c) -> Status {
                     c->to = State::Withdrawn;
                     c->note = note.trimmed().isEmpty() ? Tr::tr("Withdrawn by the customer") : note.trimmed();
                     c->justification = note;
                     return {};
                 });
}

Status RequestService::complete(qint64 id, const QString& note, int expectedVersion)
{
    return apply(id,
                 expectedVersion,
                 Permission::HandleRequests,
                 QStringLiteral("request.complete"),
                 [&](const Request& r, Change* c) -> Status {
                     if (r.type == Type::Access || r.type == Type::Portability) {
                         return Error(
                             ErrorCode::InvalidInput,
                             Tr::tr("An access or portability request is completed by releasing its package."));
                     }
                     if (r.type == Type::Erasure) {
                         return Error(ErrorCode::InvalidInput,
                                      Tr::tr("An erasure request is completed by executing the erasure."));
                     }
                     c->to = State::Completed;
                     c->note = note.trimmed().isEmpty() ? Tr::tr("Fulfilled") : note.trimmed();
                     c->justification = note;
                     // Runs only after the workflow allowed Approved -> Completed.
                     c->effects = [this, r, note] {
                         return applyFulfilment(r, note);
                     };
                     c->details = QStringLiteral("purposes=%1").arg(r.purposeCodes.size());
                     return {};
                 });
}

Status RequestService::completeWithArtefact(
    qint64 id, const QString& sha256, const QString& action, const QString& details, const QString& note)
{
    auto r = load(id);
    if (!r) {
        return r.error();
    }
    return apply(id, r->version, Permission::HandleRequests, action, [&](const Request&, Change* c) -> Status {
        c->to = State::Completed;
        c->sets << QStringLiteral("artefact_sha256 = ?");
        c->values << sha256;
        c->note = note;
        c->details = details;
        return {};
    });
}
