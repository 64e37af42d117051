#include "core/documents/DocumentRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)
};
} // namespace

Status DocumentRenderer::htmlToPdf(const QString& html, const QString& path, const QString& title)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Error(ErrorCode::InvalidInput, Tr::tr("PDF documents need the graphical application to be running."));
    }
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            return Error(ErrorCode::ReadOnly,
                         Tr::tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Amanah"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    QTextDocument doc;
    doc.setHtml(html);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.print(&writer);
    if (QFile(path).size() == 0) {
        return Error(ErrorCode::ReadOnly,
                     Tr::tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}
