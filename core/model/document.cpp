#include "core/model/document.h"

#include <QCoreApplication>

#include <array>

namespace lt {

namespace numbering {
QString formatNumber(int number)
{
    return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}
} // namespace numbering

namespace boxes {
namespace {
constexpr std::array<std::pair<Box, const char *>, 5> kBoxes{{{Box::ToHandle, "to_handle"},
                                                              {Box::Incoming, "incoming"},
                                                              {Box::OutgoingDrafts, "outgoing"},
                                                              {Box::ToSign, "to_sign"},
                                                              {Box::Sent, "sent"}}};
} // namespace

QString key(Box box)
{
    for (const auto &[b, k] : kBoxes) {
        if (b == box)
            return QString::fromLatin1(k);
    }
    return {};
}

std::optional<Box> fromKey(const QString &key)
{
    for (const auto &[b, k] : kBoxes) {
        if (key == QLatin1String(k))
            return b;
    }
    return std::nullopt;
}

const QList<Box> &all()
{
    static const QList<Box> list{Box::ToHandle, Box::Incoming, Box::OutgoingDrafts, Box::ToSign,
                                 Box::Sent};
    return list;
}
} // namespace boxes

namespace recipients {
namespace {
constexpr std::array<const char *, 4> kKinds{"unit", "person", "external", "paper"};
constexpr std::array<const char *, 5> kStates{"pending", "sent", "received", "registered", "done"};
struct RecipientTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::recipients)
};
} // namespace

QString key(Recipient::Kind kind)
{
    return QString::fromLatin1(kKinds.at(size_t(kind)));
}

std::optional<Recipient::Kind> kindFromKey(const QString &key)
{
    for (size_t i = 0; i < kKinds.size(); ++i) {
        if (key == QLatin1String(kKinds.at(i)))
            return Recipient::Kind(i);
    }
    return std::nullopt;
}

QString key(Recipient::State state)
{
    return QString::fromLatin1(kStates.at(size_t(state)));
}

std::optional<Recipient::State> stateFromKey(const QString &key)
{
    for (size_t i = 0; i < kStates.size(); ++i) {
        if (key == QLatin1String(kStates.at(i)))
            return Recipient::State(i);
    }
    return std::nullopt;
}

QString displayName(Recipient::State state)
{
    switch (state) {
    case Recipient::State::Pending:
        return RecipientTr::tr("not sent yet");
    case Recipient::State::Sent:
        return RecipientTr::tr("sent");
    case Recipient::State::Received:
        return RecipientTr::tr("received");
    case Recipient::State::Registered:
        return RecipientTr::tr("registered");
    case Recipient::State::Done:
        return RecipientTr::tr("done");
    }
    return {};
}
} // namespace recipients

QString Document::numberNotation() const
{
    if (number <= 0)
        return {};
    return numbering::formatNumber(number) + u'/' + notation;
}

bool Document::returnedSinceLastVersion() const
{
    const auto *out = std::get_if<OutgoingState>(&state);
    if (!out || *out != OutgoingState::Returned)
        return false;
    QDateTime returned;
    int returns = 0;
    for (const Decision &d : history) {
        if (d.action != Action::Return)
            continue;
        ++returns;
        if (!returned.isValid() || d.at > returned)
            returned = d.at;
    }
    if (!returned.isValid())
        return false;
    const QDateTime version = versions.isEmpty() ? QDateTime() : versions.last().at;
    if (!version.isValid() || version < returned)
        return true;
    if (version > returned)
        return false;
    // The same second (the server keeps seconds): a new version follows each return.
    return returns >= int(versions.size());
}

bool Document::isClosed() const
{
    if (const auto *in = std::get_if<IncomingState>(&state)) {
        return *in == IncomingState::Done || *in == IncomingState::Returned ||
               *in == IncomingState::Recalled;
    }
    const auto out = std::get<OutgoingState>(state);
    return out == OutgoingState::Dispatched || out == OutgoingState::Recalled;
}

bool Document::isOverdue(const QDate &today) const
{
    return dueDate.isValid() && today > dueDate && !isClosed();
}

} // namespace lt
