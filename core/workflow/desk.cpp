#include "core/workflow/desk.h"

#include "core/workflow/workflow.h"

namespace lt::workflow {

namespace {
using relations::has;

// True when the person is the one expected to act next, not merely allowed to.
bool expectedToAct(IncomingState s, Role role, quint32 rel)
{
    switch (s) {
    case IncomingState::Received:
    case IncomingState::Registered:
        return role == Role::Clerk && has(rel, Relation::Clerk);
    case IncomingState::Submitted:
        return (role == Role::Leader || role == Role::DeputyLeader) &&
               has(rel, Relation::Addressee);
    case IncomingState::Assigned:
    case IncomingState::InProgress:
        // The lead unit (or the person it assigned) handles; a co-operating unit has its
        // part to give until it has reported it.
        return (role == Role::HeadOfUnit || role == Role::Specialist) &&
               (has(rel, Relation::LeadUnit) || has(rel, Relation::AssignedPerson) ||
                has(rel, Relation::Cooperating));
    case IncomingState::Done:
    case IncomingState::Returned:
    case IncomingState::Recalled:
        return false;
    }
    return false;
}

bool expectedToAct(OutgoingState s, Role role, quint32 rel)
{
    switch (s) {
    case OutgoingState::Draft:
    case OutgoingState::Returned:
        return has(rel, Relation::Drafter);
    case OutgoingState::UnderReview:
        return has(rel, Relation::Reviewer) &&
               (role == Role::HeadOfUnit || role == Role::DeputyLeader || role == Role::Leader);
    case OutgoingState::Approved:
        return has(rel, Relation::Signer) && (role == Role::Leader || role == Role::DeputyLeader);
    case OutgoingState::Signed:
    case OutgoingState::Issued:
        return role == Role::Clerk && has(rel, Relation::Clerk);
    case OutgoingState::Dispatched:
    case OutgoingState::Recalled:
        return false;
    }
    return false;
}
} // namespace

quint32 boxesFor(const DocumentState &state, Role role, quint32 relations)
{
    if (relations == 0)
        return 0;
    quint32 boxes = 0;
    if (const auto *in = std::get_if<IncomingState>(&state)) {
        boxes |= quint32(Box::Incoming);
        if (expectedToAct(*in, role, relations) && !allowedActions(state, role).isEmpty())
            boxes |= quint32(Box::ToHandle);
        return boxes;
    }
    const auto out = std::get<OutgoingState>(state);
    // An issued document that reached the person (nơi nhận) is incoming for them.
    if (has(relations, Relation::Recipient))
        boxes |= quint32(Box::Incoming);
    if (relations == quint32(Relation::Recipient))
        return boxes;
    switch (out) {
    case OutgoingState::Draft:
    case OutgoingState::UnderReview:
    case OutgoingState::Approved:
    case OutgoingState::Returned:
    case OutgoingState::Signed: // awaits the agency's signature: not issued yet
        boxes |= quint32(Box::OutgoingDrafts);
        break;
    case OutgoingState::Issued:
    case OutgoingState::Dispatched:
    case OutgoingState::Recalled:
        boxes |= quint32(Box::Sent);
        break;
    }
    if (expectedToAct(out, role, relations)) {
        boxes |= quint32(Box::ToHandle);
        // Signing work: the leader's signature on an approved draft, the agency's on a
        // signed one.
        if (out == OutgoingState::Approved || out == OutgoingState::Signed)
            boxes |= quint32(Box::ToSign);
    }
    return boxes;
}

} // namespace lt::workflow
