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
  auto comments = (*store)->Comments(e.id);
  if (!comments.ok()) return StoreFailure(comments.status());
  auto audit = (*store)->AuditLog(e.id);
  if (!audit.ok()) return StoreFailure(audit.status());
  nlohmann::json comment_list = nlohmann::json::array();
  for (const EventComment& c : *comments) {
    comment_list.push_back({{"id", c.id}, {"user", c.user}, {"body", c.body}, {"at", c.created_at}});
  }
  nlohmann::json changes = nlohmann::json::array();
  for (const AuditEntry& a : *audit) {
    changes.push_back({{"id", a.id}, {"at", a.at}, {"user", a.user}, {"action", a.action},
                       {"detail", nlohmann::json::parse(a.detail, nullptr, false)}});
  }
  const auto dump = [](const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); };
  std::string body = "{\"event\":" + e.json + ",\"documents\":" + dump(docs) + ",\"history\":" + dump(log) +
                     ",\"comments\":" + dump(comment_list) + ",\"changes\":" + dump(changes) + "}";
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

namespace {

// The body of a change: a JSON object with exactly the fields named, each a string.
Result<std::map<std::string, std::string>> ReadBody(const std::string& body, std::initializer_list<const char*> fields) {
  nlohmann::json object = nlohmann::json::parse(body, nullptr, false);
  if (object.is_discarded() || !object.is_object()) return Status::Error("the body must be a JSON object");
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (const char* field : fields) known |= key == field;
    if (!known) return Status::Error("unknown field '" + key.substr(0, 40) + "'");
    if (!value.is_string()) return Status::Error("field '" + key + "' must be a string");
    out[key] = value.get<std::string>();
  }
  for (const char* field : fields) {
    if (!out.count(field)) return Status::Error(std::string("field '") + field + "' is missing");
  }
  return out;
}

}  // namespace

ApiResponse EventApi::Review(const std::string& id, const std::string& body, int64_t user_id) {
  auto fields = ReadBody(body, {"review"});
  if (!fields.ok()) return ApiError(400, fields.status().message());
  const std::string& review = fields->at("review");
  if (review != "confirmed" && review != "rejected" && review != "unreviewed") {
    return ApiError(400, "field 'review' must be confirmed, rejected or unreviewed");
  }
  auto store = pool_.Acquire();
  if (!store.ok()) return StoreFailure(store.status());
  auto event = (*store)->FindEvent(id.substr(0, 40));
  if (!event.ok()) return StoreFailure(event.status());
  if (!event->has_value()) return ApiError(404, "no event '" + id.substr(0, 40) + "'");
  if (Status s = (*store)->SetReview((*event)->id, review, user_id); !s.ok()) return StoreFailure(s);
  return {200, "{\"event_id_cnty\":\"" + (*event)->record.event_id_cnty + "\",\"review\":\"" + review + "\"}"};
}

ApiResponse EventApi::Comment(const std::string& id, const std::string& body, int64_t user_id) {
  auto fields = ReadBody(body, {"body"});
  if (!fields.ok()) return ApiError(400, fields.status().message());
  const std::string& text = fields->at("body");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return ApiError(400, "the comment is empty");
  if (text.size() > 5000) return ApiError(400, "the comment is too long (5,000 bytes at most)");
  auto store = pool_.Acquire();
  if (!store.ok()) return StoreFailure(store.status());
  auto event = (*store)->FindEvent(id.substr(0, 40));
  if (!event.ok()) return StoreFailure(event.status());
  if (!event->has_value()) return ApiError(404, "no event '" + id.substr(0, 40) + "'");
  auto comment = (*store)->AddComment((*event)->id, user_id, text);
  if (!comment.ok()) return StoreFailure(comment.status());
  return {201, "{\"id\":" + std::to_string(*comment) + "}"};
}

}  // namespace vigie
