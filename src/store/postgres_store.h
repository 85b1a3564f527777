// The PostgreSQL engine of the store (PostgreSQL 15 with PostGIS), for several ingest
// workers and API servers at once: writers take one advisory lock per transaction, so two
// processes never store a document or an event twice; readers never wait.
#pragma once

#include <memory>
#include <string>

#include "store/event_store.h"

namespace vigie {

// Connects to `url` ("postgresql://user@host:port/db") and creates or migrates the schema.
Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url, const StoreOptions& options);

}  // namespace vigie
