#include "server/service.h"

#include "core/verify/signatures.h"

#include "core/model/said.h"

#include "core/model/json.h"
#include "core/protocol/messages.h"
#include "core/workflow/decide.h"
#include "core/workflow/desk.h"
#include "core/workflow/numbering.h"
#include "core/workflow/workflow.h"
#include "server/auth.h"
#include "server/service_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>

namespace lt::server {

Q_LOGGING_CATEGORY(lcService, "lt.server.service")

using namespace detail;

namespace {
// Where `key` (with its quotes and colon) is a key of the outer object of `json`, not of an
// object inside it (a recipient has a "state" too); -1 when it is not there.
qsizetype topLevelKey(const QByteArray &json, QByteArrayView key)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            if (depth == 1 && QByteArrayView(json).sliced(i).startsWith(key))
                return i;
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}
} // namespace

Service::Service(Db &db, QString blobDir, SessionPolicy policy)
    : m_db(db)
    , m_blobDir(std::move(blobDir))
    , m_policy(policy)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    QDir().mkpath(m_blobDir);
}

// --- people and sessions ---------------------------------------------------------------------

Result<Person> Service::createPerson(const Person &person, const QString &password)
{
    return insertPerson(person, auth::hashPassword(password));
}

Result<Person> Service::insertPerson(const Person &person, const QString &passwordHash)
{
    Person p = person;
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto r = m_db.exec(QStringLiteral("INSERT INTO people(id, login, full_name, title, "
                                      "organisation_id, roles, email, password_hash) VALUES "
                                      "(?,?,?,?,?,?,?,?)"),
                       {p.id, p.login, p.fullName, p.title, p.organisationId,
                        rolesToString(p.roles), p.email, passwordHash});
    if (!r)
        return r.error();
    return p;
}

Result<Person> Service::personWhere(QLatin1String column, const QString &value)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM people WHERE %2 = ?")
                           .arg(QLatin1String(kPersonColumns), column),
                       {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return unauthorized();
    return personFrom(q.value());
}

Result<Person> Service::personById(const QString &id)
{
    return personWhere(QLatin1String("id"), id);
}

Result<Person> Service::personByLogin(const QString &login)
{
    return personWhere(QLatin1String("login"), login);
}

Result<Session> Service::login(const QString &login, const QString &password)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, password_hash, failed_logins, locked_until "
                                      "FROM people WHERE login = ?"),
                       {login});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        // Spend the same time as a real check, so that names cannot be probed by timing.
        auth::verifyPassword(password, auth::hashPassword(QStringLiteral("x")));
        return unauthorized();
    }
    const QString id = q.value().value(0).toString();
    const QString stored = q.value().value(1).toString();
    const int failed = q.value().value(2).toInt();
    const qint64 lockedUntil = q.value().value(3).toLongLong();
    if (lockedUntil > now()) {
        return said(ErrorCode::Locked, "lt::server::Service",
                    QT_TRANSLATE_NOOP("lt::server::Service",
                                      "Too many wrong passwords: the account is locked until %1."),
                    {QDateTime::fromSecsSinceEpoch(lockedUntil)
                         .toString(QStringLiteral("HH:mm dd/MM/yyyy"))});
    }
    if (!auth::verifyPassword(password, stored)) {
        const int count = failed + 1;
        const bool lock = count >= m_policy.maxFailedLogins;
        auto u = m_db.exec(QStringLiteral("UPDATE people SET failed_logins = ?, locked_until = ? "
                                          "WHERE id = ?"),
                           {lock ? 0 : count, lock ? now() + m_policy.lockSeconds : qint64(0), id});
        if (!u)
            return u.error();
        if (lock) {
            qCWarning(lcService) << "account locked after" << count << "wrong passwords:" << login;
            return said(ErrorCode::Locked, "lt::server::Service",
                        QT_TRANSLATE_N_NOOP("lt::server::Service",
                                            "Too many wrong passwords: the account is locked for "
                                            "%n minute(s)."),
                        {}, int(m_policy.lockSeconds / 60));
        }
        return unauthorized();
    }
    if (failed != 0) {
        if (auto u =
                m_db.exec(QStringLiteral("UPDATE people SET failed_logins = 0 WHERE id = ?"), {id});
            !u) {
            return u.error();
        }
    }
    auto person = personById(id);
    if (!person)
        return person.error();
    return newSession(person.value(), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<Session> Service::newSession(const Person &person, const QString &family)
{
    Session s;
    s.person = person;
    s.accessToken = auth::newToken();
    s.refreshToken = auth::newToken();
    s.expiresIn = m_policy.accessSeconds;
    const QString sql = QStringLiteral(
        "INSERT INTO tokens(hash, kind, person_id, family, expires_at) VALUES (?,?,?,?,?)");
    if (auto r = m_db.exec(sql, {auth::tokenHash(s.accessToken), QStringLiteral("access"),
                                 person.id, family, now() + m_policy.accessSeconds});
        !r) {
        return r.error();
    }
    if (auto r = m_db.exec(sql, {auth::tokenHash(s.refreshToken), QStringLiteral("refresh"),
                                 person.id, family, now() + m_policy.refreshSeconds});
        !r) {
        return r.error();
    }
    return s;
}

Result<std::optional<Service::TokenRow>> Service::findToken(const QString &token,
                                                            const QString &kind)
{
    auto q = m_db.exec(QStringLiteral("SELECT person_id, family, expires_at, revoked, rotated_at "
                                      "FROM tokens WHERE hash = ? AND kind = ?"),
                       {auth::tokenHash(token), kind});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<TokenRow>();
    return std::optional(TokenRow{q.value().value(0).toString(), q.value().value(1).toString(),
                                  q.value().value(2).toLongLong(), q.value().value(3).toInt() != 0,
                                  q.value().value(4).toLongLong()});
}

Result<Session> Service::refresh(const QString &refreshToken)
{
    auto found = findToken(refreshToken, QStringLiteral("refresh"));
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::Unauthorized, ServiceTr::tr("The session has ended.")};
    const TokenRow row = *found.value();
    const QString person = row.person;
    const QString family = row.family;
    const qint64 rotatedAt = row.rotatedAt;
    // A client that died between our answer and saving the new token presents the old one
    // again at once: within a short grace period that is not theft.
    const bool graceReuse = rotatedAt > 0 && now() - rotatedAt < m_policy.refreshGraceSeconds;
    if (row.revoked && !graceReuse) {
        // A used refresh token came back: someone else may hold a copy. End the family.
        qCWarning(lcService) << "refresh token reused; revoking the session family";
        (void)m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE family = ?"), {family});
        return Error{ErrorCode::Unauthorized, ServiceTr::tr("The session has ended.")};
    }
    if (row.expiresAt <= now())
        return Error{ErrorCode::Unauthorized, ServiceTr::tr("The session has expired.")};
    if (!graceReuse) {
        if (auto r = m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1, rotated_at = ? "
                                              "WHERE hash = ?"),
                               {now(), auth::tokenHash(refreshToken)});
            !r) {
            return r.error();
        }
    }
    auto p = personById(person);
    if (!p)
        return p.error();
    return newSession(p.value(), family);
}

