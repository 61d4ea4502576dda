#include "core/workflow/decide.h"

#include "core/model/said.h"

#include "core/workflow/workflow.h"

#include <QCoreApplication>
#include <QSet>

namespace lt::workflow {

namespace {

constexpr quint32 mask(std::initializer_list<Relation> list)
{
    quint32 m = 0;
    for (Relation r : list)
        m |= quint32(r);
    return m;
}

constexpr quint32 kHandling =
    mask({Relation::LeadUnit, Relation::Cooperating, Relation::AssignedPerson});

// A refusal said in this program's language and carried with its key (see core/model/said).
Error refusal(const char *source, QStringList args = {})
{
    return said(ErrorCode::NotAllowed, "lt::workflow::decide", source, std::move(args));
}

// Passing a unit's part on: people of the actor's unit, each once, one at most leading; the
// lead unit's people by the document's deadline.
Status checkPassOn(const Document &document, const Actor &actor, const Request &request)
{
    if (request.assignments.isEmpty())
        return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                         "Choose the specialists to pass the work on to."));
    QSet<QString> people;
    int leads = 0;
    for (const Assignment &a : request.assignments) {
        if (a.personId.isEmpty())
            return refusal(
                QT_TRANSLATE_NOOP("lt::workflow::decide", "Passing on names people, not units."));
        if (actor.unit.isEmpty() || a.organisationId != actor.unit)
            return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                             "A head passes on only their own unit's part."));
        if (people.contains(a.personId))
            return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide", "A person is named twice."));
        people.insert(a.personId);
        if (a.kind == AssignmentKind::Lead)
            ++leads;
        if ((actor.relations & quint32(Relation::LeadUnit)) && document.dueDate.isValid() &&
            a.deadline.isValid() && a.deadline > document.dueDate) {
            return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                             "A specialist's deadline cannot be later than the "
                                             "document's (%1)."),
                           {document.dueDate.toString(QStringLiteral("dd/MM/yyyy"))});
        }
    }
    if (leads > 1)
        return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                         "Only one specialist leads the unit's part."));
    // Passed on before (since the last direction) with someone leading: not a second one.
    QString leading;
    for (const Decision &d : document.history) {
        if (d.action == Action::Direct || d.action == Action::Reassign)
            leading.clear();
        if (d.action != Action::PassOn)
            continue;
        for (const Assignment &a : d.assignments) {
            if (a.kind == AssignmentKind::Lead && a.organisationId == actor.unit)
                leading = a.personId;
        }
    }
    for (const Assignment &a : request.assignments) {
        if (a.kind == AssignmentKind::Lead && !leading.isEmpty() && a.personId != leading)
            return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                             "Someone already leads the unit's part: pass it on "
                                             "to helpers, or ask the leader to reassign it."));
    }
    return {};
}

// The checks of the request's content, once the person may take the action.
Status checkRequest(const Request &request)
{
    const bool direction = request.action == Action::Direct || request.action == Action::Reassign;
    const bool submission =
        request.action == Action::Submit || request.action == Action::SubmitForReview;
    if (!request.to.isEmpty() && !submission)
        return refusal(
            QT_TRANSLATE_NOOP("lt::workflow::decide", "Only a submission names a person."));
    if (!direction) {
        if (!request.assignments.isEmpty() && request.action != Action::PassOn)
            return refusal(
                QT_TRANSLATE_NOOP("lt::workflow::decide", "Only a direction assigns units."));
        return {};
    }
    if (request.text.trimmed().isEmpty() && request.assignments.isEmpty())
        return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                         "A direction needs words or at least one unit."));
    int leads = 0;
    QSet<QString> units;
    for (const Assignment &a : request.assignments) {
        if (a.organisationId.isEmpty())
            return refusal(
                QT_TRANSLATE_NOOP("lt::workflow::decide", "An assignment names no unit."));
        const QString who = a.organisationId + u'/' + a.personId;
        if (units.contains(who))
            return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                             "A unit is named twice in the direction."));
        units.insert(who);
        if (a.kind == AssignmentKind::Lead)
            ++leads;
    }
    if (leads != 1)
        return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide", "Choose exactly one lead unit."));
    return {};
}

Effects effectsOf(const Actor &actor, const Request &request)
{
    Effects e;
    switch (request.action) {
    case Action::PassOn:
        // The people get the unit's part: leading it when the unit leads, else co-operating.
        e.grants = request.assignments;
        if ((actor.relations & quint32(Relation::LeadUnit)) == 0) {
            for (Assignment &a : e.grants) {
                if (a.kind == AssignmentKind::Lead)
                    a.kind = AssignmentKind::Cooperate;
            }
        }
        break;
    case Action::Register:
        e.number = Effects::Number::Incoming;
        break;
    case Action::Issue:
        e.number = Effects::Number::Outgoing;
        break;
    case Action::Reassign:
        e.revokeHandling = true;
        e.cancelOpenTasks = true;
        [[fallthrough]];
    case Action::Direct:
        e.grants = request.assignments;
        for (const Assignment &a : request.assignments) {
            if (a.kind == AssignmentKind::Lead && a.deadline.isValid())
                e.dueDate = a.deadline;
        }
        break;
    case Action::Complete:
        e.closeOpenTasks = true;
        break;
    case Action::Submit:
        if (!request.to.isEmpty())
            e.handOver = Effects::HandOver{
                request.to, Relation::Addressee, {Role::Leader, Role::DeputyLeader}};
        break;
    case Action::SubmitForReview:
        if (!request.to.isEmpty())
            e.handOver = Effects::HandOver{request.to,
                                           Relation::Reviewer,
                                           {Role::HeadOfUnit, Role::Leader, Role::DeputyLeader}};
        break;
    case Action::ReportPart:
        e.closeOwnPart = true;
        break;
    default:
        break;
    }
    return e;
}

