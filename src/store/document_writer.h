// Deduplication and cross-document merging, written once over any engine's transaction:
// a document is recognised as a duplicate, a near-duplicate or new; each report of a new
// document joins the stored event of the same incident or becomes an event; every decision
// is logged so that a merge can be undone; an analyst merges two events by hand the same way.
#pragma once

#include "store/event_store.h"
#include "store/store_transaction.h"

namespace vigie {

class DocumentWriter {
 public:
  explicit DocumentWriter(const IncidentRules& rules) : rules_(rules) {}

  // Stores one document and its reports (EventStore::AddDocuments says what happens).
  // REQUIRES: `tx` is inside a write transaction the caller commits or rolls back.
  Result<StoreOutcome> Write(StoreTransaction& tx, const DocumentToStore& document) const;

  // EventStore::UndoMerge inside `tx`.
  Result<int64_t> UndoMerge(StoreTransaction& tx, int64_t merge_id, const std::string& by) const;
  // EventStore::MergeEvents inside `tx`.
  Result<int64_t> MergeEvents(StoreTransaction& tx, int64_t into_event_id, int64_t from_event_id,
                              const std::string& by) const;

 private:
  // Recomputes a stored event from all its reports (and their documents' copies).
  Status Recompute(StoreTransaction& tx, int64_t event_id) const;
  // Merges one more report into a stored event, in place (AddReport): its reports are not
  // read again, and its sources are not copied.
  Status MergeInto(StoreTransaction& tx, int64_t event_id, const EventRecord& report) const;
  // Saves `combined` as the event `stored` now is; an event an analyst confirmed or
  // corrected keeps its fields and only gains sources, evidence and confidence.
  Status Save(StoreTransaction& tx, const StoredEvent& stored, EventRecord combined) const;
  // A near-duplicate `copy` of document `original_id`, stored: one more source of each of
  // the original's events (its reports are the original's, already counted).
  Status AddSourceToEvents(StoreTransaction& tx, int64_t original_id, const DocumentToStore& copy,
                           const DocumentFingerprint& fingerprint) const;

  IncidentRules rules_;
};

}  // namespace vigie