Result<QString> Service::issueLoginCode(const QString &login, const QString &password)
{
    auto session = this->login(login, password);
    if (!session)
        return session.error();
    // The password was right: hand out a one-time code instead of the tokens, and drop the
    // tokens just made.
    auto family = m_db.scalar(QStringLiteral("SELECT family FROM tokens WHERE hash = ?"),
                              {auth::tokenHash(session->accessToken)});
    if (!family)
        return family.error();
    (void)m_db.exec(QStringLiteral("DELETE FROM tokens WHERE family = ?"), {family.value()});
    const QString code = auth::newToken();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO tokens(hash, kind, person_id, family, "
                                          "expires_at) VALUES (?, 'code', ?, ?, ?)"),
                           {auth::tokenHash(code), session->person.id, family.value(),
                            now() + m_policy.codeSeconds});
        !r) {
        return r.error();
    }
    return code;
}

Result<Session> Service::exchangeCode(const QString &code)
{
    auto found = findToken(code, QStringLiteral("code"));
    if (!found)
        return found.error();
    if (!found.value() || found.value()->revoked || found.value()->expiresAt <= now()) {
        return Error{ErrorCode::Unauthorized,
                     ServiceTr::tr("The sign-in code is not valid any more; sign in again.")};
    }
    const QString person = found.value()->person;
    const QString family = found.value()->family;
    if (auto r = m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE hash = ?"),
                           {auth::tokenHash(code)});
        !r) {
        return r.error();
    }
    auto p = personById(person);
    if (!p)
        return p.error();
    return newSession(p.value(), family);
}

Result<Person> Service::authenticate(const QString &accessToken)
{
    auto found = findToken(accessToken, QStringLiteral("access"));
    if (!found)
        return found.error();
    if (!found.value() || found.value()->revoked || found.value()->expiresAt <= now())
        return Error{ErrorCode::Unauthorized, ServiceTr::tr("The session has expired.")};
    return personById(found.value()->person);
}

Status Service::logout(const QString &accessToken)
{
    auto family = m_db.scalar(QStringLiteral("SELECT family FROM tokens WHERE hash = ? AND kind "
                                             "= 'access'"),
                              {auth::tokenHash(accessToken)});
    if (!family)
        return family.error();
    if (family.value().isNull())
        return Error{ErrorCode::Unauthorized, ServiceTr::tr("The session has expired.")};
    auto r = m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE family = ?"),
                       {family.value()});
    if (!r)
        return r.error();
    return {};
}

// --- organisations, documents, blobs ---------------------------------------------------------

Status Service::addOrganisation(const Organisation &o)
{
    auto r =
        m_db.exec(QStringLiteral("INSERT INTO organisations(id, code, name, short_name, "
                                 "level, parent_id) VALUES (?,?,?,?,?,?)"),
                  {o.id, o.code, o.name, o.shortName, protocol::levelKey(o.level), o.parentId});
    if (!r)
        return r.error();
    return {};
}

