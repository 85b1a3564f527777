// Whether a report from one document and an event already stored describe the same
// incident (DESIGN.md section 2, stage 7): compatible type, dates within two days, places
// within a few km or in the same second-level unit, and actors that do not contradict.
#pragma once

#include <optional>
#include <string>

#include "coding/event_record.h"

namespace vigie {

struct IncidentRules {
  int max_days_apart = 2;      // between the date ranges of the two
  double max_km_apart = 10.0;  // between two places known to the town (geo_precision 1 or 2)
};

struct IncidentMatch {
  bool same = false;
  double score = 0;    // higher is closer; only meaningful when `same`
  std::string reason;  // why (or why not), for the merge log: "same type, 1 day, 4 km, shared actor jnim"
};

// Compares a report with an event. Type: the same event_type, or the same disorder_type
// when both are political violence (one outlet's "attack on a camp" is another's clash).
// Place: within `max_km_apart`, or the same admin2; when either is located only to a
// region (geo_precision 3) the same admin1 (or country when no admin1) and the same
// event_type are required; a report without coordinates matches nothing. Actors: named non-state actors on both sides must share one
// (a report of JNIM and one of Islamic State Sahel are two incidents); unnamed actors
// ("unidentified armed group") are compatible with anyone. Symmetric in its arguments.
IncidentMatch MatchIncident(const EventRecord& report, const EventRecord& event, const IncidentRules& rules = {});

// Copies into `to` the fields of `from` that MatchIncident reads (type, dates, place, actors),
// leaving the others as they are: a store may hand the matcher candidates holding these
// alone, read from an index instead of their rows. A test checks that the matcher decides
// alike on such a copy.
void CopyIncidentFields(const EventRecord& from, EventRecord& to);

// What a stored event must be for MatchIncident to find it the same incident as a report,
// in terms a store's indexes can check: of the report's country, its date range meeting
// [first_day, last_day], located, and either of the report's admin1 (none with none) or
// inside the box around the report's place (every point within max_km_apart of it is).
// A store asks for these events alone instead of every event of the country and dates.
struct IncidentCandidates {
  std::string country;
  std::string first_day, last_day;  // YYYY-MM-DD
  std::string admin1;               // empty: the report has none
  double min_latitude = 0, max_latitude = 0, min_longitude = 0, max_longitude = 0;

  // The same conditions on a record in memory (date_start or else event_date, as
  // MatchIncident reads dates).
  bool Admit(const EventRecord& event) const;
};

// nullopt when no stored event can match `report`: it has no date or no place.
std::optional<IncidentCandidates> CandidatesFor(const EventRecord& report, const IncidentRules& rules = {});

}  // namespace vigie
