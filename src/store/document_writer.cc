#include "store/document_writer.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <set>

#include "merge/incident_matcher.h"
#include "merge/report_combiner.h"

namespace vigie {

namespace {

int64_t Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool KeepsAnalystFields(const std::string& review) { return review == "confirmed" || review == "corrected"; }

}  // namespace

Result<StoreOutcome> DocumentWriter::Write(StoreTransaction& tx, const DocumentToStore& document) const {
  StoreOutcome outcome;
  const DocumentFingerprint fingerprint = document.fingerprint
                                              ? *document.fingerprint
                                              : FingerprintDocument(document.article.text, document.article.url);
  auto existing = tx.FindDocument(fingerprint);
  if (!existing.ok()) return existing.status();
  if (existing.value() != 0) {
    outcome.fate = DocumentFate::kDuplicate;
    outcome.document_id = existing.value();
    return outcome;
  }

  // A syndicated copy: another source of the original's events, not new reports.
  auto neighbours = tx.SimHashNeighbours(fingerprint.simhash);
  if (!neighbours.ok()) return neighbours.status();
  int64_t original = 0;
  int best_distance = kNearDuplicateBits + 1;
  for (const auto& [id, simhash] : neighbours.value()) {
    const int distance = SimHashDistance(simhash, fingerprint.simhash);
    if (distance < best_distance) {
      best_distance = distance;
      original = id;
    }
  }
  if (original != 0) {
    auto id = tx.InsertDocument(document, fingerprint, original);
    if (!id.ok()) return id.status();
    if (Status s = AddSourceToEvents(tx, original, document, fingerprint); !s.ok()) return s;
    outcome.fate = DocumentFate::kNearDuplicate;
    outcome.document_id = original;
    return outcome;
  }

  auto document_id = tx.InsertDocument(document, fingerprint, 0);
  if (!document_id.ok()) return document_id.status();
  outcome.document_id = document_id.value();
  // Two events of one document were kept apart by the coder; they never join one event here.
  std::set<int64_t> events_of_this_document;
  for (const EventRecord& report : document.reports) {
    int64_t best = 0;  // the event this report joins, if any
    IncidentMatch best_match;
    auto consider = [&](int64_t id, const EventRecord& candidate) {
      if (events_of_this_document.count(id)) return;
      IncidentMatch match = MatchIncident(report, candidate, rules_);
      // Ties go to the oldest event, so that every engine and every run decides alike.
      if (match.same &&
          (best == 0 || match.score > best_match.score || (match.score == best_match.score && id < best))) {
        best = id;
        best_match = std::move(match);
      }
    };
    // A report without a date or a place joins no event (MatchIncident): none is read.
    if (const std::optional<IncidentCandidates> candidates = CandidatesFor(report, rules_)) {
      if (Status visited = tx.ForEachCandidateEvent(*candidates, consider); !visited.ok()) return visited;
    }

    MergeLogEntry log;
    log.doc = document.article.doc;
    log.by = "ingest";
    if (best != 0) {
      log.event_id = best;
      auto report_id = tx.InsertReport(outcome.document_id, best, report);
      if (!report_id.ok()) return report_id.status();
      if (Status s = MergeInto(tx, best, report); !s.ok()) return s;
      log.report_id = report_id.value();
      log.action = "merge";
      log.score = best_match.score;
      log.reason = best_match.reason;
      ++outcome.events_merged;
    } else {
      EventRecord event = CombineReports(std::span(&report, 1));
      event.review = "unreviewed";
      event.timestamp = Now();
      auto event_id = tx.InsertEvent(event);
      if (!event_id.ok()) return event_id.status();
      auto report_id = tx.InsertReport(outcome.document_id, event_id.value(), report);
      if (!report_id.ok()) return report_id.status();
      log.event_id = event_id.value();
      log.report_id = report_id.value();
      log.action = "create";
      log.reason = "no stored event of the same incident";
      ++outcome.events_new;
    }
    events_of_this_document.insert(log.event_id);
    if (auto logged = tx.LogMerge(log); !logged.ok()) return logged.status();
  }
  return outcome;
}

Status DocumentWriter::Recompute(StoreTransaction& tx, int64_t event_id) const {
  auto reports = tx.ReportsOfEvent(event_id);
  if (!reports.ok()) return reports.status();
  if (reports->empty()) return tx.DeleteEvent(event_id);
  auto stored = tx.LoadEvent(event_id);
  if (!stored.ok()) return stored.status();

  std::vector<EventRecord> records;
  std::vector<int64_t> documents;
  for (StoredReport& report : reports.value()) {
    records.push_back(std::move(report.record));
    if (std::find(documents.begin(), documents.end(), report.document_id) == documents.end()) {
      documents.push_back(report.document_id);
    }
  }
  EventRecord combined = CombineReports(records);
  for (int64_t document_id : documents) {
    auto copies = tx.CopiesOf(document_id);
    if (!copies.ok()) return copies.status();
    for (const DocumentCopy& copy : copies.value()) {
      combined.sources.push_back(copy.source);
      if (!copy.outlet.empty() && combined.source.find(copy.outlet) == std::string::npos) {
        combined.source += (combined.source.empty() ? "" : "; ") + copy.outlet;
      }
    }
  }

  return Save(tx, stored.value(), std::move(combined));
}

Status DocumentWriter::MergeInto(StoreTransaction& tx, int64_t event_id, const EventRecord& report) const {
  return tx.EditEvent(event_id, [&](EventRecord& event) {
    if (KeepsAnalystFields(event.review)) {
      AddReportSources(event, report);
    } else {
      // The lead report's fields replace the event's, but not its number or review state.
      std::string number = std::move(event.event_id_cnty), review = std::move(event.review);
      AddReport(event, report);
      event.event_id_cnty = std::move(number);
      event.review = std::move(review);
    }
    event.timestamp = Now();
  });
}

Status DocumentWriter::AddSourceToEvents(StoreTransaction& tx, int64_t original_id, const DocumentToStore& copy,
                                         const DocumentFingerprint& fingerprint) const {
  auto events = tx.EventsOfDocument(original_id);
  if (!events.ok()) return events.status();
  // As CopiesOf reads the copy back from its row.
  const ExtractedArticle& a = copy.article;
  const EventSource source{a.doc, a.url, a.title, a.published};
  const std::string_view outlet = a.site_name.empty() ? CanonicalHost(fingerprint.canonical_url) : a.site_name;
  for (int64_t event_id : events.value()) {
    Status s = tx.EditEvent(event_id, [&](EventRecord& event) {
      AddSource(event, source, outlet);
      event.timestamp = Now();
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status DocumentWriter::Save(StoreTransaction& tx, const StoredEvent& stored, EventRecord combined) const {
  EventRecord result;
  const EventRecord& old = stored.record;
  if (KeepsAnalystFields(old.review)) {
    result = old;
    result.sources = std::move(combined.sources);
    result.evidence = std::move(combined.evidence);
    result.source = std::move(combined.source);
    result.confidence = combined.confidence;
  } else {
    result = std::move(combined);
    result.review = old.review;
  }
  result.event_id_cnty = old.event_id_cnty;
  result.timestamp = Now();
  return tx.UpdateEvent(stored.id, std::move(result));
}

Result<int64_t> DocumentWriter::UndoMerge(StoreTransaction& tx, int64_t merge_id, const std::string& by) const {
  auto entry = tx.MergeEntry(merge_id);
  if (!entry.ok()) return entry.status();
  if (entry->action != "merge") {
    return Status::Error("merge log line " + std::to_string(merge_id) + " is a '" + entry->action +
                         "', not a merge; only merges can be undone");
  }
  if (entry->undone) return Status::Error("merge log line " + std::to_string(merge_id) + " was already undone");
  auto reports = tx.ReportsOfEvent(entry->event_id);
  if (!reports.ok()) return reports.status();
  const StoredReport* moved = nullptr;
  for (const StoredReport& report : reports.value()) {
    if (report.id == entry->report_id) moved = &report;
  }
  if (moved == nullptr) {
    return Status::Error("merge log line " + std::to_string(merge_id) + ": its report is no longer in event " +
                         entry->event_id_cnty + " (moved by a later change)");
  }
  EventRecord event = CombineReports(std::span(&moved->record, 1));
  event.review = "unreviewed";
  event.timestamp = Now();
  auto new_id = tx.InsertEvent(event);
  if (!new_id.ok()) return new_id.status();
  const int64_t report_id = moved->id;
  if (Status s = tx.MoveReport(report_id, new_id.value()); !s.ok()) return s;
  if (Status s = Recompute(tx, entry->event_id); !s.ok()) return s;
  if (Status s = Recompute(tx, new_id.value()); !s.ok()) return s;
  if (Status s = tx.MarkUndone(merge_id); !s.ok()) return s;
  MergeLogEntry log;
  log.event_id = new_id.value();
  log.report_id = report_id;
  log.doc = entry->doc;
  log.action = "split";
  log.reason = "undo of merge " + std::to_string(merge_id) + " into " + entry->event_id_cnty;
  log.by = by;
  if (auto logged = tx.LogMerge(log); !logged.ok()) return logged.status();
  return new_id.value();
}

Result<int64_t> DocumentWriter::MergeEvents(StoreTransaction& tx, int64_t into_event_id, int64_t from_event_id,
                                            const std::string& by) const {
  if (into_event_id == from_event_id) {
    return Status::Error("event " + std::to_string(into_event_id) + " cannot be merged into itself");
  }
  auto into = tx.LoadEvent(into_event_id);
  if (!into.ok()) return into.status();
  auto from = tx.LoadEvent(from_event_id);
  if (!from.ok()) return from.status();
  auto reports = tx.ReportsOfEvent(from_event_id);
  if (!reports.ok()) return reports.status();
  // One "merge" line per report, as ingest writes them, so that UndoMerge splits any one out.
  MergeLogEntry log;
  log.event_id = into_event_id;
  log.action = "merge";
  log.reason = "merged by hand from " + from->record.event_id_cnty;
  log.by = by;
  for (const StoredReport& report : reports.value()) {
    if (Status s = tx.MoveReport(report.id, into_event_id); !s.ok()) return s;
    log.report_id = report.id;
    auto doc = tx.DocumentName(report.document_id);
    if (!doc.ok()) return doc.status();
    log.doc = std::move(doc).value();
    if (auto logged = tx.LogMerge(log); !logged.ok()) return logged.status();
  }
  if (Status s = tx.MoveComments(from_event_id, into_event_id); !s.ok()) return s;
  if (Status s = tx.DeleteEvent(from_event_id); !s.ok()) return s;
  if (Status s = Recompute(tx, into_event_id); !s.ok()) return s;
  return static_cast<int64_t>(reports->size());
}

}  // namespace vigie
