#include "ui/urgentnotice.h"

#include <QSystemTrayIcon>
#include <QWidget>

namespace lt::ui {

UrgentNotice::UrgentNotice(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon(), this);
    m_tray->setToolTip(window->windowTitle());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        if (!m_first.isEmpty())
            emit openRequested(m_first);
    });
    m_tray->show();
}

void UrgentNotice::announce(const QList<Document> &arrivals)
{
    if (!m_tray || arrivals.isEmpty())
        return;
    const Document &first = arrivals.first();
    const QString title =
        arrivals.size() == 1 ? tr("%1 document to handle").arg(enums::displayName(first.urgency))
                             : tr("%n urgent document(s) to handle", nullptr, int(arrivals.size()));
    m_first = first.id;
    m_tray->showMessage(title, first.numberNotation() + QStringLiteral(" — ") + first.subject,
                        QSystemTrayIcon::Warning, 15'000);
}

} // namespace lt::ui