Result<bool> Service::hasOrganisation(const QString &id)
{
    auto exists = m_db.scalar(QStringLiteral("SELECT 1 FROM organisations WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    return !exists.value().isNull();
}

Result<QList<Organisation>> Service::organisations()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code, name, short_name, level, parent_id FROM "
                                      "organisations ORDER BY code"));
    if (!q)
        return q.error();
    QList<Organisation> list;
    while (q.value().next()) {
        Organisation o;
        o.id = q.value().value(0).toString();
        o.code = q.value().value(1).toString();
        o.name = q.value().value(2).toString();
        o.shortName = q.value().value(3).toString();
        o.level = protocol::levelFromKey(q.value().value(4).toString()).value_or(OrgLevel::Unit);
        o.parentId = q.value().value(5).toString();
        list << o;
    }
    return list;
}

Status Service::saveDocument(const Document &doc)
{
    auto r = m_db.exec(QStringLiteral("UPDATE documents SET data = ?, revision = ? WHERE id = ?"),
                       {compact(storedJson(doc)), doc.revision, doc.id});
    if (!r)
        return r.error();
    return touch(doc.id);
}

Status Service::touch(const QString &documentId)
{
    auto seq = m_db.nextChangeSeq();
    if (!seq)
        return seq.error();
    auto r = m_db.exec(QStringLiteral("UPDATE documents SET change_seq = ? WHERE id = ?"),
                       {seq.value(), documentId});
    if (!r)
        return r.error();
    return {};
}

Status Service::addDocument(const Document &d, const QString &holderId,
                            const QHash<QString, quint32> &people)
{
    auto seq = m_db.nextChangeSeq();
    if (!seq)
        return seq.error();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO documents(id, holder_id, data, revision, "
                                          "change_seq) VALUES (?,?,?,?,?)"),
                           {d.id, holderId, compact(storedJson(d)), d.revision, seq.value()});
        !r) {
        return r.error();
    }
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO document_people(document_id, "
                                              "person_id, relations) VALUES (?,?,?)"),
                               {d.id, it.key(), qint64(it.value())});
            !r) {
            return r.error();
        }
    }
    for (const Attachment &a : d.attachments) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO document_blobs(document_id, sha256) "
                                              "VALUES (?,?) ON CONFLICT DO NOTHING"),
                               {d.id, a.sha256Hex()});
            !r) {
            return r.error();
        }
    }
    return refreshRegister(d, holderId);
}

QString Service::blobFile(const QString &sha256Hex) const
{
    return m_blobDir + u'/' + sha256Hex.left(2) + u'/' + sha256Hex;
}

Result<QByteArray> Service::putBlob(const QByteArray &content)
{
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    const QString hex = QString::fromLatin1(sha.toHex());
    const QString path = blobFile(hex);
    if (!QFile::exists(path)) {
        QDir().mkpath(QFileInfo(path).path());
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
            return Error{ErrorCode::Io, ServiceTr::tr("The server could not store the file."),
                         path};
    }
    auto r = m_db.exec(QStringLiteral("INSERT INTO blobs(sha256, size) VALUES (?, ?) ON CONFLICT "
                                      "DO NOTHING"),
                       {hex, qint64(content.size())});
    if (!r)
        return r.error();
    return sha;
}

Result<QString> Service::blobPath(const Person &person, const QString &sha256Hex)
{
    if (sha256Hex.size() != 64 || QByteArray::fromHex(sha256Hex.toLatin1()).size() != 32)
        return Error{ErrorCode::NotFound, QString()};
    auto q = m_db.scalar(QStringLiteral("SELECT 1 FROM document_blobs b JOIN document_people p "
                                        "ON p.document_id = b.document_id WHERE b.sha256 = ? "
                                        "AND p.person_id = ? LIMIT 1"),
                         {sha256Hex.toLower(), person.id});
    if (!q)
        return q.error();
    const QString path = blobFile(sha256Hex.toLower());
    if (q.value().isNull() || !QFile::exists(path))
        return Error{ErrorCode::NotFound, QString()};
    return path;
}

Result<QList<Decision>> Service::history(const QString &documentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT payload FROM decisions WHERE outcome = 'applied' AND "
                                      "document_id = ? ORDER BY seq, at, id"),
                       {documentId});
    if (!q)
        return q.error();
    QList<Decision> list;
    while (q.value().next()) {
        if (auto d = json::decisionFromJson(parse(q.value().value(0).toString())))
            list.append(d.value());
    }
    return list;
}

Document Service::documentFor(const Document &d, const Person &person, quint32 relations,
                              bool unread)
{
    Document copy = d;
    copy.boxes = 0;
    for (Role r : person.roles)
        copy.boxes |= workflow::boxesFor(d.state, r, relations);
    copy.relations = relations;
    copy.unread = unread;
    return copy;
}

