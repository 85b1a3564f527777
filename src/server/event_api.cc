#include "server/event_api.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "coding/acled_taxonomy.h"
#include "coding/event_record_json.h"
#include "extract/date_parser.h"
#include "server/api_request.h"

namespace vigie {

ApiResponse StoreFailure(const Status& status) {
  fprintf(stderr, "vigie serve: the store failed: %s\n", status.message().c_str());
  return ApiError(500, "the store failed on this request (the server's log says why)");
}

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

ApiResponse EventApi::Points(const std::multimap<std::string, std::string>& params) {
  auto filter = ParseEventQuery(params, {}, kMaxPoints, kDefaultPoints);
  if (!filter.ok()) return ApiError(400, filter.status().message());
  filter->with_json = false;
  auto store = pool_.Acquire();
  if (!store.ok()) return StoreFailure(store.status());
  auto total = (*store)->CountEvents(*filter);
  if (!total.ok()) return StoreFailure(total.status());
  std::string body = "{\"total\":" + std::to_string(*total) + ",\"limit\":" + std::to_string(filter->limit) +
                     ",\"points\":[";
  bool first = true;
  char numbers[96];
  Status s = (*store)->ForEachEvent(*filter, [&](const StoredEvent& event) {
    const EventRecord& e = event.record;
    if (!e.located) return true;
    body += first ? "{\"id\":" : ",{\"id\":";
    first = false;
    AppendJsonString(e.event_id_cnty, body);
    body += ",\"date\":";
    AppendJsonString(e.event_date, body);
    body += ",\"type\":";
    AppendJsonString(e.event_type, body);
    snprintf(numbers, sizeof numbers, ",\"lat\":%.5f,\"lon\":%.5f,\"fatalities\":%d}", e.latitude, e.longitude,
             e.fatalities);
    body += numbers;
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
  if (by == params.end()) return ApiError(400, "parameter 'by' is needed: week, event_type, country or admin1");
  EventGrouping grouping;
  if (by->second == "week") {
    grouping = EventGrouping::kWeek;
  } else if (by->second == "event_type") {
    grouping = EventGrouping::kEventType;
  } else if (by->second == "country") {
    grouping = EventGrouping::kCountry;
  } else if (by->second == "admin1") {
    grouping = EventGrouping::kAdmin1;
  } else {
    return ApiError(400, "parameter 'by' must be week, event_type, country or admin1");
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
  auto object = ParseFlatJsonObject(body);
  if (!object.ok()) return object.status();
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : object->items()) {
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

EventApi::Target EventApi::FindTarget(const std::string& id) {
  Target target;
  auto store = pool_.Acquire();
  if (!store.ok()) {
    target.error = StoreFailure(store.status());
    return target;
  }
  auto event = (*store)->FindEvent(id.substr(0, 40));
  if (!event.ok()) {
    target.error = StoreFailure(event.status());
  } else if (!event->has_value()) {
    target.error = ApiError(404, "no event '" + id.substr(0, 40) + "'");
  } else {
    target.event = std::move(**event);
  }
  target.store.emplace(std::move(store).value());
  return target;
}

ApiResponse EventApi::Review(const std::string& id, const std::string& body, int64_t user_id) {
  auto fields = ReadBody(body, {"review"});
  if (!fields.ok()) return ApiError(400, fields.status().message());
  const std::string& review = fields->at("review");
  if (review != "confirmed" && review != "rejected" && review != "unreviewed") {
    return ApiError(400, "field 'review' must be confirmed, rejected or unreviewed");
  }
  Target target = FindTarget(id);
  if (target.error) return *target.error;
  auto& store = *target.store;
  const StoredEvent& found = *target.event;
  if (Status s = store->SetReview(found.id, review, user_id); !s.ok()) return StoreFailure(s);
  std::string answer = "{\"event_id_cnty\":";
  AppendJsonString(found.record.event_id_cnty, answer);
  answer += ",\"review\":";
  AppendJsonString(review, answer);
  return {200, answer + "}"};
}

ApiResponse EventApi::Comment(const std::string& id, const std::string& body, int64_t user_id) {
  auto fields = ReadBody(body, {"body"});
  if (!fields.ok()) return ApiError(400, fields.status().message());
  const std::string& text = fields->at("body");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return ApiError(400, "the comment is empty");
  if (text.size() > 5000) return ApiError(400, "the comment is too long (5,000 bytes at most)");
  Target target = FindTarget(id);
  if (target.error) return *target.error;
  auto& store = *target.store;
  const StoredEvent& found = *target.event;
  auto comment = store->AddComment(found.id, user_id, text);
  if (!comment.ok()) return StoreFailure(comment.status());
  return {201, "{\"id\":" + std::to_string(*comment) + "}"};
}

namespace {

// Checks one corrected field's value; the message says what is wrong with it.
Status CheckField(const std::string& key, const nlohmann::json& value, const nlohmann::json& record) {
  auto text = [&](size_t max) {
    if (!value.is_string()) return Status::Error("field '" + key + "' must be a string");
    if (value.get<std::string>().size() > max) {
      return Status::Error("field '" + key + "' is too long (" + std::to_string(max) + " bytes at most)");
    }
    return Status::Ok();
  };
  auto whole = [&](int64_t low, int64_t high) {
    if (!value.is_number_integer() || value.get<int64_t>() < low || value.get<int64_t>() > high) {
      return Status::Error("field '" + key + "' must be a whole number from " + std::to_string(low) + " to " +
                           std::to_string(high));
    }
    return Status::Ok();
  };
  if (key == "event_date") {
    if (!value.is_string() || !ParseIsoDay(value.get<std::string>())) return Status::Error("field 'event_date' must be a date like 2024-09-17");
    return Status::Ok();
  }
  if (key == "event_type" || key == "sub_event_type") {
    if (Status s = text(100); !s.ok()) return s;
    const std::string type = record.value("event_type", "");
    const std::string sub = record.value("sub_event_type", "");
    if (!IsAcledSubEventType(type, sub)) {
      return Status::Error("'" + sub + "' is not a sub-event type of '" + type + "' in ACLED's taxonomy");
    }
    return Status::Ok();
  }
  if (key == "actor1" || key == "actor2" || key == "assoc_actor_1" || key == "assoc_actor_2" || key == "location" ||
      key == "admin1" || key == "admin2" || key == "admin3") {
    return text(200);
  }
  if (key == "notes") return text(2000);
  if (key == "civilian_targeting") {
    if (!value.is_string() || (value != "" && value != "Civilian targeting")) {
      return Status::Error("field 'civilian_targeting' must be \"\" or \"Civilian targeting\"");
    }
    return Status::Ok();
  }
  if (key == "time_precision" || key == "geo_precision") return whole(1, 3);
  if (key == "inter1" || key == "inter2") return whole(0, 8);
  if (key == "fatalities") return whole(0, 100000);
  if (key == "latitude" || key == "longitude") {
    const double limit = key == "latitude" ? 90 : 180;
    if (!value.is_number() || value.get<double>() < -limit || value.get<double>() > limit) {
      return Status::Error("field '" + key + "' must be a number of degrees");
    }
    return Status::Ok();
  }
  return Status::Error("field '" + key.substr(0, 40) + "' cannot be corrected");
}

}  // namespace

ApiResponse EventApi::Correct(const std::string& id, const std::string& body, int64_t user_id) {
  auto parsed = ParseFlatJsonObject(body);
  if (!parsed.ok() || parsed->empty()) {
    return ApiError(400, "the body must be a JSON object of the fields to correct, each a plain value");
  }
  const nlohmann::json& changes = *parsed;
  if (changes.contains("latitude") != changes.contains("longitude")) {
    return ApiError(400, "latitude and longitude are corrected together");
  }
  Target target = FindTarget(id);
  if (target.error) return *target.error;
  auto& store = *target.store;
  const StoredEvent& found = *target.event;
  // The record as JSON, changed field by field, then read back: one path for every field.
  nlohmann::json record = nlohmann::json::parse(found.json);
  nlohmann::json detail = nlohmann::json::object();
  for (const auto& [key, value] : changes.items()) {
    detail[key] = {{"from", record.value(key, nlohmann::json())}, {"to", value}};
    record[key] = value;
  }
  for (const auto& [key, value] : changes.items()) {
    if (Status s = CheckField(key, value, record); !s.ok()) return ApiError(400, s.message());
  }
  auto corrected = EventFromJson(record.dump());
  if (!corrected.ok()) return ApiError(400, corrected.status().message());
  EventRecord& e = corrected.value();
  // What follows from the corrected fields.
  e.disorder_type = AcledDisorderType(e.event_type);
  if (changes.contains("event_date")) {
    e.year = std::stoi(e.event_date.substr(0, 4));
    if (e.date_start.empty() || e.event_date < e.date_start || e.event_date > e.date_end) {
      e.date_start = e.date_end = e.event_date;
    }
  }
  if (changes.contains("fatalities")) e.fatalities_low = e.fatalities_high = e.fatalities;
  e.interaction = e.inter2 == 0 ? e.inter1 * 10 : std::min(e.inter1, e.inter2) * 10 + std::max(e.inter1, e.inter2);
  if (Status s = store->CorrectEvent(found.id, e, user_id, detail.dump()); !s.ok()) return StoreFailure(s);
  auto after = store->FindEvent(std::to_string(found.id));
  if (!after.ok() || !after->has_value()) return StoreFailure(after.ok() ? Status::Error("the event vanished") : after.status());
  return {200, "{\"event\":" + (*after)->json + "}"};
}

ApiResponse EventApi::Split(const std::string& id, const std::string& body, const std::string& user_name) {
  auto request = ParseFlatJsonObject(body);
  if (!request.ok() || request->size() != 1 || !request->contains("merge") || !(*request)["merge"].is_number_integer()) {
    return ApiError(400, "the body must be {\"merge\": N}, N a line of the event's merge history");
  }
  const int64_t merge_id = (*request)["merge"];
  Target target = FindTarget(id);
  if (target.error) return *target.error;
  auto& store = *target.store;
  const StoredEvent& found = *target.event;
  auto history = store->MergeLog(found.id, 0);
  if (!history.ok()) return StoreFailure(history.status());
  bool undoable = false;
  for (const MergeLogEntry& m : *history) undoable |= m.id == merge_id && m.action == "merge" && !m.undone;
  if (!undoable) return ApiError(400, "merge " + std::to_string(merge_id) + " is not a merge of this event that can be undone");
  auto split = store->UndoMerge(merge_id, user_name);
  if (!split.ok()) return ApiError(409, split.status().message());
  auto created = store->FindEvent(std::to_string(*split));
  if (!created.ok() || !created->has_value()) return StoreFailure(Status::Error("the new event cannot be read"));
  std::string answer = "{\"event_id_cnty\":";
  AppendJsonString((*created)->record.event_id_cnty, answer);
  return {200, answer + "}"};
}

ApiResponse EventApi::Merge(const std::string& id, const std::string& body, const std::string& user_name) {
  auto fields = ReadBody(body, {"from"});
  if (!fields.ok()) return ApiError(400, fields.status().message());
  const std::string& from_id = fields->at("from");
  if (from_id.empty() || from_id.size() > 40) {
    return ApiError(400, "field 'from' must be an event's number or event_id_cnty");
  }
  Target target = FindTarget(id);
  if (target.error) return *target.error;
  auto& store = *target.store;
  const StoredEvent& into = *target.event;
  auto from = store->FindEvent(from_id);
  if (!from.ok()) return StoreFailure(from.status());
  if (!from->has_value()) return ApiError(404, "no event '" + from_id + "'");
  if ((*from)->id == into.id) return ApiError(400, "an event cannot be merged into itself");
  auto merged = store->MergeEvents(into.id, (*from)->id, user_name);
  if (!merged.ok()) return ApiError(409, merged.status().message());
  const nlohmann::json answer = {{"event_id_cnty", into.record.event_id_cnty},
                                 {"merged", (*from)->record.event_id_cnty}};
  return {200, answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

}  // namespace vigie
