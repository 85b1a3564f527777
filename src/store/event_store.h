// The Store stage: documents, their reports (the events coded from each document), the
// events merged from reports of one incident across documents, evidence, sources, review
// state, users, comments and the logs of merges and changes. One interface, two engines:
// SQLite (the embedded default, a file) and PostgreSQL (for many workers at once).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "coding/event_record.h"
#include "core/status.h"
#include "extract/article_extractor.h"
#include "merge/document_fingerprint.h"
#include "merge/incident_matcher.h"

namespace vigie {

struct StoreOptions {
  bool create = true;             // create the database when missing (else an error)
  int busy_timeout_ms = 10'000;   // how long a writer waits for a lock held by another process
  // SQLite: how much of the database file reads map into memory (0: none, every page read
  // is copied into the page cache). Mapped pages count in the process's resident memory.
  int64_t memory_map_bytes = int64_t{1} << 30;
  // SQLite: the pages a connection keeps (the API's queries touch many).
  int64_t page_cache_bytes = int64_t{64} << 20;
  // SQLite: the records of the events a write transaction changed are written out, still
  // uncommitted, once they hold about this much memory, instead of all at its end: in a
  // batch of 2,048 documents dated at random over years, hundreds of large events (up to
  // 500 KB of sources each) would otherwise be held at once.
  int64_t changed_event_bytes = int64_t{32} << 20;
  IncidentRules incident_rules;   // when two reports are one incident
};

// One document and what the coder found in it, ready to be stored.
struct DocumentToStore {
  ExtractedArticle article;
  std::string fetched;               // ISO 8601 time the document was fetched, or empty
  std::vector<EventRecord> reports;  // the coder's events for this document alone
  // FingerprintDocument(article.text, article.url) when the caller computed it already (on a
  // worker thread); else the store computes it.
  std::optional<DocumentFingerprint> fingerprint;
};

enum class DocumentFate {
  kStored,         // new: stored, its reports merged into events or made new events
  kDuplicate,      // the same text or the same canonical URL is already stored: nothing added
  kNearDuplicate,  // a syndicated copy of a stored document: stored as another source of its events
};

struct StoreOutcome {
  DocumentFate fate = DocumentFate::kStored;
  int64_t document_id = 0;    // the stored document, or the one it duplicates
  int events_new = 0;         // reports that became new events
  int events_merged = 0;      // reports merged into an event already stored
};

enum class EventOrder { kDateAscending, kDateDescending, kFatalitiesDescending };

// Which events an export or a query wants; empty fields do not filter.
struct EventFilter {
  std::string country;     // exact, case-insensitive ("Mali")
  std::string admin1;      // exact, case-insensitive
  std::string since;       // YYYY-MM-DD, inclusive (event_date)
  std::string until;       // YYYY-MM-DD, inclusive
  std::string event_type;  // an ACLED event type, exact, or several separated by commas
  std::string actor;       // case-insensitive substring of actor1, actor2 or an associated actor
  std::string text;        // words that must all occur in a source document (full-text search)
  std::optional<std::array<double, 4>> bbox;  // min_lon, min_lat, max_lon, max_lat
  EventOrder order = EventOrder::kDateAscending;  // ties by id
  int64_t limit = 0;       // 0: no limit
  int64_t offset = 0;      // events to skip first (pages)
  bool with_json = true;   // false: ForEachEvent leaves StoredEvent::json empty (fields only)
};

// How CountEventsBy groups events.
enum class EventGrouping { kWeek, kEventType, kCountry, kAdmin1 };

struct EventGroupCount {
  std::string key;  // the week's Monday (YYYY-MM-DD), the event type, the country or the admin1
  int64_t events = 0;
  int64_t fatalities = 0;
};

// A document behind an event, with its text, for showing evidence in place.
struct EventDocument {
  std::string doc;
  std::string url;
  std::string title;
  std::string published;
  std::string text;
  bool copy = false;  // a syndicated copy of another source (no evidence of its own)
};

// An event as stored: its record's ACLED and Vigie scalar fields (evidence and sources are
// left empty for speed), and the whole record as the JSON line `vigie code` would print.
struct StoredEvent {
  int64_t id = 0;
  EventRecord record;
  std::string json;
};

// One line of the merge log: a report became a new event ("create"), joined an event
// ("merge"), or was split out of one by UndoMerge ("split").
struct MergeLogEntry {
  int64_t id = 0;
  int64_t event_id = 0;
  std::string event_id_cnty;
  int64_t report_id = 0;
  std::string doc;      // the report's document
  std::string action;   // create, merge, split
  double score = 0;
  std::string reason;
  std::string at;       // ISO 8601 time
  std::string by;       // "ingest" or a user name
  bool undone = false;
};

// What the store remembers of a feed between polls, for conditional GET.
struct FeedState {
  std::string url;
  std::string etag;           // empty when the server sent none
  std::string last_modified;  // idem
  std::string checked_at;     // ISO 8601 time of the last poll; empty when never polled
};

// An account of the web interface. Roles: viewer (reads), analyst (reviews, corrects,
// comments), admin (also manages accounts).
struct UserAccount {
  int64_t id = 0;
  std::string name;
  std::string role;
  std::string password_hash;  // Argon2id (accounts/password_hash.h); empty once deleted
  std::string created_at;
  bool deleted = false;
};

// A logged-in browser, found by the hash of its cookie's token.
struct UserSession {
  UserAccount user;
  std::string csrf_token;
  int64_t expires_at = 0;  // seconds since 1970
};

struct EventComment {
  int64_t id = 0;
  std::string user;
  std::string body;
  std::string created_at;
};

// One change a person made: who, what, when, and the values before and after (JSON).
struct AuditEntry {
  int64_t id = 0;
  std::string at;
  std::string user;
  std::string action;  // "review", "comment", ...
  std::string detail;
};

struct StoreCounts {
  int64_t documents = 0;        // every stored document, near-duplicates included
  int64_t near_duplicates = 0;
  int64_t reports = 0;
  int64_t events = 0;
};

class EventStore {
 public:
  // Opens the store at `location`: a "postgresql://" or "postgres://" URL selects
  // PostgreSQL, anything else is a SQLite file path. The schema is created or migrated to
  // this version of Vigie; a database written by a newer Vigie is refused.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& location, const StoreOptions& options = {});
  virtual ~EventStore() = default;

