#pragma once

#include "core/model/document.h"
#include "core/model/organisation.h"
#include "core/result.h"
#include "core/workflow/decide.h"
#include "server/db.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace lt::server {

// Tokens and lock-out: the numbers of the session policy.
struct SessionPolicy
{
    qint64 accessSeconds = 15 * 60;
    qint64 refreshSeconds = 30 * 24 * 3600;
    qint64 codeSeconds = 120;
    int maxFailedLogins = 5;
    qint64 lockSeconds = 5 * 60;
    qint64 refreshGraceSeconds = 30; // a rotated refresh token still works this long
};

struct Session
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
    Person person;
};

// The central system's logic over its database: sessions, visibility, the change feed,
// actions judged by core/workflow, blobs. Knows nothing about HTTP.
class Service
{
public:
    Service(Db &db, QString blobDir, SessionPolicy policy = {});

    // The clock, replaceable by tests (seconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // --- people and sessions ---
    Result<Person> createPerson(const Person &person, const QString &password);
    // The same with a hash made by auth::hashPassword (the demo hashes on all cores).
    Result<Person> insertPerson(const Person &person, const QString &passwordHash);
    Result<Session> login(const QString &login, const QString &password);
    Result<Session> refresh(const QString &refreshToken);
    Result<QString> issueLoginCode(const QString &login, const QString &password);
    Result<Session> exchangeCode(const QString &code);
    Result<Person> authenticate(const QString &accessToken);
    Status logout(const QString &accessToken);

    // --- documents ---
    struct Page
    {
        QByteArray body; // JSON: {"changes": [...], "cursor": "N", "more": bool}
    };
    Result<Page> changes(const Person &person, qint64 cursor, int limit);
    Result<Document> document(const Person &person, const QString &id);
    // The file of a blob the person may read; NotFound otherwise (also for other agencies').
    Result<QString> blobPath(const Person &person, const QString &sha256Hex);

    // A new version of a document's main file, typically signed: accepted only when the current
    // version is a byte prefix of it (a signature is an incremental update; nothing signed is
    // ever rewritten). Sending the current version again changes nothing.
    Result<Document> putSignedVersion(const Person &person, const QString &documentId,
                                      const QByteArray &content);

    // Applies (or refuses) a user's action; the same id always gets the same answer.
    Result<QJsonObject> act(const Person &person, const QJsonObject &request);
    // The person has read these documents (those they may see; others are ignored): their
    // unread flag is cleared, for their other computers and a new sync. How many were marked.
    Result<int> markRead(const Person &person, const QStringList &documentIds);

    // --- used by the demo generator and tests ---
    Status addOrganisation(const Organisation &organisation);
    Result<bool> hasOrganisation(const QString &id);
    // The organisation directory, by national code.
    Result<QList<Organisation>> organisations();
    // Stores a document with the people it concerns (person id → Relation set).
    Status addDocument(const Document &document, const QString &holderId,
                       const QHash<QString, quint32> &people);
    // Stores bytes as a content-addressed blob; returns the sha256 (raw).
    Result<QByteArray> putBlob(const QByteArray &content);

    QString blobFile(const QString &sha256Hex) const;

private:
    struct TokenRow
    {
        QString person;
        QString family;
        qint64 expiresAt = 0;
        bool revoked = false;
        qint64 rotatedAt = 0;
    };
    Result<std::optional<TokenRow>> findToken(const QString &token, const QString &kind);
    Result<Person> personWhere(QLatin1String column, const QString &value); // one row or 401
    Result<Person> personById(const QString &id);
    Result<Person> personByLogin(const QString &login);
    Result<Session> newSession(const Person &person, const QString &family);
    // `forUpdate`: the row stays locked until the transaction ends (PostgreSQL; SQLite has one
    // writer at a time), so that two actions on one document are judged one after the other.
    Result<std::optional<std::pair<Document, QString>>> loadDocument(const QString &id,
                                                                     bool forUpdate = false);
    Status touch(const QString &documentId); // new change_seq
    // The applied decisions of a document, oldest first.
    Result<QList<Decision>> history(const QString &documentId);
    Result<int> nextRegisterNumber(const QString &key, const QDate &date);
    // Applies what workflow::decide() granted besides the state: numbers, due date, tasks,
    // relations granted and revoked. Returns the actor's relations afterwards.
    Result<quint32> applyEffects(Document &doc, const QString &holderId, const Person &actor,
                                 const workflow::Effects &effects, const QDateTime &at);
    // The document as `person` sees it: their boxes, relations and unread flag.
    Document documentFor(const Document &d, const Person &person, quint32 relations, bool unread);
    qint64 now() const { return m_clock(); }

    Db &m_db;
    QString m_blobDir;
    SessionPolicy m_policy;
    std::function<qint64()> m_clock;
};

} // namespace lt::server
