#include "merge/report_combiner.h"

#include <algorithm>
#include <cassert>
#include <set>

namespace vigie {

namespace {

// ACLED's actor types (inter codes) of groups that are not a state: rebels, political and
// identity militias.
bool IsNonState(int inter) { return inter >= 2 && inter <= 4; }

bool HasToll(const EventRecord& r) {
  if (r.fatalities > 0) return true;
  return std::any_of(r.evidence.begin(), r.evidence.end(), [](const Evidence& e) { return e.role == "fatalities"; });
}

std::string Published(const EventRecord& r) { return r.sources.empty() ? std::string() : r.sources.front().published; }

// True when `a` should lead over `b`.
bool Leads(const EventRecord& a, const EventRecord& b) {
  if (a.located != b.located) return a.located;
  if (a.geo_precision != b.geo_precision) return a.geo_precision < b.geo_precision;
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  const std::string pa = Published(a), pb = Published(b);
  if (pa.empty() != pb.empty()) return !pa.empty();
  return pa < pb;
}

}  // namespace

EventRecord CombineReports(std::span<const EventRecord> reports) {
  assert(!reports.empty());
  const EventRecord* lead = &reports[0];
  for (const EventRecord& r : reports) {
    if (Leads(r, *lead)) lead = &r;
  }
  EventRecord event = *lead;
  event.evidence.clear();
  event.sources.clear();

  // A named actor from any report beats an unnamed one of the same kind (an unidentified
  // armed group and a named armed group are both non-state).
  auto same_kind = [](int a, int b) { return a == b || (IsNonState(a) && IsNonState(b)); };
  for (const EventRecord& r : reports) {
    if (event.actor1_id.empty() && !r.actor1_id.empty() && same_kind(r.inter1, event.inter1)) {
      event.actor1 = r.actor1;
      event.actor1_id = r.actor1_id;
      event.assoc_actor_1 = r.assoc_actor_1;
      event.inter1 = r.inter1;
    }
    if (event.actor2.empty() && !r.actor2.empty()) {
      event.actor2 = r.actor2;
      event.actor2_id = r.actor2_id;
      event.assoc_actor_2 = r.assoc_actor_2;
      event.inter2 = r.inter2;
    } else if (event.actor2_id.empty() && !r.actor2_id.empty() && same_kind(r.inter2, event.inter2)) {
      event.actor2 = r.actor2;
      event.actor2_id = r.actor2_id;
      event.assoc_actor_2 = r.assoc_actor_2;
      event.inter2 = r.inter2;
    }
  }
  // ACLED's interaction code: the two actor types, the lower first (10 × lower + higher).
  event.interaction = event.inter2 == 0 ? event.inter1 * 10
                                        : std::min(event.inter1, event.inter2) * 10 + std::max(event.inter1, event.inter2);

  // ACLED's conservative rule over the reports that give a toll.
  bool any_toll = false, open_high = false;
  int lowest = 0, highest = 0;
  for (const EventRecord& r : reports) {
    if (!HasToll(r)) continue;
    const int low = std::max(0, r.fatalities);
    lowest = any_toll ? std::min(lowest, low) : low;
    any_toll = true;
    if (r.fatalities_high < 0) open_high = true;
    highest = std::max({highest, r.fatalities_high, low});
  }
  if (any_toll) {
    event.fatalities = lowest;
    event.fatalities_low = lowest;
    event.fatalities_high = open_high ? -1 : highest;
  }

  // Dates: the union of the ranges.
  for (const EventRecord& r : reports) {
    const std::string& start = r.date_start.empty() ? r.event_date : r.date_start;
    const std::string& end = r.date_end.empty() ? r.event_date : r.date_end;
    if (!start.empty() && (event.date_start.empty() || start < event.date_start)) event.date_start = start;
    if (!end.empty() && (event.date_end.empty() || end > event.date_end)) event.date_end = end;
  }

  // Sources, evidence, outlets, confidence.
  std::set<std::string> docs, outlets;
  std::string outlet_list;
  double doubt = 1;
  for (const EventRecord& r : reports) {
    for (const EventSource& s : r.sources) {
      if (docs.insert(s.doc).second) event.sources.push_back(s);
    }
    for (const Evidence& ev : r.evidence) {
      if (event.evidence.size() >= kMaxEventEvidence) break;
      event.evidence.push_back(ev);
    }
    if (!r.source.empty() && outlets.insert(r.source).second) {
      if (!outlet_list.empty()) outlet_list += "; ";
      outlet_list += r.source;
    }
    doubt *= 1 - std::clamp(r.confidence, 0.0, 1.0);
  }
  event.source = outlet_list;
  event.confidence = std::min(0.99, 1 - doubt);
  return event;
}

}  // namespace vigie