  // Stores `documents` in one transaction, all or nothing: each document is recognised as
  // a duplicate (same text hash or canonical URL: nothing added), a near-duplicate (a
  // syndicated copy: kept as a source of the original's events) or new; each report of a new
  // document joins the best-matching stored event of the same incident (MatchIncident), else
  // becomes an event; every decision goes to the merge log. Events an analyst confirmed or
  // corrected keep their fields; only sources and evidence are added to them. An error
  // caused by one document starts with its doc and ": "; any other error (the database
  // locked, a failed commit) concerns the store itself.
  virtual Result<std::vector<StoreOutcome>> AddDocuments(std::span<const DocumentToStore> documents) = 0;

  // Calls `on_event` for each event matching `filter`, by event date then id, until it
  // returns false. Streams: memory does not grow with the number of events.
  virtual Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& on_event) = 0;

  // How many events match `filter` (its order, limit and offset aside).
  virtual Result<int64_t> CountEvents(const EventFilter& filter) = 0;
  // Events and fatalities matching `filter`, grouped, in key order.
  virtual Result<std::vector<EventGroupCount>> CountEventsBy(const EventFilter& filter, EventGrouping grouping) = 0;
  // One event by its number or its event_id_cnty ("ML17"), whole; nullopt when there is none.
  virtual Result<std::optional<StoredEvent>> FindEvent(const std::string& id) = 0;
  // The documents an event comes from (its reports' documents, then their syndicated copies).
  virtual Result<std::vector<EventDocument>> DocumentsOfEvent(int64_t event_id) = 0;

  // The merge log, newest first; `event_id` 0 for every event.
  virtual Result<std::vector<MergeLogEntry>> MergeLog(int64_t event_id, int64_t limit) = 0;

  // Undoes the merge `merge_id` (a "merge" line of the log): its report leaves the event and
  // becomes an event of its own; both events are recomputed from their reports; the undo is
  // logged as a "split" by `by`. Returns the new event's id.
  virtual Result<int64_t> UndoMerge(int64_t merge_id, const std::string& by) = 0;

