#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace lt::server {
class Server;
}

namespace lt::test {

// The real central server (server::Server over a SQLite file) in the test's own process, on
// 127.0.0.1: the same start/stop/url as ListeningProcess, with the same command-line options
// ("--data DIR", "--demo", "--demo-size N", "--demo-pdfs N"), so a test can move between the
// two. It answers while the test's event loop runs (QSignalSpy::wait, QTRY_…).
class InProcessServer
{
public:
    InProcessServer();
    ~InProcessServer();

    // `program` is ignored (kept for the ListeningProcess shape); port 0: a free one.
    bool start(const QString &program, const QStringList &arguments, int timeoutMs = 0,
               quint16 port = 0);
    // Stops listening and closes the database, as a server that goes away. Returns 0.
    int stop();
    QUrl url() const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<server::Server> m_server;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lt::test
