#pragma once

#include "core/model/enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lt {

// Every action a person can take on a document. The workflow decides which are allowed.
enum class Action {
    // incoming
    Register,       // clerk: enter in the incoming register
    ReturnToSender, // clerk: refuse a defective document
    Submit,         // clerk: put before the leader
    Direct,         // leader: bút phê and assignment (lead unit, deadline)
    SendBack,       // leader: back to the clerk (wrong recipient, missing pieces)
    Reassign,       // leader: change the assignment
    StartHandling,  // lead unit: accept the assignment
    Complete,       // lead unit: report done
    ReportPart,     // co-operating unit: report its part (opinion, figures) to the lead
    PassOn,         // head of a unit given a part: pass it to specialists (chuyển xử lý)
    Reopen,         // leader: not done after all
    RecallReceived, // clerk: the sender recalled the document
    // outgoing
    SubmitForReview, // drafter
    Withdraw,        // drafter: take a draft back from review
    Approve,         // reviewer
    Return,          // reviewer or signer: back to the drafter with a comment
    Sign,            // competent leader
    Issue,           // clerk: number, register, agency signature
    Dispatch,        // clerk: send to the recipients
    Recall,          // clerk: recall a dispatched document
    VoidNumber,      // clerk: void an issued number (never given again), with the reason
    // both
    Comment,
};

namespace actions {
QString key(Action action);
std::optional<Action> fromKey(const QString &key);
QString displayName(Action action);
const QList<Action> &all();
} // namespace actions

// A unit's part in handling an incoming document.
enum class AssignmentKind { Lead, Cooperate, ForInformation };

struct Assignment
{
    QString organisationId;
    AssignmentKind kind = AssignmentKind::Lead;
    QDate deadline;
    // A person of that unit given the part (the head passing the unit's part to a
    // specialist); empty: the unit as a whole.
    QString personId;
    friend bool operator==(const Assignment &, const Assignment &) = default;
};

// One entry of a document's history: who did what, when, with which words.
struct Decision
{
    QString id; // client-generated idempotency key
    QString documentId;
    Action action = Action::Comment;
    QString actorId;
    QString actorName;
    Role actorRole = Role::Specialist;
    QString text; // the direction (bút phê), the comment, the reason for a return
    QList<Assignment> assignments;
    // The person the document was put before (submit, submit for review): id and name.
    QString toId;
    QString toName;
    QDateTime at; // when the user acted (offline: on their computer, then sent)
    // When the server received it, if that was later than `at` by more than a minute (an
    // action taken offline); invalid otherwise.
    QDateTime receivedAt;
    friend bool operator==(const Decision &, const Decision &) = default;
};

enum class TaskState { Open, Done, Cancelled };

// A piece of work that follows from an assignment, tracked until done.
struct Task
{
    QString id;
    QString documentId;
    QString organisationId;
    QString assigneeId; // optional: a person inside the unit
    AssignmentKind kind = AssignmentKind::Lead;
    QDate deadline;
    TaskState state = TaskState::Open;
    QString report;

    bool isOverdue(const QDate &today) const
    {
        return state == TaskState::Open && deadline.isValid() && today > deadline;
    }
    friend bool operator==(const Task &, const Task &) = default;
};

} // namespace lt