Result<Service::Page> Service::changes(const Person &person, qint64 cursor, int limit)
{
    limit = qBound(1, limit, 2000);
    auto q = m_db.exec(QStringLiteral("SELECT d.id, d.data, d.change_seq, d.deleted, "
                                      "p.relations, p.unread FROM documents d JOIN "
                                      "document_people p ON p.document_id = d.id AND "
                                      "p.person_id = ? WHERE d.change_seq > ? ORDER BY "
                                      "d.change_seq LIMIT ?"),
                       {person.id, cursor, limit + 1});
    if (!q)
        return q.error();
    struct Row
    {
        QString id;
        QString data;
        qint64 seq;
        bool deleted;
        quint32 relations;
        bool unread;
    };
    QList<Row> rows;
    while (q.value().next()) {
        rows.append({q.value().value(0).toString(), q.value().value(1).toString(),
                     q.value().value(2).toLongLong(), q.value().value(3).toInt() != 0,
                     quint32(q.value().value(4).toLongLong()), q.value().value(5).toInt() != 0});
    }
    const bool more = rows.size() > limit;
    if (more)
        rows.resize(limit);
    // The page is written as text: stored documents are already compact JSON, and only the
    // reader's boxes, unread flag and the history are spliced in. No parse, no re-encode.
    QStringList ids;
    for (const Row &r : rows)
        ids << r.id;
    QHash<QString, QByteArray> histories;
    if (!ids.isEmpty()) {
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < ids.size(); ++i)
            placeholders += QStringLiteral(",?");
        QVariantList values;
        for (const QString &id : std::as_const(ids))
            values << id;
        auto h = m_db.exec(QStringLiteral("SELECT document_id, payload FROM decisions WHERE "
                                          "outcome = 'applied' AND document_id IN (%1) ORDER BY "
                                          "seq, at, id")
                               .arg(placeholders),
                           values);
        if (!h)
            return h.error();
        while (h.value().next()) {
            QByteArray &list = histories[h.value().value(0).toString()];
            list += list.isEmpty() ? "" : ",";
            list += h.value().value(1).toString().toUtf8();
        }
    }

    QByteArray body = "{\"changes\":[";
    qint64 last = cursor;
    bool first = true;
    const auto append = [&](const QByteArray &entry) {
        body += first ? "" : ",";
        body += entry;
        first = false;
    };
    for (const Row &r : rows) {
        last = r.seq;
        if (r.deleted) {
            append(
                "{\"kind\":\"delete\",\"seq\":" + QByteArray::number(r.seq) + ",\"id\":" +
                QJsonDocument(QJsonArray{r.id}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
                '}');
            continue;
        }
        QByteArray data = r.data.toUtf8();
        const qsizetype at = topLevelKey(data, "\"state\":\"");
        const qsizetype end = at < 0 ? -1 : data.indexOf('"', at + 9);
        const auto state =
            at < 0 || end < 0
                ? std::nullopt
                : json::stateFromKey(QString::fromUtf8(data.mid(at + 9, end - at - 9)));
        if (!state || !data.endsWith('}')) {
            qCWarning(lcService) << "stored document is unreadable:" << r.id;
            continue;
        }
        quint32 boxes = 0;
        for (Role role : person.roles)
            boxes |= workflow::boxesFor(*state, role, r.relations);
        data.chop(1);
        data += ",\"boxes\":[";
        bool firstBox = true;
        for (Box b : boxes::all()) {
            if (boxes & quint32(b)) {
                data += (firstBox ? "\"" : ",\"") + boxes::key(b).toLatin1() + '"';
                firstBox = false;
            }
        }
        data += ']';
        if (r.relations != 0) {
            data += ",\"relations\":[";
            bool firstRelation = true;
            for (Relation x : relations::all()) {
                if (relations::has(r.relations, x)) {
                    data += (firstRelation ? "\"" : ",\"") + relations::key(x).toLatin1() + '"';
                    firstRelation = false;
                }
            }
            data += ']';
        }
        if (r.unread)
            data += ",\"unread\":true";
        const QByteArray history = histories.value(r.id);
        if (!history.isEmpty())
            data += ",\"history\":[" + history + ']';
        data += '}';
        append("{\"kind\":\"upsert\",\"seq\":" + QByteArray::number(r.seq) +
               ",\"document\":" + data + '}');
    }
    body += "],\"cursor\":\"" + QByteArray::number(last) +
            "\",\"more\":" + (more ? "true" : "false") + '}';
    Page page;
    page.body = body;
    return page;
}

