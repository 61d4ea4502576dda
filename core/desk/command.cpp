#include "core/desk/command.h"

#include <QEventLoop>
#include <QTimer>

namespace lt::desk {

Command::Command(QObject *parent)
    : QObject(parent)
{
}

void Command::start()
{
    if (m_started || m_finished) // once; and a command cancelled before it started stays so
        return;
    m_started = true;
    // The work starts here, at once (a pin is set, a dialog opens); only the end is announced
    // later when it came during start().
    m_inStart = true;
    run();
    m_inStart = false;
    if (m_finished)
        QTimer::singleShot(0, this, [this] { emit finished(); });
}

void Command::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    onCancel();
    finish(Error{ErrorCode::Cancelled, errorText(ErrorCode::Cancelled)});
}

Status Command::exec()
{
    if (!m_started) {
        start();
        if (m_finished) // done within start(): no need to spin an event loop
            return m_result;
    }
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &Command::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_result;
}

void Command::finish(Status result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    if (!m_inStart)
        emit finished();
}

} // namespace lt::desk
