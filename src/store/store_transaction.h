// What a storage engine does inside one write transaction: the primitive reads and writes
// that DocumentWriter composes into deduplication and merging. Each engine (SQLite,
// PostgreSQL) implements it once; the merge logic is written once, above it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "merge/document_fingerprint.h"
#include "merge/incident_matcher.h"
#include "store/event_store.h"

namespace vigie {

// A report as stored: the coder's record for one event of one document.
struct StoredReport {
  int64_t id = 0;
  int64_t document_id = 0;
  EventRecord record;
};

// A near-duplicate copy of a stored document, as a source of its events.
struct DocumentCopy {
  EventSource source;
  std::string outlet;  // site name, else host
};

class StoreTransaction {
 public:
  virtual ~StoreTransaction() = default;

  // The id of a stored document with this content hash, or with this canonical URL when it
  // is not empty; 0 when there is none.
  virtual Result<int64_t> FindDocument(const DocumentFingerprint& fingerprint) = 0;
  // Stored originals (not near-duplicates themselves) that share at least one SimHash band
  // with `simhash`: (document id, its simhash).
  virtual Result<std::vector<std::pair<int64_t, uint64_t>>> SimHashNeighbours(uint64_t simhash) = 0;
  // `duplicate_of` is 0 for an original. Returns the new document's id.
  virtual Result<int64_t> InsertDocument(const DocumentToStore& document, const DocumentFingerprint& fingerprint,
                                         int64_t duplicate_of) = 0;

  // Calls `visit` with each event `candidates` admits (IncidentCandidates::Admit; an engine
  // may pass a few more, never fewer, and reads an event's date range from date_start and
  // date_end): its id and a record holding at least what MatchIncident reads of it (the
  // fields CopyIncidentFields copies), valid during the call. An engine may answer from the
  // records it keeps, as LoadEvent does, or from an index. `visit` must not use the
  // transaction.
  using CandidateVisitor = std::function<void(int64_t id, const EventRecord& record)>;
  virtual Status ForEachCandidateEvent(const IncidentCandidates& candidates, const CandidateVisitor& visit) = 0;
  // The ids of the events a document's reports belong to.
  virtual Result<std::vector<int64_t>> EventsOfDocument(int64_t document_id) = 0;
  // The whole stored event: its record as read from its JSON, review state included (`json`
  // is left empty). An engine may answer from the records it saved in this transaction or
  // earlier ones, as long as nothing else changed them since.
  virtual Result<StoredEvent> LoadEvent(int64_t event_id) = 0;
  // The reports of an event, as the coder made them, in the order they were stored.
  virtual Result<std::vector<StoredReport>> ReportsOfEvent(int64_t event_id) = 0;
  // A stored document's id in the output ("doc"), for the merge log. (Not read with every
  // report: a document's row holds its text, and merges during ingest need none of it.)
  virtual Result<std::string> DocumentName(int64_t document_id) = 0;
  // The near-duplicate copies stored for a document.
  virtual Result<std::vector<DocumentCopy>> CopiesOf(int64_t document_id) = 0;

  // Stores a new event and gives it its number: returns the number and sets
  // `event.event_id_cnty` to the country prefix of the coder's id (its first two letters)
  // followed by the number ("ML1234"), which never changes. A number is never given twice,
  // not even once its event is deleted (merged into another).
  virtual Result<int64_t> InsertEvent(EventRecord& event) = 0;
  // Takes the record by value: an engine may keep it (SQLite keeps the events it saved last).
  virtual Status UpdateEvent(int64_t event_id, EventRecord event) = 0;
  // Changes a stored event in place: `change` edits its record as LoadEvent gives it, and
  // the engine stores what it leaves. An engine that keeps records in memory changes its own
  // (no copy): merging a report into an event thousands of reports joined then costs no
  // more than into a new one. `change` may change any field and append to the evidence and
  // sources; it must not change the entries that were there.
  using EventChange = std::function<void(EventRecord& record)>;
  virtual Status EditEvent(int64_t event_id, const EventChange& change) = 0;
  virtual Status DeleteEvent(int64_t event_id) = 0;
  virtual Result<int64_t> InsertReport(int64_t document_id, int64_t event_id, const EventRecord& report) = 0;
  virtual Status MoveReport(int64_t report_id, int64_t event_id) = 0;
  // Gives every comment on event `from_event_id` to event `into_event_id`.
  virtual Status MoveComments(int64_t from_event_id, int64_t into_event_id) = 0;

  virtual Result<int64_t> LogMerge(const MergeLogEntry& entry) = 0;
  virtual Result<MergeLogEntry> MergeEntry(int64_t merge_id) = 0;
  virtual Status MarkUndone(int64_t merge_id) = 0;
};

}  // namespace vigie
