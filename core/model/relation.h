#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lt {

// How a person stands to a document. A set of these (a bit mask) decides what the person
// sees, which boxes of their desk the document is listed in, and, with their roles, what
// they may do with it (workflow::decide). The server keeps them per person and document and
// sends each reader their own set with the document.
enum class Relation : quint32 {
    Addressee = 1u << 0,      // addressed to the person (or to them as leader): they direct it
    LeadUnit = 1u << 1,       // a member of the unit that leads the handling (chủ trì)
    Drafter = 1u << 2,        // drafted the outgoing document
    Reviewer = 1u << 3,       // reviews the draft
    Signer = 1u << 4,         // the competent leader expected to sign
    Clerk = 1u << 5,          // the văn thư of the agency that holds the register
    Informed = 1u << 6,       // for information only: reads, takes no action
    Cooperating = 1u << 7,    // a member of a co-operating unit (phối hợp): opinions, its part
    AssignedPerson = 1u << 8, // the person the lead unit gave the handling to
    Recipient = 1u << 9,      // named under "Nơi nhận" of an issued document: it reached them
};

namespace relations {
QString key(Relation relation); // "addressee", "lead", "drafter", … (stable, for the wire)
std::optional<Relation> fromKey(const QString &key);
const QList<Relation> &all();
constexpr bool has(quint32 set, Relation r)
{
    return (set & quint32(r)) != 0;
}
} // namespace relations

} // namespace lt
