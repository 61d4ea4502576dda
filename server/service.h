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

    // --- a document's life inside the agency (lifecycle.cpp) ---
    // A file for a new document or version: a PDF, kept until a document names it (only its
    // sender may name it). Its SHA-256 (raw).
    Result<QByteArray> putFile(const Person &person, const QByteArray &content);
    // A new draft (a drafter) or an incoming document registered by a clerk (its arrival
    // number from the register of the year), from a protocol::NewDocument; the answer is a
    // protocol::NewDocumentAnswer. The same id always answers the same document.
    Result<QJsonObject> createDocument(const Person &person, const QJsonObject &request);
    // A new version of a draft's main file, by its drafter, while it is a draft or returned.
    Result<Document> addVersion(const Person &person, const QString &documentId,
                                const QByteArray &sha256, const QString &fileName);
    // The number of a signed document the clerk is issuing, taken from the outgoing register
    // (its own series for secret documents) before the number is written into the file and
    // the agency signs; asked again, the same number. The document as the clerk sees it.
    Result<Document> reserveNumber(const Person &person, const QString &documentId);
    // The people of the person's agency (id, login, fullName, title, organisation, roles):
    // whom a submission may be put before, whom a part may be given to.
    Result<QJsonObject> colleagues(const Person &person);
    // The rows of a register (Decree 30/2020, Annex IV) of the person's agency.
    struct RegisterQuery
    {
        QString direction; // "in", "out", "post"
        int year = 0;
        QString series; // "" (the main register) or "secret"
        QString search; // words in any column (folded)
        int offset = 0;
        int limit = 200;
    };
    Result<QJsonObject> registerRows(const Person &person, const RegisterQuery &query);

    // Applies (or refuses) a user's action; the same id always gets the same answer.
    Result<QJsonObject> act(const Person &person, const QJsonObject &request);
    // The person has read these documents (those they may see; others are ignored): their
    // unread flag is cleared, for their other computers and a new sync. How many were marked.
    Result<int> markRead(const Person &person, const QStringList &documentIds, bool unread = false);
    // A recipient of a dispatched document read it: their entry in its recipients is received.
    Status recipientRead(const Person &person, const QString &documentId);

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
    Status touch(const QString &documentId);
    // Writes the document as it now is and puts it at the head of the feed.
    Status saveDocument(const Document &doc); // new change_seq
    // The applied decisions of a document, oldest first.
    Result<QList<Decision>> history(const QString &documentId);
    Result<int> nextRegisterNumber(const QString &key, const QDate &date);
    // The agency a unit or person belongs to: the nearest organisation up the tree that is not
    // a unit (the organisation itself when it is not a unit).
    Result<QString> agencyOf(const QString &organisationId);
    Result<std::optional<Organisation>> organisation(const QString &id);
    // The person with this id or login, in `agencyId`; NotFound otherwise.
    Result<Person> colleague(const QString &idOrLogin, const QString &agencyId);
    // A submission naming nobody ("to"), when nobody holds the relation it gives: the agency's
    // leaders (role Leader) become its addressees; a draft goes to the heads of its drafter's
    // unit (or, drafted by a head, to the agency's leaders) as reviewers.
    Status handOverByDefault(const Document &doc, const QString &holderId, const Person &actor,
                             Action action);
    // Adds `relations` to what the person holds on the document, which becomes unread for them.
    Status grant(const QString &documentId, const QString &personId, quint32 relations);
    // A document the person may see, locked for the transaction, with its holder and the
    // person's relations to it; NotFound otherwise.
    struct Held
    {
        Document doc;
        QString holderId;
        quint32 relations = 0;
    };
    Result<Held> held(const Person &person, const QString &documentId);
    // The size of a file the person sent (POST /files); nothing when they did not.
    Result<std::optional<qint64>> stagedSize(const Person &person, const QByteArray &sha256);
    // Writes the document's rows in its agency's registers (incoming when it has an arrival
    // number, outgoing once numbered) from what it is now.
    Status refreshRegister(const Document &doc, const QString &holderId);
    // Dispatch: internal recipients receive it, outside agencies are queued for the exchange,
    // paper copies go into the postal register.
    Status deliver(Document &doc, const QString &holderId, const QDateTime &at);
    // The register key of a document: "incoming:HOLDER" or "outgoing:HOLDER", with ":secret"
    // for confidential documents.
    static QString registerKey(const Document &doc, const QString &holderId);
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
