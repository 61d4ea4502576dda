#include "core/workflow/desk.h"
#include "core/workflow/workflow.h"

#include <QTest>

#include <map>
#include <tuple>

using namespace lt;

namespace {

using In = IncomingState;
using Out = OutgoingState;
constexpr Role L = Role::Leader;
constexpr Role D = Role::DeputyLeader;
constexpr Role H = Role::HeadOfUnit;
constexpr Role S = Role::Specialist;
constexpr Role C = Role::Clerk;
const QList<Role> kAll{L, D, H, S, C};

// The expected machines, written from the workflow of Decree 30/2020 (see docs/workflow.md),
// independently of the rule tables in core/workflow/workflow.cpp.
template <typename State>
using Expected = std::map<std::tuple<State, Action, Role>, State>;

template <typename State>
void allow(Expected<State> &e, State from, Action a, QList<Role> roles, State to)
{
    for (Role r : roles)
        e[{from, a, r}] = to;
}

Expected<In> expectedIncoming()
{
    Expected<In> e;
    allow(e, In::Received, Action::Register, {C}, In::Registered);
    allow(e, In::Received, Action::ReturnToSender, {C}, In::Returned);
    allow(e, In::Registered, Action::Submit, {C}, In::Submitted);
    allow(e, In::Submitted, Action::Direct, {L, D}, In::Assigned);
    allow(e, In::Submitted, Action::SendBack, {L, D}, In::Registered);
    allow(e, In::Assigned, Action::Reassign, {L, D}, In::Assigned);
    allow(e, In::InProgress, Action::Reassign, {L, D}, In::Assigned);
    allow(e, In::Assigned, Action::StartHandling, {H, S}, In::InProgress);
    allow(e, In::InProgress, Action::Complete, {H, S}, In::Done);
    allow(e, In::Done, Action::Reopen, {L, D}, In::InProgress);
    for (In s : {In::Received, In::Registered, In::Submitted, In::Assigned, In::InProgress})
        allow(e, s, Action::RecallReceived, {C}, In::Recalled);
    for (In s :
         {In::Received, In::Registered, In::Submitted, In::Assigned, In::InProgress, In::Done})
        allow(e, s, Action::Comment, kAll, s);
    return e;
}

Expected<Out> expectedOutgoing()
{
    Expected<Out> e;
    allow(e, Out::Draft, Action::SubmitForReview, {S, H}, Out::UnderReview);
    allow(e, Out::Returned, Action::SubmitForReview, {S, H}, Out::UnderReview);
    allow(e, Out::UnderReview, Action::Withdraw, {S, H}, Out::Draft);
    allow(e, Out::UnderReview, Action::Approve, {H, D, L}, Out::Approved);
    allow(e, Out::UnderReview, Action::Return, {H, D, L}, Out::Returned);
    allow(e, Out::Approved, Action::Return, {D, L}, Out::Returned);
    allow(e, Out::Approved, Action::Sign, {L, D}, Out::Signed);
    allow(e, Out::Signed, Action::Return, {C}, Out::Returned);
    allow(e, Out::Signed, Action::Issue, {C}, Out::Issued);
    allow(e, Out::Issued, Action::Dispatch, {C}, Out::Dispatched);
    allow(e, Out::Dispatched, Action::Recall, {C}, Out::Recalled);
    for (Out s :
         {Out::Draft, Out::UnderReview, Out::Approved, Out::Returned, Out::Signed, Out::Issued})
        allow(e, s, Action::Comment, kAll, s);
    return e;
}

template <typename State>
int checkEveryTriple(const QList<State> &states, const Expected<State> &expected)
{
    int checked = 0;
    for (State s : states) {
        for (Action a : actions::all()) {
            for (Role r : kAll) {
                const auto result = workflow::judge(s, a, r);
                const auto it = expected.find({s, a, r});
                const QString what = QStringLiteral("%1 / %2 / %3")
                                         .arg(enums::key(s), actions::key(a), enums::key(r));
                if (it == expected.end()) {
                    if (result.ok())
                        qWarning() << "unexpectedly allowed:" << what;
                    if (result.ok())
                        return -1;
                    if (result.error().code != ErrorCode::NotAllowed ||
                        result.error().message.isEmpty()) {
                        qWarning() << "refusal without a reason:" << what;
                        return -1;
                    }
                } else {
                    if (!result.ok()) {
                        qWarning() << "unexpectedly refused:" << what << result.error().message;
                        return -1;
                    }
                    if (result.value() != it->second) {
                        qWarning() << "wrong next state:" << what << enums::key(result.value());
                        return -1;
                    }
                }
                ++checked;
            }
        }
    }
    return checked;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyIncomingTransition();
    void everyOutgoingTransition();
    void incomingJourney();
    void outgoingJourneyWithReturn();
    void refusalsExplainThemselves();
    void allowedActionsForMenus();
    void documentStateVariant();
    void deskBoxes();
};

void TestWorkflow::everyIncomingTransition()
{
    const int checked = checkEveryTriple(enums::allIncomingStates(), expectedIncoming());
    QCOMPARE(checked, 8 * int(actions::all().size()) * 5);
}

void TestWorkflow::everyOutgoingTransition()
{
    const int checked = checkEveryTriple(enums::allOutgoingStates(), expectedOutgoing());
    QCOMPARE(checked, 8 * int(actions::all().size()) * 5);
}

void TestWorkflow::incomingJourney()
{
    In s = In::Received;
    const QList<std::pair<Action, Role>> steps{
        {Action::Register, C}, {Action::Submit, C},        {Action::SendBack, L},
        {Action::Submit, C},   {Action::Direct, D},        {Action::StartHandling, H},
        {Action::Reassign, L}, {Action::StartHandling, S}, {Action::Complete, S},
        {Action::Reopen, L},   {Action::Complete, H}};
    for (const auto &[action, role] : steps) {
        const auto next = workflow::judge(s, action, role);
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
        s = next.value();
    }
    QCOMPARE(s, In::Done);
    QVERIFY(!workflow::judge(In::Done, Action::RecallReceived, C).ok());
}

void TestWorkflow::outgoingJourneyWithReturn()
{
    Out s = Out::Draft;
    const QList<std::pair<Action, Role>> steps{
        {Action::SubmitForReview, S}, {Action::Return, H}, {Action::SubmitForReview, S},
        {Action::Approve, H},         {Action::Return, L}, {Action::SubmitForReview, S},
        {Action::Approve, L},         {Action::Sign, L},   {Action::Issue, C},
        {Action::Dispatch, C},        {Action::Recall, C}};
    for (const auto &[action, role] : steps) {
        const auto next = workflow::judge(s, action, role);
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
        s = next.value();
    }
    QCOMPARE(s, Out::Recalled);
}

void TestWorkflow::refusalsExplainThemselves()
{
    // A role that may never sign.
    auto r = workflow::judge(Out::Approved, Action::Sign, S);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(enums::displayName(S)), qPrintable(r.error().message));
    // An action impossible in this state for everyone names the state.
    r = workflow::judge(Out::Draft, Action::Sign, L);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(enums::displayName(Out::Draft)),
             qPrintable(r.error().message));
    // The agency signature only follows the leader's.
    QVERIFY(!workflow::judge(Out::Approved, Action::Issue, C).ok());
}