Result<std::optional<std::pair<Document, QString>>> Service::loadDocument(const QString &id,
                                                                          bool forUpdate)
{
    QString sql = QStringLiteral("SELECT data, holder_id FROM documents WHERE id = ? AND "
                                 "deleted = 0");
    if (forUpdate && m_db.dialect() == Db::Dialect::Postgres)
        sql += QStringLiteral(" FOR UPDATE");
    auto q = m_db.exec(sql, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<std::pair<Document, QString>>();
    auto doc = json::documentFromJson(parse(q.value().value(0).toString()));
    if (!doc)
        return doc.error();
    return std::optional(std::pair{doc.value(), q.value().value(1).toString()});
}

Result<Document> Service::document(const Person &person, const QString &id)
{
    auto rel = m_db.exec(QStringLiteral("SELECT relations, unread FROM document_people WHERE "
                                        "document_id = ? AND person_id = ?"),
                         {id, person.id});
    if (!rel)
        return rel.error();
    if (!rel.value().next())
        return notFound();
    const quint32 relations = quint32(rel.value().value(0).toLongLong());
    const bool unread = rel.value().value(1).toInt() != 0;
    auto loaded = loadDocument(id);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return notFound();
    auto past = history(id);
    if (!past)
        return past.error();
    Document d = loaded.value()->first;
    d.history = past.value();
    return documentFor(d, person, relations, unread);
}

Result<int> Service::markRead(const Person &person, const QStringList &documentIds, bool unread)
{
    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    int marked = 0;
    for (const QString &id : documentIds) {
        const int flag = unread ? 1 : 0;
        auto r = m_db.exec(QStringLiteral("UPDATE document_people SET unread = ? WHERE "
                                          "document_id = ? AND person_id = ? AND unread <> ?"),
                           {flag, id, person.id, flag});
        if (!r)
            return r.error();
        const bool changed = r.value().numRowsAffected() > 0;
        marked += changed ? 1 : 0;
        if (changed && !unread) {
            if (auto s = recipientRead(person, id); !s)
                return s.error();
        }
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return marked;
}

Status Service::recipientRead(const Person &person, const QString &documentId)
{
    // Read by one of its recipients (the person named, or someone of the unit named): that
    // recipient has received it. The clerk's panel and the register's column say so.
    auto rel = m_db.scalar(QStringLiteral("SELECT relations FROM document_people WHERE "
                                          "document_id = ? AND person_id = ?"),
                           {documentId, person.id});
    if (!rel)
        return rel.error();
    if (!relations::has(quint32(rel.value().toLongLong()), Relation::Recipient))
        return {};
    auto loaded = loadDocument(documentId, true);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return {};
    Document doc = loaded.value()->first;
    bool changed = false;
    for (Recipient &r : doc.recipients) {
        const bool theirs = (r.kind == Recipient::Kind::Person && r.id == person.id) ||
                            (r.kind == Recipient::Kind::Unit && r.id == person.organisationId);
        if (theirs && r.state < Recipient::State::Received) {
            r.state = Recipient::State::Received;
            changed = true;
        }
    }
    if (!changed)
        return {};
    doc.revision += 1;
    if (auto s = saveDocument(doc); !s)
        return s;
    return refreshRegister(doc, loaded.value()->second);
}

Result<Document> Service::putSignedVersion(const Person &person, const QString &documentId,
                                           const QByteArray &content)
{
    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto h = held(person, documentId);
    if (!h)
        return h.error();
    // Those who sign: the expected signer, and the clerk who applies the agency's signature.
    if ((h->relations & (quint32(Relation::Signer) | quint32(Relation::Clerk))) == 0) {
        return Error{ErrorCode::Conflict,
                     ServiceTr::tr("Only the signer or the clerk may send a signed version.")};
    }
    Document doc = h->doc;
    const auto main = std::find_if(doc.attachments.begin(), doc.attachments.end(),
                                   [](const Attachment &a) { return a.isMain; });
    if (main == doc.attachments.end())
        return Error{ErrorCode::Conflict, ServiceTr::tr("The document has no main file.")};
    QFile current(blobFile(main->sha256Hex()));
    if (!current.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     ServiceTr::tr("The current version of the file is missing on the server."),
                     main->sha256Hex()};
    const QByteArray before = current.readAll();
    if (content == before) {
        if (auto s = tx.commit(); !s)
            return s.error();
        return document(person, documentId); // sent again: nothing changes
    }
    if (content.size() <= before.size() || !content.startsWith(before)) {
        return said(ErrorCode::Conflict, "lt::server::Service",
                    QT_TRANSLATE_NOOP("lt::server::Service",
                                      "The file is not an incremental update of the current "
                                      "version: signed content may not be rewritten."));
    }
    // Every signature in it must match the bytes it covers (core/verify), none may go, and a
    // new one must cover the file to its end but for B-LT's validation data (/DSS). (An update
    // adding no signature is still taken: what it changes is the verification issue's.)
    const verify::SignatureCount was = verify::countSignatures(before);
    const verify::SignatureCount now = verify::countSignatures(content);
    const auto refusedFile = []() -> Error {
        return said(ErrorCode::Conflict, "lt::server::Service",
                    QT_TRANSLATE_NOOP("lt::server::Service",
                                      "A signature in the file does not match its content: the "
                                      "signed version was not taken."));
    };
    if (!now.allIntact() || now.total < was.total)
        return refusedFile();
    if (now.total > was.total) {
        // After the newest signature: nothing, or the validation data of B-LT (/DSS).
        const QByteArray tail = content.mid(now.coveredEnd).trimmed();
        if (!tail.isEmpty() && !tail.contains("/DSS"))
            return refusedFile();
    }
    auto sha = putBlob(content);
    if (!sha)
        return sha.error();
    Attachment next = *main;
    next.previousSha256 = main->sha256;
    next.sha256 = sha.value();
    next.size = content.size();
    next.version = main->version + 1;
    *main = next;
    doc.revision += 1;
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO document_blobs(document_id, sha256) VALUES "
                                          "(?,?) ON CONFLICT DO NOTHING"),
                           {documentId, next.sha256Hex()});
        !r) {
        return r.error();
    }
    if (auto s = saveDocument(doc); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return document(person, documentId);
}

Result<int> Service::nextRegisterNumber(const QString &key, const QDate &date)
{
    const QString name = QStringLiteral("register:") + key;
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO counters(name, value) VALUES (?, 0) ON "
                                          "CONFLICT DO NOTHING"),
                           {name});
        !r) {
        return r.error();
    }
    // Lock the row (UPDATE) before reading it, so concurrent servers queue here. The value
    // packs the register's year and last number.
    auto v = m_db.exec(QStringLiteral("UPDATE counters SET value = value WHERE name = ? "
                                      "RETURNING value"),
                       {name});
    if (!v)
        return v.error();
    const qint64 packed = v.value().next() ? v.value().value(0).toLongLong() : 0;
    const numbering::Sequence seq{int(packed / 10'000'000), int(packed % 10'000'000)};
    auto issued = numbering::next(seq, date);
    if (!issued)
        return issued.error();
    const qint64 store = qint64(issued->sequence.year) * 10'000'000 + issued->sequence.lastNumber;
    if (auto r = m_db.exec(QStringLiteral("UPDATE counters SET value = ? WHERE name = ?"),
                           {store, name});
        !r) {
        return r.error();
    }
    return issued->number;
}

