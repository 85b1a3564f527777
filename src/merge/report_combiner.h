// One event from the reports of one incident: the fields of the most precise report, the
// most conservative toll, every source and every piece of evidence.
#pragma once

#include <span>
#include <string_view>

#include "coding/event_record.h"

namespace vigie {

// Combines the reports (from different documents) of one incident into its event.
// - The lead report gives the type, date, place and notes: the best located
//   (lowest geo_precision), then the most confident, then the earliest published.
// - Actors: the lead's; a generic actor ("Unidentified Armed Group (Mali)") or a missing
//   actor2 is replaced by a named one another report gives.
// - Fatalities follow ACLED's conservative rule: the lowest figure any report gives (reports
//   without a toll do not count); fatalities_low is that figure, fatalities_high the highest
//   upper figure (none when a report gives an open "at least").
// - date_start/date_end span every report's range; sources and evidence are the union
//   (a source once per document); `source` names each outlet once, "; "-separated. An
//   event keeps at most kMaxEventEvidence pieces of evidence, the first reports' first: an
//   incident reported hundreds of times would otherwise carry thousands (every report keeps
//   its own evidence in the store).
// - Confidence grows with independent reports: 1 - Π(1 - cᵢ), at most 0.99.
// REQUIRES: !reports.empty(). The event's id, review state and timestamp are the caller's.
EventRecord CombineReports(std::span<const EventRecord> reports);

inline constexpr size_t kMaxEventEvidence = 120;

// One more report of a combined event's incident, added in place: the event becomes what
// CombineReports of {event, report} gives, in time that does not grow with the sources the
// event holds (an incident reported thousands of times is met by every further report).
void AddReport(EventRecord& event, const EventRecord& report);
// Its two halves. AddReportFields: the type, date, place, actors, toll and notes, as above;
// AddReportSources: the sources, evidence, outlets and confidence. An event an analyst
// confirmed keeps its fields and takes only the second. The fields go first: which report
// leads depends on the event's confidence before the report adds to it.
void AddReportFields(EventRecord& event, const EventRecord& report);
void AddReportSources(EventRecord& event, const EventRecord& report);
// `source` among the event's sources, when no source of its document is, and `outlets`
// (one outlet or a "; "-separated list) in its `source` list, each that is not listed yet.
void AddSource(EventRecord& event, const EventSource& source, std::string_view outlets);
void AddOutlet(EventRecord& event, std::string_view outlets);

}  // namespace vigie
