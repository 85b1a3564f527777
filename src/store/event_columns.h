// The events table's columns that mirror the record's scalar fields, in the record's order
// (ACLED's columns, then Vigie's, then the review state), and the one place that binds and
// reads them, for every engine.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "coding/event_record.h"
#include "coding/event_record_json.h"

namespace vigie {

inline constexpr const char* kEventColumns =
    "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, "
    "assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, "
    "admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities, "
    "tags, timestamp, date_start, date_end, fatalities_low, fatalities_high, actor1_id, actor2_id, geonameid, "
    "language, confidence, review";
inline constexpr int kEventColumnCount = 41;
// Where latitude and longitude are among kEventColumns (0-based).
inline constexpr int kLatitudeColumn = 22;

// The names in kEventColumns, in order.
inline const std::array<std::string_view, kEventColumnCount>& EventColumnNames() {
  static const std::array<std::string_view, kEventColumnCount> names = [] {
    std::array<std::string_view, kEventColumnCount> out{};
    std::string_view rest = kEventColumns;
    for (std::string_view& name : out) {
      const size_t comma = rest.find(", ");
      name = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
    }
    return out;
  }();
  return names;
}

// Binds the kEventColumns of `e` in order through `b`: any type with Text(value,
// empty_is_null), Int(int64_t), Real(double) and Null(). Unknown values (empty optional
// strings, iso 0, no coordinates, no upper toll) are NULL.
template <typename Binder>
void BindEventScalars(Binder& b, const EventRecord& e) {
  auto optional_int = [&](int64_t value, bool known) {
    if (known) {
      b.Int(value);
    } else {
      b.Null();
    }
  };
  b.Text(e.event_id_cnty, true);
  b.Text(e.event_date, true);
  b.Int(e.year);
  b.Int(e.time_precision);
  b.Text(e.disorder_type, true);
  b.Text(e.event_type, true);
  b.Text(e.sub_event_type, true);
  b.Text(e.actor1, true);
  b.Text(e.assoc_actor_1, true);
  b.Int(e.inter1);
  b.Text(e.actor2, true);
  b.Text(e.assoc_actor_2, true);
  b.Int(e.inter2);
  b.Int(e.interaction);
  b.Text(e.civilian_targeting, true);
  optional_int(e.iso, e.iso != 0);
  b.Text(e.region, true);
  b.Text(e.country, true);
  b.Text(e.admin1, true);
  b.Text(e.admin2, true);
  b.Text(e.admin3, true);
  b.Text(e.location, true);
  if (e.located) {
    b.Real(e.latitude);
    b.Real(e.longitude);
  } else {
    b.Null();
    b.Null();
  }
  b.Int(e.geo_precision);
  b.Text(e.source, true);
  b.Text(e.source_scale, true);
  b.Text(e.notes, true);
  b.Int(e.fatalities);
  b.Text(e.tags, true);
  b.Int(e.timestamp);
  b.Text(e.date_start, true);
  b.Text(e.date_end, true);
  b.Int(e.fatalities_low);
  optional_int(e.fatalities_high, e.fatalities_high >= 0);
  b.Text(e.actor1_id, true);
  b.Text(e.actor2_id, true);
  optional_int(e.geonameid, e.geonameid != 0);
  b.Text(e.language, true);
  b.Real(e.confidence);
  b.Text(e.review.empty() ? std::string_view("unreviewed") : std::string_view(e.review), false);
}

// BindEventScalars, then the whole record as JSON.
template <typename Binder>
void BindEventColumns(Binder& b, const EventRecord& e) {
  BindEventScalars(b, e);
  b.Text(EventToJsonLine(e), false);
}

// Reads kEventColumns, starting at column `first` of `row`, into `e` (evidence and sources
// are not columns). `row` is any type with IsNull(i), Text(i) (a string_view), Int(i) and
// Double(i); NULL reads as 0 or empty.
template <typename Row>
void ReadEventColumns(const Row& row, int first, EventRecord& e) {
  int i = first;
  auto text = [&](std::string& out) { out.assign(row.Text(i++)); };
  auto integer = [&](int& out) { out = static_cast<int>(row.Int(i++)); };
  text(e.event_id_cnty);
  text(e.event_date);
  integer(e.year);
  integer(e.time_precision);
  text(e.disorder_type);
  text(e.event_type);
  text(e.sub_event_type);
  text(e.actor1);
  text(e.assoc_actor_1);
  integer(e.inter1);
  text(e.actor2);
  text(e.assoc_actor_2);
  integer(e.inter2);
  integer(e.interaction);
  text(e.civilian_targeting);
  integer(e.iso);
  text(e.region);
  text(e.country);
  text(e.admin1);
  text(e.admin2);
  text(e.admin3);
  text(e.location);
  e.located = !row.IsNull(i);
  e.latitude = row.Double(i++);
  e.longitude = row.Double(i++);
  integer(e.geo_precision);
  text(e.source);
  text(e.source_scale);
  text(e.notes);
  integer(e.fatalities);
  text(e.tags);
  e.timestamp = row.Int(i++);
  text(e.date_start);
  text(e.date_end);
  integer(e.fatalities_low);
  e.fatalities_high = row.IsNull(i) ? -1 : static_cast<int>(row.Int(i));
  ++i;
  text(e.actor1_id);
  text(e.actor2_id);
  e.geonameid = static_cast<uint32_t>(row.Int(i++));
  text(e.language);
  e.confidence = row.Double(i++);
  text(e.review);
}

}  // namespace vigie
