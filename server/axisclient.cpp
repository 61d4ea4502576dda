#include "server/axisclient.h"

#include "server/sha256_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>

#include <memory>

namespace lt::server {

Q_LOGGING_CATEGORY(lcAxis, "lt.server.axis")

namespace {

struct AxisTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::server::AxisClient)
};

constexpr int kTimeoutMs = 60'000;

// The axis's answer as a result: its envelope {status, ErrorCode, ErrorDesc}, or why there is
// none.
Result<QJsonObject> answerOf(QNetworkReply *reply, const QByteArray &body)
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (http == 0) {
        qCWarning(lcAxis) << "axis unreachable:" << reply->errorString();
        if (reply->error() == QNetworkReply::TimeoutError ||
            reply->error() == QNetworkReply::OperationCanceledError)
            return Error{ErrorCode::Timeout,
                         AxisTr::tr("The interconnection axis did not answer "
                                    "in time."),
                         reply->errorString()};
        return Error{ErrorCode::Offline, AxisTr::tr("The interconnection axis cannot be reached."),
                     reply->errorString()};
    }
    if (o.value(QStringLiteral("status")).toString() == u"OK" && http < 300)
        return o;
    const QString code = o.value(QStringLiteral("ErrorCode")).toString();
    const QString desc = o.value(QStringLiteral("ErrorDesc")).toString();
    const QString said = desc.isEmpty() ? AxisTr::tr("The interconnection axis refused the "
                                                     "request (%1).")
                                              .arg(http)
                                        : AxisTr::tr("The interconnection axis refused the "
                                                     "request: %1")
                                              .arg(desc.left(300));
    const QString detail = QStringLiteral("HTTP %1 %2").arg(http).arg(code);
    if (http == 401 || code == u"UNAUTHORIZED")
        return Error{ErrorCode::Unauthorized,
                     AxisTr::tr("The interconnection axis does not accept this system's id or "
                                "secret."),
                     detail};
    if (http == 404)
        return Error{ErrorCode::NotFound, said, detail};
    if (http == 409)
        return Error{ErrorCode::Conflict, said, detail};
    if (http >= 500 || o.isEmpty())
        return Error{ErrorCode::ServerError, said, detail};
    return Error{ErrorCode::InvalidArgument, said, detail};
}

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

AxisClient::AxisClient(AxisConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

AxisClient::~AxisClient() = default;

QByteArray AxisClient::authorization() const
{
    return "Basic " + (m_config.systemId + u':' + m_config.secret).toUtf8().toBase64();
}

QNetworkRequest AxisClient::request(const QString &path) const
{
    QUrl url = m_config.url;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest r(url);
    r.setTransferTimeout(kTimeoutMs);
    // The secret goes to the configured address only.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setRawHeader("Authorization", authorization());
    return r;
}

QNetworkReply *AxisClient::get(const QString &path)
{
    return m_network->get(request(path));
}

void AxisClient::send(const QString &file, const QString &from, const QStringList &to,
                      const QString &messageType, std::function<void(Result<QString>)> done)
{
    auto *body = new QFile(file);
    if (!body->open(QIODevice::ReadOnly)) {
        delete body;
        done(Error{ErrorCode::Io, AxisTr::tr("The package \"%1\" cannot be read.").arg(file)});
        return;
    }
    Sha256 hash;
    hash.add(body);
    body->seek(0);
    QNetworkRequest r = request(QStringLiteral("/axis/v1/send"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml"));
    r.setRawHeader("from", from.toUtf8());
    r.setRawHeader("to",
                   QJsonDocument(QJsonArray::fromStringList(to)).toJson(QJsonDocument::Compact));
    r.setRawHeader("servicetype", "eDoc");
    r.setRawHeader("messagetype", messageType.toLatin1());
    r.setRawHeader("sha256", hash.result().toHex());
    QNetworkReply *reply = m_network->post(r, body);
    body->setParent(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        auto answer = answerOf(reply, reply->readAll());
        if (!answer)
            return done(answer.error());
        const QString id = answer->value(QStringLiteral("docId")).toString();
        if (id.isEmpty())
            return done(Error{ErrorCode::ServerError,
                              AxisTr::tr("The interconnection axis gave the package no id.")});
        done(id);
    });
}

void AxisClient::listReceived(const QString &messageType, int limit,
                              std::function<void(Result<QList<AxisMessage>>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!messageType.isEmpty())
        q.addQueryItem(QStringLiteral("messagetype"), messageType);
    QNetworkReply *reply = get(QStringLiteral("/axis/v1/received?") + q.toString());
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        auto answer = answerOf(reply, reply->readAll());
        if (!answer)
            return done(answer.error());
        QList<AxisMessage> out;
        for (const QJsonValue &v : answer->value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            AxisMessage m;
            m.docId = o.value(QStringLiteral("docId")).toString();
            m.messageType = o.value(QStringLiteral("messagetype")).toString();
            m.from = o.value(QStringLiteral("from")).toString();
            m.to = o.value(QStringLiteral("to")).toString();
            m.state = o.value(QStringLiteral("status")).toString();
            m.sha256 = o.value(QStringLiteral("sha256")).toString();
            m.size = o.value(QStringLiteral("size")).toInteger();
            out << m;
        }
        done(out);
    });
}

