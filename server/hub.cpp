#include "server/hub.h"

#include "core/version.h"
#include "server/db.h"
#include "server/http_p.h"
#include "server/sha256_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace lt::server {

Q_LOGGING_CATEGORY(lcHub, "lt.server.hub")

namespace {

using Status_ = QHttpServerResponse::StatusCode;
using http::header;

// A package may hold scanned attachments; the national service's own limit is not public.
constexpr qsizetype kMaxPackage = qsizetype(256) << 20;
constexpr qsizetype kMaxJson = 64 << 10;
constexpr int kMaxCodeLength = 35; // QCVN 102: an organisation code has at most 35 characters

struct HubTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::server::Hub)
};

// Every answer carries the national service's envelope: status OK|FAIL, ErrorCode "0" on
// success, ErrorDesc.
QHttpServerResponse ok(QJsonObject body = {})
{
    body.insert(QStringLiteral("status"), QStringLiteral("OK"));
    body.insert(QStringLiteral("ErrorCode"), QStringLiteral("0"));
    body.insert(QStringLiteral("ErrorDesc"), QString());
    return QHttpServerResponse(body);
}

QHttpServerResponse fail(Status_ httpStatus, const char *code, const QString &description)
{
    if (int(httpStatus) >= 500)
        qCWarning(lcHub) << "answered" << int(httpStatus) << code << description;
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("FAIL")},
                                           {QStringLiteral("ErrorCode"), QLatin1String(code)},
                                           {QStringLiteral("ErrorDesc"), description}},
                               httpStatus);
}

QHttpServerResponse failed(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Unauthorized:
        return fail(Status_::Unauthorized, "UNAUTHORIZED", e.message);
    case ErrorCode::NotFound:
        return fail(Status_::NotFound, "NOT_FOUND", e.message);
    case ErrorCode::NotAllowed:
        return fail(Status_::Forbidden, "FORBIDDEN", e.message);
    case ErrorCode::InvalidArgument:
        return fail(Status_::BadRequest, "INVALID", e.message);
    case ErrorCode::Conflict:
        return fail(Status_::Conflict, "CONFLICT", e.message);
    default:
        return fail(Status_::InternalServerError, "SERVER",
                    HubTr::tr("The axis could not store or read the message."));
    }
}

QString secretHash(const QString &secret)
{
    return QStringLiteral("sha256$") +
           QString::fromLatin1(
               QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// One SDK of the national service writes each byte of the hash in hex without its leading zero
// ("0a" as "a"); both spellings name the same bytes.
bool sameHash(const QByteArray &digest, const QByteArray &given)
{
    const QByteArray g = given.trimmed().toLower();
    if (g == digest.toHex())
        return true;
    QByteArray dropped;
    for (char c : digest)
        dropped += QByteArray::number(static_cast<unsigned char>(c), 16);
    return g == dropped;
}

bool validCode(const QString &code)
{
    if (code.isEmpty() || code.size() > kMaxCodeLength)
        return false;
    for (QChar c : code) {
        if (c.isSpace() || c == u';' || c == u',' || c.unicode() < 0x20)
            return false;
    }
    return true;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

int intParameter(const QHttpServerRequest &request, const QString &name, int fallback, int min,
                 int max)
{
    bool okNumber = false;
    const int v = request.query().queryItemValue(name).toInt(&okNumber);
    return okNumber ? std::clamp(v, min, max) : fallback;
}

// The receivers named by the "to" header: a JSON list (the national SDK's form) or a
// comma-separated list.
QStringList receiverCodes(const QByteArray &value)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(value);
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            out << v.toString().trimmed();
    } else {
        for (const QString &s : QString::fromUtf8(value).split(u',', Qt::SkipEmptyParts))
            out << s.trimmed();
    }
    out.removeDuplicates();
    return out;
}

} // namespace

