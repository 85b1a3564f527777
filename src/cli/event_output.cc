#include "cli/event_output.h"

#include <cmath>
#include <string>

namespace vigie {

namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json() : Json(s); }

const char* const kAcledColumns[] = {
    "event_id_cnty", "event_date",    "year",         "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1",       "assoc_actor_1", "inter1",        "actor2",        "assoc_actor_2",
    "inter2",        "interaction",   "civilian_targeting", "iso",      "region",        "country",
    "admin1",        "admin2",        "admin3",       "location",       "latitude",      "longitude",
    "geo_precision", "source",        "source_scale", "notes",          "fatalities",    "tags",
    "timestamp"};

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Coordinate(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  return buffer;
}

}  // namespace

Json EventToJson(const EventRecord& e) {
  Json evidence = Json::array();
  for (const Evidence& ev : e.evidence) {
    evidence.push_back({{"doc", ev.doc}, {"start", ev.start}, {"end", ev.end}, {"text", ev.text}, {"role", ev.role}});
  }
  Json sources = Json::array();
  for (const EventSource& s : e.sources) {
    sources.push_back({{"doc", s.doc}, {"url", OrNull(s.url)}, {"title", OrNull(s.title)}, {"published", OrNull(s.published)}});
  }
  return Json{
      {"event_id_cnty", e.event_id_cnty},
      {"event_date", e.event_date},
      {"year", e.year},
      {"time_precision", e.time_precision},
      {"disorder_type", e.disorder_type},
      {"event_type", e.event_type},
      {"sub_event_type", e.sub_event_type},
      {"actor1", e.actor1},
      {"assoc_actor_1", OrNull(e.assoc_actor_1)},
      {"inter1", e.inter1},
      {"actor2", OrNull(e.actor2)},
      {"assoc_actor_2", OrNull(e.assoc_actor_2)},
      {"inter2", e.inter2},
      {"interaction", e.interaction},
      {"civilian_targeting", OrNull(e.civilian_targeting)},
      {"iso", e.iso == 0 ? Json() : Json(e.iso)},
      {"region", OrNull(e.region)},
      {"country", OrNull(e.country)},
      {"admin1", OrNull(e.admin1)},
      {"admin2", OrNull(e.admin2)},
      {"admin3", OrNull(e.admin3)},
      {"location", OrNull(e.location)},
      {"latitude", e.located ? Json(e.latitude) : Json()},
      {"longitude", e.located ? Json(e.longitude) : Json()},
      {"geo_precision", e.geo_precision},
      {"source", e.source},
      {"source_scale", OrNull(e.source_scale)},
      {"notes", e.notes},
      {"fatalities", e.fatalities},
      {"tags", OrNull(e.tags)},
      {"timestamp", e.timestamp},
      {"date_start", e.date_start},
      {"date_end", e.date_end},
      {"fatalities_low", e.fatalities_low},
      {"fatalities_high", e.fatalities_high < 0 ? Json() : Json(e.fatalities_high)},
      {"actor1_id", OrNull(e.actor1_id)},
      {"actor2_id", OrNull(e.actor2_id)},
      {"geonameid", e.geonameid == 0 ? Json() : Json(e.geonameid)},
      {"language", e.language},
      {"confidence", std::round(e.confidence * 100) / 100},
      {"evidence", evidence},
      {"sources", sources},
      {"review", e.review},
  };
}

void WriteAcledCsvHeader(FILE* out) {
  std::string line;
  for (const char* column : kAcledColumns) {
    if (!line.empty()) line += ',';
    line += column;
  }
  line += '\n';
  fwrite(line.data(), 1, line.size(), out);
}

void WriteAcledCsvRow(const EventRecord& e, FILE* out) {
  const std::string fields[] = {
      e.event_id_cnty, e.event_date, std::to_string(e.year), std::to_string(e.time_precision), e.disorder_type,
      e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, std::to_string(e.inter1), e.actor2, e.assoc_actor_2,
      std::to_string(e.inter2), std::to_string(e.interaction), e.civilian_targeting,
      e.iso == 0 ? "" : std::to_string(e.iso), e.region, e.country, e.admin1, e.admin2, e.admin3, e.location,
      e.located ? Coordinate(e.latitude) : "", e.located ? Coordinate(e.longitude) : "", std::to_string(e.geo_precision),
      e.source, e.source_scale, e.notes, std::to_string(e.fatalities), e.tags, std::to_string(e.timestamp)};
  std::string line;
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i > 0) line += ',';
    line += CsvField(fields[i]);
  }
  line += '\n';
  fwrite(line.data(), 1, line.size(), out);
}

}  // namespace vigie
