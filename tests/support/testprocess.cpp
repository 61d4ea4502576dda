#include "testprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace lt::test {

ListeningProcess::~ListeningProcess()
{
    if (isRunning())
        stop(2'000);
}

bool ListeningProcess::start(const QString &program, const QStringList &arguments, int timeoutMs,
                             quint16 port)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments + QStringList{QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:%1").arg(port)});
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    static const QRegularExpression announce(
        QStringLiteral("^listening on (https?://127\\.0\\.0\\.1:\\d+)\\s*$"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        if (!m_process.canReadLine())
            continue;
        const QString line = QString::fromUtf8(m_process.readLine());
        const auto m = announce.match(line);
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
        m_error = QStringLiteral("unexpected first line: ") + line;
        stop(1'000);
        return false;
    }
    m_error = QStringLiteral("%1 did not announce its address: %2")
                  .arg(program, QString::fromLocal8Bit(m_process.readAllStandardError()));
    stop(1'000);
    return false;
}

void ListeningProcess::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(5'000);
}

int ListeningProcess::stop(int graceMs)
{
    if (!isRunning())
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(graceMs);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace lt::test