Result<QList<Agency>> readDirectory(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io,
                     HubTr::tr("The directory file \"%1\" cannot be read.").arg(file),
                     f.errorString()};
    }
    QList<Agency> out;
    QSet<QString> seen;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (lineNumber == 1 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (out.isEmpty() && line.startsWith(QStringLiteral("code"), Qt::CaseInsensitive))
            continue; // the header
        const QStringList fields = line.split(line.contains(u'\t') ? u'\t' : u';');
        const auto bad = [&](const QString &why) {
            return Error{ErrorCode::InvalidArgument,
                         HubTr::tr("Line %1 of the directory file: %2").arg(lineNumber).arg(why)};
        };
        if (fields.size() < 2 || fields.size() > 4)
            return bad(HubTr::tr("expected code;name;mail;system."));
        Agency a;
        a.code = fields.at(0).trimmed();
        a.name = fields.at(1).trimmed();
        a.mail = fields.value(2).trimmed();
        a.systemId = fields.value(3).trimmed();
        if (!validCode(a.code))
            return bad(HubTr::tr("\"%1\" is not an organisation code (at most 35 characters, "
                                 "no spaces).")
                           .arg(a.code.left(60)));
        if (a.name.isEmpty())
            return bad(HubTr::tr("the agency has no name."));
        if (seen.contains(a.code))
            return bad(HubTr::tr("the code %1 is listed twice.").arg(a.code));
        seen.insert(a.code);
        out << a;
    }
    return out;
}

Hub::Hub(HubOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

Hub::~Hub() = default;

Status Hub::addSystem(Db &db, const QString &systemId, const QString &secret)
{
    if (!validCode(systemId))
        return Error{ErrorCode::InvalidArgument,
                     HubTr::tr("\"%1\" is not a system id (at most 35 characters, no spaces).")
                         .arg(systemId)};
    if (secret.size() < 16)
        return Error{ErrorCode::InvalidArgument,
                     HubTr::tr("A system's secret needs at least 16 characters.")};
    auto r = db.exec(QStringLiteral("INSERT INTO systems(id, secret_hash, created_at) VALUES "
                                    "(?, ?, ?) ON CONFLICT(id) DO UPDATE SET secret_hash = "
                                    "excluded.secret_hash"),
                     {systemId, secretHash(secret), QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return r.error();
    return {};
}

Result<int> Hub::loadDirectory(Db &db, const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     HubTr::tr("The directory file \"%1\" cannot be read.").arg(file),
                     f.errorString()};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    const QString digest = QString::fromLatin1(hash.result().toHex());
    auto loaded = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'directory'"));
    if (!loaded)
        return loaded.error();
    if (loaded->toString() == digest) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM agencies"));
        if (!n)
            return n.error();
        return n->toInt();
    }
    auto agencies = readDirectory(file);
    if (!agencies)
        return agencies.error();
    DbTransaction tx(db);
    if (!tx.status())
        return tx.status().error();
    if (auto r = db.exec(QStringLiteral("DELETE FROM agencies")); !r)
        return r.error();
    // One prepared statement for the ~111,000 rows of the national list.
    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO agencies(code, name, mail, system_id, "
                                       "position) VALUES (?, ?, ?, ?, ?)")))
        return db.error(insert.lastError(), QStringLiteral("prepare agencies"));
    qint64 position = 0;
    for (const Agency &a : *agencies) {
        insert.bindValue(0, a.code);
        insert.bindValue(1, a.name);
        insert.bindValue(2, a.mail);
        insert.bindValue(3, a.systemId);
        insert.bindValue(4, position++);
        if (!insert.exec())
            return db.error(insert.lastError(), QStringLiteral("insert agency"));
    }
    if (auto r = db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('directory', ?) ON "
                                        "CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {digest});
        !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcHub) << "directory loaded:" << agencies->size() << "agencies from" << file;
    return int(agencies->size());
}

Status Hub::start()
{
    if (!m_options.address.isLoopback()) {
        return Error{ErrorCode::InvalidArgument,
                     HubTr::tr("The hub serves plain HTTP on a loopback address only; put a TLS "
                               "proxy (nginx) in front of it for %1.")
                         .arg(m_options.address.toString())};
    }
    m_packageDir = QDir(m_options.dataDir).filePath(QStringLiteral("packages"));
    if (m_options.dataDir.isEmpty() || !QDir().mkpath(m_packageDir)) {
        return Error{
            ErrorCode::Io,
            HubTr::tr("The data directory \"%1\" cannot be created.").arg(m_options.dataDir)};
    }
    auto db = Db::open(m_options.dbUrl.isEmpty()
                           ? QDir(m_options.dataDir).filePath(QStringLiteral("hub.db"))
                           : m_options.dbUrl);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    if (auto s = m_db->migrate(Db::Schema::Hub); !s)
        return s;
    if (!m_options.directoryFile.isEmpty()) {
        if (auto n = loadDirectory(*m_db, m_options.directoryFile); !n)
            return n.error();
    }
    m_http = std::make_unique<QHttpServer>();
    addRoutes();
    const int port = m_http->listen(m_options.address, m_options.port);
    if (port <= 0) {
        return Error{ErrorCode::Unavailable, HubTr::tr("Cannot listen on %1:%2.")
                                                 .arg(m_options.address.toString())
                                                 .arg(m_options.port)};
    }
    m_port = static_cast<quint16>(port);
    return {};
}

