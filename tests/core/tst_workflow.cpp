#include "core/workflow/decide.h"
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
    allow(e, In::Assigned, Action::ReportPart, {H, S}, In::Assigned);
    allow(e, In::InProgress, Action::ReportPart, {H, S}, In::InProgress);
    // Only the head of a unit passes its part on to its people (chuyển xử lý).
    allow(e, In::Assigned, Action::PassOn, {H}, In::Assigned);
    allow(e, In::InProgress, Action::PassOn, {H}, In::InProgress);
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
    // A number voided: the document is withdrawn, the number stays used.
    for (Out s : {Out::Issued, Out::Dispatched, Out::Recalled})
        allow(e, s, Action::VoidNumber, {C}, Out::Recalled);
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

// Who may take each action besides the role, written from the rules of the workflow (the
// clerk keeps the registers, the addressee directs, the lead unit or the person it assigned
// handles, co-operating units give their part, informed people only read), independently of
// relationsFor() in core/workflow/decide.cpp.
QList<Relation> entitled(const DocumentState &state, Action a)
{
    using R = Relation;
    switch (a) {
    case Action::Register:
    case Action::ReturnToSender:
    case Action::Submit:
    case Action::RecallReceived:
    case Action::Issue:
    case Action::Dispatch:
    case Action::Recall:
    case Action::VoidNumber:
        return {R::Clerk};
    case Action::Direct:
    case Action::SendBack:
    case Action::Reassign:
    case Action::Reopen:
        return {R::Addressee};
    case Action::StartHandling:
    case Action::Complete:
        return {R::LeadUnit, R::AssignedPerson};
    case Action::ReportPart:
        return {R::Cooperating};
    case Action::PassOn:
        return {R::LeadUnit, R::Cooperating};
    case Action::SubmitForReview:
    case Action::Withdraw:
        return {R::Drafter};
    case Action::Approve:
        return {R::Reviewer, R::Signer};
    case Action::Sign:
        return {R::Signer};
    case Action::Return:
        if (state == DocumentState{Out::Signed})
            return {R::Clerk};
        return {R::Reviewer, R::Signer};
    case Action::Comment:
        return {R::Addressee, R::LeadUnit, R::Drafter,     R::Reviewer,
                R::Signer,    R::Clerk,    R::Cooperating, R::AssignedPerson};
    }
    return {};
}

// A request with what a granted action needs (a lead unit for a direction).
workflow::Request validRequest(Action a)
{
    workflow::Request r{a, QStringLiteral("Ý kiến"), {}};
    if (a == Action::Direct || a == Action::Reassign)
        r.assignments << Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead,
                                    QDate(2026, 12, 30)};
    if (a == Action::PassOn)
        r.assignments << Assignment{QStringLiteral("org-stc"), AssignmentKind::Lead,
                                    QDate(2026, 12, 30), QStringLiteral("p-stc-cv1")};
    return r;
}

