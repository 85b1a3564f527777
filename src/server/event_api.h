// The read side of the JSON API, as functions from a request's parameters to a response:
// the events (filtered, sorted, paged), one event with its documents and the evidence to
// highlight in each, and counts by week, type or region. Errors are JSON too.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "server/store_pool.h"

namespace vigie {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

// {"error": message} with `status`.
ApiResponse ApiError(int status, const std::string& message);
// A store failure is the server's fault, not the client's: 500. The store's message (file
// names, SQL errors) goes to the server's log, not to the client.
ApiResponse StoreFailure(const Status& status);

class EventApi {
 public:
  explicit EventApi(StorePool& pool) : pool_(pool) {}

  // GET /api/events?filters: {"total", "offset", "limit", "events": [records]}.
  ApiResponse Events(const std::multimap<std::string, std::string>& params);
  // GET /api/points?filters: the located events for a map, newest first, a few fields each:
  // {"total", "limit", "points": [{"id": event_id_cnty, "date", "type", "lat", "lon",
  // "fatalities"}]}; limit up to 50,000 (default 20,000).
  ApiResponse Points(const std::multimap<std::string, std::string>& params);
  // GET /api/events/ID (number or event_id_cnty): {"event": record, "documents": [{doc, url,
  // title, published, copy, text, evidence: [{start, end, role}]}], "history": [merge log]}.
  ApiResponse Event(const std::string& id);
  // GET /api/counts?by=week|event_type|country|admin1&filters: {"by", "counts": [{key, events,
  // fatalities}]}.
  ApiResponse Counts(const std::multimap<std::string, std::string>& params);

  // POST /api/events/ID/review with {"review": "confirmed"|"rejected"|"unreviewed"}, by `user_id`.
  ApiResponse Review(const std::string& id, const std::string& body, int64_t user_id);
  // POST /api/events/ID/comments with {"body": "..."} (1 to 5,000 characters): 201 {"id"}.
  ApiResponse Comment(const std::string& id, const std::string& body, int64_t user_id);
  // POST /api/events/ID/correct with the fields to change: event_date, time_precision,
  // event_type and sub_event_type (a pair of ACLED's taxonomy), actor1, actor2,
  // assoc_actor_1, assoc_actor_2, inter1, inter2, civilian_targeting, location, admin1,
  // admin2, admin3, latitude and longitude (together), geo_precision, fatalities, notes.
  // 200 {"event": the corrected record}; the audit log keeps each field before and after.
  ApiResponse Correct(const std::string& id, const std::string& body, int64_t user_id);
  // POST /api/events/ID/split with {"merge": N}: undoes merge N of this event's merge log
  // (its report becomes an event of its own). 200 {"event_id_cnty": the new event}.
  ApiResponse Split(const std::string& id, const std::string& body, const std::string& user_name);
  // POST /api/events/ID/merge with {"from": "number or event_id_cnty"}: the other event of
  // the same incident joins event ID and is gone (EventStore::MergeEvents), by `user_name`.
  // 200 {"event_id_cnty": ID's, "merged": the other's}; 400 for a bad body or one event
  // twice, 404 when either is missing, 409 when the store refuses (changed meanwhile).
  ApiResponse Merge(const std::string& id, const std::string& body, const std::string& user_name);

 private:
  // The store and the event a request is about, or the response saying why there is none.
  struct Target {
    std::optional<StorePool::Lease> store;
    std::optional<StoredEvent> event;
    std::optional<ApiResponse> error;
  };
  Target FindTarget(const std::string& id);

  StorePool& pool_;
};

}  // namespace vigie
