#include "server/api_request.h"

#include <cstdio>

#include "extract/date_parser.h"

namespace vigie {

namespace {

Result<int64_t> Count(const std::string& name, const std::string& value, int64_t low, int64_t high) {
  if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string::npos) {
    return Status::Error("parameter '" + name + "' must be a whole number");
  }
  const int64_t n = std::stoll(value);
  if (n < low || n > high) {
    return Status::Error("parameter '" + name + "' must be between " + std::to_string(low) + " and " + std::to_string(high));
  }
  return n;
}

}  // namespace

Result<EventFilter> ParseEventQuery(const std::multimap<std::string, std::string>& params,
                                    std::initializer_list<const char*> also_allowed, int64_t max_limit,
                                    int64_t default_limit) {
  EventFilter filter;
  filter.order = EventOrder::kDateDescending;
  filter.limit = default_limit;
  std::map<std::string, std::string*> texts = {{"country", &filter.country},   {"admin1", &filter.admin1},
                                               {"event_type", &filter.event_type}, {"actor", &filter.actor},
                                               {"q", &filter.text},               {"since", &filter.since},
                                               {"until", &filter.until}};
  std::map<std::string, int> seen;
  for (const auto& [name, value] : params) {
    if (++seen[name] > 1) return Status::Error("parameter '" + name + "' is given twice");
    if (value.size() > 200) return Status::Error("parameter '" + name + "' is too long (200 bytes at most)");
    if (auto it = texts.find(name); it != texts.end()) {
      *it->second = value;
    } else if (name == "limit") {
      auto n = Count(name, value, 1, max_limit);
      if (!n.ok()) return n.status();
      filter.limit = n.value();
    } else if (name == "offset") {
      auto n = Count(name, value, 0, 1'000'000'000);
      if (!n.ok()) return n.status();
      filter.offset = n.value();
    } else if (name == "sort") {
      if (value == "date") {
        filter.order = EventOrder::kDateAscending;
      } else if (value == "-date") {
        filter.order = EventOrder::kDateDescending;
      } else if (value == "-fatalities") {
        filter.order = EventOrder::kFatalitiesDescending;
      } else {
        return Status::Error("parameter 'sort' must be date, -date or -fatalities");
      }
    } else if (name == "bbox") {
      std::array<double, 4> box{};
      char extra = 0;
      if (std::sscanf(value.c_str(), "%lf,%lf,%lf,%lf%c", &box[0], &box[1], &box[2], &box[3], &extra) != 4 ||
          !(box[0] <= box[2] && box[1] <= box[3] && box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90)) {
        return Status::Error("parameter 'bbox' must be min_lon,min_lat,max_lon,max_lat in degrees");
      }
      filter.bbox = box;
    } else {
      bool allowed = false;
      for (const char* other : also_allowed) allowed |= name == other;
      if (!allowed) return Status::Error("unknown parameter '" + name + "'");
    }
  }
  for (const std::string* day : {&filter.since, &filter.until}) {
    if (!day->empty() && !ParseIsoDay(*day)) return Status::Error("'" + *day + "' is not a date like 2024-09-17");
  }
  return filter;
}

Result<nlohmann::json> ParseFlatJsonObject(const std::string& body) {
  // Brackets outside strings: one '{' (the object) and nothing else may open.
  int opened = 0;
  bool in_string = false;
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if ((c == '{' || c == '[') && ++opened > 1) {
      return Status::Error("the body must be a JSON object of plain values (no arrays or objects inside)");
    }
  }
  nlohmann::json object = nlohmann::json::parse(body, nullptr, false);
  if (object.is_discarded() || !object.is_object()) return Status::Error("the body must be a JSON object");
  return object;
}

}  // namespace vigie
