#include "core/net/apiclient.h"

#include "core/model/said.h"

#include "core/protocol/errors.h"
#include "core/protocol/messages.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace lt::net {

Q_LOGGING_CATEGORY(lcNet, "lt.core.net")

namespace {
struct NetTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::net::ApiClient)
};
} // namespace

ApiClient::ApiClient(const QUrl &server, QObject *parent)
    : ApiClient(server, Network(), parent)
{
}

ApiClient::ApiClient(const QUrl &server, const Network &network, QObject *parent)
    : QObject(parent)
    , m_nam(network ? network(this) : new QNetworkAccessManager(this))
    , m_server(server)
{
    m_nam->setAutoDeleteReplies(true);
}

ApiClient::~ApiClient() = default;

void ApiClient::setTokens(const QString &access, const QString &refresh)
{
    m_access = access;
    m_refresh = refresh;
}

QNetworkRequest ApiClient::request(const QString &path) const
{
    QUrl url = m_server;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(m_server.path().chopped(m_server.path().endsWith(u'/') ? 1 : 0) +
                (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest r(url);
    r.setTransferTimeout(m_timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("Accept-Language", "vi");
    if (!m_access.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_access.toLatin1());
    if (!m_ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_ca);
        r.setSslConfiguration(tls);
    }
    return r;
}

Error ApiClient::errorFor(int status, int networkError, const QByteArray &body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    QString serverMessage = answer.value(QStringLiteral("message")).toString();
    // The server's words said again in this client's language, when it knows them.
    if (const auto said = saidFromJson(answer.value(QStringLiteral("text"))); said && canSay(*said))
        serverMessage = sayText(*said);
    const auto withMessage = [&](ErrorCode code) {
        return Error{code, serverMessage.isEmpty() ? errorText(code) : serverMessage};
    };
    if (status == 0) {
        switch (static_cast<QNetworkReply::NetworkError>(networkError)) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout fired
        case QNetworkReply::TimeoutError:
            return Error{ErrorCode::Timeout, NetTr::tr("The server did not answer in time.")};
        case QNetworkReply::SslHandshakeFailedError:
            return Error{ErrorCode::Unavailable,
                         NetTr::tr("The server's certificate could not be verified.")};
        default:
            return Error{ErrorCode::Offline, errorText(ErrorCode::Offline)};
        }
    }
    // The server's own word for the error first; a proxy's or an older server's answer by its
    // status (core/protocol/errors: the one mapping, shared with the server).
    const ErrorCode code =
        protocol::codeFromWireKey(answer.value(QStringLiteral("error")).toString())
            .value_or(protocol::codeForHttpStatus(status));
    if (code != ErrorCode::ServerError)
        return withMessage(code);
    return Error{ErrorCode::ServerError,
                 serverMessage.isEmpty() ? NetTr::tr("The server reported an error.")
                                         : serverMessage,
                 QStringLiteral("HTTP %1").arg(status)};
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                     JsonCallback done, bool mayRefresh, const QByteArray &contentType)
{
    QNetworkRequest r = request(path);
    if (!body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_nam->sendCustomRequest(r, verb, body);
    QPointer<ApiClient> self(this);
    connect(
        reply, &QNetworkReply::finished, this,
        [self, reply, verb, path, body, contentType, done = std::move(done), mayRefresh]() mutable {
            if (!self)
                return;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            if (status == 401 && mayRefresh && !self->m_refresh.isEmpty()) {
                qCInfo(lcNet) << "access token refused; renewing the session";
                self->resume(self->m_refresh, [self, verb, path, body, contentType,
                                               done](Result<QJsonObject> renewed) {
                    if (!self)
                        return;
                    if (!renewed) {
                        done(renewed.error());
                        return;
                    }
                    self->send(verb, path, body, done, false, contentType);
                });
                return;
            }
            if (status < 200 || status >= 300) {
                done(errorFor(status, status == 0 ? int(reply->error()) : 0, data));
                return;
            }
            if (data.isEmpty()) {
                done(QJsonObject());
                return;
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                done(Error{ErrorCode::ServerError,
                           NetTr::tr("The server sent an answer that is not valid JSON.")});
                return;
            }
            done(doc.object());
        });
}

void ApiClient::session(const QJsonObject &body, JsonCallback done)
{
    m_access.clear(); // never send a stale bearer with credentials
    QPointer<ApiClient> self(this);
    send(
        "POST", QStringLiteral("/api/v1/session"),
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        [self, done = std::move(done)](Result<QJsonObject> r) {
            if (!self)
                return;
            if (r) {
                auto answer = protocol::SessionAnswer::fromJson(r.value());
                if (!answer) {
                    done(Error{ErrorCode::ServerError, answer.error().message});
                    return;
                }
                self->setTokens(answer->accessToken, answer->refreshToken);
                emit self->tokensChanged(answer->accessToken, answer->refreshToken);
            }
            done(std::move(r));
        },
        false);
}

void ApiClient::login(const QString &user, const QString &password, JsonCallback done)
{
    session({{QStringLiteral("login"), user}, {QStringLiteral("password"), password}},
            std::move(done));
}

void ApiClient::resume(const QString &refreshToken, JsonCallback done)
{
    session({{QStringLiteral("refreshToken"), refreshToken}}, std::move(done));
}

void ApiClient::exchangeCode(const QString &code, JsonCallback done)
{
    session({{QStringLiteral("code"), code}}, std::move(done));
}

void ApiClient::logout(StatusCallback done)
{
    send(
        "DELETE", QStringLiteral("/api/v1/session"), {},
        [this, done = std::move(done)](Result<QJsonObject> r) {
            m_access.clear();
            m_refresh.clear();
            if (!r && r.error().code != ErrorCode::Unauthorized) {
                done(r.error());
                return;
            }
            done(Status{});
        },
        false);
}

void ApiClient::get(const QString &pathAndQuery, JsonCallback done)
{
    send("GET", pathAndQuery, {}, std::move(done), true);
}

void ApiClient::post(const QString &path, const QJsonObject &body, JsonCallback done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(done), true);
}

void ApiClient::put(const QString &path, const QByteArray &body, const QByteArray &contentType,
                    JsonCallback done)
{
    send("PUT", path, body, std::move(done), true, contentType);
}

void ApiClient::postBytes(const QString &path, const QByteArray &body,
                          const QByteArray &contentType, JsonCallback done)
{
    send("POST", path, body, std::move(done), true, contentType);
}

void ApiClient::download(const QString &sha256Hex, const QString &file, StatusCallback done)
{
    auto out = std::make_shared<QFile>(file);
    if (!out->open(QIODevice::ReadWrite | QIODevice::Append)) {
        done(Error{ErrorCode::Io, NetTr::tr("Cannot write \"%1\".").arg(file)});
        return;
    }
    const qint64 have = out->size();
    QNetworkRequest r = request(QStringLiteral("/api/v1/blobs/") + sha256Hex);
    if (have > 0)
        r.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    QNetworkReply *reply = m_nam->get(r);
    auto failed = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, out, failed, have] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && have > 0 && out->size() == have) {
            // The server ignored the Range: start over.
            out->resize(0);
            out->seek(0);
        }
        if (status != 200 && status != 206)
            return;
        const QByteArray chunk = reply->readAll();
        if (out->write(chunk) != chunk.size())
            *failed = true;
    });
    QPointer<ApiClient> self(this);
    connect(reply, &QNetworkReply::finished, this,
            [self, reply, out, failed, file, sha256Hex, done = std::move(done)]() mutable {
                if (!self)
                    return;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 401 && !self->m_refresh.isEmpty()) {
                    out->close();
                    self->resume(self->m_refresh, [self, sha256Hex, file, done](auto renewed) {
                        if (!self)
                            return;
                        if (!renewed) {
                            done(renewed.error());
                            return;
                        }
                        self->download(sha256Hex, file, done);
                    });
                    return;
                }
                const QByteArray rest = reply->readAll();
                if ((status == 200 || status == 206) && !rest.isEmpty())
                    *failed = *failed || out->write(rest) != rest.size();
                out->flush();
                if (*failed || !out->flush()) {
                    done(Error{ErrorCode::Io, NetTr::tr("Cannot write \"%1\".").arg(file)});
                    return;
                }
                if (status == 416) { // the partial file was already complete (or wrong)
                    done(Status{});
                    return;
                }
                if (status != 200 && status != 206) {
                    done(errorFor(status, status == 0 ? int(reply->error()) : 0, rest));
                    return;
                }
                done(Status{});
            });
}

} // namespace lt::net
