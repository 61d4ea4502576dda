#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lt {

enum class Direction { Incoming, Outgoing };

// Độ khẩn. The numeric values are the edXML priorities (QCVN 102:2016, OtherInfo/Priority).
enum class Urgency {
    Normal = 0,     // thường
    Urgent = 1,     // Khẩn
    VeryUrgent = 2, // Thượng khẩn
    Flash = 3,      // Hỏa tốc
    FlashTimed = 4, // Hỏa tốc hẹn giờ
};

// Độ mật.
enum class Confidentiality {
    Normal = 0,
    Confidential = 1, // Mật
    Secret = 2,       // Tối mật
    TopSecret = 3,    // Tuyệt mật
};

// What a person does in the workflow. A person may hold several roles.
enum class Role {
    Leader,       // head of the agency (thủ trưởng)
    DeputyLeader, // deputy head (cấp phó)
    HeadOfUnit,   // head of a department or unit (trưởng phòng)
    Specialist,   // chuyên viên
    Clerk,        // văn thư
};

// Incoming documents: received → registered → submitted → assigned → in progress → done.
enum class IncomingState {
    Received,   // arrived (paper scanned or from the document axis), not yet checked
    Registered, // checked and entered in the incoming register (số đến)
    Submitted,  // put before the leader
    Assigned,   // the leader directed (bút phê) and assigned a lead unit with a deadline
    InProgress, // the lead unit is handling it
    Done,       // handled
    Returned,   // refused at reception (defective) and returned to the sender
    Recalled,   // the sender recalled it
};

// Outgoing documents: draft → under review → approved → signed → issued → dispatched.
enum class OutgoingState {
    Draft,
    UnderReview,
    Approved,
    Returned, // sent back to the drafter with a comment
    Signed,   // signed by the competent leader
    Issued,   // numbered, registered and signed by the agency (clerk)
    Dispatched,
    Recalled,
};

namespace enums {

// Stable ASCII keys for storage and the wire, and their inverse.
QString key(Urgency value);
QString key(Confidentiality value);
QString key(Role value);
QString key(IncomingState value);
QString key(OutgoingState value);
QString key(Direction value);
std::optional<Urgency> urgencyFromKey(const QString &key);
std::optional<Confidentiality> confidentialityFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);
std::optional<IncomingState> incomingStateFromKey(const QString &key);
std::optional<OutgoingState> outgoingStateFromKey(const QString &key);
std::optional<Direction> directionFromKey(const QString &key);

// Names in the UI language.
QString displayName(Urgency value);
QString displayName(Confidentiality value);
QString displayName(Role value);
QString displayName(IncomingState value);
QString displayName(OutgoingState value);
QString displayName(Direction value);

// edXML priority 0–4 (anything else is refused).
std::optional<Urgency> urgencyFromEdxmlPriority(int priority);

const QList<Role> &allRoles();
const QList<IncomingState> &allIncomingStates();
const QList<OutgoingState> &allOutgoingStates();

} // namespace enums
} // namespace lt