void TestWorkflow::allowedActionsForMenus()
{
    QCOMPARE(workflow::allowedActions(DocumentState{In::Submitted}, L),
             (QList<Action>{Action::Direct, Action::SendBack, Action::Comment}));
    QCOMPARE(workflow::allowedActions(DocumentState{Out::Signed}, C),
             (QList<Action>{Action::Return, Action::Issue, Action::Comment}));
    QVERIFY(workflow::allowedActions(DocumentState{Out::Recalled}, L).isEmpty());
    QVERIFY(workflow::isPossible(DocumentState{In::Received}, Action::Register));
    QVERIFY(!workflow::isPossible(DocumentState{In::Returned}, Action::Comment));
}

void TestWorkflow::documentStateVariant()
{
    Document doc;
    doc.state = Out::UnderReview;
    QCOMPARE(doc.direction(), Direction::Outgoing);
    const auto next = workflow::judge(doc.state, Action::Approve, H);
    QVERIFY(next.ok());
    QCOMPARE(std::get<Out>(next.value()), Out::Approved);
    // An incoming action on an outgoing document is refused.
    QVERIFY(!workflow::judge(doc.state, Action::Direct, L).ok());

    doc.state = In::InProgress;
    doc.dueDate = QDate(2026, 3, 31);
    QVERIFY(doc.isOverdue(QDate(2026, 4, 1)));
    QVERIFY(!doc.isOverdue(QDate(2026, 3, 31)));
    doc.state = In::Done;
    QVERIFY(!doc.isOverdue(QDate(2026, 4, 1)));
}

