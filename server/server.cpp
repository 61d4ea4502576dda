#include "server/server.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace lt::server {

namespace {
struct ServerTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::server::Server)
};
} // namespace

Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return Error{ErrorCode::InvalidArgument,
                     ServerTr::tr("\"%1\" is not HOST:PORT.").arg(text)};
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        return Error{ErrorCode::InvalidArgument,
                     ServerTr::tr("\"%1\" is not a port number.").arg(text.mid(colon + 1))};
    }
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error{ErrorCode::InvalidArgument,
                     ServerTr::tr("\"%1\" is not an IP address.").arg(host)};
    return std::pair{address, static_cast<quint16>(port)};
}

Server::Server(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Server::~Server() = default;

Status Server::start()
{
    if (!m_options.address.isLoopback()) {
        return Error{ErrorCode::InvalidArgument,
                     ServerTr::tr("Plain HTTP is only served on a loopback address; %1 needs "
                                  "TLS.")
                         .arg(m_options.address.toString())};
    }
    if (m_options.dataDir.isEmpty() || !QDir().mkpath(m_options.dataDir)) {
        return Error{
            ErrorCode::Io,
            ServerTr::tr("The data directory \"%1\" cannot be created.").arg(m_options.dataDir)};
    }

    m_http = std::make_unique<QHttpServer>();
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QStringLiteral(LT_VERSION_STRING)},
                           {QStringLiteral("api"), 1}};
    });
    m_http->afterRequest([](QHttpServerResponse &&resp) {
        resp.setHeader("Cache-Control", "no-store");
        return std::move(resp);
    });

    const int port = m_http->listen(m_options.address, m_options.port);
    if (port <= 0) {
        return Error{ErrorCode::Unavailable, ServerTr::tr("Cannot listen on %1:%2.")
                                                 .arg(m_options.address.toString())
                                                 .arg(m_options.port)};
    }
    m_port = static_cast<quint16>(port);
    return {};
}

QString Server::baseUrl() const
{
    QString host = m_options.address.toString();
    if (m_options.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

} // namespace lt::server