void AxisClient::fetch(const QString &docId, const QString &outFile,
                       std::function<void(Status)> done)
{
    QNetworkReply *reply =
        get(QStringLiteral("/axis/v1/edoc/") + QString::fromLatin1(QUrl::toPercentEncoding(docId)));
    auto out = std::make_shared<QSaveFile>(outFile);
    auto hash = std::make_shared<Sha256>();
    const bool opened = out->open(QIODevice::WriteOnly);
    connect(reply, &QNetworkReply::readyRead, this, [reply, out, hash] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return;
        const QByteArray chunk = reply->readAll();
        hash->add(chunk);
        out->write(chunk);
    });
    connect(reply, &QNetworkReply::finished, this,
            [reply, out, hash, opened, outFile, done = std::move(done)] {
                const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (http != 200) {
                    out->cancelWriting();
                    auto answer = answerOf(reply, reply->readAll());
                    return done(answer ? Error{ErrorCode::ServerError,
                                               AxisTr::tr("The interconnection axis sent no "
                                                          "package.")}
                                       : answer.error());
                }
                const QByteArray rest = reply->readAll();
                hash->add(rest);
                out->write(rest);
                if (reply->error() != QNetworkReply::NoError) {
                    out->cancelWriting();
                    return done(Error{ErrorCode::Offline,
                                      AxisTr::tr("The package's download was interrupted."),
                                      reply->errorString()});
                }
                if (hash->result().toHex() != reply->rawHeader("sha256").toLower()) {
                    out->cancelWriting();
                    return done(Error{ErrorCode::ServerError,
                                      AxisTr::tr("The package that arrived does not match its "
                                                 "SHA-256.")});
                }
                if (!opened || !out->commit())
                    return done(Error{ErrorCode::Io,
                                      AxisTr::tr("Cannot write \"%1\".").arg(outFile),
                                      out->errorString()});
                done({});
            });
}

void AxisClient::acknowledge(const QString &docId, const QString &to, const QString &state,
                             const QString &description, std::function<void(Status)> done)
{
    QNetworkRequest r = request(QStringLiteral("/axis/v1/status"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject o{{QStringLiteral("docId"), docId},
                  {QStringLiteral("status"), state},
                  {QStringLiteral("desc"), description}};
    if (!to.isEmpty())
        o.insert(QStringLiteral("to"), to);
    QNetworkReply *reply = m_network->post(r, QJsonDocument(o).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        auto answer = answerOf(reply, reply->readAll());
        if (!answer)
            return done(answer.error());
        done({});
    });
}

void AxisClient::listSent(qint64 after, int limit,
                          std::function<void(Result<std::pair<QList<AxisDelivery>, qint64>>)> done)
{
    QNetworkReply *reply =
        get(QStringLiteral("/axis/v1/sent?after=%1&limit=%2").arg(after).arg(limit));
    connect(reply, &QNetworkReply::finished, this, [reply, after, done = std::move(done)] {
        auto answer = answerOf(reply, reply->readAll());
        if (!answer)
            return done(answer.error());
        QList<AxisDelivery> out;
        for (const QJsonValue &v : answer->value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            AxisDelivery d;
            d.docId = o.value(QStringLiteral("docId")).toString();
            d.messageType = o.value(QStringLiteral("messagetype")).toString();
            d.from = o.value(QStringLiteral("from")).toString();
            d.to = o.value(QStringLiteral("to")).toString();
            d.state = o.value(QStringLiteral("receiveStatus")).toString();
            d.description = o.value(QStringLiteral("desc")).toString();
            d.time = timeOf(o.value(QStringLiteral("time")));
            d.seq = o.value(QStringLiteral("seq")).toInteger();
            out << d;
        }
        const qint64 last = answer->value(QStringLiteral("last")).toInteger(after);
        done(std::pair{out, last});
    });
}

void AxisClient::agencies(int offset, int limit,
                          std::function<void(Result<std::pair<QList<AxisAgency>, qint64>>)> done)
{
    QNetworkReply *reply =
        get(QStringLiteral("/axis/v1/agencies?offset=%1&limit=%2").arg(offset).arg(limit));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        auto answer = answerOf(reply, reply->readAll());
        if (!answer)
            return done(answer.error());
        QList<AxisAgency> out;
        for (const QJsonValue &v : answer->value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            out << AxisAgency{o.value(QStringLiteral("code")).toString(),
                              o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("mail")).toString(),
                              o.value(QStringLiteral("connected")).toBool()};
        }
        done(std::pair{out, answer->value(QStringLiteral("total")).toInteger()});
    });
}

} // namespace lt::server
