#include "core/workflow/workflow.h"

#include "core/model/json.h"
#include "core/model/said.h"

#include <QCoreApplication>

#include <array>
#include <initializer_list>

namespace lt::workflow {

namespace {

struct WorkflowTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::workflow)
};

// A set of roles as a bit mask.
constexpr unsigned roleBit(Role r)
{
    return 1u << static_cast<unsigned>(r);
}
constexpr unsigned roles(std::initializer_list<Role> list)
{
    unsigned mask = 0;
    for (Role r : list)
        mask |= roleBit(r);
    return mask;
}
constexpr unsigned kLeaders = roles({Role::Leader, Role::DeputyLeader});
constexpr unsigned kHandlers = roles({Role::HeadOfUnit, Role::Specialist});
constexpr unsigned kDrafters = roles({Role::Specialist, Role::HeadOfUnit});
constexpr unsigned kReviewers = roles({Role::HeadOfUnit, Role::DeputyLeader, Role::Leader});
constexpr unsigned kHeads = roles({Role::HeadOfUnit});
constexpr unsigned kClerk = roles({Role::Clerk});
constexpr unsigned kEveryone =
    roles({Role::Leader, Role::DeputyLeader, Role::HeadOfUnit, Role::Specialist, Role::Clerk});

template <typename State>
struct Rule
{
    State from;
    Action action;
    unsigned who;
    State to;
};

using In = IncomingState;
using Out = OutgoingState;

// clang-format off
constexpr std::array kIncomingRules{
    Rule<In>{In::Received,   Action::Register,       kClerk,    In::Registered},
    Rule<In>{In::Received,   Action::ReturnToSender, kClerk,    In::Returned},
    Rule<In>{In::Registered, Action::Submit,         kClerk,    In::Submitted},
    Rule<In>{In::Submitted,  Action::Direct,         kLeaders,  In::Assigned},
    Rule<In>{In::Submitted,  Action::SendBack,       kLeaders,  In::Registered},
    Rule<In>{In::Assigned,   Action::Reassign,       kLeaders,  In::Assigned},
    Rule<In>{In::InProgress, Action::Reassign,       kLeaders,  In::Assigned},
    Rule<In>{In::Assigned,   Action::StartHandling,  kHandlers, In::InProgress},
    Rule<In>{In::InProgress, Action::Complete,       kHandlers, In::Done},
    Rule<In>{In::Assigned,   Action::ReportPart,     kHandlers, In::Assigned},
    Rule<In>{In::InProgress, Action::ReportPart,     kHandlers, In::InProgress},
    Rule<In>{In::Assigned,   Action::PassOn,         kHeads,    In::Assigned},
    Rule<In>{In::InProgress, Action::PassOn,         kHeads,    In::InProgress},
    Rule<In>{In::Done,       Action::Reopen,         kLeaders,  In::InProgress},
    Rule<In>{In::Received,   Action::RecallReceived, kClerk,    In::Recalled},
    Rule<In>{In::Registered, Action::RecallReceived, kClerk,    In::Recalled},
    Rule<In>{In::Submitted,  Action::RecallReceived, kClerk,    In::Recalled},
    Rule<In>{In::Assigned,   Action::RecallReceived, kClerk,    In::Recalled},
    Rule<In>{In::InProgress, Action::RecallReceived, kClerk,    In::Recalled},
    Rule<In>{In::Received,   Action::Comment,        kEveryone, In::Received},
    Rule<In>{In::Registered, Action::Comment,        kEveryone, In::Registered},
    Rule<In>{In::Submitted,  Action::Comment,        kEveryone, In::Submitted},
    Rule<In>{In::Assigned,   Action::Comment,        kEveryone, In::Assigned},
    Rule<In>{In::InProgress, Action::Comment,        kEveryone, In::InProgress},
    Rule<In>{In::Done,       Action::Comment,        kEveryone, In::Done},
};

