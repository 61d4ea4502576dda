#pragma once

#include "core/model/document.h"
#include "core/model/relation.h"

namespace lt::workflow {

// The boxes a document belongs to on the desk of a person with `role` and `relations`
// (a set of Relation values). Pure, shared by server (feed) and client.
quint32 boxesFor(const DocumentState &state, Role role, quint32 relations);

} // namespace lt::workflow
