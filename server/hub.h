#pragma once

#include "core/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace lt::server {

class Db;

struct HubOptions
{
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;      // 0: pick a free port
    QString dbUrl;         // empty: SQLite file DATA/hub.db
    QString directoryFile; // the national list of agencies; empty: keep the one loaded before
};

// One line of the directory file: "code;name;mail;system" (UTF-8; '#' starts a comment; a
// first line starting with "code" is a header). The system is the id of the connected system
// that receives for the code (a province's central system receives for all its units).
struct Agency
{
    QString code;
    QString name;
    QString mail;
    QString systemId;
};

// Reads a directory file, refusing a malformed line with its number.
Result<QList<Agency>> readDirectory(const QString &file);

// The reference national document axis (trục liên thông văn bản): connected systems send edXML
// packages to organisation codes; the hub stores each package once, makes one delivery per
// receiver code for the system that owns the code, and keeps the delivery's state (pending,
// processing, done, fail) for the sender. Receivers pull (list received, get, update status),
// as on the national service. The HTTP operations are those of docs/interconnection.md.
class Hub : public QObject
{
    Q_OBJECT

public:
    explicit Hub(HubOptions options, QObject *parent = nullptr);
    ~Hub() override;

    // Opens the database (creating the schema), loads the directory when given, then listens.
    Status start();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    // Administration: registers a system (or replaces its secret). The secret is stored as a
    // SHA-256 (secrets are random, at least 16 characters: no slow hash is needed).
    static Status addSystem(Db &db, const QString &systemId, const QString &secret);
    // Replaces the directory with the file's (one transaction) unless it is the one loaded.
    static Result<int> loadDirectory(Db &db, const QString &file);

private:
    void addRoutes();
    Result<QString> authenticate(const QHttpServerRequest &request);

    HubOptions m_options;
    std::unique_ptr<Db> m_db;
    std::unique_ptr<QHttpServer> m_http;
    QHash<QString, QString> m_secretHashes; // system id → stored hash, read once
    QString m_packageDir;
    quint16 m_port = 0;
};

} // namespace lt::server