constexpr std::array kOutgoingRules{
    Rule<Out>{Out::Draft,       Action::SubmitForReview, kDrafters,  Out::UnderReview},
    Rule<Out>{Out::Returned,    Action::SubmitForReview, kDrafters,  Out::UnderReview},
    Rule<Out>{Out::UnderReview, Action::Withdraw,        kDrafters,  Out::Draft},
    Rule<Out>{Out::UnderReview, Action::Approve,         kReviewers, Out::Approved},
    Rule<Out>{Out::UnderReview, Action::Return,          kReviewers, Out::Returned},
    Rule<Out>{Out::Approved,    Action::Return,          kLeaders,   Out::Returned},
    Rule<Out>{Out::Approved,    Action::Sign,            kLeaders,   Out::Signed},
    Rule<Out>{Out::Signed,      Action::Return,          kClerk,     Out::Returned},
    Rule<Out>{Out::Signed,      Action::Issue,           kClerk,     Out::Issued},
    Rule<Out>{Out::Issued,      Action::Dispatch,        kClerk,     Out::Dispatched},
    Rule<Out>{Out::Dispatched,  Action::Recall,          kClerk,     Out::Recalled},
    Rule<Out>{Out::Issued,      Action::VoidNumber,      kClerk,     Out::Recalled},
    Rule<Out>{Out::Dispatched,  Action::VoidNumber,      kClerk,     Out::Recalled},
    Rule<Out>{Out::Recalled,    Action::VoidNumber,      kClerk,     Out::Recalled},
    Rule<Out>{Out::Draft,       Action::Comment,         kEveryone,  Out::Draft},
    Rule<Out>{Out::UnderReview, Action::Comment,         kEveryone,  Out::UnderReview},
    Rule<Out>{Out::Approved,    Action::Comment,         kEveryone,  Out::Approved},
    Rule<Out>{Out::Returned,    Action::Comment,         kEveryone,  Out::Returned},
    Rule<Out>{Out::Signed,      Action::Comment,         kEveryone,  Out::Signed},
    Rule<Out>{Out::Issued,      Action::Comment,         kEveryone,  Out::Issued},
};
// clang-format on

template <typename State, typename Rules>
Result<State> judgeWith(const Rules &rules, State state, Action action, Role role)
{
    const Rule<State> *match = nullptr;
    for (const auto &rule : rules) {
        if (rule.from == state && rule.action == action) {
            match = &rule;
            break;
        }
    }
    if (!match) {
        return said(ErrorCode::NotAllowed, "lt::workflow",
                    QT_TRANSLATE_NOOP("lt::workflow",
                                      "\"%1\" is not possible for a document that is \"%2\"."),
                    {QStringLiteral("@action:") + actions::key(action),
                     QStringLiteral("@state:") + json::stateKey(DocumentState{state})});
    }
    if ((match->who & roleBit(role)) == 0) {
        return said(ErrorCode::NotAllowed, "lt::workflow",
                    QT_TRANSLATE_NOOP("lt::workflow", "A person acting as \"%1\" cannot \"%2\" a "
                                                      "document that is \"%3\"."),
                    {QStringLiteral("@role:") + enums::key(role),
                     QStringLiteral("@action:") + actions::key(action),
                     QStringLiteral("@state:") + json::stateKey(DocumentState{state})});
    }
    return match->to;
}

} // namespace

Result<IncomingState> judge(IncomingState state, Action action, Role role)
{
    return judgeWith(kIncomingRules, state, action, role);
}

Result<OutgoingState> judge(OutgoingState state, Action action, Role role)
{
    return judgeWith(kOutgoingRules, state, action, role);
}

Result<DocumentState> judge(const DocumentState &state, Action action, Role role)
{
    return std::visit(
        [&](auto s) -> Result<DocumentState> {
            auto r = judge(s, action, role);
            if (!r)
                return r.error();
            return DocumentState{r.value()};
        },
        state);
}

QList<Action> allowedActions(const DocumentState &state, Role role)
{
    QList<Action> result;
    for (Action a : actions::all()) {
        if (judge(state, a, role).ok())
            result.append(a);
    }
    return result;
}

bool isPossible(const DocumentState &state, Action action)
{
    for (Role r : enums::allRoles()) {
        if (judge(state, action, r).ok())
            return true;
    }
    return false;
}

} // namespace lt::workflow