Result<quint32> Service::applyEffects(Document &doc, const QString &holderId, const Person &actor,
                                      const workflow::Effects &effects, const QDateTime &at)
{
    const QString &documentId = doc.id;
    switch (effects.number) {
    case workflow::Effects::Number::None:
        break;
    case workflow::Effects::Number::Incoming: {
        if (doc.incomingNumber > 0) // registered with its arrival number already
            break;
        auto n = nextRegisterNumber(registerKey(doc, holderId), agencyDay(at));
        if (!n)
            return n.error();
        doc.incomingNumber = n.value();
        if (!doc.receivedAt.isValid())
            doc.receivedAt = at;
        break;
    }
    case workflow::Effects::Number::Outgoing: {
        // Taken before the number was written into the file (reserveNumber); a client that
        // did not ask first gets one now.
        if (doc.number > 0)
            break;
        auto n = nextRegisterNumber(registerKey(doc, holderId), agencyDay(at));
        if (!n)
            return n.error();
        doc.number = n.value();
        doc.issueDate = agencyDay(at);
        break;
    }
    }
    if (effects.dueDate)
        doc.dueDate = *effects.dueDate;

    const auto run = [&](const QString &sql, const QVariantList &values) -> Status {
        auto r = m_db.exec(sql, values);
        if (!r)
            return r.error();
        return {};
    };
    // Relation sets fit in a positive INTEGER (PostgreSQL types the parameters by the column).
    constexpr quint32 handling = quint32(Relation::LeadUnit) | quint32(Relation::Cooperating) |
                                 quint32(Relation::AssignedPerson);
    // The open tasks of the document end: cancelled by a new assignment, done with the work.
    if (effects.cancelOpenTasks || effects.closeOpenTasks) {
        if (auto s =
                run(QStringLiteral("UPDATE tasks SET state = ? WHERE document_id = ? AND "
                                   "state = 'open'"),
                    {effects.cancelOpenTasks ? QStringLiteral("cancelled") : QStringLiteral("done"),
                     documentId});
            !s) {
            return s.error();
        }
    }
    // Those who handled so far keep reading the document, nothing more.
    if (effects.revokeHandling) {
        if (auto s = run(QStringLiteral("UPDATE document_people SET relations = (relations & ?) "
                                        "| ? WHERE document_id = ? AND (relations & ?) <> 0"),
                         {qint64(~handling & 0x7fffffffu), qint64(Relation::Informed), documentId,
                          qint64(handling)});
            !s) {
            return s.error();
        }
    }
    // A part given to the actor in person (passed on to them): their task and their rights
    // only; the unit's part stays with its head and the others.
    bool personalPart = false;
    if (effects.closeOwnPart) {
        auto mine = m_db.scalar(QStringLiteral("SELECT 1 FROM tasks WHERE document_id = ? AND "
                                               "person_id = ? AND state = 'open'"),
                                {documentId, actor.id});
        if (!mine)
            return mine.error();
        personalPart = !mine.value().isNull();
    }
    if (effects.closeOwnPart) {
        // Their own task and rights, or those of the whole unit (its co-operating people).
        const QString who =
            personalPart ? QStringLiteral("person_id = ?") : QStringLiteral("organisation_id = ?");
        const QVariant whom = personalPart ? actor.id : actor.organisationId;
        if (auto s = run(QStringLiteral("UPDATE tasks SET state = 'done' WHERE document_id = ? "
                                        "AND state = 'open' AND ") +
                             who,
                         {documentId, whom});
            !s) {
            return s.error();
        }
        const qint64 coop = qint64(Relation::Cooperating);
        const QString people = personalPart
                                   ? QStringLiteral("person_id = ?")
                                   : QStringLiteral("person_id IN (SELECT id FROM people WHERE "
                                                    "organisation_id = ?)");
        if (auto s = run(QStringLiteral("UPDATE document_people SET relations = (relations & ?) "
                                        "| ? WHERE document_id = ? AND (relations & ?) <> 0 AND ") +
                             people,
                         {qint64(~quint32(coop) & 0x7fffffffu), qint64(Relation::Informed),
                          documentId, coop, whom});
            !s) {
            return s.error();
        }
    }
    QHash<QString, quint32> granted; // person → relations added
    if (effects.handOver)
        granted[effects.handOver->person] |= quint32(effects.handOver->relation);
    for (const Assignment &a : effects.grants) {
        static const char *kinds[] = {"lead", "cooperate", "information"};
        if (a.kind != AssignmentKind::ForInformation) {
            if (auto s = run(QStringLiteral("INSERT INTO tasks(id, document_id, organisation_id, "
                                            "person_id, kind, deadline, state) VALUES "
                                            "(?,?,?,?,?,?, 'open')"),
                             {QUuid::createUuid().toString(QUuid::WithoutBraces), documentId,
                              a.organisationId,
                              a.personId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                   : QVariant(a.personId),
                              QLatin1String(kinds[int(a.kind)]),
                              a.deadline.isValid() ? a.deadline.toString(Qt::ISODate) : QString()});
                !s) {
                return s.error();
            }
        }
        // A part given to one person of the unit reaches that person only.
        auto members =
            a.personId.isEmpty()
                ? m_db.exec(
                      QStringLiteral("SELECT id, roles FROM people WHERE organisation_id = ?"),
                      {a.organisationId})
                : m_db.exec(QStringLiteral("SELECT id, roles FROM people WHERE organisation_id = ? "
                                           "AND id = ?"),
                            {a.organisationId, a.personId});
        if (!members)
            return members.error();
        // A part given to the unit reaches its heads, who pass it on to their people (chuyển
        // xử lý); a unit without a head: all its people. Informing a unit informs everyone.
        QList<std::pair<QString, QList<Role>>> reached;
        while (members.value().next()) {
            const QList<Role> roles = rolesFromString(members.value().value(1).toString());
            if (roles.contains(Role::HeadOfUnit) || roles.contains(Role::Specialist))
                reached.append({members.value().value(0).toString(), roles});
        }
        const bool toHeads = a.personId.isEmpty() && a.kind != AssignmentKind::ForInformation &&
                             std::any_of(reached.cbegin(), reached.cend(), [](const auto &p) {
                                 return p.second.contains(Role::HeadOfUnit);
                             });
        for (const auto &[who, roles] : std::as_const(reached)) {
            if (toHeads && !roles.contains(Role::HeadOfUnit))
                continue;
            const Relation given = a.personId.isEmpty() || a.kind != AssignmentKind::Lead
                                       ? workflow::relationFor(a.kind)
                                       : Relation::AssignedPerson;
            granted[who] |= quint32(given);
        }
    }
    for (auto it = granted.cbegin(); it != granted.cend(); ++it) {
        if (auto s = grant(documentId, it.key(), it.value()); !s)
            return s.error();
    }
    // What the actor now holds: their view travels with the answer.
    auto q = m_db.exec(QStringLiteral("SELECT relations FROM document_people WHERE document_id = "
                                      "? AND person_id = ?"),
                       {documentId, actor.id});
    if (!q)
        return q.error();
    return q.value().next() ? quint32(q.value().value(0).toLongLong()) : 0u;
}

