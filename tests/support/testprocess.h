#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lt::test {

// Starts a program that listens on 127.0.0.1 with a port it picks itself, and stops it.
// The program must print "listening on http://HOST:PORT" as its first line on stdout
// (lienthong-server does). Stopped with SIGTERM, then SIGKILL, when the object dies.
class ListeningProcess
{
public:
    ListeningProcess() = default;
    ~ListeningProcess();
    ListeningProcess(const ListeningProcess &) = delete;
    ListeningProcess &operator=(const ListeningProcess &) = delete;

    // Adds "--listen 127.0.0.1:PORT" to `arguments` (port 0: the program picks). False, with
    // errorString(), when the program does not announce its address within `timeoutMs`.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 20'000,
               quint16 port = 0);
    // Kills the process at once (SIGKILL), as a crash or a pulled plug would.
    void kill();

    // SIGTERM, then SIGKILL after `graceMs`. Returns the exit code (-1 if it was killed).
    int stop(int graceMs = 5'000);

    QUrl url() const { return m_url; }
    quint16 port() const { return static_cast<quint16>(m_url.port()); }
    QString errorString() const { return m_error; }
    QByteArray standardError() { return m_process.readAllStandardError(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

} // namespace lt::test
