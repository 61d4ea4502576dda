#pragma once

#include "core/model/document.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace lt::ui {

// Hỏa tốc and Thượng khẩn documents that arrived in To handle, told from the system tray
// (where there is one); a click on the message opens the first.
class UrgentNotice : public QObject
{
    Q_OBJECT

public:
    explicit UrgentNotice(QWidget *window);
    void announce(const QList<Document> &arrivals);

signals:
    void openRequested(const QString &documentId);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_first;
};

} // namespace lt::ui
