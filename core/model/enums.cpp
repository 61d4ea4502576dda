#include "core/model/enums.h"

#include <QCoreApplication>

#include <array>

namespace lt::enums {

namespace {

template <typename E>
struct Entry
{
    E value;
    const char *key;
    const char *text; // translatable source text, context "lt::enums"
};

// clang-format off
constexpr std::array kUrgency{
    Entry<Urgency>{Urgency::Normal,     "normal",      QT_TRANSLATE_NOOP("lt::enums", "Normal")},
    Entry<Urgency>{Urgency::Urgent,     "urgent",      QT_TRANSLATE_NOOP("lt::enums", "Urgent")},
    Entry<Urgency>{Urgency::VeryUrgent, "very_urgent", QT_TRANSLATE_NOOP("lt::enums", "Very urgent")},
    Entry<Urgency>{Urgency::Flash,      "flash",       QT_TRANSLATE_NOOP("lt::enums", "Flash")},
    Entry<Urgency>{Urgency::FlashTimed, "flash_timed", QT_TRANSLATE_NOOP("lt::enums", "Flash, timed")},
};
constexpr std::array kConfidentiality{
    Entry<Confidentiality>{Confidentiality::Normal,       "normal",       QT_TRANSLATE_NOOP("lt::enums", "Not classified")},
    Entry<Confidentiality>{Confidentiality::Confidential, "confidential", QT_TRANSLATE_NOOP("lt::enums", "Confidential")},
    Entry<Confidentiality>{Confidentiality::Secret,       "secret",       QT_TRANSLATE_NOOP("lt::enums", "Secret")},
    Entry<Confidentiality>{Confidentiality::TopSecret,    "top_secret",   QT_TRANSLATE_NOOP("lt::enums", "Top secret")},
};
constexpr std::array kRole{
    Entry<Role>{Role::Leader,       "leader",        QT_TRANSLATE_NOOP("lt::enums", "Leader")},
    Entry<Role>{Role::DeputyLeader, "deputy_leader", QT_TRANSLATE_NOOP("lt::enums", "Deputy leader")},
    Entry<Role>{Role::HeadOfUnit,   "head_of_unit",  QT_TRANSLATE_NOOP("lt::enums", "Head of unit")},
    Entry<Role>{Role::Specialist,   "specialist",    QT_TRANSLATE_NOOP("lt::enums", "Specialist")},
    Entry<Role>{Role::Clerk,        "clerk",         QT_TRANSLATE_NOOP("lt::enums", "Clerk")},
};
constexpr std::array kIncoming{
    Entry<IncomingState>{IncomingState::Received,   "received",    QT_TRANSLATE_NOOP("lt::enums", "Received")},
    Entry<IncomingState>{IncomingState::Registered, "registered",  QT_TRANSLATE_NOOP("lt::enums", "Registered")},
    Entry<IncomingState>{IncomingState::Submitted,  "submitted",   QT_TRANSLATE_NOOP("lt::enums", "Awaiting direction")},
    Entry<IncomingState>{IncomingState::Assigned,   "assigned",    QT_TRANSLATE_NOOP("lt::enums", "Directed and assigned")},
    Entry<IncomingState>{IncomingState::InProgress, "in_progress", QT_TRANSLATE_NOOP("lt::enums", "In progress")},
    Entry<IncomingState>{IncomingState::Done,       "done",        QT_TRANSLATE_NOOP("lt::enums", "Done")},
    Entry<IncomingState>{IncomingState::Returned,   "returned",    QT_TRANSLATE_NOOP("lt::enums", "Returned to sender")},
    Entry<IncomingState>{IncomingState::Recalled,   "recalled",    QT_TRANSLATE_NOOP("lt::enums", "Recalled")},
};
constexpr std::array kOutgoing{
    Entry<OutgoingState>{OutgoingState::Draft,       "draft",        QT_TRANSLATE_NOOP("lt::enums", "Draft")},
    Entry<OutgoingState>{OutgoingState::UnderReview, "under_review", QT_TRANSLATE_NOOP("lt::enums", "Under review")},
    Entry<OutgoingState>{OutgoingState::Approved,    "approved",     QT_TRANSLATE_NOOP("lt::enums", "Approved")},
    Entry<OutgoingState>{OutgoingState::Returned,    "returned",     QT_TRANSLATE_NOOP("lt::enums", "Returned for revision")},
    Entry<OutgoingState>{OutgoingState::Signed,      "signed",       QT_TRANSLATE_NOOP("lt::enums", "Signed by the leader")},
    Entry<OutgoingState>{OutgoingState::Issued,      "issued",       QT_TRANSLATE_NOOP("lt::enums", "Issued")},
    Entry<OutgoingState>{OutgoingState::Dispatched,  "dispatched",   QT_TRANSLATE_NOOP("lt::enums", "Dispatched")},
    Entry<OutgoingState>{OutgoingState::Recalled,    "recalled",     QT_TRANSLATE_NOOP("lt::enums", "Recalled")},
};
constexpr std::array kDirection{
    Entry<Direction>{Direction::Incoming, "incoming", QT_TRANSLATE_NOOP("lt::enums", "Incoming")},
    Entry<Direction>{Direction::Outgoing, "outgoing", QT_TRANSLATE_NOOP("lt::enums", "Outgoing")},
};
// clang-format on

template <typename Table, typename E>
const auto &find(const Table &table, E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return e;
    }
    Q_UNREACHABLE();
}

template <typename Table>
auto fromKey(const Table &table, const QString &key) -> std::optional<decltype(table.front().value)>
{
    for (const auto &e : table) {
        if (key == QLatin1String(e.key))
            return e.value;
    }
    return std::nullopt;
}

template <typename Table, typename E>
QString keyOf(const Table &table, E value)
{
    return QString::fromLatin1(find(table, value).key);
}

template <typename Table, typename E>
QString nameOf(const Table &table, E value)
{
    return QCoreApplication::translate("lt::enums", find(table, value).text);
}

template <typename Table>
auto listOf(const Table &table)
{
    QList<std::remove_cv_t<decltype(table.front().value)>> list;
    for (const auto &e : table)
        list.append(e.value);
    return list;
}

} // namespace

