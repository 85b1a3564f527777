#include "merge/report_combiner.h"

#include <algorithm>
#include <cassert>
#include <set>
#include <string_view>

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

// A named actor from `r` beats an unnamed one of the same kind in `event` (an unidentified
// armed group and a named armed group are both non-state); `r` fills a missing actor2.
void TakeNamedActors(EventRecord& event, const EventRecord& r) {
  auto same_kind = [](int a, int b) { return a == b || (IsNonState(a) && IsNonState(b)); };
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
void SetInteraction(EventRecord& event) {
  event.interaction = event.inter2 == 0 ? event.inter1 * 10
                                        : std::min(event.inter1, event.inter2) * 10 + std::max(event.inter1, event.inter2);
}

// ACLED's conservative rule over the reports that give a toll, one report at a time.
class Toll {
 public:
  void Add(const EventRecord& r) {
    if (!HasToll(r)) return;
    const int low = std::max(0, r.fatalities);
    lowest_ = any_ ? std::min(lowest_, low) : low;
    any_ = true;
    if (r.fatalities_high < 0) open_high_ = true;
    highest_ = std::max({highest_, r.fatalities_high, low});
  }
  void SetOn(EventRecord& event) const {
    if (!any_) return;
    event.fatalities = lowest_;
    event.fatalities_low = lowest_;
    event.fatalities_high = open_high_ ? -1 : highest_;
  }

 private:
  bool any_ = false, open_high_ = false;
  int lowest_ = 0, highest_ = 0;
};

// The event's date range widened to `r`'s.
void WidenDates(EventRecord& event, const EventRecord& r) {
  const std::string& start = FirstDay(r);
  const std::string& end = LastDay(r);
  if (!start.empty() && (event.date_start.empty() || start < event.date_start)) event.date_start = start;
  if (!end.empty() && (event.date_end.empty() || end > event.date_end)) event.date_end = end;
}

void AddEvidence(EventRecord& event, const EventRecord& r) {
  for (const Evidence& ev : r.evidence) {
    if (event.evidence.size() >= kMaxEventEvidence) break;
    event.evidence.push_back(ev);
  }
}

double Doubt(const EventRecord& r) { return 1 - std::clamp(r.confidence, 0.0, 1.0); }

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

  Toll toll;
  std::set<std::string> docs;
  double doubt = 1;
  event.source.clear();
  for (const EventRecord& r : reports) {
    TakeNamedActors(event, r);
    toll.Add(r);
    WidenDates(event, r);
    for (const EventSource& s : r.sources) {
      if (docs.insert(s.doc).second) event.sources.push_back(s);
    }
    AddEvidence(event, r);
    AddOutlet(event, r.source);
    doubt *= Doubt(r);
  }
  SetInteraction(event);
  toll.SetOn(event);
  event.confidence = std::min(0.99, 1 - doubt);
  return event;
}

void AddReportFields(EventRecord& event, const EventRecord& report) {
  Toll toll;
  toll.Add(event);
  toll.Add(report);
  if (Leads(report, event)) {
    // The report's fields, with what the event gathered from its reports so far.
    EventRecord lead = report;
    lead.sources = std::move(event.sources);
    lead.evidence = std::move(event.evidence);
    lead.source = std::move(event.source);
    lead.confidence = event.confidence;
    TakeNamedActors(lead, event);
    WidenDates(lead, event);
    event = std::move(lead);
  } else {
    TakeNamedActors(event, report);
  }
  WidenDates(event, report);
  SetInteraction(event);
  toll.SetOn(event);
}

void AddReportSources(EventRecord& event, const EventRecord& report) {
  for (const EventSource& s : report.sources) AddSource(event, s, "");
  AddOutlet(event, report.source);
  AddEvidence(event, report);
  event.confidence = std::min(0.99, 1 - Doubt(event) * Doubt(report));
}

void AddReport(EventRecord& event, const EventRecord& report) {
  AddReportFields(event, report);
  AddReportSources(event, report);
}

void AddSource(EventRecord& event, const EventSource& source, std::string_view outlet) {
  const bool known = std::any_of(event.sources.begin(), event.sources.end(),
                                 [&](const EventSource& s) { return s.doc == source.doc; });
  if (!known) event.sources.push_back(source);
  AddOutlet(event, outlet);
}

void AddOutlet(EventRecord& event, std::string_view outlets) {
  auto listed = [&](std::string_view outlet) {
    for (size_t at = 0; at < event.source.size();) {
      size_t end = event.source.find("; ", at);
      if (end == std::string::npos) end = event.source.size();
      if (std::string_view(event.source).substr(at, end - at) == outlet) return true;
      at = end + 2;
    }
    return false;
  };
  for (size_t at = 0; at < outlets.size();) {
    size_t end = outlets.find("; ", at);
    if (end == std::string_view::npos) end = outlets.size();
    const std::string_view outlet = outlets.substr(at, end - at);
    if (!outlet.empty() && !listed(outlet)) {
      if (!event.source.empty()) event.source += "; ";
      event.source += outlet;
    }
    at = end + 2;
  }
}

}  // namespace vigie
