// The SQLite engine of the store: one file (WAL mode), FTS5 over document text, an R*Tree
// over event locations. One writer at a time; a writer that finds the file locked waits
// (StoreOptions::busy_timeout_ms) before giving up with a clear message.
#pragma once

#include <memory>
#include <string>

#include "store/event_store.h"

namespace vigie {

// Opens or creates the database file at `path` and migrates its schema.
Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const StoreOptions& options);

}  // namespace vigie
