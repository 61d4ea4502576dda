#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;
class QWidget;

namespace lt::sync {
class Profile;
}

namespace lt::ui {

// The desk's status bar: connection and who is signed in, the last sync and the actions
// waiting, a problem as a link to its details, the files being fetched, the offline space.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    StatusLine(QStatusBar *bar, QWidget *window);

    // Shows the profile's state; `problem` (messages joined by " · ") becomes the link.
    void show(sync::Profile &profile, bool online, const QString &problem);
    void setSyncing();
    void setFileProgress(int done, int total);
    QString problem() const { return m_problem; }

private:
    QWidget *m_window;
    QLabel *m_syncState;
    QProgressBar *m_fileProgress;
    QLabel *m_offlineSpace;
    QLabel *m_connection;
    QString m_problem;
};

} // namespace lt::ui
