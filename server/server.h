#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QHttpServer;

namespace lt::server {

struct ServerOptions
{
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: pick a free port
};

// Parses "HOST:PORT" ("127.0.0.1:8080", "[::1]:0", "localhost:0").
Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

// The reference central server. This first version serves its health endpoint; the API of
// docs/api.md grows on it.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    // Prepares the data directory and starts listening. Plain HTTP is refused on anything
    // but a loopback address.
    Status start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

private:
    ServerOptions m_options;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace lt::server
