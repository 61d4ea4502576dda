#pragma once

#include "core/model/document.h"

namespace lt::workflow {

// How a person is connected to a document; a set of these decides what the person sees and
// which boxes of their desk the document is listed in.
enum class Relation : quint32 {
    Addressee = 1u << 0, // the document is addressed to the person (or to them as leader)
    Assignee = 1u << 1,  // their unit was assigned to handle it (lead or co-operating)
    Drafter = 1u << 2,
    Reviewer = 1u << 3,
    Signer = 1u << 4,   // the competent leader expected to sign
    Clerk = 1u << 5,    // the văn thư of the holding agency
    Informed = 1u << 6, // for information only
};

// The boxes a document belongs to on the desk of a person with `role` and `relations`
// (a set of Relation values). Pure, shared by server (feed) and client (optimistic updates).
quint32 boxesFor(const DocumentState &state, Role role, quint32 relations);

// The relations that entitle a person to take `action` on a document in `state`, on top of
// the role check of judge(): the leader directs what is addressed to them, the assigned unit
// handles, the expected signer signs, the agency's clerk registers and issues. Comment needs
// any relation.
quint32 relationsFor(const DocumentState &state, Action action);

} // namespace lt::workflow
