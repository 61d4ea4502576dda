#include "inprocessserver.h"

#include "server/server.h"

namespace lt::test {

InProcessServer::InProcessServer() = default;

InProcessServer::~InProcessServer() = default;

bool InProcessServer::start(const QString &, const QStringList &arguments, int, quint16 port)
{
    server::ServerOptions options;
    options.port = port;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const QString next = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (a == u"--data") {
            options.dataDir = next;
            ++i;
        } else if (a == u"--demo") {
            options.demo = server::DemoOptions{};
        } else if (a == u"--demo-size") {
            if (!options.demo)
                options.demo = server::DemoOptions{};
            options.demo->size = next.toInt();
            ++i;
        } else if (a == u"--demo-pdfs") {
            if (!options.demo)
                options.demo = server::DemoOptions{};
            options.demo->pdfs = next.toInt();
            ++i;
        } else {
            m_error = QStringLiteral("InProcessServer: unknown option %1").arg(a);
            return false;
        }
    }
    m_server = std::make_unique<server::Server>(options);
    const Status started = m_server->start();
    if (!started) {
        m_error = started.error().message;
        m_server.reset();
        return false;
    }
    m_port = m_server->port();
    return true;
}

int InProcessServer::stop()
{
    m_server.reset();
    return 0;
}

QUrl InProcessServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

} // namespace lt::test
