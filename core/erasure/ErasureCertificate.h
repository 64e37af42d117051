#pragma once

#include "core/common/Result.h"
#include "core/erasure/ErasureService.h"
#include "core/session/Session.h"
#include "core/thirdparties/RecipientNotificationService.h"

#include <QString>

#include <functional>
#include <memory>

/// The certificate of erasure (issue #7): a PDF in the workspace language with no personal
/// data: request id, dates, who prepared and who approved, the categories destroyed, the
/// holds kept and until when, the recipients notified. Its SHA-256 is stored on the erasure
/// record and in the audit trail (erasure.certificate).
class ErasureCertificate
{
public:
    using PdfWriter = std::function<Status(const QString& html, const QString& path, const QString& title)>;

    /// The certificate's HTML in @p language ("en" or "id") from an executed erasure.
    static QString html(const ErasureRecord& record, const QList<RecipientCheck>& recipients, const QString& language);
    /// Its title in @p language.
    static QString title(qint64 requestId, const QString& language);
    /// The workspace language: setting "workspace.language", else "id" in a UU_PDP workspace, else "en".
    static QString workspaceLanguage(const Session& session);

    /// Writes the certificate of executed erasure request @p requestId to @p path through
    /// @p pdf and records its SHA-256 (lower-case hex, returned). HandleRequests or ApproveErasure.
    static Result<QString>
    write(const std::shared_ptr<Session>& session, qint64 requestId, const QString& path, const PdfWriter& pdf);
};