Result<QJsonObject> Service::act(const Person &person, const QJsonObject &request)
{
    // The message as the client's codec wrote it (core/protocol/messages).
    auto parsed = protocol::ActionRequest::fromJson(request);
    if (!parsed)
        return parsed.error();
    const QString &id = parsed->id;
    const QString &documentId = parsed->documentId;
    const std::optional<Action> action = parsed->action;
    const QString &text = parsed->text;
    const QList<Assignment> &assignments = parsed->assignments;

    DbTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();

    // Idempotency: the same id gets the same answer.
    auto previous = m_db.exec(QStringLiteral("SELECT person_id, response FROM decisions WHERE id "
                                             "= ?"),
                              {id});
    if (!previous)
        return previous.error();
    if (previous.value().next()) {
        if (previous.value().value(0).toString() != person.id) {
            return Error{ErrorCode::Conflict,
                         ServiceTr::tr("This action id was already used by someone else.")};
        }
        return parse(previous.value().value(1).toString());
    }

    // The document first, locked: two actions on it are judged one after the other.
    auto loaded = loadDocument(documentId, true);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return notFound();
    Document doc = loaded.value()->first;
    const QString holderId = loaded.value()->second;
    auto rel = m_db.exec(QStringLiteral("SELECT relations, unread FROM document_people WHERE "
                                        "document_id = ? AND person_id = ?"),
                         {documentId, person.id});
    if (!rel)
        return rel.error();
    if (!rel.value().next())
        return notFound();
    const quint32 relations = quint32(rel.value().value(0).toLongLong());

    // The one judge (core/workflow/decide) sees the history (a number voided once), then the
    // units it names must exist here.
    auto before = history(documentId);
    if (!before)
        return before.error();
    doc.history = before.value();
    workflow::Request asked{*action, text, assignments, parsed->to};
    auto decided = workflow::decide(
        doc, workflow::Actor{person.roles, relations, person.organisationId}, asked);
    QString reason = decided ? QString() : decided.error().message;
    std::optional<Error::Said> reasonSaid =
        decided ? std::nullopt : std::optional<Error::Said>(decided.error().said);
    if (decided) {
        for (const Assignment &a : std::as_const(decided->effects.grants)) {
            auto exists = hasOrganisation(a.organisationId);
            if (!exists)
                return exists.error();
            if (!exists.value()) {
                const Error unknown = said(
                    ErrorCode::NotFound, "lt::server::Service",
                    QT_TRANSLATE_NOOP("lt::server::Service", "The unit \"%1\" does not exist."),
                    {a.organisationId});
                reason = unknown.message;
                reasonSaid = unknown.said;
                break;
            }
        }
    }
    // The person it is put before: one of this agency, in a role that takes it.
    std::optional<Person> handedTo;
    if (decided && reason.isEmpty()) {
        if (decided->effects.handOver) {
            const workflow::Effects::HandOver &h = *decided->effects.handOver;
            auto agency = agencyOf(person.organisationId);
            if (!agency)
                return agency.error();
            auto to = colleague(h.person, agency.value());
            const bool fits = to && std::any_of(h.roles.cbegin(), h.roles.cend(),
                                                [&to](Role r) { return to->hasRole(r); });
            if (!fits) {
                const Error wrong = said(ErrorCode::NotAllowed, "lt::server::Service",
                                         QT_TRANSLATE_NOOP("lt::server::Service",
                                                           "\"%1\" cannot take this document: "
                                                           "choose a leader (for a review, a "
                                                           "head of unit) of this agency."),
                                         {h.person});
                reason = wrong.message;
                reasonSaid = wrong.said;
            } else {
                handedTo = to.value();
                decided.value().effects.handOver->person = to->id;
            }
        }
    }
    // A part given to a person: that person must belong to the unit named with it.
    if (decided && reason.isEmpty()) {
        for (const Assignment &a : std::as_const(decided->effects.grants)) {
            if (a.personId.isEmpty())
                continue;
            auto member = m_db.scalar(QStringLiteral("SELECT 1 FROM people WHERE id = ? AND "
                                                     "organisation_id = ?"),
                                      {a.personId, a.organisationId});
            if (!member)
                return member.error();
            if (member.value().isNull()) {
                const Error wrong = said(ErrorCode::NotFound, "lt::server::Service",
                                         QT_TRANSLATE_NOOP("lt::server::Service",
                                                           "\"%1\" is not a member of that unit."),
                                         {a.personId});
                reason = wrong.message;
                reasonSaid = wrong.said;
                break;
            }
        }
    }
    const bool applied = decided && reason.isEmpty();

    // The effects happen now (a register number is today's); the history says when the user
    // acted: their computer's time for an action sent later, within reason (not ahead of the
    // server, not before 30 days ago, not before the document's last decision).
    const QDateTime at = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC);
    QDateTime acted = at;
    if (parsed->actedAt.isValid() && parsed->actedAt < at && parsed->actedAt > at.addDays(-30)) {
        auto last = m_db.exec(QStringLiteral("SELECT max(at) FROM decisions WHERE document_id = ? "
                                             "AND outcome = 'applied'"),
                              {documentId});
        if (!last)
            return last.error();
        const QDateTime previous =
            last.value().next()
                ? QDateTime::fromString(last.value().value(0).toString(), Qt::ISODateWithMs)
                : QDateTime();
        acted = previous.isValid() && parsed->actedAt < previous ? previous : parsed->actedAt;
        acted = std::min(acted, at); // never ahead of the server's own time
    }
    Decision decision;
    decision.id = id;
    decision.documentId = documentId;
    decision.action = *action;
    decision.actorId = person.id;
    decision.actorName = person.fullName;
    decision.actorRole = decided ? decided->role : person.roles.value(0, Role::Specialist);
    decision.text = text;
    decision.assignments = assignments;
    if (handedTo && applied) {
        decision.toId = handedTo->id;
        decision.toName = handedTo->fullName;
    }
    decision.at = acted;
    if (acted.secsTo(at) > 60)
        decision.receivedAt = at;

    protocol::ActionAnswer answer;
    answer.id = id;
    answer.applied = applied;
    answer.reason = applied ? QString() : reason;
    if (!applied)
        answer.reasonSaid = reasonSaid;
    quint32 mine = relations;
    if (applied) {
        doc.state = decided->next;
        doc.revision += 1;
        // A submission that names nobody goes to whom it goes by default.
        if (!decided->effects.handOver) {
            if (auto s = handOverByDefault(doc, holderId, person, *action); !s)
                return s.error();
        }
        auto changed = applyEffects(doc, holderId, person, decided->effects, at);
        if (!changed)
            return changed.error();
        mine = changed.value();
        if (*action == Action::Dispatch) {
            if (auto s = deliver(doc, holderId, at); !s)
                return s.error();
        }
        if (auto s = saveDocument(doc); !s)
            return s.error();
    }

    auto seq = m_db.nextChangeSeq(); // orders decisions taken within the same second
    if (!seq)
        return seq.error();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO decisions(id, document_id, person_id, "
                                          "role, action, text, payload, at, outcome, reason, "
                                          "response, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                           {id, documentId, person.id, enums::key(decision.actorRole),
                            actions::key(*action), text, compact(json::toJson(decision)),
                            acted.toString(Qt::ISODateWithMs),
                            applied ? QStringLiteral("applied") : QStringLiteral("rejected"),
                            reason, QStringLiteral("{}"), seq.value()});
        !r) {
        return r.error();
    }
    if (applied) {
        if (auto s = refreshRegister(doc, holderId); !s)
            return s.error();
    }
    // The document as this person now sees it travels with the answer.
    auto past = history(documentId);
    if (!past)
        return past.error();
    doc.history = past.value();
    answer.document = documentFor(doc, person, mine, false);
    const QJsonObject response = answer.toJson();
    if (auto r = m_db.exec(QStringLiteral("UPDATE decisions SET response = ? WHERE id = ?"),
                           {compact(response), id});
        !r) {
        return r.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return response;
}

} // namespace lt::server
