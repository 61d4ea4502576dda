#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace lt::net {

// The client of the server's API (docs/api.md): one request object per call, each with a
// timeout; answers come back through callbacks on the calling thread. A 401 answered with a
// refresh token renews the session once and repeats the request.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using JsonCallback = std::function<void(Result<QJsonObject>)>;
    using StatusCallback = std::function<void(Status)>;

    // What carries the requests: Qt's network access unless another is given (tests put one
    // in between that loses, delays or spoils answers). Called on the ApiClient's thread; the
    // ApiClient owns what it returns.
    using Network = std::function<QNetworkAccessManager *(QObject *parent)>;

    explicit ApiClient(const QUrl &server, QObject *parent = nullptr);
    ApiClient(const QUrl &server, const Network &network, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl server() const { return m_server; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Extra trust anchors for the server's TLS certificate (an agency's own CA).
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    int timeout() const { return m_timeoutMs; }

    void setTokens(const QString &access, const QString &refresh);
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }

    // POST /api/v1/session with a password, a refresh token or a one-time code. On success the
    // tokens are taken and tokensChanged() is emitted.
    void login(const QString &user, const QString &password, JsonCallback done);
    void resume(const QString &refreshToken, JsonCallback done);
    void exchangeCode(const QString &code, JsonCallback done);
    void logout(StatusCallback done);

    void get(const QString &pathAndQuery, JsonCallback done);
    void post(const QString &path, const QJsonObject &body, JsonCallback done);
    // Sends raw bytes (a signed PDF) with PUT; the answer is JSON.
    void put(const QString &path, const QByteArray &body, const QByteArray &contentType,
             JsonCallback done);

    // Sends raw bytes (a file for a new document) with POST; the answer is JSON.
    void postBytes(const QString &path, const QByteArray &body, const QByteArray &contentType,
                   JsonCallback done);

    // GET /api/v1/blobs/{sha256} into `file`, continuing a partial file with a Range request.
    // The caller checks the hash.
    void download(const QString &sha256Hex, const QString &file, StatusCallback done);

    // Turns an HTTP status and body, or a transport error, into an Error (public for tests).
    static Error errorFor(int httpStatus, int networkError, const QByteArray &body);

signals:
    // The session was renewed: the refresh token to keep (in the keychain) has changed.
    void tokensChanged(const QString &access, const QString &refresh);

private:
    void session(const QJsonObject &body, JsonCallback done);
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              JsonCallback done, bool mayRefresh,
              const QByteArray &contentType = QByteArrayLiteral("application/json"));
    QNetworkRequest request(const QString &path) const;

    QNetworkAccessManager *m_nam;
    QUrl m_server;
    QString m_access;
    QString m_refresh;
    int m_timeoutMs = 30'000;
    QList<QSslCertificate> m_ca;
};

} // namespace lt::net
