#pragma once

#include "core/model/decision.h"
#include "core/model/document.h"
#include "core/model/organisation.h"
#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace lt::protocol {

// The messages of /api/v1 that carry the workflow, typed, with the one codec the server and
// the client both use (docs/api.md). Decoding checks the whole message: a message with any
// unreadable part is an error (ErrorCode::InvalidArgument, translated), never half-read.

// POST /api/v1/actions: {"id", "document", "action", "text"?, "assignments"?}
struct ActionRequest
{
    QString id; // made by the client when the user acts: the idempotency key
    QString documentId;
    Action action = Action::Comment;
    QString text;
    QList<Assignment> assignments;
    // When the user acted ("acted_at", UTC): an action queued offline keeps its own time.
    // Missing from older clients: the server's time.
    QDateTime actedAt;

    QJsonObject toJson() const;
    static Result<ActionRequest> fromJson(const QJsonObject &object);
    friend bool operator==(const ActionRequest &, const ActionRequest &) = default;
};

// Its answer: {"id", "status": "applied"|"rejected", "reason"?, "document"?}; a document this
// client cannot read is left out, the answer still stands.
struct ActionAnswer
{
    QString id;
    bool applied = false;
    QString reason;                   // the server's words, when rejected
    std::optional<Document> document; // as the person now sees it
    // The reason with its catalogue key ("reason_text"): the client says it in its language.
    std::optional<Error::Said> reasonSaid;

    QJsonObject toJson() const;
    static Result<ActionAnswer> fromJson(const QJsonObject &object);
    friend bool operator==(const ActionAnswer &, const ActionAnswer &) = default;
};

// GET /api/v1/changes: {"changes": [{"kind": "upsert", "seq", "document"} |
// {"kind": "delete", "seq", "id"}], "cursor": "N", "more": bool}. Kinds a newer server adds
// are skipped (and counted).
struct Change
{
    enum class Kind { Upsert, Delete };
    Kind kind = Kind::Upsert;
    qint64 seq = 0;
    QString id; // for Delete; Upsert: document.id
    Document document;
    friend bool operator==(const Change &, const Change &) = default;
};

struct ChangePage
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool more = false;
    int skipped = 0; // changes of kinds this client does not know

    QJsonObject toJson() const;
    static Result<ChangePage> fromJson(const QJsonObject &object);
};

// The person signed in: GET /api/v1/me, and inside a session.
// {"id", "login", "fullName", "title", "organisation", "roles": ["leader", …]}
QJsonObject toJson(const Person &person);
Result<Person> personFromJson(const QJsonObject &object);

// POST /api/v1/session: {"accessToken", "refreshToken", "expiresIn", "person"}
struct SessionAnswer
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    Person person;

    QJsonObject toJson() const;
    static Result<SessionAnswer> fromJson(const QJsonObject &object); // refused without tokens
};

// GET /api/v1/organisations: {"organisations": [{"id", "code", "name", "shortName", "level",
// "parent"}]}
QString levelKey(OrgLevel level); // "central", "province", "district", "commune", "unit"
std::optional<OrgLevel> levelFromKey(const QString &key);
struct OrganisationList
{
    QList<Organisation> organisations;

    QJsonObject toJson() const;
    static Result<OrganisationList> fromJson(const QJsonObject &object);
};

} // namespace lt::protocol
