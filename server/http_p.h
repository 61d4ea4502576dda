#pragma once

// What the central server and the hub both need of an HTTP request.
#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QString>

namespace lt::server::http {

// A request header by name, case-insensitively; empty when absent.
inline QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// "http://127.0.0.1:8080", "https://[::1]:8443".
inline QString baseUrl(const QHostAddress &address, quint16 port, bool tls)
{
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QStringLiteral("%1://%2:%3").arg(tls ? u"https" : u"http", host).arg(port);
}

} // namespace lt::server::http