QString key(Urgency v)
{
    return keyOf(kUrgency, v);
}
QString key(Confidentiality v)
{
    return keyOf(kConfidentiality, v);
}
QString key(Role v)
{
    return keyOf(kRole, v);
}
QString key(IncomingState v)
{
    return keyOf(kIncoming, v);
}
QString key(OutgoingState v)
{
    return keyOf(kOutgoing, v);
}
QString key(Direction v)
{
    return keyOf(kDirection, v);
}

std::optional<Urgency> urgencyFromKey(const QString &k)
{
    return fromKey(kUrgency, k);
}
std::optional<Confidentiality> confidentialityFromKey(const QString &k)
{
    return fromKey(kConfidentiality, k);
}
std::optional<Role> roleFromKey(const QString &k)
{
    return fromKey(kRole, k);
}
std::optional<IncomingState> incomingStateFromKey(const QString &k)
{
    return fromKey(kIncoming, k);
}
std::optional<OutgoingState> outgoingStateFromKey(const QString &k)
{
    return fromKey(kOutgoing, k);
}
std::optional<Direction> directionFromKey(const QString &k)
{
    return fromKey(kDirection, k);
}

QString displayName(Urgency v)
{
    return nameOf(kUrgency, v);
}
QString displayName(Confidentiality v)
{
    return nameOf(kConfidentiality, v);
}
QString displayName(Role v)
{
    return nameOf(kRole, v);
}
QString displayName(IncomingState v)
{
    return nameOf(kIncoming, v);
}
QString displayName(OutgoingState v)
{
    return nameOf(kOutgoing, v);
}
QString displayName(Direction v)
{
    return nameOf(kDirection, v);
}

std::optional<Urgency> urgencyFromEdxmlPriority(int priority)
{
    if (priority < 0 || priority > 4)
        return std::nullopt;
    return static_cast<Urgency>(priority);
}

const QList<Role> &allRoles()
{
    static const auto list = listOf(kRole);
    return list;
}

const QList<IncomingState> &allIncomingStates()
{
    static const auto list = listOf(kIncoming);
    return list;
}

const QList<OutgoingState> &allOutgoingStates()
{
    static const auto list = listOf(kOutgoing);
    return list;
}

} // namespace lt::enums
