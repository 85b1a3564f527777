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

Status EventStore::SetReview(int64_t event_id, const std::string& review, int64_t user_id) {
  return ChangeEvent(event_id, user_id, "review", [&](EventRecord& record) {
    const std::string detail = "{\"from\":\"" + record.review + "\",\"to\":\"" + review + "\"}";
    record.review = review;
    return detail;
  });
}

Status EventStore::CorrectEvent(int64_t event_id, const EventRecord& corrected, int64_t user_id,
                                const std::string& detail) {
  return ChangeEvent(event_id, user_id, "correct", [&](EventRecord& record) {
    // The corrections, with the stored event's number, sources and evidence.
    EventRecord result = corrected;
    result.event_id_cnty = record.event_id_cnty;
    result.sources = std::move(record.sources);
    result.evidence = std::move(record.evidence);
    result.review = "corrected";
    record = std::move(result);
    return detail;
  });
}

}  // namespace vigie
