#pragma once

#include "core/model/decision.h"
#include "core/model/doctype.h"
#include "core/model/enums.h"
#include "core/model/relation.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace lt {

namespace numbering {
// The number part of a notation: "5" → "05", "123" → "123".
QString formatNumber(int number);
} // namespace numbering

// A file of a document: the main text or an appendix. Content-addressed by sha256;
// a signed version is a new attachment whose previous version is a byte prefix of it.
struct Attachment
{
    QByteArray sha256; // 32 raw bytes
    qint64 size = 0;
    QString fileName;
    QString contentType = QStringLiteral("application/pdf");
    int version = 1;           // 1 for the original, +1 for each signed version
    QByteArray previousSha256; // empty for version 1
    bool isMain = true;        // the main document, not an appendix

    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

using DocumentState = std::variant<IncomingState, OutgoingState>;

// One name under "Nơi nhận": where the document goes when it is dispatched.
struct Recipient
{
    enum class Kind {
        Unit,     // a unit of the agency: its people find it in their incoming box
        Person,   // one person of the agency
        External, // another agency, by its organisation code: sent through the exchange
        Paper,    // a paper copy by post (recorded in the postal register)
    };
    enum class State { Pending, Sent, Received, Registered, Done };
    Kind kind = Kind::Unit;
    QString id;   // the unit's or person's id; the agency's organisation code; empty on paper
    QString name; // as printed under "Nơi nhận": "Sở Tài chính", "Ông Nguyễn Văn An"
    State state = State::Pending;
    friend bool operator==(const Recipient &, const Recipient &) = default;
};
namespace recipients {
QString key(Recipient::Kind kind); // "unit", "person", "external", "paper"
std::optional<Recipient::Kind> kindFromKey(const QString &key);
QString key(Recipient::State state); // "pending", "sent", "received", "registered", "done"
std::optional<Recipient::State> stateFromKey(const QString &key);
QString displayName(Recipient::State state);
} // namespace recipients

// One version of a draft's main file, with who made it and when. The current one is also the
// main attachment; the earlier ones stay downloadable.
struct DraftVersion
{
    int version = 1;
    QByteArray sha256; // 32 raw bytes
    qint64 size = 0;
    QString fileName;
    QString byId;
    QString byName;
    QDateTime at;
    friend bool operator==(const DraftVersion &, const DraftVersion &) = default;
};

// The boxes of a user's desk a document is listed in. Computed by the server for each user
// (it depends on who the user is), stored by the client as delivered.
enum class Box : quint32 {
    ToHandle = 1u << 0, // waits for this user's action
    Incoming = 1u << 1,
    OutgoingDrafts = 1u << 2,
    ToSign = 1u << 3,
    Sent = 1u << 4,
};
namespace boxes {
QString key(Box box); // "to_handle", "incoming", "outgoing", "to_sign", "sent"
std::optional<Box> fromKey(const QString &key);
const QList<Box> &all();
} // namespace boxes

// The metadata of one document as the register and the workflow know it.
struct Document
{
    QString id;                                    // server-assigned, opaque
    DocumentState state = IncomingState::Received; // also says the direction
    int number = 0;                                // 0 until numbered
    QString notation; // the part after "number/": "QĐ-UBND", "UBND-VP"
    DocumentType type = DocumentType::CongVan;
    QString subject;    // trích yếu
    QString issuerCode; // organisation code of the issuing agency
    QString issuerName;
    QString signerName;
    QString signerTitle;
    QString draftingUnit;   // outgoing: the unit that drafted it (đơn vị soạn thảo)
    QDate issueDate;        // ngày ban hành
    QDateTime receivedAt;   // incoming only
    int incomingNumber = 0; // số đến, incoming only
    Urgency urgency = Urgency::Normal;
    Confidentiality confidentiality = Confidentiality::Normal;
    QDate dueDate;    // hạn xử lý
    int revision = 0; // bumped by the server on every change
    int pages = 0;    // số trang, when known (registered on paper)
    // The register it is numbered in besides the agency's own (a council's or a board's, with
    // its own series); empty: the agency's register.
    QString registerName;
    QList<Attachment> attachments;
    QList<Recipient> recipients;  // nơi nhận (outgoing)
    QList<DraftVersion> versions; // the draft's versions, oldest first (outgoing)
    QList<Decision> history;      // applied decisions, oldest first
    // Per user, as the server sees the requesting user:
    quint32 boxes = 0;     // a set of Box values
    quint32 relations = 0; // a set of Relation values: how the user stands to it
    bool unread = false;

    bool isIn(Box box) const { return (boxes & quint32(box)) != 0; }

    Direction direction() const
    {
        return std::holds_alternative<IncomingState>(state) ? Direction::Incoming
                                                            : Direction::Outgoing;
    }

    // "05/QĐ-UBND", or "" before the document has a number.
    QString numberNotation() const;

    // True when the due date has passed on `today` and the document is still open.
    bool isOverdue(const QDate &today) const;

    // True for Hỏa tốc and Thượng khẩn: the levels that raise a notification.
    bool isPressing() const { return urgency >= Urgency::VeryUrgent; }

    // True when the draft was returned after its last version was made: submitting it again
    // would send the very text that was returned.
    bool returnedSinceLastVersion() const;

    // True once the document needs no further work (done, returned, dispatched, recalled).
    bool isClosed() const;

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace lt
