#pragma once

#include "core/model/organisation.h"
#include "core/result.h"
#include "server/demo.h"
#include "server/service.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace lt::server {

class Db;
class Service;
struct Session;

struct ServerOptions
{
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                // 0: pick a free port
    QString dbUrl;                   // empty: SQLite file DATA/server.db
    std::optional<DemoOptions> demo; // fill an empty database with demo data
    SessionPolicy sessions;
    QString tlsCertificate; // PEM; with tlsKey, serve HTTPS
    QString tlsKey;
};

// Parses "HOST:PORT" ("127.0.0.1:8080", "[::1]:0", "localhost:0").
Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

// The reference central server: the HTTP API of docs/api.md over Service.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(ServerOptions options, QObject *parent = nullptr);
    ~Server() override;

    // Opens the database (creating the schema, and the demo when asked), then listens.
    // Plain HTTP is refused on anything but a loopback address.
    Status start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    Service &service() { return *m_service; }

private:
    void addRoutes();
    Result<Person> authorize(const QHttpServerRequest &request);

    ServerOptions m_options;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace lt::server