// decide() over every state × action × role × relation (none, each one alone, all but the
// entitling ones), against the two tables above.
template <typename State>
int checkEveryDecision(const QList<State> &states, const Expected<State> &expected)
{
    int checked = 0;
    for (State s : states) {
        const DocumentState state{s};
        Document doc;
        doc.state = state;
        doc.number = 12; // a number to void
        // Someone to send it to: dispatching without recipients is refused (its own test).
        doc.recipients = {Recipient{Recipient::Kind::Unit, QStringLiteral("org-stc"),
                                    QStringLiteral("Sở Tài chính")}};
        for (Action a : actions::all()) {
            const QList<Relation> who = entitled(state, a);
            QList<quint32> sets{0u};
            quint32 others = 0;
            for (Relation x : relations::all()) {
                sets << quint32(x);
                if (!who.contains(x))
                    others |= quint32(x);
            }
            sets << others;
            for (Role r : kAll) {
                const auto it = expected.find({s, a, r});
                for (quint32 set : std::as_const(sets)) {
                    bool relationOk = false;
                    for (Relation x : who)
                        relationOk = relationOk || relations::has(set, x);
                    const bool expectGranted = it != expected.end() && relationOk;
                    const workflow::Actor actor{{r}, set, QStringLiteral("org-stc")};
                    const auto outcome = workflow::decide(doc, actor, validRequest(a));
                    const QString what = QStringLiteral("%1 / %2 / %3 / relations %4")
                                             .arg(enums::key(s), actions::key(a), enums::key(r))
                                             .arg(set, 0, 16);
                    if (outcome.ok() != expectGranted) {
                        qWarning()
                            << (expectGranted ? "unexpectedly refused:" : "unexpectedly granted:")
                            << what << (outcome.ok() ? QString() : outcome.error().message);
                        return -1;
                    }
                    if (workflow::permits(state, actor, a) != expectGranted) {
                        qWarning() << "permits() disagrees with decide():" << what;
                        return -1;
                    }
                    if (workflow::offered(state, actor).contains(a) != expectGranted) {
                        qWarning() << "offered() disagrees with decide():" << what;
                        return -1;
                    }
                    if (outcome.ok()) {
                        if (outcome->next != DocumentState{it->second} || outcome->role != r) {
                            qWarning() << "wrong outcome:" << what;
                            return -1;
                        }
                    } else if (outcome.error().code != ErrorCode::NotAllowed ||
                               outcome.error().message.isEmpty()) {
                        qWarning() << "refusal without a reason:" << what;
                        return -1;
                    }
                    ++checked;
                }
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
    void everyDecisionWithRelations();
    void onlyTheLeadCompletes();
    void cooperatingUnitsGiveTheirPart();
    void informedPeopleOnlyRead();
    void reassignRevokesTheOldUnit();
    void aDirectionNeedsWordsOrAUnit();
    void effectsOfNumbersAndDeadlines();
    void aLeaderNotAddressedIsOfferedNothing();
    void theQueueIsOverlaid();
    void dispatchNeedsRecipients();
    void onlyASubmissionNamesAPerson();
    void aReturnedDraftWithoutANewVersion();
    void aHeadPassesTheUnitsPartOn();
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
    using R = Relation;
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
    QCOMPARE(boxesFor(In::Assigned, S, rel({R::LeadUnit})), box({Box::Incoming, Box::ToHandle}));
    QCOMPARE(boxesFor(In::InProgress, H, rel({R::LeadUnit})), box({Box::Incoming, Box::ToHandle}));
    QCOMPARE(boxesFor(In::Assigned, L, rel({R::Addressee})), box({Box::Incoming}));
    QCOMPARE(boxesFor(In::Done, S, rel({R::LeadUnit})), box({Box::Incoming}));
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

void TestWorkflow::everyDecisionWithRelations()
{
    const int sets = int(relations::all().size()) + 2;
    QCOMPARE(checkEveryDecision(enums::allIncomingStates(), expectedIncoming()),
             8 * int(actions::all().size()) * 5 * sets);
    QCOMPARE(checkEveryDecision(enums::allOutgoingStates(), expectedOutgoing()),
             8 * int(actions::all().size()) * 5 * sets);
}

namespace {
Document incoming(In state)
{
    Document d;
    d.state = state;
    return d;
}
workflow::Request ask(Action a, const QString &text = {}, QList<Assignment> units = {})
{
    return workflow::Request{a, text, units};
}
} // namespace

void TestWorkflow::onlyTheLeadCompletes()
{
    using workflow::Actor;
    using workflow::decide;
    const Document doc = incoming(In::InProgress);
    // The lead unit's specialist and the person it assigned complete; the work's tasks close.
    auto lead = decide(doc, Actor{{S}, quint32(Relation::LeadUnit)}, ask(Action::Complete));
    QVERIFY(lead.ok());
    QCOMPARE(lead->next, DocumentState{In::Done});
    QVERIFY(lead->effects.closeOpenTasks);
    QVERIFY(decide(doc, Actor{{H}, quint32(Relation::AssignedPerson)}, ask(Action::Complete)));
    // A co-operating unit may not, nor may it take the document.
    const Actor coop{{S, H}, quint32(Relation::Cooperating)};
    const auto refused = decide(doc, coop, ask(Action::Complete));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(!decide(incoming(In::Assigned), coop, ask(Action::StartHandling)).ok());
    QVERIFY(!workflow::offered(doc.state, coop).contains(Action::Complete));
}

void TestWorkflow::cooperatingUnitsGiveTheirPart()
{
    const workflow::Actor coop{{S}, quint32(Relation::Cooperating)};
    for (In s : {In::Assigned, In::InProgress}) {
        const auto part = workflow::decide(incoming(s), coop,
                                           ask(Action::ReportPart, QStringLiteral("Số liệu kèm")));
        QVERIFY(part.ok());
        QCOMPARE(part->next, DocumentState{s}); // the state is the lead's to change
        QVERIFY(part->effects.closeOwnPart);
        QCOMPARE(workflow::offered(DocumentState{s}, coop),
                 (QList<Action>{Action::ReportPart, Action::Comment}));
    }
    // The lead unit has no "part" to report: it completes.
    QVERIFY(!workflow::decide(incoming(In::InProgress),
                              workflow::Actor{{S}, quint32(Relation::LeadUnit)},
                              ask(Action::ReportPart))
                 .ok());
    QVERIFY(!workflow::decide(incoming(In::Done), coop, ask(Action::ReportPart)).ok());
}

void TestWorkflow::informedPeopleOnlyRead()
{
    const workflow::Actor informed{kAll, quint32(Relation::Informed)};
    for (In s : enums::allIncomingStates())
        QVERIFY2(workflow::offered(DocumentState{s}, informed).isEmpty(),
                 qPrintable(enums::key(s)));
    for (Out s : enums::allOutgoingStates())
        QVERIFY2(workflow::offered(DocumentState{s}, informed).isEmpty(),
                 qPrintable(enums::key(s)));
    const auto comment = workflow::decide(incoming(In::Assigned), informed,
                                          ask(Action::Comment, QStringLiteral("Ý kiến")));
    QVERIFY(!comment.ok());
    QVERIFY(!comment.error().message.isEmpty());
}

void TestWorkflow::reassignRevokesTheOldUnit()
{
    const workflow::Actor leader{{L}, quint32(Relation::Addressee)};
    const QList<Assignment> units{
        {QStringLiteral("org-sct"), AssignmentKind::Lead, QDate(2027, 1, 15)},
        {QStringLiteral("org-stp"), AssignmentKind::Cooperate, QDate(2027, 1, 10)}};
    for (In s : {In::Assigned, In::InProgress}) {
        const auto r = workflow::decide(incoming(s), leader,
                                        ask(Action::Reassign, QStringLiteral("Chuyển SCT"), units));
        QVERIFY(r.ok());
        QCOMPARE(r->next, DocumentState{In::Assigned});
        QVERIFY(r->effects.revokeHandling);
        QVERIFY(r->effects.cancelOpenTasks);
        QCOMPARE(r->effects.grants, units);
        QCOMPARE(r->effects.dueDate, std::optional(QDate(2027, 1, 15)));
    }
    // A first direction revokes nothing.
    const auto first =
        workflow::decide(incoming(In::Submitted), leader, ask(Action::Direct, QString(), units));
    QVERIFY(first.ok());
    QVERIFY(!first->effects.revokeHandling);
    QVERIFY(!first->effects.cancelOpenTasks);
    // What a revoked unit keeps (the server turns its relation into Informed) handles nothing.
    const workflow::Actor revoked{{S, H}, quint32(Relation::Informed)};
    QVERIFY(!workflow::decide(incoming(In::Assigned), revoked, ask(Action::StartHandling)).ok());
    QVERIFY(!workflow::decide(incoming(In::InProgress), revoked, ask(Action::Complete)).ok());
    QCOMPARE(workflow::relationFor(AssignmentKind::Lead), Relation::LeadUnit);
    QCOMPARE(workflow::relationFor(AssignmentKind::Cooperate), Relation::Cooperating);
    QCOMPARE(workflow::relationFor(AssignmentKind::ForInformation), Relation::Informed);
}

void TestWorkflow::aDirectionNeedsWordsOrAUnit()
{
    const workflow::Actor leader{{D}, quint32(Relation::Addressee)};
    const Document doc = incoming(In::Submitted);
    const Assignment stc{QStringLiteral("org-stc"), AssignmentKind::Lead, QDate(2026, 12, 30)};
    const Assignment stpCoop{QStringLiteral("org-stp"), AssignmentKind::Cooperate, {}};
    const auto reason = [&](const workflow::Request &r) {
        const auto o = workflow::decide(doc, leader, r);
        return o.ok() ? QString() : o.error().message;
    };
    const QString empty = reason(ask(Action::Direct));
    QVERIFY(!empty.isEmpty());
    QCOMPARE(reason(ask(Action::Direct, QStringLiteral("  \n\t "))), empty); // blanks are no words
    // Words alone, or units without a lead, or two leads: no one would lead the handling.
    const QString noLead = reason(ask(Action::Direct, QStringLiteral("Giao các sở")));
    QVERIFY(!noLead.isEmpty());
    QVERIFY(noLead != empty);
    QCOMPARE(reason(ask(Action::Direct, QStringLiteral("x"), {stpCoop})), noLead);
    QCOMPARE(reason(ask(Action::Direct, QStringLiteral("x"),
                        {stc, {QStringLiteral("org-sct"), AssignmentKind::Lead, {}}})),
             noLead);
    // The same unit twice (lead and co-operating at once) is refused.
    QVERIFY(!reason(ask(Action::Direct, QString(),
                        {stc, {QStringLiteral("org-stc"), AssignmentKind::Cooperate, {}}}))
                 .isEmpty());
    // A unit without words, or words with a unit, will do.
    QVERIFY(reason(ask(Action::Direct, QString(), {stc})).isEmpty());
    QVERIFY(
        reason(ask(Action::Direct, QStringLiteral("Giao STC chủ trì"), {stc, stpCoop})).isEmpty());
    // Only a direction assigns.
    QVERIFY(!workflow::decide(incoming(In::Submitted),
                              workflow::Actor{{L}, quint32(Relation::Addressee)},
                              ask(Action::SendBack, QStringLiteral("Sai nơi nhận"), {stc}))
                 .ok());
}

void TestWorkflow::effectsOfNumbersAndDeadlines()
{
    using N = workflow::Effects::Number;
    const workflow::Actor clerk{{C}, quint32(Relation::Clerk)};
    auto reg = workflow::decide(incoming(In::Received), clerk, ask(Action::Register));
    QVERIFY(reg.ok());
    QCOMPARE(reg->effects.number, N::Incoming);
    Document signedDoc;
    signedDoc.state = Out::Signed;
    auto issue = workflow::decide(signedDoc, clerk, ask(Action::Issue));
    QVERIFY(issue.ok());
    QCOMPARE(issue->effects.number, N::Outgoing);
    auto submit = workflow::decide(incoming(In::Registered), clerk, ask(Action::Submit));
    QVERIFY(submit.ok());
    QCOMPARE(submit->effects, workflow::Effects{});
}

void TestWorkflow::aLeaderNotAddressedIsOfferedNothing()
{
    // A deputy who sees a submitted incoming document for information, or for another part
    // than directing it, is not offered "Direct", although their role could direct.
    const DocumentState submitted{In::Submitted};
    QVERIFY(
        workflow::offered(submitted, workflow::Actor{{D}, quint32(Relation::Informed)}).isEmpty());
    QCOMPARE(workflow::offered(submitted, workflow::Actor{{D, L}, quint32(Relation::Signer)}),
             QList<Action>{Action::Comment});
    QVERIFY(workflow::offered(submitted, workflow::Actor{{D}, 0}).isEmpty());
    QCOMPARE(workflow::offered(submitted, workflow::Actor{{D}, quint32(Relation::Addressee)}),
             (QList<Action>{Action::Direct, Action::SendBack, Action::Comment}));
}

void TestWorkflow::theQueueIsOverlaid()
{
    const Assignment stc{QStringLiteral("org-stc"), AssignmentKind::Lead, {}};
    const workflow::Actor clerk{{C}, quint32(Relation::Clerk)};
    // The clerk registered and submitted offline: submitted once sent.
    QCOMPARE(workflow::expectedState(incoming(In::Received), clerk,
                                     {ask(Action::Register), ask(Action::Submit)}),
             DocumentState{In::Submitted});
    // A direction queued twice: the second would be refused; the first one counts.
    const workflow::Actor leader{{L}, quint32(Relation::Addressee)};
    QCOMPARE(workflow::expectedState(
                 incoming(In::Submitted), leader,
                 {ask(Action::Direct, QString(), {stc}), ask(Action::Direct, QString(), {stc})}),
             DocumentState{In::Assigned});
    // One refused in the middle changes nothing; nothing queued, nothing changes.
    QCOMPARE(workflow::expectedState(incoming(In::Received), clerk,
                                     {ask(Action::Submit), ask(Action::Register)}),
             DocumentState{In::Registered});
    QCOMPARE(workflow::expectedState(incoming(In::Done), clerk, {}), DocumentState{In::Done});
}

void TestWorkflow::dispatchNeedsRecipients()
{
    Document d;
    d.state = Out::Issued;
    const workflow::Actor clerk{{Role::Clerk}, quint32(Relation::Clerk)};
    const auto refused = workflow::decide(d, clerk, ask(Action::Dispatch));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(refused.error().message.contains(QStringLiteral("Nơi nhận")));
    d.recipients = {Recipient{Recipient::Kind::External, QStringLiteral("000.00.31.H99"),
                              QStringLiteral("Ủy ban nhân dân xã A")}};
    const auto granted = workflow::decide(d, clerk, ask(Action::Dispatch));
    QVERIFY(granted.ok());
    QCOMPARE(granted->next, DocumentState{Out::Dispatched});
}

void TestWorkflow::onlyASubmissionNamesAPerson()
{
    const workflow::Actor clerk{{Role::Clerk}, quint32(Relation::Clerk)};
    workflow::Request submit{Action::Submit, {}, {}, QStringLiteral("deputy")};
    const auto granted = workflow::decide(incoming(In::Registered), clerk, submit);
    QVERIFY(granted.ok());
    QVERIFY(granted->effects.handOver.has_value());
    QCOMPARE(granted->effects.handOver->person, QStringLiteral("deputy"));
    QCOMPARE(granted->effects.handOver->relation, Relation::Addressee);
    QVERIFY(granted->effects.handOver->roles.contains(Role::DeputyLeader));
    QVERIFY(!granted->effects.handOver->roles.contains(Role::Specialist));

    Document draft;
    draft.state = Out::Draft;
    const workflow::Actor drafter{{Role::Specialist}, quint32(Relation::Drafter)};
    const auto review = workflow::decide(
        draft, drafter, workflow::Request{Action::SubmitForReview, {}, {}, QStringLiteral("head")});
    QVERIFY(review.ok());
    QCOMPARE(review->effects.handOver->relation, Relation::Reviewer);
    QVERIFY(review->effects.handOver->roles.contains(Role::HeadOfUnit));

    // A comment names nobody.
    const auto comment = workflow::decide(
        incoming(In::Registered), clerk,
        workflow::Request{Action::Comment, QStringLiteral("x"), {}, QStringLiteral("deputy")});
    QVERIFY(!comment.ok());
}

void TestWorkflow::aReturnedDraftWithoutANewVersion()
{
    const QDateTime t(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    Document d;
    d.state = Out::Returned;
    d.versions = {DraftVersion{1, QByteArray(32, 'a'), 10, QStringLiteral("v1.pdf"), {}, {}, t}};
    Decision returned;
    returned.action = Action::Return;
    returned.at = t.addSecs(60);
    d.history = {returned};
    QVERIFY(d.returnedSinceLastVersion()); // the version that was returned
    d.versions << DraftVersion{2,  QByteArray(32, 'b'), 10, QStringLiteral("v2.pdf"), {},
                               {}, t.addSecs(120)};
    QVERIFY(!d.returnedSinceLastVersion()); // a new text since
    // Within one second (the server keeps seconds): a new version follows each return.
    d.versions = {DraftVersion{1, QByteArray(32, 'a'), 10, QStringLiteral("v1.pdf"), {}, {}, t}};
    d.history.first().at = t;
    QVERIFY(d.returnedSinceLastVersion());
    d.versions << DraftVersion{2, QByteArray(32, 'b'), 10, QStringLiteral("v2.pdf"), {}, {}, t};
    QVERIFY(!d.returnedSinceLastVersion());
    d.state = Out::Draft; // only a returned draft
    d.versions.removeLast();
    QVERIFY(!d.returnedSinceLastVersion());
}

QTEST_GUILESS_MAIN(TestWorkflow)
// Chuyển xử lý: the head of a unit given a part names people of the unit, one leading, with
// deadlines; a co-operating unit's people co-operate; nobody else, and no other unit's people.
void TestWorkflow::aHeadPassesTheUnitsPartOn()
{
    const QString unit = QStringLiteral("org-stc");
    Document doc = incoming(In::Assigned);
    doc.dueDate = QDate(2026, 12, 20);
    const workflow::Actor head{{H}, quint32(Relation::LeadUnit), unit};
    const auto person = [&unit](const char *id, AssignmentKind kind, QDate by = QDate(2026, 12, 15),
                                QString at = {}) {
        return Assignment{at.isEmpty() ? unit : at, kind, by, QString::fromLatin1(id)};
    };
    workflow::Request pass{Action::PassOn, QStringLiteral("Đề nghị nghiên cứu, tham mưu"), {}};
    pass.assignments = {person("p-cv1", AssignmentKind::Lead),
                        person("p-cv2", AssignmentKind::Cooperate)};
    auto granted = workflow::decide(doc, head, pass);
    QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));
    QCOMPARE(granted->next, DocumentState{In::Assigned});
    QCOMPARE(granted->effects.grants, pass.assignments);
    QVERIFY(!granted->effects.dueDate); // the document's deadline stays the leader's

    // The same from a co-operating unit: its people help, none leads the document.
    const workflow::Actor coopHead{{H}, quint32(Relation::Cooperating), unit};
    granted = workflow::decide(doc, coopHead, pass);
    QVERIFY(granted.ok());
    QCOMPARE(granted->effects.grants.at(0).kind, AssignmentKind::Cooperate);
    QCOMPARE(granted->effects.grants.at(0).personId, QStringLiteral("p-cv1"));

    const auto refused = [&doc](const workflow::Actor &who, const workflow::Request &r) {
        auto o = workflow::decide(doc, who, r);
        return !o.ok() && o.error().code == ErrorCode::NotAllowed && !o.error().message.isEmpty();
    };
    // A specialist of the unit, a head who only reads, a leader: not theirs to pass on.
    QVERIFY(refused(workflow::Actor{{S}, quint32(Relation::LeadUnit), unit}, pass));
    QVERIFY(refused(workflow::Actor{{H}, quint32(Relation::Informed), unit}, pass));
    QVERIFY(refused(workflow::Actor{{L}, quint32(Relation::Addressee), unit}, pass));
    // Nobody named; a unit instead of a person; another unit's person; a person twice; two
    // leading; a deadline after the document's.
    QVERIFY(refused(head, workflow::Request{Action::PassOn, QStringLiteral("x"), {}}));
    workflow::Request bad = pass;
    bad.assignments = {Assignment{unit, AssignmentKind::Lead, QDate(2026, 12, 15)}};
    QVERIFY(refused(head, bad));
    bad.assignments = {
        person("p-stp-cv1", AssignmentKind::Lead, QDate(2026, 12, 15), QStringLiteral("org-stp"))};
    QVERIFY(refused(head, bad));
    bad.assignments = {person("p-cv1", AssignmentKind::Lead),
                       person("p-cv1", AssignmentKind::Cooperate)};
    QVERIFY(refused(head, bad));
    bad.assignments = {person("p-cv1", AssignmentKind::Lead),
                       person("p-cv2", AssignmentKind::Lead)};
    QVERIFY(refused(head, bad));
    bad.assignments = {person("p-cv1", AssignmentKind::Lead, QDate(2026, 12, 21))};
    QVERIFY(refused(head, bad));
    // Passed on once with a lead: a second person cannot lead it too; helpers still may.
    Document passed = doc;
    Decision first;
    first.action = Action::PassOn;
    first.assignments = pass.assignments;
    passed.history = {first};
    workflow::Request again{Action::PassOn, QStringLiteral("Thêm người"), {}};
    again.assignments = {person("p-cv3", AssignmentKind::Lead)};
    QVERIFY(refused(head, again) == false); // on the document without that history
    QVERIFY(!workflow::decide(passed, head, again).ok());
    again.assignments = {person("p-cv3", AssignmentKind::Cooperate)};
    QVERIFY(workflow::decide(passed, head, again).ok());
    // Not before the leader has directed it, nor once it is done.
    QVERIFY(!workflow::decide(incoming(In::Done), head, pass).ok());
    QVERIFY(!workflow::decide(incoming(In::Submitted), head, pass).ok());
}

#include "tst_workflow.moc"
