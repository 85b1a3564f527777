#include "merge/incident_matcher.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>

#include "coding/civil_calendar.h"
#include "core/geodesy.h"

namespace vigie {

namespace {

// ACLED's actor types (inter codes) of groups that are not a state: rebels, political and
// identity militias.
bool IsNonState(int inter) { return inter >= 2 && inter <= 4; }

// Days since the epoch of a YYYY-MM-DD string, or nullopt.
std::optional<int64_t> Days(const std::string& date) {
  const std::optional<CivilDate> day = ParseIsoDay(date);
  if (!day) return std::nullopt;
  return DaysFromCivil(*day);
}

// The date range of a record, in days.
std::optional<std::pair<int64_t, int64_t>> DateRange(const EventRecord& e) {
  auto start = Days(FirstDay(e));
  auto end = Days(LastDay(e));
  if (!start || !end) return std::nullopt;
  if (*end < *start) std::swap(start, end);
  return std::make_pair(*start, *end);
}

// The names of the named non-state groups of a record, with their parent groups
// (a katiba counts as its parent JNIM too).
std::set<std::string> NonStateGroups(const EventRecord& e) {
  std::set<std::string> groups;
  if (IsNonState(e.inter1) && !e.actor1_id.empty()) {
    groups.insert(e.actor1);
    if (!e.assoc_actor_1.empty()) groups.insert(e.assoc_actor_1);
  }
  if (IsNonState(e.inter2) && !e.actor2_id.empty()) {
    groups.insert(e.actor2);
    if (!e.assoc_actor_2.empty()) groups.insert(e.assoc_actor_2);
  }
  return groups;
}

}  // namespace

IncidentMatch MatchIncident(const EventRecord& a, const EventRecord& b, const IncidentRules& rules) {
  IncidentMatch match;
  char buffer[96];

  // Type.
  const bool same_type = a.event_type == b.event_type;
  const bool violence = a.disorder_type == "Political violence" && b.disorder_type == "Political violence";
  if (!same_type && !violence) {
    match.reason = "types differ (" + a.event_type + " / " + b.event_type + ")";
    return match;
  }
  double score = same_type ? 2 : 0;
  if (same_type && a.sub_event_type == b.sub_event_type) score += 1;
  std::string reason = same_type ? (a.sub_event_type == b.sub_event_type ? "same sub-event type" : "same type")
                                 : "both political violence";

  // Dates: the gap between the two ranges.
  const auto ra = DateRange(a), rb = DateRange(b);
  if (!ra || !rb) {
    match.reason = "a date is missing";
    return match;
  }
  const int64_t gap = std::max<int64_t>(0, std::max(ra->first, rb->first) - std::min(ra->second, rb->second));
  if (gap > rules.max_days_apart) {
    std::snprintf(buffer, sizeof buffer, "%lld days apart", static_cast<long long>(gap));
    match.reason = buffer;
    return match;
  }
  score += 2.0 - static_cast<double>(gap) / std::max(1, rules.max_days_apart);
  std::snprintf(buffer, sizeof buffer, ", %lld day%s apart", static_cast<long long>(gap), gap == 1 ? "" : "s");
  reason += buffer;

  // Place.
  if (a.country != b.country) {
    match.reason = "countries differ (" + a.country + " / " + b.country + ")";
    return match;
  }
  if (!a.located || !b.located) {
    match.reason = "a place is unknown";
    return match;
  }
  const bool coarse = a.geo_precision >= 3 || b.geo_precision >= 3;
  if (coarse) {
    const bool same_region = a.admin1.empty() || b.admin1.empty() ? a.admin1.empty() && b.admin1.empty()
                                                                  : a.admin1 == b.admin1;
    if (!same_region || !same_type) {
      match.reason = "one is located only to a region, and the region or type differs";
      return match;
    }
    reason += ", same region " + (a.admin1.empty() ? a.country : a.admin1);
  } else {
    const double km = HaversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
    const bool same_admin2 = !a.admin2.empty() && a.admin2 == b.admin2 && a.admin1 == b.admin1;
    if (km > rules.max_km_apart && !same_admin2) {
      std::snprintf(buffer, sizeof buffer, "%.0f km apart", km);
      match.reason = buffer;
      return match;
    }
    score += km <= rules.max_km_apart ? 2.0 - km / rules.max_km_apart : 0.5;
    std::snprintf(buffer, sizeof buffer, ", %.0f km apart", km);
    reason += buffer;
    if (km > rules.max_km_apart) reason += " in " + a.admin2;
  }

  // Actors.
  const auto groups_a = NonStateGroups(a), groups_b = NonStateGroups(b);
  if (!groups_a.empty() && !groups_b.empty()) {
    std::string shared;
    for (const auto& g : groups_a) {
      if (groups_b.count(g)) shared = g;
    }
    if (shared.empty()) {
      match.reason = "named groups differ (" + *groups_a.begin() + " / " + *groups_b.begin() + ")";
      return match;
    }
    score += 1;
    reason += ", shared actor " + shared;
  } else if (!a.actor1_id.empty() && (a.actor1_id == b.actor1_id || a.actor1_id == b.actor2_id)) {
    score += 0.5;
    reason += ", shared actor " + a.actor1;
  }

  match.same = true;
  match.score = score;
  match.reason = reason;
  return match;
}

void CopyIncidentFields(const EventRecord& from, EventRecord& to) {
  to.event_type = from.event_type;
  to.sub_event_type = from.sub_event_type;
  to.disorder_type = from.disorder_type;
  to.event_date = from.event_date;
  to.date_start = from.date_start;
  to.date_end = from.date_end;
  to.country = from.country;
  to.located = from.located;
  to.latitude = from.latitude;
  to.longitude = from.longitude;
  to.geo_precision = from.geo_precision;
  to.admin1 = from.admin1;
  to.admin2 = from.admin2;
  to.inter1 = from.inter1;
  to.inter2 = from.inter2;
  to.actor1 = from.actor1;
  to.actor2 = from.actor2;
  to.assoc_actor_1 = from.assoc_actor_1;
  to.assoc_actor_2 = from.assoc_actor_2;
  to.actor1_id = from.actor1_id;
  to.actor2_id = from.actor2_id;
}

bool IncidentCandidates::Admit(const EventRecord& event) const {
  const std::string& start = FirstDay(event);
  const std::string& end = LastDay(event);
  if (event.country != country || start.empty() || end.empty() || start > last_day || end < first_day) return false;
  if (!event.located) return false;
  return event.admin1 == admin1 || (event.latitude >= min_latitude && event.latitude <= max_latitude &&
                                    event.longitude >= min_longitude && event.longitude <= max_longitude);
}

std::optional<IncidentCandidates> CandidatesFor(const EventRecord& report, const IncidentRules& rules) {
  const std::string& start = FirstDay(report);
  const std::string& end = LastDay(report);
  const std::optional<CivilDate> first = ParseIsoDay(start), last = ParseIsoDay(end);
  if (!first || !last || !report.located) return std::nullopt;
  IncidentCandidates c;
  c.country = report.country;
  c.first_day = AddDays(*first, -rules.max_days_apart).ToString();
  c.last_day = AddDays(*last, rules.max_days_apart).ToString();
  c.admin1 = report.admin1;
  const LatLonBox box = BoxAround(report.latitude, report.longitude, rules.max_km_apart);
  c.min_latitude = box.min_latitude;
  c.max_latitude = box.max_latitude;
  c.min_longitude = box.min_longitude;
  c.max_longitude = box.max_longitude;
  return c;
}

}  // namespace vigie
