#include "core/model/document.h"

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

QString Document::numberNotation() const
{
    if (number <= 0)
        return {};
    return numbering::formatNumber(number) + u'/' + notation;
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
