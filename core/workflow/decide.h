#pragma once

#include "core/model/decision.h"
#include "core/model/document.h"
#include "core/model/relation.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace lt::workflow {

// The one judge of the workflow. Server and client call the same function: the server to
// accept or refuse an action and to learn what to change, the client to know what to offer
// and to check an action before queueing it. Nothing else judges.

// Who asks: the roles the person holds, and how they stand to this document.
struct Actor
{
    QList<Role> roles;
    quint32 relations = 0; // a set of Relation values
    // The unit the person belongs to: a head passes on only their own unit's part.
    QString unit;
};

// What the person asks for.
struct Request
{
    Action action = Action::Comment;
    QString text; // the words (bút phê, comment, reason for returning)
    // Units given a part (direct, reassign); people of the actor's unit given its part (pass
    // on: one may lead, the others co-operate or read).
    QList<Assignment> assignments;
    QString to; // the person it is put before (submit, submit for review): id or login
};

// What the server must change besides the state, when the request is granted.
struct Effects
{
    enum class Number { None, Incoming, Outgoing };
    Number number = Number::None; // a number to allocate from the agency's register
    // The units handling so far (lead and co-operating) lose their rights; they keep reading
    // (reassign).
    bool revokeHandling = false;
    // Each assigned unit's members get the relation of their part (relationFor(kind)), and
    // each assignment opens a task.
    QList<Assignment> grants;
    std::optional<QDate> dueDate; // the lead unit's deadline becomes the document's
    bool cancelOpenTasks = false; // the old assignment's tasks (reassign)
    bool closeOpenTasks = false;  // the work is done (complete)
    // The actor's own unit has given its part: its task closes, its members keep reading.
    bool closeOwnPart = false;
    // The person the request names ("to") is given `relation`; they must hold one of `roles`
    // and belong to the agency (the server checks who they are).
    struct HandOver
    {
        QString person;
        Relation relation = Relation::Addressee;
        QList<Role> roles;
        friend bool operator==(const HandOver &, const HandOver &) = default;
    };
    std::optional<HandOver> handOver;

    friend bool operator==(const Effects &, const Effects &) = default;
};

struct Outcome
{
    DocumentState next;
    Role role = Role::Specialist; // the role the person acts in (recorded in the history)
    Effects effects;
};

// Grants or refuses `request` by `actor` on `document`. A refusal is ErrorCode::NotAllowed
// with a translated reason for the user. The rules, on top of the state machines of
// judge(): each action needs a relation (the clerk registers and issues, the addressee
// directs, the lead unit or the person it assigned handles and completes, co-operating units
// report their part, informed people only read); a direction needs words or at least one
// unit, and exactly one lead unit among distinct units; passing on names people of the
// actor's own unit, at most one of them leading, with deadlines no later than the document's.
Result<Outcome> decide(const Document &document, const Actor &actor, const Request &request);

// True when decide() could grant `action` to `actor` on a document in `state` with a
// suitable request (for menus: the words and units are asked afterwards).
bool permits(const DocumentState &state, const Actor &actor, Action action);

// The actions to offer `actor`, in a stable order, Comment last.
QList<Action> offered(const DocumentState &state, const Actor &actor);

// The overlay of queued actions: the state the document will be in once `pending` (the
// user's actions not yet sent, oldest first) are applied, as far as this computer can tell.
// Each is judged in turn on the state the ones before lead to; one the judge refuses changes
// nothing (the server will say why).
DocumentState expectedState(const Document &document, const Actor &actor,
                            const QList<Request> &pending);

// The relations that entitle a person to take `action` on a document in `state`.
quint32 relationsFor(const DocumentState &state, Action action);

// The relation a unit's members get for their part in an assignment.
Relation relationFor(AssignmentKind kind);

} // namespace lt::workflow
