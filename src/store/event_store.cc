#include "store/event_store.h"

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace vigie {

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& location, const StoreOptions& options) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://")) {
    return OpenPostgresStore(location, options);
  }
  if (location.empty()) return Status::Error("no database given (--db PATH)");
  return OpenSqliteStore(location, options);
}

}  // namespace vigie