// The role in which `actor` may take `action`, or the reason why no role may.
Result<std::pair<Role, DocumentState>> judgeActor(const DocumentState &state, const Actor &actor,
                                                  Action action)
{
    if (actor.roles.isEmpty())
        return refusal(
            QT_TRANSLATE_NOOP("lt::workflow::decide", "You have no role in the workflow."));
    std::optional<Error> reason;
    for (Role r : actor.roles) {
        auto judged = judge(state, action, r);
        if (!judged) {
            if (!reason)
                reason = judged.error();
            continue;
        }
        if ((actor.relations & relationsFor(state, action)) == 0) {
            if (!reason) {
                reason = actor.relations == quint32(Relation::Informed)
                             ? refusal(QT_TRANSLATE_NOOP(
                                   "lt::workflow::decide",
                                   "You received this document for information only."))
                             : refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                                         "This document is not in your hands "
                                                         "for \"%1\"."),
                                       {QStringLiteral("@action:") + actions::key(action)});
            }
            continue;
        }
        return std::pair{r, judged.value()};
    }
    return reason.value_or(
        refusal(QT_TRANSLATE_NOOP("lt::workflow::decide", "You have no role in the workflow.")));
}

} // namespace

quint32 relationsFor(const DocumentState &state, Action action)
{
    switch (action) {
    case Action::Register:
    case Action::ReturnToSender:
    case Action::Submit:
    case Action::RecallReceived:
    case Action::Issue:
    case Action::Dispatch:
    case Action::Recall:
    case Action::VoidNumber:
        return mask({Relation::Clerk});
    case Action::Direct:
    case Action::SendBack:
    case Action::Reassign:
    case Action::Reopen:
        return mask({Relation::Addressee});
    case Action::StartHandling:
    case Action::Complete:
        return mask({Relation::LeadUnit, Relation::AssignedPerson});
    case Action::ReportPart:
        return mask({Relation::Cooperating});
    case Action::PassOn:
        return mask({Relation::LeadUnit, Relation::Cooperating});
    case Action::SubmitForReview:
    case Action::Withdraw:
        return mask({Relation::Drafter});
    case Action::Approve:
        return mask({Relation::Reviewer, Relation::Signer});
    case Action::Sign:
        return mask({Relation::Signer});
    case Action::Return: {
        const auto *out = std::get_if<OutgoingState>(&state);
        if (out && *out == OutgoingState::Signed)
            return mask({Relation::Clerk});
        return mask({Relation::Reviewer, Relation::Signer});
    }
    case Action::Comment:
        // Everyone concerned gives an opinion, except those who only read.
        return mask({Relation::Addressee, Relation::Drafter, Relation::Reviewer, Relation::Signer,
                     Relation::Clerk}) |
               kHandling;
    }
    return 0;
}

Relation relationFor(AssignmentKind kind)
{
    switch (kind) {
    case AssignmentKind::Lead:
        return Relation::LeadUnit;
    case AssignmentKind::Cooperate:
        return Relation::Cooperating;
    case AssignmentKind::ForInformation:
        return Relation::Informed;
    }
    return Relation::Informed;
}

Result<Outcome> decide(const Document &document, const Actor &actor, const Request &request)
{
    auto judged = judgeActor(document.state, actor, request.action);
    if (!judged)
        return judged.error();
    if (auto s = checkRequest(request); !s)
        return s.error();
    if (request.action == Action::PassOn) {
        if (auto s = checkPassOn(document, actor, request); !s)
            return s.error();
    }
    if (request.action == Action::VoidNumber) {
        // A number is voided once, with the reason, and stays used (the register says so).
        if (document.number <= 0)
            return refusal(
                QT_TRANSLATE_NOOP("lt::workflow::decide", "This document has no number to void."));
        if (request.text.trimmed().isEmpty())
            return refusal(
                QT_TRANSLATE_NOOP("lt::workflow::decide", "Say why the number is voided."));
        for (const Decision &d : document.history) {
            if (d.action == Action::VoidNumber)
                return refusal(
                    QT_TRANSLATE_NOOP("lt::workflow::decide", "The number was voided already."));
        }
    }
    if (request.action == Action::Dispatch && document.recipients.isEmpty())
        return refusal(QT_TRANSLATE_NOOP("lt::workflow::decide",
                                         "Name the recipients (Nơi nhận) before dispatching."));
    Outcome o;
    o.role = judged->first;
    o.next = judged->second;
    o.effects = effectsOf(actor, request);
    return o;
}

DocumentState expectedState(const Document &document, const Actor &actor,
                            const QList<Request> &pending)
{
    Document d = document;
    for (const Request &r : pending) {
        if (auto o = decide(d, actor, r))
            d.state = o->next;
    }
    return d.state;
}

bool permits(const DocumentState &state, const Actor &actor, Action action)
{
    return judgeActor(state, actor, action).ok();
}

QList<Action> offered(const DocumentState &state, const Actor &actor)
{
    QList<Action> list;
    for (Action a : actions::all()) {
        if (a != Action::Comment && permits(state, actor, a))
            list.append(a);
    }
    if (permits(state, actor, Action::Comment))
        list.append(Action::Comment);
    return list;
}

} // namespace lt::workflow
