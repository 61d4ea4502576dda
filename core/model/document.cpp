#include "core/model/document.h"

#include "core/workflow/numbering.h"

namespace lt {

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
