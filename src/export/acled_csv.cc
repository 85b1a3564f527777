#include "export/acled_csv.h"

#include <iterator>

namespace vigie {

namespace {

const char* const kAcledColumns[] = {
    "event_id_cnty", "event_date",    "year",         "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1",       "assoc_actor_1", "inter1",        "actor2",        "assoc_actor_2",
    "inter2",        "interaction",   "civilian_targeting", "iso",      "region",        "country",
    "admin1",        "admin2",        "admin3",       "location",       "latitude",      "longitude",
    "geo_precision", "source",        "source_scale", "notes",          "fatalities",    "tags",
    "timestamp"};

void AppendField(std::string_view value, std::string& out) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void AppendNumber(long long value, std::string& out) {
  char buffer[24];
  out.append(buffer, static_cast<size_t>(std::snprintf(buffer, sizeof buffer, "%lld", value)));
}

void AppendCoordinate(double value, std::string& out) {
  char buffer[32];
  out.append(buffer, static_cast<size_t>(std::snprintf(buffer, sizeof buffer, "%.4f", value)));
}

}  // namespace

void AppendAcledCsvHeader(std::string& out) {
  for (size_t i = 0; i < std::size(kAcledColumns); ++i) {
    if (i > 0) out += ',';
    out += kAcledColumns[i];
  }
  out += '\n';
}

void AppendAcledCsvRow(const EventRecord& e, std::string& out) {
  auto text = [&](const std::string& value) {
    AppendField(value, out);
    out += ',';
  };
  auto number = [&](long long value) {
    AppendNumber(value, out);
    out += ',';
  };
  text(e.event_id_cnty);
  text(e.event_date);
  number(e.year);
  number(e.time_precision);
  text(e.disorder_type);
  text(e.event_type);
  text(e.sub_event_type);
  text(e.actor1);
  text(e.assoc_actor_1);
  number(e.inter1);
  text(e.actor2);
  text(e.assoc_actor_2);
  number(e.inter2);
  number(e.interaction);
  text(e.civilian_targeting);
  if (e.iso != 0) AppendNumber(e.iso, out);
  out += ',';
  text(e.region);
  text(e.country);
  text(e.admin1);
  text(e.admin2);
  text(e.admin3);
  text(e.location);
  if (e.located) AppendCoordinate(e.latitude, out);
  out += ',';
  if (e.located) AppendCoordinate(e.longitude, out);
  out += ',';
  number(e.geo_precision);
  text(e.source);
  text(e.source_scale);
  text(e.notes);
  number(e.fatalities);
  text(e.tags);
  AppendNumber(e.timestamp, out);
  out += '\n';
}

void WriteAcledCsvHeader(FILE* out) {
  std::string line;
  AppendAcledCsvHeader(line);
  fwrite(line.data(), 1, line.size(), out);
}

void WriteAcledCsvRow(const EventRecord& event, FILE* out) {
  std::string line;
  AppendAcledCsvRow(event, line);
  fwrite(line.data(), 1, line.size(), out);
}

}  // namespace vigie
