// The read side of the JSON API, as functions from a request's parameters to a response:
// the events (filtered, sorted, paged), one event with its documents and the evidence to
// highlight in each, and counts by week, type or region. Errors are JSON too.
#pragma once

#include <map>
#include <string>

#include "server/store_pool.h"

namespace vigie {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

// {"error": message} with `status`.
ApiResponse ApiError(int status, const std::string& message);

class EventApi {
 public:
  explicit EventApi(StorePool& pool) : pool_(pool) {}

  // GET /api/events?filters: {"total", "offset", "limit", "events": [records]}.
  ApiResponse Events(const std::multimap<std::string, std::string>& params);
  // GET /api/events/ID (number or event_id_cnty): {"event": record, "documents": [{doc, url,
  // title, published, copy, text, evidence: [{start, end, role}]}], "history": [merge log]}.
  ApiResponse Event(const std::string& id);
  // GET /api/counts?by=week|event_type|admin1&filters: {"by", "counts": [{key, events, fatalities}]}.
  ApiResponse Counts(const std::multimap<std::string, std::string>& params);

  // POST /api/events/ID/review with {"review": "confirmed"|"rejected"|"unreviewed"}, by `user_id`.
  ApiResponse Review(const std::string& id, const std::string& body, int64_t user_id);
  // POST /api/events/ID/comments with {"body": "..."} (1 to 5,000 characters): 201 {"id"}.
  ApiResponse Comment(const std::string& id, const std::string& body, int64_t user_id);

 private:
  StorePool& pool_;
};

}  // namespace vigie
