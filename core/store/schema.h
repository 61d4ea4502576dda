#pragma once

#include "core/store/database.h"

#include <QList>

namespace lt::store {

// The one owner of the client database's schema: every table of cache.db (document cache,
// outbox, pins, blobs, signing queue) is created and changed here, by ordered migrations.
const QList<Migration> &clientMigrations();

} // namespace lt::store
