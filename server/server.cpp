#include "server/server.h"

#include "core/model/said.h"

#include "core/model/json.h"
#include "core/protocol/errors.h"
#include "core/protocol/messages.h"
#include "core/version.h"
#include "server/db.h"
#include "server/http_p.h"
#include "server/service.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

namespace lt::server {

Q_LOGGING_CATEGORY(lcHttp, "lt.server.http")

namespace {

using Status_ = QHttpServerResponse::StatusCode;
constexpr qsizetype kMaxJsonBody = 1 << 20;
constexpr qsizetype kMaxFileBody = qsizetype(200) << 20; // a scanned file with its signatures

struct ServerTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::server::Server)
};

// The answer for an error (core/protocol/errors: the status and key the client reads back).
// The detail goes to the log, never to the client.
QHttpServerResponse errorResponse(const Error &e)
{
    const int status = protocol::httpStatus(e.code);
    if (!e.detail.isEmpty() || status >= 500)
        qCWarning(lcHttp) << "answered" << status << e.message << e.detail;
    QJsonObject body{{QStringLiteral("error"), protocol::wireKey(e.code)},
                     {QStringLiteral("message"), e.message}};
    if (e.said) // the words' key: the client says them in its user's language
        body.insert(QStringLiteral("text"), saidToJson(*e.said));
    return QHttpServerResponse(body, static_cast<Status_>(status));
}

using http::header;

// Parses a JSON object body; refuses non-objects and oversized bodies.
Result<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    if (request.body().size() > kMaxJsonBody)
        return Error{ErrorCode::InvalidArgument, ServerTr::tr("The request is too large.")};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::InvalidArgument, ServerTr::tr("The request is not a JSON object.")};
    return doc.object();
}

QJsonObject sessionJson(const Session &s)
{
    return protocol::SessionAnswer{s.accessToken, s.refreshToken, s.expiresIn, s.person}.toJson();
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray loginPage(const QString &redirect, const QString &message)
{
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\">"
            "<title>Đăng nhập — LienThong</title><style>"
            "body{font-family:'Liberation Sans',Arial,sans-serif;background:#f3f3f3;margin:0}"
            "main{max-width:360px;margin:10vh auto;background:#fff;padding:32px;border-radius:8px;"
            "box-shadow:0 2px 8px #0002}h1{color:#b71c1c;font-size:22px;margin-top:0}"
            "label{display:block;margin:12px 0 "
            "4px}input{width:100%;padding:8px;box-sizing:border-box}"
            "button{margin-top:20px;width:100%;padding:10px;background:#b71c1c;color:#fff;border:0;"
            "border-radius:4px;font-size:16px}.error{color:#b71c1c}</style></head><body><main>"
            "<h1>Hệ thống quản lý văn bản và điều hành</h1>%1"
            "<form method=\"post\" action=\"/login\">"
            "<input type=\"hidden\" name=\"redirect_uri\" value=\"%2\">"
            "<label for=\"login\">Tên đăng nhập</label>"
            "<input id=\"login\" name=\"login\" autocomplete=\"username\" autofocus>"
            "<label for=\"password\">Mật khẩu</label>"
            "<input id=\"password\" name=\"password\" type=\"password\" "
            "autocomplete=\"current-password\">"
            "<button type=\"submit\">Đăng nhập</button></form></main></body></html>")
            .arg(message.isEmpty()
                     ? QString()
                     : QStringLiteral("<p class=\"error\">%1</p>").arg(htmlEscape(message)),
                 htmlEscape(redirect));
    return html.toUtf8();
}

// The desktop listens on a loopback port or registers the lienthong: scheme; nothing else may
// receive a sign-in code.
bool redirectAllowed(const QString &uri)
{
    static const QRegularExpression allowed(
        QStringLiteral("^(http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?/|lienthong:)"));
    return allowed.match(uri).hasMatch();
}

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
    const bool tls = !m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty();
    QSslCertificate certificate;
    QSslKey key;
    if (tls) {
        QFile certFile(m_options.tlsCertificate);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io,
                         ServerTr::tr("The TLS certificate and key cannot be read.")};
        }
        const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            return Error{ErrorCode::InvalidArgument,
                         ServerTr::tr("The TLS certificate or key is not valid PEM.")};
        }
        certificate = chain.first();
    }
    if (!tls && !m_options.address.isLoopback()) {
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
    const QString url = m_options.dbUrl.isEmpty()
                            ? QDir(m_options.dataDir).filePath(QStringLiteral("server.db"))
                            : m_options.dbUrl;
    auto db = Db::open(url);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    if (auto s = m_db->migrate(); !s)
        return s;
    m_service = std::make_unique<Service>(
        *m_db, QDir(m_options.dataDir).filePath(QStringLiteral("blobs")), m_options.sessions);

    if (m_options.demo) {
        auto existing = m_db->scalar(QStringLiteral("SELECT count(*) FROM people"));
        if (!existing)
            return existing.error();
        if (existing.value().toInt() == 0) {
            if (auto s = createDemo(*m_db, *m_service, *m_options.demo,
                                    [](const QString &line) { qCInfo(lcHttp).noquote() << line; });
                !s) {
                return s;
            }
        }
    }

    m_http = std::make_unique<QHttpServer>();
    if (tls)
        m_http->sslSetup(certificate, key);
    m_tls = tls;
    addRoutes();
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
    return http::baseUrl(m_options.address, m_port, m_tls);
}

