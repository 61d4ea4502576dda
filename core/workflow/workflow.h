#pragma once

#include "core/model/decision.h"
#include "core/model/document.h"
#include "core/result.h"

#include <QList>

namespace lt::workflow {

// The state machines of incoming and outgoing documents, as pure functions. Client and
// server call the same functions, so both judge an action the same way.
//
// judge() says whether `role` may take `action` on a document in `state` and, when it may,
// which state follows (the same state for actions that change nothing, such as Comment).
// A refusal carries ErrorCode::NotAllowed and a translated reason the user can read.
Result<IncomingState> judge(IncomingState state, Action action, Role role);
Result<OutgoingState> judge(OutgoingState state, Action action, Role role);
Result<DocumentState> judge(const DocumentState &state, Action action, Role role);

// The actions `role` may take now, in a stable order (for menus and the command line).
QList<Action> allowedActions(const DocumentState &state, Role role);

// True when any role may take `action` in `state`.
bool isPossible(const DocumentState &state, Action action);

} // namespace lt::workflow
