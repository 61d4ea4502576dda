#include "ui/statusline.h"
#include "core/text/units.h"

#include "core/sync/profile.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

namespace lt::ui {

StatusLine::StatusLine(QStatusBar *bar, QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_syncState = new QLabel(window);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setTextFormat(Qt::RichText);
    connect(m_syncState, &QLabel::linkActivated, this, [this] {
        QMessageBox box(QMessageBox::Warning, tr("Synchronisation"),
                        tr("The last synchronisation reported:"), QMessageBox::Ok, m_window);
        box.setDetailedText(
            QString(m_problem).replace(QStringLiteral(" · "), QStringLiteral("\n")));
        box.setInformativeText(m_problem.section(QStringLiteral(" · "), 0, 0));
        box.exec();
    });
    bar->addWidget(m_syncState, 1);
    m_fileProgress = new QProgressBar(window);
    m_fileProgress->setObjectName(QStringLiteral("fileProgress"));
    m_fileProgress->setMaximumWidth(160);
    m_fileProgress->setFormat(tr("Files %v/%m"));
    m_fileProgress->hide();
    bar->addPermanentWidget(m_fileProgress);
    m_offlineSpace = new QLabel(window);
    m_offlineSpace->setObjectName(QStringLiteral("offlineSpace"));
    bar->addPermanentWidget(m_offlineSpace);
    m_connection = new QLabel(tr("Offline · not signed in"), window);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    bar->addPermanentWidget(m_connection);
}

void StatusLine::setSyncing()
{
    m_syncState->setText(tr("Synchronising…"));
}

void StatusLine::setFileProgress(int done, int total)
{
    m_fileProgress->setRange(0, std::max(1, total));
    m_fileProgress->setValue(done);
    m_fileProgress->setVisible(done < total);
}

void StatusLine::show(sync::Profile &profile, bool online, const QString &problem)
{
    const auto &settings = profile.settings();
    if (!profile.isSignedIn()) {
        m_connection->setText(tr("Offline · not signed in"));
    } else {
        m_connection->setText((online ? tr("Online") : tr("Offline")) + QStringLiteral(" · ") +
                              settings.fullName + QStringLiteral(" · ") + settings.server.host());
    }
    const QString last = profile.cache().meta(QStringLiteral("last_sync")).valueOr(QString());
    QString text = last.isEmpty() ? tr("Never synchronised")
                                  : tr("Last synchronised %1")
                                        .arg(QDateTime::fromString(last, Qt::ISODate)
                                                 .toLocalTime()
                                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    const int pending = profile.outbox().countPending().valueOr(0);
    if (pending > 0)
        text += QStringLiteral(" · ") + tr("%n action(s) waiting to be sent", nullptr, pending);
    // A problem is a link: its details (every message) open on a click.
    m_problem = problem;
    text = text.toHtmlEscaped();
    if (!problem.isEmpty()) {
        const QString first = problem.section(QStringLiteral(" · "), 0, 0);
        text += QStringLiteral(" · <a href=\"details\" style=\"color:#b71c1c\">%1</a>")
                    .arg((first.size() > 90 ? first.left(88) + QStringLiteral("…") : first)
                             .toHtmlEscaped());
    }
    m_syncState->setText(text);
    const qint64 used = profile.blobs().bytesUsed();
    const qint64 limit = settings.offlineLimit;
    m_offlineSpace->setText(
        limit > 0 ? tr("Offline files: %1 of %2").arg(text::dataSize(used), text::dataSize(limit))
                  : tr("Offline files: %1").arg(text::dataSize(used)));
}

} // namespace lt::ui
