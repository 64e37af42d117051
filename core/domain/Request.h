#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// A data-subject request, from intake to answer (ARCHITECTURE.md §6).
struct Request
{
    enum class Type { Access, Rectification, Erasure, Restriction, Objection, Portability, ConsentWithdrawal };
    enum class State { Received, IdentityVerification, InReview, Approved, Completed, Rejected, Withdrawn, Executed };

    qint64 id = 0;
    QString customerId;
    Type type = Type::Access;
    QString channel;
    QDateTime received;
    QString jurisdiction;
    QDateTime due;
    QDateTime extendedDue; ///< invalid: not extended
    QString extensionReason;
    State state = State::Received;
    qint64 assignee = 0;
    QString requesterDetails; ///< personal data: stored encrypted
    QString verificationMethod;
    qint64 verifiedBy = 0;
    QDateTime verified;
    QString decision;
    QString reasonCode;
    QString justification;
    QString artefactSha256;
    qint64 preparedBy = 0;
    qint64 approvedBy = 0;
    QDateTime created;
    QDateTime updated;
    int version = 0;
    QDateTime acknowledgeBy; ///< invalid: the law sets no acknowledgement deadline
    qint64 duplicateOf = 0; ///< an earlier open request of the same type and customer (0: none)
    QStringList purposeCodes; ///< objection / consent withdrawal: the purposes it names
    qint64 createdBy = 0;
    qint64 decidedBy = 0;
    QDateTime decided;
    qint64 pausedMs = 0; ///< time the clock stood still while identity was verified (closed pauses)
    QDateTime pausedSince; ///< valid while the clock is paused now

    /// The date the answer is due by, taking an extension and the verification pauses into
    /// account (a pause still running counts up to @p now).
    QDateTime effectiveDue(const QDateTime& now) const
    {
        const QDateTime base = extendedDue.isValid() ? extendedDue : due;
        qint64 paused = pausedMs;
        if (pausedSince.isValid() && now > pausedSince) {
            paused += pausedSince.msecsTo(now);
        }
        return base.addMSecs(paused);
    }
    bool isPaused() const { return pausedSince.isValid(); }
    bool isOpen() const
    {
        return state != State::Completed && state != State::Rejected && state != State::Withdrawn
            && state != State::Executed;
    }

    static QString typeCode(Type t);
    static bool typeFromCode(const QString& code, Type* out);
    static QString stateCode(State s);
    static bool stateFromCode(const QString& code, State* out);
};