Result<Person> Server::authorize(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization");
    if (!value.startsWith("Bearer ")) {
        return Error{ErrorCode::Unauthorized, ServerTr::tr("Sign in first.")};
    }
    return m_service->authenticate(QString::fromLatin1(value.mid(7).trimmed()));
}

void Server::addRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_http->route(QStringLiteral("/api/v1/health"), Method::Get, [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QStringLiteral(LT_VERSION_STRING)},
                           {QStringLiteral("api"), 1}};
    });

    // --- sessions ---
    m_http->route(
        QStringLiteral("/api/v1/session"), Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto body = jsonBody(request);
            if (!body)
                return errorResponse(body.error());
            const QJsonObject &o = body.value();
            Result<Session> session =
                Error{ErrorCode::InvalidArgument, ServerTr::tr("Give a login and password, a "
                                                               "refresh token or a code.")};
            if (o.contains(QStringLiteral("login"))) {
                session = m_service->login(o.value(QStringLiteral("login")).toString(),
                                           o.value(QStringLiteral("password")).toString());
            } else if (o.contains(QStringLiteral("refreshToken"))) {
                session = m_service->refresh(o.value(QStringLiteral("refreshToken")).toString());
            } else if (o.contains(QStringLiteral("code"))) {
                session = m_service->exchangeCode(o.value(QStringLiteral("code")).toString());
            }
            if (!session)
                return errorResponse(session.error());
            return QHttpServerResponse(sessionJson(session.value()));
        });
    m_http->route(QStringLiteral("/api/v1/session"), Method::Delete,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      const QByteArray value = header(request, "Authorization");
                      if (!value.startsWith("Bearer "))
                          return errorResponse({ErrorCode::Unauthorized, QString()});
                      if (auto s = m_service->logout(QString::fromLatin1(value.mid(7).trimmed()));
                          !s) {
                          return errorResponse(s.error());
                      }
                      return QHttpServerResponse(Status_::NoContent);
                  });
    m_http->route(QStringLiteral("/api/v1/me"), Method::Get,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      return QHttpServerResponse(protocol::toJson(person.value()));
                  });

    // --- the web sign-in page: hands a one-time code to the desktop ---
    m_http->route(
        QStringLiteral("/login"), Method::Get,
        [](const QHttpServerRequest &request) -> QHttpServerResponse {
            const QString redirect =
                request.query().queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
            return QHttpServerResponse("text/html; charset=utf-8", loginPage(redirect, QString()));
        });
    m_http->route(
        QStringLiteral("/login"), Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            const QUrlQuery form(QString::fromUtf8(request.body()));
            const auto value = [&](const char *key) {
                return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded)
                    .replace(u'+', u' ');
            };
            const QString redirect = value("redirect_uri");
            auto code = m_service->issueLoginCode(value("login"), value("password"));
            if (!code) {
                return QHttpServerResponse("text/html; charset=utf-8",
                                           loginPage(redirect, code.error().message),
                                           Status_::Unauthorized);
            }
            if (!redirect.isEmpty() && redirectAllowed(redirect)) {
                QUrl target(redirect);
                QUrlQuery q(target);
                q.addQueryItem(QStringLiteral("code"), code.value());
                target.setQuery(q);
                QHttpServerResponse response(Status_::Found);
                response.setHeader("Location", target.toString(QUrl::FullyEncoded).toUtf8());
                return response;
            }
            const QString html =
                QStringLiteral("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                               "<title>LienThong</title></head><body><p>Mã đăng nhập một lần:</p>"
                               "<p id=\"code\" style=\"font:20px monospace\">%1</p></body></html>")
                    .arg(code.value());
            return QHttpServerResponse("text/html; charset=utf-8", html.toUtf8());
        });

    // --- organisations (for assignment pickers) ---
    m_http->route(QStringLiteral("/api/v1/organisations"), Method::Get,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      auto list = m_service->organisations();
                      if (!list)
                          return errorResponse(list.error());
                      return QHttpServerResponse(protocol::OrganisationList{list.value()}.toJson());
                  });

    // --- the change feed ---
    m_http->route(QStringLiteral("/api/v1/changes"), Method::Get,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      const QUrlQuery q = request.query();
                      bool okCursor = true;
                      bool okLimit = true;
                      const QString cursorText = q.queryItemValue(QStringLiteral("cursor"));
                      const QString limitText = q.queryItemValue(QStringLiteral("limit"));
                      const qint64 cursor =
                          cursorText.isEmpty() ? 0 : cursorText.toLongLong(&okCursor);
                      const int limit = limitText.isEmpty() ? 500 : limitText.toInt(&okLimit);
                      if (!okCursor || !okLimit || cursor < 0 || limit < 1) {
                          return errorResponse({ErrorCode::InvalidArgument,
                                                ServerTr::tr("cursor and limit must be numbers.")});
                      }
                      auto page = m_service->changes(person.value(), cursor, limit);
                      if (!page)
                          return errorResponse(page.error());
                      return QHttpServerResponse("application/json", page.value().body);
                  });

    m_http->route(
        QStringLiteral("/api/v1/documents/<arg>"), Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto person = authorize(request);
            if (!person)
                return errorResponse(person.error());
            auto doc = m_service->document(person.value(), id);
            if (!doc)
                return errorResponse(doc.error());
            return QHttpServerResponse(json::toJson(doc.value()));
        });

    // --- blobs: immutable, named by their checksum; Range and ETag ---
    m_http->route(
        QStringLiteral("/api/v1/blobs/<arg>"), Method::Get,
        [this](const QString &sha, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto person = authorize(request);
            if (!person)
                return errorResponse(person.error());
            auto path = m_service->blobPath(person.value(), sha);
            if (!path)
                return errorResponse({ErrorCode::NotFound, ServerTr::tr("No such file.")});
            const QByteArray etag = '"' + sha.toLower().toLatin1() + '"';
            if (header(request, "If-None-Match") == etag) {
                QHttpServerResponse r(Status_::NotModified);
                r.setHeader("ETag", etag);
                return r;
            }
            QFile f(path.value());
            if (!f.open(QIODevice::ReadOnly))
                return errorResponse({ErrorCode::Io, QString()});
            const qint64 size = f.size();
            const QByteArray range = header(request, "Range");
            static const QRegularExpression rx(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
            const auto m = rx.match(QString::fromLatin1(range));
            if (!range.isEmpty() && m.hasMatch()) {
                const qint64 first = m.captured(1).toLongLong();
                const qint64 last =
                    m.captured(2).isEmpty() ? size - 1 : qMin(size - 1, m.captured(2).toLongLong());
                if (first >= size || last < first) {
                    QHttpServerResponse r(Status_::RequestRangeNotSatisfiable);
                    r.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
                    return r;
                }
                f.seek(first);
                QHttpServerResponse r("application/octet-stream", f.read(last - first + 1),
                                      Status_::PartialContent);
                r.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                                 QByteArray::number(last) + '/' +
                                                 QByteArray::number(size));
                r.setHeader("ETag", etag);
                r.setHeader("Accept-Ranges", "bytes");
                return r;
            }
            QHttpServerResponse r("application/octet-stream", f.readAll());
            r.setHeader("ETag", etag);
            r.setHeader("Accept-Ranges", "bytes");
            return r;
        });

    // --- a signed version of a document's main file (the prefix rule) ---
    m_http->route(
        QStringLiteral("/api/v1/documents/<arg>/file"), Method::Put,
        [this](const QString &id, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto person = authorize(request);
            if (!person)
                return errorResponse(person.error());
            if (request.body().size() > kMaxFileBody) {
                return errorResponse(
                    {ErrorCode::InvalidArgument, ServerTr::tr("The file is too large.")});
            }
            auto doc = m_service->putSignedVersion(person.value(), id, request.body());
            if (!doc)
                return errorResponse(doc.error());
            return QHttpServerResponse(json::toJson(doc.value()));
        });

    // --- a document's life inside the agency ---
    m_http->route(QStringLiteral("/api/v1/files"), Method::Post,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      if (request.body().size() > kMaxFileBody) {
                          return errorResponse(
                              {ErrorCode::InvalidArgument, ServerTr::tr("The file is too large.")});
                      }
                      auto sha = m_service->putFile(person.value(), request.body());
                      if (!sha)
                          return errorResponse(sha.error());
                      return QHttpServerResponse(QJsonObject{
                          {QStringLiteral("sha256"), QString::fromLatin1(sha.value().toHex())},
                          {QStringLiteral("size"), qint64(request.body().size())}});
                  });
    m_http->route(QStringLiteral("/api/v1/documents"), Method::Post,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      auto body = jsonBody(request);
                      if (!body)
                          return errorResponse(body.error());
                      auto answer = m_service->createDocument(person.value(), body.value());
                      if (!answer)
                          return errorResponse(answer.error());
                      return QHttpServerResponse(answer.value());
                  });
    m_http->route(
        QStringLiteral("/api/v1/documents/<arg>/versions"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto person = authorize(request);
            if (!person)
                return errorResponse(person.error());
            auto body = jsonBody(request);
            if (!body)
                return errorResponse(body.error());
            const QByteArray sha = QByteArray::fromHex(
                body.value().value(QStringLiteral("sha256")).toString().toLatin1());
            const QString name = body.value().value(QStringLiteral("fileName")).toString();
            if (sha.size() != 32 || name.size() > 255 || name.contains(u'/') ||
                name.contains(u'\\')) {
                return errorResponse({ErrorCode::InvalidArgument,
                                      ServerTr::tr("A version needs the sha256 of a file sent "
                                                   "before, and a plain file name.")});
            }
            auto doc = m_service->addVersion(person.value(), id, sha, name);
            if (!doc)
                return errorResponse(doc.error());
            return QHttpServerResponse(json::toJson(doc.value()));
        });
    m_http->route(
        QStringLiteral("/api/v1/documents/<arg>/number"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto person = authorize(request);
            if (!person)
                return errorResponse(person.error());
            auto doc = m_service->reserveNumber(person.value(), id);
            if (!doc)
                return errorResponse(doc.error());
            return QHttpServerResponse(json::toJson(doc.value()));
        });
    m_http->route(QStringLiteral("/api/v1/people"), Method::Get,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      auto list = m_service->colleagues(person.value());
                      if (!list)
                          return errorResponse(list.error());
                      return QHttpServerResponse(list.value());
                  });
    m_http->route(QStringLiteral("/api/v1/registers"), Method::Get,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      const QUrlQuery q(request.url());
                      Service::RegisterQuery query;
                      query.direction = q.queryItemValue(QStringLiteral("direction"));
                      query.year = q.queryItemValue(QStringLiteral("year")).toInt();
                      query.series = q.queryItemValue(QStringLiteral("series"));
                      query.search = q.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
                      query.offset = q.queryItemValue(QStringLiteral("offset")).toInt();
                      const QString limit = q.queryItemValue(QStringLiteral("limit"));
                      query.limit = limit.isEmpty() ? 200 : limit.toInt();
                      auto rows = m_service->registerRows(person.value(), query);
                      if (!rows)
                          return errorResponse(rows.error());
                      return QHttpServerResponse(rows.value());
                  });

    // --- actions: judged by core/workflow, idempotent by the client's id ---
    m_http->route(QStringLiteral("/api/v1/actions"), Method::Post,
                  [this](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto person = authorize(request);
                      if (!person)
                          return errorResponse(person.error());
                      auto body = jsonBody(request);
                      if (!body)
                          return errorResponse(body.error());
                      auto answer = m_service->act(person.value(), body.value());
                      if (!answer)
                          return errorResponse(answer.error());
                      return QHttpServerResponse(answer.value());
                  });

    // --- read receipts: the documents a person opened ---
    m_http->route(
        QStringLiteral("/api/v1/read"), Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto person = authorize(request);
            if (!person)
                return errorResponse(person.error());
            auto body = jsonBody(request);
            if (!body)
                return errorResponse(body.error());
            const QJsonValue list = body.value().value(QStringLiteral("documents"));
            QStringList ids;
            for (const QJsonValue &v : list.toArray()) {
                if (!v.isString())
                    break;
                ids << v.toString();
            }
            if (!list.isArray() || ids.size() != list.toArray().size() || ids.size() > 1000) {
                return errorResponse({ErrorCode::InvalidArgument,
                                      ServerTr::tr("\"documents\" must be a list of document ids "
                                                   "(text), at most 1000.")});
            }
            // "unread": true marks them unread again (the user's "mark unread").
            const bool unread = body.value().value(QStringLiteral("unread")).toBool();
            auto marked = m_service->markRead(person.value(), ids, unread);
            if (!marked)
                return errorResponse(marked.error());
            return QHttpServerResponse(QJsonObject{{QStringLiteral("read"), marked.value()}});
        });

    m_http->afterRequest([](QHttpServerResponse &&resp) {
        resp.setHeader("Cache-Control", "no-store");
        return std::move(resp);
    });
}

} // namespace lt::server
