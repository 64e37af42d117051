#pragma once

#include <QDateTime>
#include <QString>

/// A data-subject request, from intake to answer (ARCHITECTURE.md §6).
struct Request
{
    enum class Type { Access, Rectification, Erasure, Restriction, Objection, Portability, ConsentWithdrawal };
    enum class State {
        Received,
        IdentityVerification,
        InReview,
        Approved,
        Completed,
        Rejected,
        Withdrawn,
        Executed
    };

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

    /// The date the answer is due by, taking an extension into account.
    QDateTime effectiveDue() const { return extendedDue.isValid() ? extendedDue : due; }
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