  // An analyst's merge of two events of one incident that ingest kept apart, in one
  // transaction: every report of event `from_event_id` (with its evidence and its
  // documents' syndicated copies) joins event `into_event_id`, which is recomputed from all
  // its reports; an event an analyst confirmed or corrected keeps its fields and gains
  // sources and evidence only. Each moved report gets a "merge" line by `by` in the merge
  // log, which UndoMerge can undo. The event merged away is deleted (FindEvent no longer
  // finds it, and its number is never given to another event); its review and corrections
  // are dropped with it, its comments move to `into_event_id`, and its audit log stays
  // under its old number (the log says which event a change was made to). Fails, changing
  // nothing, when the two are one event or either does not exist. Returns how many reports
  // moved.
  virtual Result<int64_t> MergeEvents(int64_t into_event_id, int64_t from_event_id, const std::string& by) = 0;

  // Whether a document with this content hash, or this canonical URL when not empty, is
  // stored: an ingest worker asks before coding a document it may hold already.
  virtual Result<bool> HasDocument(const DocumentFingerprint& fingerprint) = 0;
  // Whether a document with this URL (compared as canonical URLs) is stored: a feed poller
  // asks before fetching a page.
  virtual Result<bool> HasDocumentAt(const std::string& url) = 0;
  // The state of a feed (empty fields when never polled), and saving it after a poll.
  virtual Result<FeedState> LoadFeedState(const std::string& url) = 0;
  virtual Status SaveFeedState(const FeedState& state) = 0;

  // Accounts. AddUser fails, naming the user, when the name is taken by an account that is
  // not deleted; a deleted name is given back to the new account. DeleteUser keeps the name
  // (comments and changes stay attributed) but the account can no longer log in.
  virtual Result<int64_t> AddUser(const UserAccount& user) = 0;
  virtual Status SetPassword(const std::string& name, const std::string& password_hash) = 0;
  virtual Status DeleteUser(const std::string& name) = 0;
  virtual Result<std::optional<UserAccount>> FindUser(const std::string& name) = 0;
  virtual Result<std::vector<UserAccount>> Users() = 0;

  // Sessions. FindSession answers only for an unexpired session of an account not deleted.
  virtual Status CreateSession(const std::string& token_hash, int64_t user_id, const std::string& csrf_token,
                               int64_t expires_at) = 0;
  virtual Result<std::optional<UserSession>> FindSession(const std::string& token_hash, int64_t now) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;

  // An analyst's review: the event's review state becomes `review` (unreviewed, confirmed,
  // corrected, rejected), its machine coding is kept, and the change goes to the audit log
  // with the state before. Fails when there is no such event.
  Status SetReview(int64_t event_id, const std::string& review, int64_t user_id);
  // An analyst's correction: the event takes `corrected`'s fields (its number, sources and
  // evidence stay as stored), its review becomes "corrected", and the audit log keeps
  // `detail` (JSON: each field before and after). Later reports that merge into it add
  // sources only. The reports, the machine coding, are kept.
  Status CorrectEvent(int64_t event_id, const EventRecord& corrected, int64_t user_id, const std::string& detail);
  virtual Result<int64_t> AddComment(int64_t event_id, int64_t user_id, const std::string& body) = 0;
  virtual Result<std::vector<EventComment>> Comments(int64_t event_id) = 0;
  // The audit log of one event, oldest first.
  virtual Result<std::vector<AuditEntry>> AuditLog(int64_t event_id) = 0;

  virtual Result<StoreCounts> Counts() = 0;
  // "vigie.db (SQLite)", for messages.
  virtual std::string Describe() const = 0;

 protected:
  // Changes one event in a write transaction: `change` edits its record (loaded whole) and
  // returns the audit log's detail; the record is saved and the change logged as `action`
  // by `user_id`. Fails when there is no such event.
  virtual Status ChangeEvent(int64_t event_id, int64_t user_id, const char* action,
                             const std::function<std::string(EventRecord&)>& change) = 0;
};

}  // namespace vigie