QString Hub::baseUrl() const
{
    return http::baseUrl(m_options.address, m_port, false);
}

Result<QString> Hub::authenticate(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization");
    const Error refused{ErrorCode::Unauthorized,
                        HubTr::tr("The system id or its secret is wrong.")};
    if (!value.startsWith("Basic "))
        return refused;
    const QByteArray decoded = QByteArray::fromBase64(value.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return refused;
    const QString id = QString::fromUtf8(decoded.left(colon));
    auto cached = m_secretHashes.constFind(id);
    QString stored;
    if (cached != m_secretHashes.cend()) {
        stored = *cached;
    } else {
        auto found =
            m_db->scalar(QStringLiteral("SELECT secret_hash FROM systems WHERE id = ?"), {id});
        if (!found)
            return found.error();
        stored = found->toString();
        if (!stored.isEmpty())
            m_secretHashes.insert(id, stored);
    }
    // Unknown systems cost the same comparison as known ones.
    const QByteArray given = secretHash(QString::fromUtf8(decoded.mid(colon + 1))).toLatin1();
    const QByteArray expected =
        stored.isEmpty() ? QByteArray(given.size(), '\0') : stored.toLatin1();
    if (!constantTimeEqual(given, expected) || stored.isEmpty())
        return refused;
    return id;
}

void Hub::addRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_http->route(QStringLiteral("/axis/v1/health"), Method::Get, [] {
        return ok({{QStringLiteral("version"), QStringLiteral(LT_VERSION_STRING)}});
    });

    // --- send: the package as the body; from, to, messagetype, sha256 as headers ---
    m_http->route(
        QStringLiteral("/axis/v1/send"), Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto system = authenticate(request);
            if (!system)
                return failed(system.error());
            const QByteArray &body = request.body();
            if (body.size() > kMaxPackage)
                return fail(Status_::PayloadTooLarge, "TOO_LARGE",
                            HubTr::tr("The package is larger than %1 MB.").arg(kMaxPackage >> 20));
            if (body.isEmpty())
                return fail(Status_::BadRequest, "INVALID", HubTr::tr("The package is empty."));
            const QString from = QString::fromUtf8(header(request, "from")).trimmed();
            const QStringList to = receiverCodes(header(request, "to"));
            const QString type = QString::fromLatin1(header(request, "messagetype")).toLower();
            if (type != u"edoc" && type != u"status")
                return fail(Status_::BadRequest, "INVALID",
                            HubTr::tr("The message type must be edoc or status."));
            if (!validCode(from))
                return fail(Status_::BadRequest, "INVALID",
                            HubTr::tr("The sender's code is missing or malformed."));
            if (to.isEmpty())
                return fail(Status_::BadRequest, "INVALID",
                            HubTr::tr("The package has no receiver."));
            const QByteArray digest = Sha256::of(body);
            if (!sameHash(digest, header(request, "sha256")))
                return fail(Status_::BadRequest, "HASH_MISMATCH",
                            HubTr::tr("The package's SHA-256 does not match its bytes."));

            // The sender speaks for its own code, or for a code the directory gives it.
            if (from != *system) {
                auto owner = m_db->scalar(
                    QStringLiteral("SELECT system_id FROM agencies WHERE code = ?"), {from});
                if (!owner)
                    return failed(owner.error());
                if (owner->toString() != *system)
                    return fail(Status_::Forbidden, "SENDER_MISMATCH",
                                HubTr::tr("The system %1 cannot send for %2.").arg(*system, from));
            }
            // Every receiver must be a connected agency; nothing is sent otherwise.
            QList<std::pair<QString, QString>> routes; // code → system
            QStringList unknown;
            for (const QString &code : to) {
                if (!validCode(code)) {
                    unknown << code.left(60);
                    continue;
                }
                auto owner = m_db->scalar(
                    QStringLiteral("SELECT system_id FROM agencies WHERE code = ?"), {code});
                if (!owner)
                    return failed(owner.error());
                if (owner->toString().isEmpty())
                    unknown << code;
                else
                    routes.append({code, owner->toString()});
            }
            if (!unknown.isEmpty())
                return fail(Status_::BadRequest, "UNKNOWN_RECEIVER",
                            HubTr::tr("No connected system receives for %1.")
                                .arg(unknown.join(QStringLiteral(", "))));

            // The same bytes sent again by the same system keep their id: a retry whose answer
            // was lost changes nothing, a receiver added later gets its delivery.
            const QString hex = QString::fromLatin1(digest.toHex());
            auto existing = m_db->scalar(
                QStringLiteral("SELECT id FROM packages WHERE sender_system = ? AND sha256 = ?"),
                {*system, hex});
            if (!existing)
                return failed(existing.error());
            const bool fresh = existing->isNull();
            const QString id =
                fresh ? QUuid::createUuid().toString(QUuid::WithoutBraces) : existing->toString();

            // The bytes first, then the rows: a package the database knows always has its file.
            QSaveFile file(QDir(m_packageDir).filePath(id + QStringLiteral(".edxml")));
            if (fresh && (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() ||
                          !file.commit())) {
                qCWarning(lcHub) << "cannot store package" << id << file.errorString();
                return failed(Error{ErrorCode::Io, QString()});
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const auto store = [&]() -> Status {
                DbTransaction tx(*m_db);
                if (!tx.status())
                    return tx.status();
                if (fresh) {
                    if (auto r = m_db->exec(
                            QStringLiteral("INSERT INTO packages(id, sender_system, from_code, "
                                           "message_type, sha256, size, sent_at) VALUES (?, ?, ?, "
                                           "?, ?, ?, ?)"),
                            {id, *system, from, type, hex, qint64(body.size()), now});
                        !r)
                        return r.error();
                }
                auto seq = m_db->nextChangeSeq();
                if (!seq)
                    return seq.error();
                for (const auto &[code, owner] : routes) {
                    if (auto r = m_db->exec(
                            QStringLiteral("INSERT INTO deliveries(package_id, to_code, system_id, "
                                           "state, description, updated_at, seq) VALUES (?, ?, ?, "
                                           "'pending', '', ?, ?) ON CONFLICT(package_id, to_code) "
                                           "DO NOTHING"),
                            {id, code, owner, now, *seq});
                        !r)
                        return r.error();
                }
                return tx.commit();
            };
            if (auto s = store(); !s) {
                if (fresh)
                    QFile::remove(file.fileName());
                return failed(s.error());
            }
            qCInfo(lcHub).noquote() << type << id << "from" << from << "to" << to.join(u',');
            return ok({{QStringLiteral("docId"), id}});
        });

    // --- what waits for the calling system ---
    const auto receivedWhere = [](const QHttpServerRequest &request, QVariantList &values) {
        QString where = QStringLiteral("d.system_id = ? AND d.state IN ('pending', 'processing')");
        const QString type = request.query().queryItemValue(QStringLiteral("messagetype"));
        if (!type.isEmpty()) {
            where += QStringLiteral(" AND p.message_type = ?");
            values << type.toLower();
        }
        return where;
    };
    m_http->route(
        QStringLiteral("/axis/v1/received"), Method::Get,
        [this, receivedWhere](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto system = authenticate(request);
            if (!system)
                return failed(system.error());
            QVariantList values{*system};
            const QString where = receivedWhere(request, values);
            values << intParameter(request, QStringLiteral("limit"), 100, 1, 1000);
            auto q = m_db->exec(
                QStringLiteral("SELECT d.package_id, p.message_type, p.from_code, d.to_code, "
                               "d.state, p.sha256, p.size, p.sent_at FROM deliveries d JOIN "
                               "packages p ON p.id = d.package_id WHERE %1 ORDER BY d.seq LIMIT ?")
                    .arg(where),
                values);
            if (!q)
                return failed(q.error());
            QJsonArray data;
            while (q.value().next()) {
                data.append(QJsonObject{
                    {QStringLiteral("docId"), q.value().value(0).toString()},
                    {QStringLiteral("messagetype"), q.value().value(1).toString()},
                    {QStringLiteral("from"), q.value().value(2).toString()},
                    {QStringLiteral("to"), q.value().value(3).toString()},
                    {QStringLiteral("status"), q.value().value(4).toString()},
                    {QStringLiteral("sha256"), q.value().value(5).toString()},
                    {QStringLiteral("size"), q.value().value(6).toLongLong()},
                    {QStringLiteral("time"), isoTime(q.value().value(7).toLongLong())}});
            }
            return ok({{QStringLiteral("data"), data}});
        });
    m_http->route(QStringLiteral("/axis/v1/count"), Method::Get,
                  [this, receivedWhere](const QHttpServerRequest &request) -> QHttpServerResponse {
                      auto system = authenticate(request);
                      if (!system)
                          return failed(system.error());
                      QVariantList values{*system};
                      const QString where = receivedWhere(request, values);
                      auto q = m_db->exec(
                          QStringLiteral("SELECT count(*) FROM deliveries d JOIN packages "
                                         "p ON p.id = d.package_id WHERE %1")
                              .arg(where),
                          values);
                      if (!q)
                          return failed(q.error());
                      q.value().next();
                      return ok({{QStringLiteral("count"), q.value().value(0).toLongLong()}});
                  });

    // --- one package, for its sender and its receivers only ---
    m_http->route(
        QStringLiteral("/axis/v1/edoc/<arg>"), Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) -> QHttpServerResponse {
            auto system = authenticate(request);
            if (!system)
                return failed(system.error());
            auto q = m_db->exec(
                QStringLiteral("SELECT p.sha256 FROM packages p WHERE p.id = ? AND "
                               "(p.sender_system = ? OR EXISTS (SELECT 1 FROM deliveries d "
                               "WHERE d.package_id = p.id AND d.system_id = ?))"),
                {id, *system, *system});
            if (!q)
                return failed(q.error());
            if (!q.value().next())
                return fail(Status_::NotFound, "NOT_FOUND",
                            HubTr::tr("No package %1 for this system.").arg(id.left(60)));
            const QString sha = q.value().value(0).toString();
            QFile file(QDir(m_packageDir).filePath(id + QStringLiteral(".edxml")));
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcHub) << "package" << id << "has lost its file" << file.errorString();
                return failed(Error{ErrorCode::Io, QString()});
            }
            QHttpServerResponse response("application/xml", file.readAll());
            response.setHeader("sha256", sha.toLatin1());
            return response;
        });

    // --- the receiver's acknowledgement: done, fail or processing ---
    m_http->route(
        QStringLiteral("/axis/v1/status"), Method::Post,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto system = authenticate(request);
            if (!system)
                return failed(system.error());
            if (request.body().size() > kMaxJson)
                return fail(Status_::PayloadTooLarge, "TOO_LARGE",
                            HubTr::tr("The request is too large."));
            const QJsonObject o = QJsonDocument::fromJson(request.body()).object();
            const QString id = o.value(QStringLiteral("docId")).toString();
            const QString to = o.value(QStringLiteral("to")).toString();
            const QString state = o.value(QStringLiteral("status")).toString().toLower();
            const QString desc = o.value(QStringLiteral("desc")).toString().left(2000);
            if (id.isEmpty() || (state != u"done" && state != u"fail" && state != u"processing"))
                return fail(Status_::BadRequest, "INVALID",
                            HubTr::tr("Give a docId and a status: done, fail or processing."));
            QVariantList values{id, *system};
            QString where = QStringLiteral("package_id = ? AND system_id = ?");
            if (!to.isEmpty()) {
                where += QStringLiteral(" AND to_code = ?");
                values << to;
            }
            DbTransaction tx(*m_db);
            if (!tx.status())
                return failed(tx.status().error());
            auto rows = m_db->exec(
                QStringLiteral("SELECT state FROM deliveries WHERE %1").arg(where), values);
            if (!rows)
                return failed(rows.error());
            int found = 0;
            int same = 0;
            while (rows.value().next()) {
                ++found;
                const QString current = rows.value().value(0).toString();
                if (current == state)
                    ++same;
                else if (current == u"done" || current == u"fail")
                    return fail(Status_::Conflict, "FINAL",
                                HubTr::tr("The delivery is already %1.").arg(current));
            }
            if (found == 0)
                return fail(Status_::NotFound, "NOT_FOUND",
                            HubTr::tr("No delivery of %1 to this system.").arg(id.left(60)));
            if (same == found)
                return ok(); // a retry
            auto seq = m_db->nextChangeSeq();
            if (!seq)
                return failed(seq.error());
            QVariantList update{state, desc, QDateTime::currentMSecsSinceEpoch(), *seq};
            update += values;
            if (auto r = m_db->exec(QStringLiteral("UPDATE deliveries SET state = ?, description "
                                                   "= ?, updated_at = ?, seq = ? WHERE %1")
                                        .arg(where),
                                    update);
                !r)
                return failed(r.error());
            if (auto s = tx.commit(); !s)
                return failed(s.error());
            return ok();
        });

    // --- the sender's view: one row per receiver, changes after a sequence number ---
    m_http->route(
        QStringLiteral("/axis/v1/sent"), Method::Get,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto system = authenticate(request);
            if (!system)
                return failed(system.error());
            bool okAfter = false;
            qint64 after =
                request.query().queryItemValue(QStringLiteral("after")).toLongLong(&okAfter);
            if (!okAfter)
                after = 0;
            const int limit = intParameter(request, QStringLiteral("limit"), 500, 1, 5000);
            auto q = m_db->exec(
                QStringLiteral("SELECT d.package_id, p.message_type, p.from_code, d.to_code, "
                               "d.state, d.description, d.updated_at, d.seq, p.sent_at FROM "
                               "deliveries d JOIN packages p ON p.id = d.package_id WHERE "
                               "p.sender_system = ? AND d.seq > ? ORDER BY d.seq LIMIT ?"),
                {*system, after, limit});
            if (!q)
                return failed(q.error());
            QJsonArray data;
            qint64 last = after;
            while (q.value().next()) {
                last = q.value().value(7).toLongLong();
                data.append(QJsonObject{
                    {QStringLiteral("docId"), q.value().value(0).toString()},
                    {QStringLiteral("messagetype"), q.value().value(1).toString()},
                    {QStringLiteral("from"), q.value().value(2).toString()},
                    {QStringLiteral("to"), q.value().value(3).toString()},
                    {QStringLiteral("sendStatus"), QStringLiteral("done")},
                    {QStringLiteral("receiveStatus"), q.value().value(4).toString()},
                    {QStringLiteral("desc"), q.value().value(5).toString()},
                    {QStringLiteral("time"), isoTime(q.value().value(6).toLongLong())},
                    {QStringLiteral("sentTime"), isoTime(q.value().value(8).toLongLong())},
                    {QStringLiteral("seq"), last}});
            }
            return ok({{QStringLiteral("data"), data}, {QStringLiteral("last"), last}});
        });

    // --- the directory ---
    m_http->route(
        QStringLiteral("/axis/v1/agencies"), Method::Get,
        [this](const QHttpServerRequest &request) -> QHttpServerResponse {
            auto system = authenticate(request);
            if (!system)
                return failed(system.error());
            const QString code = request.query().queryItemValue(QStringLiteral("code"));
            const int offset = intParameter(request, QStringLiteral("offset"), 0, 0,
                                            std::numeric_limits<int>::max());
            const int limit = intParameter(request, QStringLiteral("limit"), 1000, 1, 10000);
            auto total = m_db->scalar(QStringLiteral("SELECT count(*) FROM agencies"));
            if (!total)
                return failed(total.error());
            auto q = code.isEmpty()
                         ? m_db->exec(QStringLiteral("SELECT code, name, mail, system_id FROM "
                                                     "agencies ORDER BY position LIMIT ? OFFSET ?"),
                                      {limit, offset})
                         : m_db->exec(QStringLiteral("SELECT code, name, mail, system_id FROM "
                                                     "agencies WHERE code = ?"),
                                      {code});
            if (!q)
                return failed(q.error());
            QJsonArray data;
            while (q.value().next()) {
                data.append(QJsonObject{
                    {QStringLiteral("code"), q.value().value(0).toString()},
                    {QStringLiteral("name"), q.value().value(1).toString()},
                    {QStringLiteral("mail"), q.value().value(2).toString()},
                    {QStringLiteral("connected"), !q.value().value(3).toString().isEmpty()}});
            }
            return ok(
                {{QStringLiteral("data"), data}, {QStringLiteral("total"), total->toLongLong()}});
        });

    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write(
            QJsonDocument(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("FAIL")},
                {QStringLiteral("ErrorCode"), QStringLiteral("NOT_FOUND")},
                {QStringLiteral("ErrorDesc"), HubTr::tr("The axis has no such operation.")}}),
            QHttpServerResponder::StatusCode::NotFound);
    });
}

} // namespace lt::server
