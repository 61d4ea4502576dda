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
    // The person it is put before ("to": id or login): the leader a clerk submits to, the
    // reviewer a drafter submits to. Empty: whoever already holds that relation.
    QString to;

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

// POST /api/v1/documents: a draft (a drafter) or an incoming document received on paper or
// by e-mail (a clerk registers it). The files are sent first (POST /api/v1/files).
struct NewDocument
{
    QString id; // made by the client: the same id always answers the same document
    Direction direction = Direction::Outgoing;
    DocumentType type = DocumentType::CongVan;
    QString subject;
    Urgency urgency = Urgency::Normal;
    Confidentiality confidentiality = Confidentiality::Normal;
    QDate dueDate;
    struct File
    {
        QByteArray sha256; // raw, of a file sent before
        QString fileName;
        bool main = true;
        friend bool operator==(const File &, const File &) = default;
    };
    QList<File> files; // exactly one main file
    // Outgoing: the unit that drafts it (id; default: the drafter's unit), the leader expected
    // to sign (id or login), nơi nhận (kind and id; the server writes the names).
    QString draftingUnit;
    QString signer;
    QList<Recipient> recipients;
    // Incoming: as printed on it and as it arrived.
    QString issuerCode;
    QString issuerName;
    QString notation; // "05/KH-UBND", parsed by numbering::parse
    QDate issueDate;
    QString signerName;
    QString signerTitle;
    QDateTime receivedAt; // the arrival; default: now
    int pages = 0;
    // The named register it goes into (a council's own series); empty: the agency's.
    QString registerName;
    // Registered even though a document with the same issuer, number and date is there.
    bool acceptDuplicate = false;

    QJsonObject toJson() const;
    static Result<NewDocument> fromJson(const QJsonObject &object);
    friend bool operator==(const NewDocument &, const NewDocument &) = default;
};

// Its answer: {"status": "created", "document"} or {"status": "duplicate", "duplicates":
// [document…]} (nothing was registered: the clerk looks and may send it again with
// "acceptDuplicate").
struct NewDocumentAnswer
{
    bool created = false;
    std::optional<Document> document;
    QList<Document> duplicates;

    QJsonObject toJson() const;
    static Result<NewDocumentAnswer> fromJson(const QJsonObject &object);
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
