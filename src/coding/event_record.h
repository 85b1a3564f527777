// The event record (DESIGN.md section 3): ACLED's export columns, then what Vigie adds
// (date range, fatality range, actor ids, GeoNames id, confidence, evidence, sources).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vigie {

// The text behind one field: a byte span of a document's extracted text.
struct Evidence {
  std::string doc;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  std::string role;  // trigger, actor1, actor2, location, date, fatalities
};

struct EventSource {
  std::string doc;
  std::string url;
  std::string title;
  std::string published;
};

struct EventRecord {
  // ACLED block, in ACLED's column order.
  std::string event_id_cnty;
  std::string event_date;  // YYYY-MM-DD
  int year = 0;
  int time_precision = 1;
  std::string disorder_type;
  std::string event_type;
  std::string sub_event_type;
  std::string actor1;
  std::string assoc_actor_1;
  int inter1 = 0;
  std::string actor2;
  std::string assoc_actor_2;
  int inter2 = 0;
  int interaction = 0;
  std::string civilian_targeting;
  int iso = 0;
  std::string region;
  std::string country;
  std::string admin1;
  std::string admin2;
  std::string admin3;
  std::string location;
  double latitude = 0;
  double longitude = 0;
  bool located = false;  // false: latitude/longitude are unknown (printed as null)
  int geo_precision = 3;
  std::string source;
  std::string source_scale;
  std::string notes;
  int fatalities = 0;
  std::string tags;
  int64_t timestamp = 0;

  // Vigie block.
  std::string date_start;
  std::string date_end;
  int fatalities_low = 0;
  int fatalities_high = -1;  // -1: no upper figure ("au moins 70")
  std::string actor1_id;
  std::string actor2_id;
  uint32_t geonameid = 0;
  std::string language;
  double confidence = 0;
  std::vector<Evidence> evidence;
  std::vector<EventSource> sources;
  std::string review = "unreviewed";
};

// The first and last day of a record's date range: date_start and date_end, else (a record
// written before ranges, or a correction that left them empty) its event_date.
inline const std::string& FirstDay(const EventRecord& e) { return e.date_start.empty() ? e.event_date : e.date_start; }
inline const std::string& LastDay(const EventRecord& e) { return e.date_end.empty() ? e.event_date : e.date_end; }

}  // namespace vigie
