#include "server/event_api.h"

#include <nlohmann/json.hpp>

#include "coding/event_record_json.h"
#include "server/api_request.h"

namespace vigie {

namespace {

// A store failure is the server's fault, not the client's: 500, with the store's message.
ApiResponse StoreFailure(const Status& status) { return ApiError(500, "the store failed: " + status.message()); }

}  // namespace

ApiResponse ApiError(int status, const std::string& message) {
  std::string body = "{\"error\":";
  AppendJsonString(message, body);
  body += "}";
  return {status, std::move(body)};
}

ApiResponse EventApi::Events(const std::multimap<std::string, std::string>& params) {
  auto filter = ParseEventQuery(params);
  if (!filter.ok()) return ApiError(400, filter.status().message());
  auto store = pool_.Acquire();
  if (!store.ok()) return StoreFailure(store.status());
  auto total = (*store)->CountEvents(*filter);
  if (!total.ok()) return StoreFailure(total.status());
  std::string body = "{\"total\":" + std::to_string(*total) + ",\"offset\":" + std::to_string(filter->offset) +
                     ",\"limit\":" + std::to_string(filter->limit) + ",\"events\":[";
  bool first = true;
  Status s = (*store)->ForEachEvent(*filter, [&](const StoredEvent& event) {
    if (!first) body += ',';
    first = false;
    body += event.json;
    return true;
  });
  if (!s.ok()) return StoreFailure(s);
  body += "]}";
  return {200, std::move(body)};
}

ApiResponse EventApi::Event(const std::string& id) {
  if (id.empty() || id.size() > 40) return ApiError(404, "no event '" + id.substr(0, 40) + "'");
  auto store = pool_.Acquire();
  if (!store.ok()) return StoreFailure(store.status());
  auto event = (*store)->FindEvent(id);
  if (!event.ok()) return StoreFailure(event.status());
  if (!event->has_value()) return ApiError(404, "no event '" + id + "'");
  const StoredEvent& e = **event;
  auto documents = (*store)->DocumentsOfEvent(e.id);
  if (!documents.ok()) return StoreFailure(documents.status());
  auto history = (*store)->MergeLog(e.id, 0);
  if (!history.ok()) return StoreFailure(history.status());

  nlohmann::json docs = nlohmann::json::array();
  for (const EventDocument& d : *documents) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const Evidence& ev : e.record.evidence) {
      if (ev.doc == d.doc && ev.end <= d.text.size() && ev.start < ev.end) {
        evidence.push_back({{"start", ev.start}, {"end", ev.end}, {"role", ev.role}});
      }
    }
    docs.push_back({{"doc", d.doc}, {"url", d.url}, {"title", d.title}, {"published", d.published}, {"copy", d.copy},
                    {"text", d.text}, {"evidence", evidence}});
  }
  nlohmann::json log = nlohmann::json::array();
  for (const MergeLogEntry& m : *history) {
    log.push_back({{"id", m.id}, {"action", m.action}, {"doc", m.doc}, {"reason", m.reason}, {"at", m.at},
                   {"by", m.by}, {"undone", m.undone}});
  }
  std::string body = "{\"event\":" + e.json + ",\"documents\":" +
                     docs.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
                     ",\"history\":" + log.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}";
  return {200, std::move(body)};
}

ApiResponse EventApi::Counts(const std::multimap<std::string, std::string>& params) {
  auto by = params.find("by");
  if (by == params.end()) return ApiError(400, "parameter 'by' is needed: week, event_type or admin1");
  EventGrouping grouping;
  if (by->second == "week") {
    grouping = EventGrouping::kWeek;
  } else if (by->second == "event_type") {
    grouping = EventGrouping::kEventType;
  } else if (by->second == "admin1") {
    grouping = EventGrouping::kAdmin1;
  } else {
    return ApiError(400, "parameter 'by' must be week, event_type or admin1");
  }
  auto filter = ParseEventQuery(params, {"by"});
  if (!filter.ok()) return ApiError(400, filter.status().message());
  auto store = pool_.Acquire();
  if (!store.ok()) return StoreFailure(store.status());
  auto counts = (*store)->CountEventsBy(*filter, grouping);
  if (!counts.ok()) return StoreFailure(counts.status());
  nlohmann::json out = {{"by", by->second}, {"counts", nlohmann::json::array()}};
  for (const EventGroupCount& c : *counts) {
    out["counts"].push_back({{"key", c.key}, {"events", c.events}, {"fatalities", c.fatalities}});
  }
  return {200, out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

}  // namespace vigie
