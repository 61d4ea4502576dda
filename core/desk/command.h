#pragma once

#include "core/result.h"

#include <QObject>

namespace lt::desk {

// A use case of the desk (in the manner of Kleopatra's commands): the desktop and the command
// line run the same objects. start() does the work it can at once, then progress()… →
// finished(), exactly once, also after cancel(). finished() is never emitted from inside
// start() (a command done at once announces it on the next turn of the event loop), so a
// caller may connect after starting. result() says how it ended: ok, an error with its
// translated text, or ErrorCode::Cancelled.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(QObject *parent = nullptr);

    void start();
    // Stops what can still be stopped (a download, a wait; never a token in the middle of a
    // signature) and ends with ErrorCode::Cancelled.
    void cancel();
    // Starts and waits for the end in a local event loop (the command line).
    Status exec();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    const Status &result() const { return m_result; }

signals:
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    virtual void run() = 0;
    virtual void onCancel() {}
    // Ends the command; later calls are ignored (a late answer after a cancel, say).
    void finish(Status result);
    bool isCancelled() const { return m_cancelled; }

private:
    bool m_started = false;
    bool m_inStart = false;
    bool m_finished = false;
    bool m_cancelled = false;
    Status m_result;
};

} // namespace lt::desk