void TestWorkflow::deskBoxes()
{
    using workflow::boxesFor;
    using R = workflow::Relation;
    const auto rel = [](std::initializer_list<R> rs) {
        quint32 m = 0;
        for (R r : rs)
            m |= quint32(r);
        return m;
    };
    const auto box = [](std::initializer_list<Box> bs) {
        quint32 m = 0;
        for (Box b : bs)
            m |= quint32(b);
        return m;
    };
    // Nothing for a stranger.
    QCOMPARE(boxesFor(In::Submitted, L, 0), 0u);
    // Incoming: the clerk registers, the leader directs, the assigned unit handles.
    QCOMPARE(boxesFor(In::Received, C, rel({R::Clerk})), box({Box::Incoming, Box::ToHandle}));
    QCOMPARE(boxesFor(In::Submitted, C, rel({R::Clerk})), box({Box::Incoming}));
    QCOMPARE(boxesFor(In::Submitted, L, rel({R::Addressee})), box({Box::Incoming, Box::ToHandle}));
    QCOMPARE(boxesFor(In::Submitted, D, rel({R::Informed})), box({Box::Incoming}));
    QCOMPARE(boxesFor(In::Assigned, S, rel({R::Assignee})), box({Box::Incoming, Box::ToHandle}));
    QCOMPARE(boxesFor(In::InProgress, H, rel({R::Assignee})), box({Box::Incoming, Box::ToHandle}));
    QCOMPARE(boxesFor(In::Assigned, L, rel({R::Addressee})), box({Box::Incoming}));
    QCOMPARE(boxesFor(In::Done, S, rel({R::Assignee})), box({Box::Incoming}));
    // Outgoing: drafter, reviewer, signer, clerk.
    QCOMPARE(boxesFor(Out::Draft, S, rel({R::Drafter})), box({Box::OutgoingDrafts, Box::ToHandle}));
    QCOMPARE(boxesFor(Out::UnderReview, S, rel({R::Drafter})), box({Box::OutgoingDrafts}));
    QCOMPARE(boxesFor(Out::UnderReview, H, rel({R::Reviewer})),
             box({Box::OutgoingDrafts, Box::ToHandle}));
    QCOMPARE(boxesFor(Out::Approved, L, rel({R::Signer})),
             box({Box::OutgoingDrafts, Box::ToHandle, Box::ToSign}));
    QCOMPARE(boxesFor(Out::Approved, H, rel({R::Reviewer})), box({Box::OutgoingDrafts}));
    QCOMPARE(boxesFor(Out::Signed, C, rel({R::Clerk})),
             box({Box::OutgoingDrafts, Box::ToHandle, Box::ToSign}));
    QCOMPARE(boxesFor(Out::Issued, C, rel({R::Clerk})), box({Box::Sent, Box::ToHandle}));
    QCOMPARE(boxesFor(Out::Dispatched, L, rel({R::Signer})), box({Box::Sent}));
    QCOMPARE(boxesFor(Out::Returned, S, rel({R::Drafter})),
             box({Box::OutgoingDrafts, Box::ToHandle}));
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
