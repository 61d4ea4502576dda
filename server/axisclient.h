#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace lt::server {

// Where a central system meets the axis: the hub of lienthong-server --hub, or the national
// service behind the same operations (docs/interconnection.md).
struct AxisConfig
{
    QUrl url; // e.g. http://127.0.0.1:8090
    QString systemId;
    QString secret;
};

// A delivery waiting for this system (list received).
struct AxisMessage
{
    QString docId;
    QString messageType; // edoc | status
    QString from;
    QString to; // the receiving code this delivery is for
    QString state;
    QString sha256;
    qint64 size = 0;
};

// One receiver's state of a package this system sent (list sent).
struct AxisDelivery
{
    QString docId;
    QString messageType;
    QString from;
    QString to;
    QString state; // pending | processing | done | fail
    QString description;
    QDateTime time;
    qint64 seq = 0;
};

struct AxisAgency
{
    QString code;
    QString name;
    QString mail;
    bool connected = false;
};

// The axis's operations, asynchronous (the callbacks run on the caller's thread). Errors are
// translated: the axis cannot be reached (Offline), refused the system (Unauthorized), or
// refused the request (InvalidArgument, NotFound, Conflict, with the axis's ErrorDesc).
class AxisClient : public QObject
{
    Q_OBJECT

public:
    explicit AxisClient(AxisConfig config, QObject *parent = nullptr);
    ~AxisClient() override;

    const AxisConfig &config() const { return m_config; }

    // Sends the package in `file` (read as it is sent) from `from` to the codes `to`.
    void send(const QString &file, const QString &from, const QStringList &to,
              const QString &messageType, std::function<void(Result<QString>)> done);
    void listReceived(const QString &messageType, int limit,
                      std::function<void(Result<QList<AxisMessage>>)> done);
    // Writes the package to `outFile` atomically, after checking its SHA-256.
    void fetch(const QString &docId, const QString &outFile, std::function<void(Status)> done);
    // The transport acknowledgement for this system's delivery to `to` (empty: all of them).
    void acknowledge(const QString &docId, const QString &to, const QString &state,
                     const QString &description, std::function<void(Status)> done);
    // Deliveries of this system's packages changed after `after`, and the last sequence number.
    void listSent(qint64 after, int limit,
                  std::function<void(Result<std::pair<QList<AxisDelivery>, qint64>>)> done);
    void agencies(int offset, int limit,
                  std::function<void(Result<std::pair<QList<AxisAgency>, qint64>>)> done);

private:
    QNetworkRequest request(const QString &path) const;
    QNetworkReply *get(const QString &path);
    QByteArray authorization() const;

    AxisConfig m_config;
    QNetworkAccessManager *m_network;
};

} // namespace lt::server
