#include "store/sqlite_store.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "coding/civil_calendar.h"
#include "coding/event_record_json.h"
#include "core/ascii.h"
#include "store/document_writer.h"
#include "store/event_columns.h"
#include "store/event_filter_sql.h"
#include "store/recent_events.h"
#include "store/sqlite_database.h"
#include "store/sqlite_schema.h"

namespace vigie {

namespace {

// Resets a cached statement however the function using it returns.
class StatementUse {
 public:
  explicit StatementUse(SqliteStatement& statement) : statement_(statement) {}
  ~StatementUse() { statement_.Reset(); }
  SqliteStatement* operator->() { return &statement_; }
  SqliteStatement& operator*() { return statement_; }

 private:
  SqliteStatement& statement_;
};

// Binds parameters in order from `first`, for BindEventColumns.
class SqliteBinder {
 public:
  SqliteBinder(SqliteStatement& statement, int first) : statement_(statement), next_(first) {}
  void Text(std::string_view value, bool empty_is_null) { statement_.Bind(next_++, value, empty_is_null); }
  void Int(int64_t value) { statement_.Bind(next_++, value); }
  void Real(double value) { statement_.Bind(next_++, value); }
  void Null() { statement_.BindNull(next_++); }

 private:
  SqliteStatement& statement_;
  int next_;
};

void BindEvent(SqliteStatement& statement, const EventRecord& e, int first) {
  SqliteBinder binder(statement, first);
  BindEventColumns(binder, e);
}

// "?1, ?2, ... ?n" for n parameters starting at `first`.
std::string Placeholders(int first, int n) {
  std::string out;
  for (int k = 0; k < n; ++k) {
    if (k > 0) out += ", ";
    out += "?" + std::to_string(first + k);
  }
  return out;
}

// Whether each of kEventColumns is one of kIndexedEventColumns, in kEventColumns' order.
const std::array<bool, kEventColumnCount>& IndexedColumns() {
  static const std::array<bool, kEventColumnCount> indexed = [] {
    std::array<bool, kEventColumnCount> out{};
    for (size_t i = 0; i < out.size(); ++i) {
      const std::string_view name = EventColumnNames()[i];
      out[i] = std::find(kIndexedEventColumns.begin(), kIndexedEventColumns.end(), name) != kIndexedEventColumns.end();
    }
    return out;
  }();
  return indexed;
}

// The UPDATE of an event whose indexed columns keep their values: every other column and
// the record, from ?2; the id is ?1.
const std::string& UpdateUnindexedSql() {
  static const std::string sql = [] {
    std::string columns;
    int count = 0;
    for (size_t i = 0; i < EventColumnNames().size(); ++i) {
      if (IndexedColumns()[i]) continue;
      columns.append(EventColumnNames()[i]).append(", ");
      ++count;
    }
    return "UPDATE events SET (" + columns + "record) = (" + Placeholders(2, count + 1) + ") WHERE id = ?1";
  }();
  return sql;
}

// BindEventColumns without the indexed columns, for UpdateUnindexedSql.
class UnindexedColumnsBinder {
 public:
  UnindexedColumnsBinder(SqliteStatement& statement, int first) : binder_(statement, first) {}
  void Text(std::string_view value, bool empty_is_null) {
    if (Bound()) binder_.Text(value, empty_is_null);
  }
  void Int(int64_t value) {
    if (Bound()) binder_.Int(value);
  }
  void Real(double value) {
    if (Bound()) binder_.Real(value);
  }
  void Null() {
    if (Bound()) binder_.Null();
  }

 private:
  bool Bound() {
    const size_t column = column_++;
    return column >= IndexedColumns().size() || !IndexedColumns()[column];
  }
  SqliteBinder binder_;
  size_t column_ = 0;
};

// The values BindEventScalars gives the indexed columns, as one string: equal strings, the
// same index entries.
class IndexedValues {
 public:
  void Text(std::string_view value, bool empty_is_null) {
    if (Taken()) Append(empty_is_null && value.empty() ? std::string_view("\x1e") : value);
  }
  void Int(int64_t value) {
    if (Taken()) Append(std::to_string(value));
  }
  void Real(double value) {
    if (Taken()) Append(std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
  }
  void Null() {
    if (Taken()) Append("\x1e");
  }
  std::string Take() { return std::move(values_); }

 private:
  bool Taken() {
    const size_t column = column_++;
    return column < IndexedColumns().size() && IndexedColumns()[column];
  }
  void Append(std::string_view value) {
    values_.append(std::to_string(value.size())).push_back(':');
    values_.append(value);
  }
  std::string values_;
  size_t column_ = 0;
};

std::string IndexedValuesOf(const EventRecord& e) {
  IndexedValues values;
  BindEventScalars(values, e);
  return values.Take();
}

// Events whose records the writer keeps in memory (~2-6 KB each, 48 MiB at most): enough
// for the incidents a stream of news reports keeps coming back to, in bounded memory. With
// 2,048 a quarter of the merges of the ingest benchmark (5,000 documents dated at random
// over ten years) read and parsed their event's record again.
constexpr size_t kRecentEvents = 8192;
constexpr size_t kRecentEventBytes = 48 << 20;

class SqliteTransaction final : public StoreTransaction {
 public:
  explicit SqliteTransaction(SqliteDatabase& db) : db_(db), recent_(kRecentEvents, kRecentEventBytes) {}

  // Called first in each write transaction: the recent events are forgotten when another
  // connection committed (PRAGMA data_version moved) or this one changed rows by other means
  // than this transaction (sqlite3_total_changes moved) since this transaction last committed.
  Status Begin() {
    auto statement = Cached("PRAGMA data_version");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    if (!st->Step()) return st->status().ok() ? db_.Error("cannot read the data version") : st->status();
    const int64_t version = st->Int(0);
    if (version != data_version_ || db_.TotalChanges() != total_changes_) recent_.Clear();
    data_version_ = version;
    return Status::Ok();
  }
  // Called last: what was kept of a transaction rolled back is dropped.
  void End(bool committed) {
    pending_index_.clear();
    unsaved_.clear();
    unsaved_by_first_day_.clear();
    unsaved_bytes_ = 0;
    current_doc_ = {};
    next_event_id_ = 0;
    if (committed) {
      total_changes_ = db_.TotalChanges();
    } else {
      recent_.Clear();
      data_version_ = -1;
    }
  }

  Result<SqliteStatement*> Cached(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
      auto statement = db_.Prepare(sql);
      if (!statement.ok()) return statement.status();
      it = statements_.emplace(std::string(sql), std::move(statement).value()).first;
    }
    return &it->second;
  }

  Result<int64_t> FindDocument(const DocumentFingerprint& fingerprint) override {
    auto by_hash = Cached("SELECT id FROM documents WHERE content_hash = ?1");
    if (!by_hash.ok()) return by_hash.status();
    {
      StatementUse st(*by_hash.value());
      st->Bind(1, fingerprint.content_hash);
      if (st->Step()) return st->Int(0);
      if (!st->status().ok()) return st->status();
    }
    if (fingerprint.canonical_url.empty()) return int64_t{0};
    auto by_url = Cached("SELECT id FROM documents WHERE canonical_url = ?1");
    if (!by_url.ok()) return by_url.status();
    StatementUse st(*by_url.value());
    st->Bind(1, fingerprint.canonical_url);
    if (st->Step()) return st->Int(0);
    if (!st->status().ok()) return st->status();
    return int64_t{0};
  }

  Result<std::vector<std::pair<int64_t, uint64_t>>> SimHashNeighbours(uint64_t simhash) override {
    std::vector<std::pair<int64_t, uint64_t>> out;
    static const std::array<std::string, kSimHashBands> kSql = [] {
      std::array<std::string, kSimHashBands> sql;
      for (int band = 0; band < kSimHashBands; ++band) {
        sql[band] =
            "SELECT id, simhash FROM documents WHERE band" + std::to_string(band) + " = ?1 AND duplicate_of IS NULL";
      }
      return sql;
    }();
    for (int band = 0; band < kSimHashBands; ++band) {
      auto statement = Cached(kSql[band]);
      if (!statement.ok()) return statement.status();
      StatementUse st(*statement.value());
      st->Bind(1, static_cast<int64_t>(SimHashBand(simhash, band)));
      while (st->Step()) out.emplace_back(st->Int(0), static_cast<uint64_t>(st->Int(1)));
      if (!st->status().ok()) return st->status();
    }
    return out;
  }

  Result<int64_t> InsertDocument(const DocumentToStore& document, const DocumentFingerprint& fingerprint,
                                 int64_t duplicate_of) override {
    const ExtractedArticle& a = document.article;
    int64_t source_id = 0;
    const std::string_view site = CanonicalHost(fingerprint.canonical_url);
    if (!site.empty()) {
      // Most documents come from a site already recorded with its name: read it, write nothing.
      auto known = Cached("SELECT id, name IS NOT NULL FROM sources WHERE site = ?1");
      if (!known.ok()) return known.status();
      StatementUse source(*known.value());
      source->Bind(1, site);
      if (source->Step() && (source->Int(1) != 0 || a.site_name.empty())) source_id = source->Int(0);
      if (!source->status().ok()) return source->status();
    }
    if (!site.empty() && source_id == 0) {
      auto upsert = Cached(
          "INSERT INTO sources (site, name) VALUES (?1, ?2) "
          "ON CONFLICT (site) DO UPDATE SET name = coalesce(sources.name, excluded.name) RETURNING id");
      if (!upsert.ok()) return upsert.status();
      StatementUse source(*upsert.value());
      source->Bind(1, site).Bind(2, a.site_name, true);
      if (!source->Step()) return source->status().ok() ? db_.Error("cannot record the source") : source->status();
      source_id = source->Int(0);
    }
    auto statement = Cached(
        "INSERT INTO documents (doc, url, canonical_url, content_hash, simhash, band0, band1, band2, band3, "
        "duplicate_of, title, published, fetched, language, site_name, text, source_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    if (source_id != 0) st->Bind(17, source_id);
    st->Bind(1, a.doc).Bind(2, a.url, true).Bind(3, fingerprint.canonical_url, true).Bind(4, fingerprint.content_hash);
    st->Bind(5, static_cast<int64_t>(fingerprint.simhash));
    for (int band = 0; band < kSimHashBands; ++band) {
      st->Bind(6 + band, static_cast<int64_t>(SimHashBand(fingerprint.simhash, band)));
    }
    if (duplicate_of != 0) st->Bind(10, duplicate_of);
    st->Bind(11, a.title, true).Bind(12, a.published, true).Bind(13, document.fetched, true);
    st->Bind(14, a.language, true).Bind(15, a.site_name, true).Bind(16, a.text);
    if (Status s = st->Run(); !s.ok()) return s;
    const int64_t id = db_.LastInsertId();
    pending_index_.push_back({id, a.doc, a.title, a.text});
    current_doc_ = a.doc;
    return id;
  }

  // Writes the full-text index rows of the documents inserted since the last call; the
  // caller's transaction must still be open and those documents still alive. The rows wait
  // until then because any later statement that writes several rows opens a savepoint, and
  // FTS5 flushes its pending index to a new segment at every savepoint: indexing each
  // document as it came made one segment per document (and merges of them), ~14% of ingest.
  Status IndexDocuments() {
    if (pending_index_.empty()) return Status::Ok();
    auto index = Cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)");
    if (!index.ok()) return index.status();
    for (const PendingIndexRow& row : pending_index_) {
      StatementUse fts(*index.value());
      fts->Bind(1, row.id).Bind(2, row.title, true).Bind(3, row.text);
      // Named as a failure of its document, so that the batch is retried document by document.
      if (Status s = fts->Run(); !s.ok()) return Status::Error(std::string(row.doc) + ": " + s.message());
    }
    pending_index_.clear();
    return Status::Ok();
  }

  Status ForEachCandidateEvent(const IncidentCandidates& candidates, const CandidateVisitor& visit) override {
    // An event starts at most 31 days before the range it may meet: the index events_candidates
    // is walked from there, and alone answers which events meet it and are near, and what
    // the matcher reads of them (CopyIncidentFields): no row is read. The bound is worked
    // out here rather than by SQL's date().
    const std::optional<CivilDate> first = ParseIsoDay(candidates.first_day);
    if (!first) return Status::Ok();
    const std::string bound = AddDays(*first, -31).ToString();
    auto statement = Cached(
        "SELECT id, country, date_start, date_end, admin1, latitude, longitude, event_date, event_type, "
        "sub_event_type, disorder_type, geo_precision, admin2, inter1, inter2, actor1, actor2, assoc_actor_1, "
        "assoc_actor_2, actor1_id, actor2_id FROM events WHERE country = ?1 COLLATE NOCASE AND date_start >= ?4 "
        "AND date_start <= ?3 AND date_end >= ?2 AND latitude IS NOT NULL AND (admin1 IS ?5 OR (latitude BETWEEN ?6 "
        "AND ?7 AND longitude BETWEEN ?8 AND ?9))");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, candidates.country).Bind(2, candidates.first_day).Bind(3, candidates.last_day).Bind(4, bound);
    st->Bind(5, candidates.admin1, true).Bind(6, candidates.min_latitude).Bind(7, candidates.max_latitude);
    st->Bind(8, candidates.min_longitude).Bind(9, candidates.max_longitude);
    while (st->Step()) {
      const int64_t id = st->Int(0);
      if (unsaved_.count(id)) continue;  // its row is behind: taken from memory below
      int column = 1;
      auto text = [&](std::string& out) { out.assign(st->Text(column++)); };
      auto integer = [&](int& out) { out = static_cast<int>(st->Int(column++)); };
      EventRecord& e = candidate_;
      text(e.country);
      text(e.date_start);
      text(e.date_end);
      text(e.admin1);
      e.located = true;  // latitude IS NOT NULL
      e.latitude = st->Double(column++);
      e.longitude = st->Double(column++);
      text(e.event_date);
      text(e.event_type);
      text(e.sub_event_type);
      text(e.disorder_type);
      integer(e.geo_precision);
      text(e.admin2);
      integer(e.inter1);
      integer(e.inter2);
      text(e.actor1);
      text(e.actor2);
      text(e.assoc_actor_1);
      text(e.assoc_actor_2);
      text(e.actor1_id);
      text(e.actor2_id);
      visit(id, e);
    }
    if (!st->status().ok()) return st->status();
    // The same conditions on the events changed in this transaction, as they now are: those
    // that start between the bound and the range's last day, found without walking them all
    // (a batch changes thousands).
    for (auto it = unsaved_by_first_day_.lower_bound({bound, std::numeric_limits<int64_t>::min()});
         it != unsaved_by_first_day_.end() && it->first <= candidates.last_day; ++it) {
      const EventRecord& e = unsaved_.at(it->second).record;
      if (!e.date_start.empty() && !e.date_end.empty() && candidates.Admit(e)) visit(it->second, e);
    }
    return Status::Ok();
  }

  Result<std::vector<int64_t>> EventsOfDocument(int64_t document_id) override {
    auto statement = Cached("SELECT DISTINCT event_id FROM reports WHERE document_id = ?1 ORDER BY event_id");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, document_id);
    std::vector<int64_t> out;
    while (st->Step()) out.push_back(st->Int(0));
    if (!st->status().ok()) return st->status();
    return out;
  }

  Result<StoredEvent> LoadEvent(int64_t event_id) override {
    if (auto unsaved = unsaved_.find(event_id); unsaved != unsaved_.end()) {
      return StoredEvent{event_id, unsaved->second.record, {}};
    }
    if (const EventRecord* kept = recent_.Find(event_id)) return StoredEvent{event_id, *kept, {}};
    return ReadEvent(event_id);
  }

  Result<std::string> DocumentName(int64_t document_id) override {
    auto statement = Cached("SELECT doc FROM documents WHERE id = ?1");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, document_id);
    if (!st->Step())
      return st->status().ok() ? Status::Error("no document " + std::to_string(document_id)) : st->status();
    return std::string(st->Text(0));
  }

  Result<std::vector<StoredReport>> ReportsOfEvent(int64_t event_id) override {
    auto statement = Cached("SELECT id, document_id, record FROM reports WHERE event_id = ?1 ORDER BY id");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, event_id);
    std::vector<StoredReport> out;
    while (st->Step()) {
      StoredReport& report = out.emplace_back();
      report.id = st->Int(0);
      report.document_id = st->Int(1);
      auto record = EventFromJson(st->Text(2));
      if (!record.ok()) {
        return Status::Error(db_.path() + ": report " + std::to_string(report.id) + ": " + record.status().message());
      }
      report.record = std::move(record).value();
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

  Result<std::vector<DocumentCopy>> CopiesOf(int64_t document_id) override {
    auto statement = Cached(
        "SELECT doc, url, title, published, site_name, canonical_url FROM documents WHERE duplicate_of = ?1 ORDER BY "
        "id");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, document_id);
    std::vector<DocumentCopy> out;
    while (st->Step()) {
      DocumentCopy& copy = out.emplace_back();
      copy.source = {std::string(st->Text(0)), std::string(st->Text(1)), std::string(st->Text(2)),
                     std::string(st->Text(3))};
      copy.outlet.assign(st->Text(4));
      if (copy.outlet.empty()) copy.outlet.assign(CanonicalHost(st->Text(5)));
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

  Result<int64_t> InsertEvent(EventRecord& event) override {
    // The writer holds the write lock: the next number is free until it commits. A number is
    // never given twice: an event merged into another is deleted, but the merge log line
    // written when it was made (every event has one) keeps its number.
    // It is read once a transaction, then counted here.
    if (next_event_id_ == 0) {
      auto next = Cached(
          "SELECT max((SELECT coalesce(max(id), 0) FROM events), "
          "(SELECT coalesce(max(event_id), 0) FROM merge_log)) + 1");
      if (!next.ok()) return next.status();
      StatementUse st(*next.value());
      if (!st->Step()) return st->status().ok() ? db_.Error("cannot number an event") : st->status();
      next_event_id_ = st->Int(0);
    }
    const int64_t id = next_event_id_;
    event.event_id_cnty =
        (event.event_id_cnty.size() >= 2 ? event.event_id_cnty.substr(0, 2) : "XX") + std::to_string(id);
    static const std::string kSql = std::string("INSERT INTO events (id, ") + kEventColumns + ", record) VALUES (" +
                                    Placeholders(1, kEventColumnCount + 2) + ")";
    auto statement = Cached(kSql);
    if (!statement.ok()) return statement.status();
    {
      StatementUse st(*statement.value());
      st->Bind(1, id);
      BindEvent(*st, event, 2);
      if (Status s = st->Run(); !s.ok()) return s;
    }
    ++next_event_id_;
    if (Status s = PlaceEvent(id, event, false); !s.ok()) return s;
    recent_.Keep(id, event);
    return id;
  }

  // Keeps the change in memory until SaveEvents: an event that several reports of a batch
  // join is written once, not once a report (38% of the merges in the ingest benchmark's corpus).
  Status UpdateEvent(int64_t event_id, EventRecord event) override {
    auto unsaved = Unsaved(event_id, false);
    if (!unsaved.ok()) return unsaved.status();
    unsaved.value()->record = AsStoredEvent(std::move(event));
    IndexUnsaved(event_id, *unsaved.value());
    return Status::Ok();
  }

  // Changes the record in memory, kept until SaveEvents writes it; only its fields and the
  // entries `change` appended are normalised as JSON reads them back.
  Status EditEvent(int64_t event_id, const EventChange& change) override {
    auto unsaved = Unsaved(event_id, true);
    if (!unsaved.ok()) return unsaved.status();
    EventRecord& record = unsaved.value()->record;
    const size_t evidence = record.evidence.size(), sources = record.sources.size();
    change(record);
    NormalizeAsJsonReadsBack(record, std::min(evidence, record.evidence.size()),
                             std::min(sources, record.sources.size()));
    if (record.review.empty()) record.review = "unreviewed";
    IndexUnsaved(event_id, *unsaved.value());
    return Status::Ok();
  }

  // Writes the events changed since the last call; the caller's transaction must still be open.
  Status SaveEvents() {
    static const std::string kSql = std::string("UPDATE events SET (") + kEventColumns + ", record) = (" +
                                    Placeholders(2, kEventColumnCount + 1) + ") WHERE id = ?1";
    for (auto& entry : unsaved_) {
      // Named, not a structured binding: clang 14 does not let the lambda below capture one.
      const int64_t event_id = entry.first;
      UnsavedEvent& unsaved = entry.second;
      const EventRecord& event = unsaved.record;
      // Named as a failure of the document that changed the event last, as IndexDocuments does.
      auto failed = [&](const Status& s) {
        return unsaved.doc.empty() ? s : Status::Error(std::string(unsaved.doc) + ": " + s.message());
      };
      // Most merges leave the indexed columns as they were (a source more, the same date,
      // place and toll): the row is then written without them, and the indexes are not touched.
      const bool same_index_entries =
          unsaved.stored_indexed_values && *unsaved.stored_indexed_values == IndexedValuesOf(event);
      auto statement = Cached(same_index_entries ? UpdateUnindexedSql() : kSql);
      if (!statement.ok()) return statement.status();
      {
        StatementUse st(*statement.value());
        st->Bind(1, event_id);
        if (same_index_entries) {
          UnindexedColumnsBinder binder(*st, 2);
          BindEventColumns(binder, event);
        } else {
          BindEvent(*st, event, 2);
        }
        if (Status s = st->Run(); !s.ok()) return failed(s);
      }
      const bool same_place = unsaved.stored_place_known && event.located &&
                              unsaved.stored_place == std::pair(event.latitude, event.longitude);
      if (!same_place) {
        if (Status s = PlaceEvent(event_id, event, true); !s.ok()) return failed(s);
      }
      recent_.Keep(event_id, std::move(unsaved.record));
    }
    unsaved_.clear();
    unsaved_by_first_day_.clear();
    unsaved_bytes_ = 0;
    return Status::Ok();
  }

  // The memory the records of the events changed since SaveEvents hold, about (as they were
  // when first changed: a merge adds little).
  size_t UnsavedBytes() const { return unsaved_bytes_; }

  Status DeleteEvent(int64_t event_id) override {
    recent_.Forget(event_id);
    if (auto unsaved = unsaved_.find(event_id); unsaved != unsaved_.end()) {
      if (unsaved->second.indexed) unsaved_by_first_day_.erase({unsaved->second.first_day, event_id});
      unsaved_.erase(unsaved);
    }
    for (const char* sql : {"DELETE FROM events_location WHERE id = ?1", "DELETE FROM events WHERE id = ?1"}) {
      auto statement = Cached(sql);
      if (!statement.ok()) return statement.status();
      StatementUse st(*statement.value());
      st->Bind(1, event_id);
      if (Status s = st->Run(); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Result<int64_t> InsertReport(int64_t document_id, int64_t event_id, const EventRecord& report) override {
    auto statement = Cached("INSERT INTO reports (document_id, event_id, record) VALUES (?1, ?2, ?3)");
    if (!statement.ok()) return statement.status();
    int64_t report_id = 0;
    {
      StatementUse st(*statement.value());
      st->Bind(1, document_id).Bind(2, event_id).Bind(3, EventToJsonLine(report));
      if (Status s = st->Run(); !s.ok()) return s;
      report_id = db_.LastInsertId();
    }
    return report_id;
  }

  Status MoveReport(int64_t report_id, int64_t event_id) override {
    return RunCached("UPDATE reports SET event_id = ?2 WHERE id = ?1", report_id, event_id);
  }

  Status MoveComments(int64_t from_event_id, int64_t into_event_id) override {
    return RunCached("UPDATE comments SET event_id = ?2 WHERE event_id = ?1", from_event_id, into_event_id);
  }

  Result<int64_t> LogMerge(const MergeLogEntry& entry) override {
    auto statement = Cached(
        "INSERT INTO merge_log (event_id, report_id, doc, action, score, reason, done_by) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7)");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, entry.event_id).Bind(2, entry.report_id).Bind(3, entry.doc).Bind(4, entry.action);
    st->Bind(5, entry.score).Bind(6, entry.reason).Bind(7, entry.by);
    if (Status s = st->Run(); !s.ok()) return s;
    return db_.LastInsertId();
  }

  Result<MergeLogEntry> MergeEntry(int64_t merge_id) override {
    auto entries = ReadMergeLog(db_, "WHERE m.id = ?1", merge_id, 1);
    if (!entries.ok()) return entries.status();
    if (entries->empty()) return Status::Error(db_.path() + ": no merge log line " + std::to_string(merge_id));
    return std::move(entries->front());
  }

  Status MarkUndone(int64_t merge_id) override {
    auto statement = Cached("UPDATE merge_log SET undone = 1 WHERE id = ?1");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, merge_id);
    return st->Run();
  }

  // Reads merge log lines with a WHERE clause on `m` binding ?1 to `value`.
  static Result<std::vector<MergeLogEntry>> ReadMergeLog(SqliteDatabase& db, const std::string& where, int64_t value,
                                                         int64_t limit) {
    auto st = db.Prepare(
        "SELECT m.id, m.event_id, e.event_id_cnty, m.report_id, m.doc, m.action, m.score, m.reason, m.at, m.done_by, "
        "m.undone FROM merge_log m LEFT JOIN events e ON e.id = m.event_id " +
        where + " ORDER BY m.id DESC LIMIT ?2");
    if (!st.ok()) return st.status();
    if (where.find("?1") != std::string::npos) st->Bind(1, value);
    st->Bind(2, limit > 0 ? limit : int64_t{-1});
    std::vector<MergeLogEntry> out;
    while (st->Step()) {
      MergeLogEntry& e = out.emplace_back();
      e.id = st->Int(0);
      e.event_id = st->Int(1);
      e.event_id_cnty.assign(st->Text(2));
      e.report_id = st->Int(3);
      e.doc.assign(st->Text(4));
      e.action.assign(st->Text(5));
      e.score = st->Double(6);
      e.reason.assign(st->Text(7));
      e.at.assign(st->Text(8));
      e.by.assign(st->Text(9));
      e.undone = st->Int(10) != 0;
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

 private:
  // Runs the cached statement `sql`, which binds ?1 and ?2 to ids and returns no rows.
  Status RunCached(const char* sql, int64_t first, int64_t second) {
    auto statement = Cached(sql);
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, first).Bind(2, second);
    return st->Run();
  }

  // Keeps the R*Tree row of an event in step with its coordinates.
  // Writes where an event is in the R*Tree. An event stored before (`stored`) may have a row
  // there already: it is replaced, or removed when the event is no longer located.
  Status PlaceEvent(int64_t event_id, const EventRecord& event, bool stored) {
    if (!event.located && !stored) return Status::Ok();
    auto statement =
        Cached(event.located ? "INSERT OR REPLACE INTO events_location (id, min_lon, max_lon, min_lat, max_lat) "
                               "VALUES (?1, ?2, ?2, ?3, ?3)"
                             : "DELETE FROM events_location WHERE id = ?1");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, event_id);
    if (event.located) st->Bind(2, event.longitude).Bind(3, event.latitude);
    return st->Run();
  }

  // A document's full-text index row, written by IndexDocuments; points into the document.
  struct PendingIndexRow {
    int64_t id;
    std::string_view doc, title, text;
  };

  // An event changed in this transaction, written by SaveEvents.
  struct UnsavedEvent {
    EventRecord record;
    std::string_view doc;  // the document whose report changed it last; empty for other changes
    bool stored_place_known = false;
    std::pair<double, double> stored_place;  // latitude, longitude of the row, when known
    std::optional<std::string> stored_indexed_values;  // IndexedValuesOf the row, when known
    bool indexed = false;                    // in unsaved_by_first_day_, under `first_day`
    std::string first_day;                   // FirstDay(record) when last indexed
  };

  // Files event `event_id`, just changed, under its first day in unsaved_by_first_day_.
  void IndexUnsaved(int64_t event_id, UnsavedEvent& unsaved) {
    const std::string& day = FirstDay(unsaved.record);
    if (unsaved.indexed && unsaved.first_day == day) return;
    if (unsaved.indexed) unsaved_by_first_day_.erase({unsaved.first_day, event_id});
    unsaved.first_day = day;
    unsaved_by_first_day_.emplace(unsaved.first_day, event_id);
    unsaved.indexed = true;
  }

  // Event `event_id` as its row holds it.
  Result<StoredEvent> ReadEvent(int64_t event_id) {
    auto statement = Cached("SELECT review, record FROM events WHERE id = ?1");
    if (!statement.ok()) return statement.status();
    StatementUse st(*statement.value());
    st->Bind(1, event_id);
    if (!st->Step()) {
      if (!st->status().ok()) return st->status();
      return Status::Error(db_.path() + ": no event with id " + std::to_string(event_id));
    }
    StoredEvent event;
    event.id = event_id;
    auto record = EventFromJson(st->Text(1));
    if (!record.ok())
      return Status::Error(db_.path() + ": event " + std::to_string(event_id) + ": " + record.status().message());
    event.record = std::move(record).value();
    event.record.review.assign(st->Text(0));
    return event;
  }

  // Event `event_id` as this transaction has it, to be changed and written by SaveEvents.
  // Its record moves out of the recent events (kept again once written), else is read from
  // its row when `read` (a caller that replaces the whole record needs none).
  Result<UnsavedEvent*> Unsaved(int64_t event_id, bool read) {
    auto [entry, first_change] = unsaved_.try_emplace(event_id);
    UnsavedEvent& unsaved = entry->second;
    unsaved.doc = current_doc_;
    if (!first_change) return &unsaved;
    if (std::optional<EventRecord> kept = recent_.Take(event_id, &unsaved_bytes_)) {
      unsaved.record = std::move(*kept);
    } else if (read) {
      auto stored = ReadEvent(event_id);
      if (!stored.ok()) {
        unsaved_.erase(entry);
        return stored.status();
      }
      unsaved.record = std::move(stored->record);
      unsaved_bytes_ += ApproximateRecordBytes(unsaved.record);
    } else {
      return &unsaved;  // where the row puts the event is not known: its R*Tree row is written
    }
    // Where the stored row puts the event: most changes leave it there, and its R*Tree row
    // then stays as it is.
    unsaved.stored_place_known = unsaved.record.located;
    unsaved.stored_place = {unsaved.record.latitude, unsaved.record.longitude};
    unsaved.stored_indexed_values = IndexedValuesOf(unsaved.record);
    return &unsaved;
  }

  SqliteDatabase& db_;
  std::map<std::string, SqliteStatement, std::less<>> statements_;
  std::vector<PendingIndexRow> pending_index_;
  std::unordered_map<int64_t, UnsavedEvent> unsaved_;
  std::set<std::pair<std::string, int64_t>> unsaved_by_first_day_;  // (FirstDay, id) of unsaved_
  size_t unsaved_bytes_ = 0;                                        // UnsavedBytes
  EventRecord candidate_;         // ForEachCandidateEvent's: the fields CopyIncidentFields copies
  std::string_view current_doc_;  // the document being written, for UnsavedEvent::doc
  int64_t next_event_id_ = 0;     // the number of this transaction's next event; 0 until read
  RecentEvents recent_;
  int64_t data_version_ = -1;  // when the recent events were last known to hold
  int64_t total_changes_ = -1;
};

class SqliteStore final : public EventStore {
 public:
  SqliteStore(SqliteDatabase db, const StoreOptions& options)
      : db_(std::move(db)),
        writer_(options.incident_rules),
        tx_(std::make_unique<SqliteTransaction>(db_)),
        changed_event_bytes_(static_cast<size_t>(std::max<int64_t>(0, options.changed_event_bytes))) {}

  Result<std::vector<StoreOutcome>> AddDocuments(std::span<const DocumentToStore> documents) override {
    if (Status s = BeginWriting(); !s.ok()) return s;
    std::vector<StoreOutcome> outcomes;
    outcomes.reserve(documents.size());
    for (const DocumentToStore& document : documents) {
      auto outcome = writer_.Write(*tx_, document);
      if (!outcome.ok()) return EndWriting(Status::Error(document.article.doc + ": " + outcome.status().message()));
      outcomes.push_back(outcome.value());
      // Written out, uncommitted, when they hold too much memory (StoreOptions).
      if (tx_->UnsavedBytes() > changed_event_bytes_) {
        if (Status s = tx_->SaveEvents(); !s.ok()) return EndWriting(s);
      }
    }
    if (Status s = EndWriting(Status::Ok()); !s.ok()) return s;
    return outcomes;
  }

  Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& on_event) override {
    // A box: SQLite's planner cannot tell a box of a few events (find them in the R*Tree,
    // sort them) from one of thousands (walk the date index newest first, stop at the page's
    // end), so the R*Tree is asked how many there are, up to a cap.
    BoxLookup box = BoxLookup::kColumns;
    const char* table = "events";
    if (filter.bbox) {
      auto many = BoxHoldsMany(*filter.bbox);
      if (!many.ok()) return many.status();
      const bool by_date = filter.order != EventOrder::kFatalitiesDescending;
      const bool only_dates = filter.country.empty() && filter.admin1.empty() && filter.event_type.empty() &&
                              filter.actor.empty() && filter.text.empty();
      if (!*many) {
        box = BoxLookup::kRtree;
      } else if (by_date && only_dates) {
        table = "events INDEXED BY events_date";
      }
    }
    const FilterSql conditions = FilterConditions(filter, SqlDialect::kSqlite, 1, box);
    auto st =
        PrepareFiltered(std::string("SELECT id, ") + kEventColumns + (filter.with_json ? ", record" : "") + " FROM " +
                            table + " WHERE 1" + conditions.where + OrderAndPage(filter, SqlDialect::kSqlite),
                        conditions);
    if (!st.ok()) return st.status();
    StoredEvent event;
    while (st->Step()) {
      event.id = st->Int(0);
      ReadEventColumns(st.value(), 1, event.record);
      if (filter.with_json) event.json.assign(st->Text(1 + kEventColumnCount));
      if (!on_event(event)) break;
    }
    return st->status();
  }

  Result<int64_t> CountEvents(const EventFilter& filter) override {
    const FilterSql conditions = FilterConditions(filter, SqlDialect::kSqlite);
    auto st = PrepareFiltered("SELECT count(*) FROM events WHERE 1" + conditions.where, conditions);
    if (!st.ok()) return st.status();
    if (!st->Step()) return st->status().ok() ? db_.Error("cannot count events") : st->status();
    return st->Int(0);
  }

  Result<std::vector<EventGroupCount>> CountEventsBy(const EventFilter& filter, EventGrouping grouping) override {
    // Weeks: counted by day, in the date indexes' order (no sort, no date function on every
    // row), then folded into weeks named by their Monday.
    const char* key = grouping == EventGrouping::kWeek        ? "event_date"
                      : grouping == EventGrouping::kEventType ? "event_type"
                      : grouping == EventGrouping::kCountry   ? "coalesce(country, '')"
                                                              : "coalesce(admin1, '')";
    const FilterSql conditions = FilterConditions(filter, SqlDialect::kSqlite);
    auto st = PrepareFiltered(std::string("SELECT ") + key +
                                  " AS k, count(*), coalesce(sum(fatalities), 0) FROM events WHERE 1" +
                                  conditions.where + " GROUP BY k ORDER BY k",
                              conditions);
    if (!st.ok()) return st.status();
    std::vector<EventGroupCount> out;
    while (st->Step()) {
      std::string group(st->Text(0));
      if (grouping == EventGrouping::kWeek) group = MondayOf(group);
      if (!out.empty() && out.back().key == group) {
        out.back().events += st->Int(1);
        out.back().fatalities += st->Int(2);
      } else {
        out.push_back({std::move(group), st->Int(1), st->Int(2)});
      }
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

  // The Monday of a YYYY-MM-DD date's week; "" for anything else.
  static std::string MondayOf(const std::string& day) {
    const std::optional<CivilDate> date = ParseIsoDay(day);
    return date ? AddDays(*date, 1 - Weekday(*date)).ToString() : "";
  }

  Result<std::optional<StoredEvent>> FindEvent(const std::string& id) override {
    auto st =
        db_.Prepare(std::string("SELECT id, ") + kEventColumns + ", record FROM events WHERE event_id_cnty = ?1 " +
                    "OR (?1 NOT GLOB '*[^0-9]*' AND id = CAST(?1 AS INTEGER))");
    if (!st.ok()) return st.status();
    st->Bind(1, id);
    if (!st->Step()) {
      if (!st->status().ok()) return st->status();
      return std::optional<StoredEvent>();
    }
    auto record = EventFromJson(st->Text(1 + kEventColumnCount));
    if (!record.ok()) return Status::Error(db_.path() + ": event " + id + ": " + record.status().message());
    StoredEvent event;
    event.id = st->Int(0);
    event.record = std::move(record).value();
    event.record.review.assign(st->Text(kEventColumnCount));
    event.json.assign(st->Text(1 + kEventColumnCount));
    return std::optional<StoredEvent>(std::move(event));
  }

  Result<std::vector<EventDocument>> DocumentsOfEvent(int64_t event_id) override {
    auto st = db_.Prepare(
        "SELECT d.doc, d.url, d.title, d.published, d.text, d.duplicate_of IS NOT NULL FROM documents d "
        "WHERE d.id IN (SELECT document_id FROM reports WHERE event_id = ?1) "
        "OR d.duplicate_of IN (SELECT document_id FROM reports WHERE event_id = ?1) "
        "ORDER BY d.duplicate_of IS NOT NULL, d.id");
    if (!st.ok()) return st.status();
    st->Bind(1, event_id);
    std::vector<EventDocument> out;
    while (st->Step()) {
      out.push_back({std::string(st->Text(0)), std::string(st->Text(1)), std::string(st->Text(2)),
                     std::string(st->Text(3)), std::string(st->Text(4)), st->Int(5) != 0});
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

  Result<std::vector<MergeLogEntry>> MergeLog(int64_t event_id, int64_t limit) override {
    return SqliteTransaction::ReadMergeLog(db_, event_id != 0 ? "WHERE m.event_id = ?1" : "", event_id, limit);
  }

  Result<int64_t> UndoMerge(int64_t merge_id, const std::string& by) override {
    return Writing([&] { return writer_.UndoMerge(*tx_, merge_id, by); });
  }

  Result<int64_t> MergeEvents(int64_t into_event_id, int64_t from_event_id, const std::string& by) override {
    return Writing([&] { return writer_.MergeEvents(*tx_, into_event_id, from_event_id, by); });
  }

  Result<bool> HasDocument(const DocumentFingerprint& fingerprint) override {
    // A plain read: the statements the writer caches serve it too (an ingest worker asks once
    // per document, so they are not prepared again each time).
    auto found = tx_->FindDocument(fingerprint);
    if (!found.ok()) return found.status();
    return found.value() != 0;
  }

  Result<bool> HasDocumentAt(const std::string& url) override {
    const std::string canonical = CanonicalUrl(url);
    if (canonical.empty()) return false;
    auto st = db_.Prepare("SELECT 1 FROM documents WHERE canonical_url = ?1");
    if (!st.ok()) return st.status();
    st->Bind(1, canonical);
    const bool found = st->Step();
    if (!st->status().ok()) return st->status();
    return found;
  }

  Result<FeedState> LoadFeedState(const std::string& url) override {
    auto st = db_.Prepare("SELECT etag, last_modified, checked_at FROM feeds WHERE url = ?1");
    if (!st.ok()) return st.status();
    st->Bind(1, url);
    FeedState state;
    state.url = url;
    if (st->Step()) {
      state.etag.assign(st->Text(0));
      state.last_modified.assign(st->Text(1));
      state.checked_at.assign(st->Text(2));
    }
    if (!st->status().ok()) return st->status();
    return state;
  }

  Status SaveFeedState(const FeedState& state) override {
    auto st = db_.Prepare(
        "INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (url) DO UPDATE SET etag = ?2, last_modified = ?3, checked_at = ?4");
    if (!st.ok()) return st.status();
    st->Bind(1, state.url).Bind(2, state.etag, true).Bind(3, state.last_modified, true).Bind(4, state.checked_at, true);
    return st->Run();
  }

  Result<int64_t> AddUser(const UserAccount& user) override {
    if (Status s = db_.BeginWrite(); !s.ok()) return s;
    auto existing = FindUser(user.name);
    if (!existing.ok() || (existing.value() && !existing.value()->deleted)) {
      (void)db_.Execute("ROLLBACK");
      if (!existing.ok()) return existing.status();
      return Status::Error("user '" + user.name + "' exists already (vigie user passwd to change the password)");
    }
    auto st = db_.Prepare(
        "INSERT INTO users (name, password_hash, role) VALUES (?1, ?2, ?3) ON CONFLICT (name) DO UPDATE SET "
        "password_hash = excluded.password_hash, role = excluded.role, deleted_at = NULL RETURNING id");
    if (!st.ok()) {
      (void)db_.Execute("ROLLBACK");
      return st.status();
    }
    st->Bind(1, user.name).Bind(2, user.password_hash).Bind(3, user.role);
    if (!st->Step()) {
      Status failed = st->status().ok() ? db_.Error("cannot add the user") : st->status();
      st->Reset();
      (void)db_.Execute("ROLLBACK");
      return failed;
    }
    const int64_t id = st->Int(0);
    st->Reset();
    if (Status s = db_.Execute("COMMIT"); !s.ok()) return s;
    return id;
  }

  Status SetPassword(const std::string& name, const std::string& password_hash) override {
    auto st = db_.Prepare("UPDATE users SET password_hash = ?2 WHERE name = ?1 AND deleted_at IS NULL");
    if (!st.ok()) return st.status();
    st->Bind(1, name).Bind(2, password_hash);
    if (Status s = st->Run(); !s.ok()) return s;
    if (db_.Changes() == 0) return Status::Error("no user '" + name + "'");
    return EndSessionsOf(name);
  }

  // A new password (or a deleted account) ends the account's sessions.
  Status EndSessionsOf(const std::string& name) {
    auto st = db_.Prepare("DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = ?1)");
    if (!st.ok()) return st.status();
    st->Bind(1, name);
    return st->Run();
  }

  Status DeleteUser(const std::string& name) override {
    auto st = db_.Prepare(
        "UPDATE users SET password_hash = '', deleted_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE name = ?1 AND deleted_at IS NULL");
    if (!st.ok()) return st.status();
    st->Bind(1, name);
    if (Status s = st->Run(); !s.ok()) return s;
    if (db_.Changes() == 0) return Status::Error("no user '" + name + "'");
    return EndSessionsOf(name);
  }

  Result<std::optional<UserAccount>> FindUser(const std::string& name) override {
    auto users = ReadUsers("WHERE name = ?1", name);
    if (!users.ok()) return users.status();
    if (users->empty()) return std::optional<UserAccount>();
    return std::optional<UserAccount>(std::move(users->front()));
  }

  Result<std::vector<UserAccount>> Users() override { return ReadUsers("", ""); }

  Status CreateSession(const std::string& token_hash, int64_t user_id, const std::string& csrf_token,
                       int64_t expires_at) override {
    auto purge = db_.Prepare("DELETE FROM sessions WHERE expires_at < strftime('%s', 'now')");
    if (!purge.ok()) return purge.status();
    if (Status s = purge->Run(); !s.ok()) return s;
    auto st = db_.Prepare("INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES (?1, ?2, ?3, ?4)");
    if (!st.ok()) return st.status();
    st->Bind(1, token_hash).Bind(2, user_id).Bind(3, csrf_token).Bind(4, expires_at);
    return st->Run();
  }

  Result<std::optional<UserSession>> FindSession(const std::string& token_hash, int64_t now) override {
    auto st = db_.Prepare(
        "SELECT u.id, u.name, u.role, u.created_at, s.csrf_token, s.expires_at FROM sessions s "
        "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND u.deleted_at IS NULL");
    if (!st.ok()) return st.status();
    st->Bind(1, token_hash).Bind(2, now);
    if (!st->Step()) {
      if (!st->status().ok()) return st->status();
      return std::optional<UserSession>();
    }
    UserSession session;
    session.user.id = st->Int(0);
    session.user.name.assign(st->Text(1));
    session.user.role.assign(st->Text(2));
    session.user.created_at.assign(st->Text(3));
    session.csrf_token.assign(st->Text(4));
    session.expires_at = st->Int(5);
    return std::optional<UserSession>(std::move(session));
  }

  Status DeleteSession(const std::string& token_hash) override {
    auto st = db_.Prepare("DELETE FROM sessions WHERE token_hash = ?1");
    if (!st.ok()) return st.status();
    st->Bind(1, token_hash);
    return st->Run();
  }

  Result<int64_t> AddComment(int64_t event_id, int64_t user_id, const std::string& body) override {
    if (Status s = db_.BeginWrite(); !s.ok()) return s;
    auto st = db_.Prepare("INSERT INTO comments (event_id, user_id, body) VALUES (?1, ?2, ?3) RETURNING id");
    if (!st.ok()) {
      (void)db_.Execute("ROLLBACK");
      return st.status();
    }
    st->Bind(1, event_id).Bind(2, user_id).Bind(3, body);
    if (!st->Step()) {
      Status failed = st->status().ok() ? db_.Error("cannot add the comment") : st->status();
      st->Reset();
      (void)db_.Execute("ROLLBACK");
      return failed;
    }
    const int64_t id = st->Int(0);
    st->Reset();
    if (Status s = Audit(user_id, "comment", event_id, "{\"comment\":" + std::to_string(id) + "}"); !s.ok()) {
      (void)db_.Execute("ROLLBACK");
      return s;
    }
    if (Status s = db_.Execute("COMMIT"); !s.ok()) return s;
    return id;
  }

  Result<std::vector<EventComment>> Comments(int64_t event_id) override {
    auto st = db_.Prepare(
        "SELECT c.id, u.name, c.body, c.created_at FROM comments c JOIN users u ON u.id = c.user_id "
        "WHERE c.event_id = ?1 ORDER BY c.id");
    if (!st.ok()) return st.status();
    st->Bind(1, event_id);
    std::vector<EventComment> out;
    while (st->Step()) {
      out.push_back({st->Int(0), std::string(st->Text(1)), std::string(st->Text(2)), std::string(st->Text(3))});
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

  Result<std::vector<AuditEntry>> AuditLog(int64_t event_id) override {
    auto st = db_.Prepare(
        "SELECT a.id, a.at, coalesce(u.name, ''), a.action, a.detail FROM audit_log a "
        "LEFT JOIN users u ON u.id = a.user_id WHERE a.event_id = ?1 ORDER BY a.id");
    if (!st.ok()) return st.status();
    st->Bind(1, event_id);
    std::vector<AuditEntry> out;
    while (st->Step()) {
      out.push_back({st->Int(0), std::string(st->Text(1)), std::string(st->Text(2)), std::string(st->Text(3)),
                     std::string(st->Text(4))});
    }
    if (!st->status().ok()) return st->status();
    return out;
  }

  Result<StoreCounts> Counts() override {
    auto st = db_.Prepare(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL), "
        "(SELECT count(*) FROM reports), (SELECT count(*) FROM events)");
    if (!st.ok()) return st.status();
    if (!st->Step()) return st->status().ok() ? db_.Error("cannot count") : st->status();
    return StoreCounts{st->Int(0), st->Int(1), st->Int(2), st->Int(3)};
  }

  std::string Describe() const override { return db_.path() + " (SQLite)"; }

 private:
  // Runs `change` (a DocumentWriter operation over tx_) in one write transaction, committed
  // when it succeeds and rolled back otherwise.
  template <typename Change>
  auto Writing(Change&& change) -> decltype(change()) {
    if (Status s = BeginWriting(); !s.ok()) return s;
    auto result = change();
    if (Status s = EndWriting(result.ok() ? Status::Ok() : result.status()); !s.ok()) return s;
    return result;
  }

  // Opens a write transaction for tx_.
  Status BeginWriting() {
    if (Status s = db_.BeginWrite(); !s.ok()) return s;
    if (Status s = tx_->Begin(); !s.ok()) {
      (void)db_.Execute("ROLLBACK");
      tx_->End(false);
      return s;
    }
    return Status::Ok();
  }
  // Closes it: writes the documents' full-text rows and commits when `status` is ok, else
  // (or when that fails) rolls back. Returns `status`, or why the commit failed.
  Status EndWriting(Status status) {
    if (status.ok()) status = tx_->SaveEvents();
    if (status.ok()) status = tx_->IndexDocuments();
    if (status.ok()) status = db_.Execute("COMMIT");
    if (!status.ok()) (void)db_.Execute("ROLLBACK");
    tx_->End(status.ok());
    return status;
  }

  // Changes one event in a write transaction: `change` edits its record and returns the
  // audit log's detail for the change.
  Status ChangeEvent(int64_t event_id, int64_t user_id, const char* action,
                     const std::function<std::string(EventRecord&)>& change) override {
    if (Status s = BeginWriting(); !s.ok()) return s;
    auto done = [&](Status status) { return EndWriting(std::move(status)); };
    auto event = tx_->LoadEvent(event_id);
    if (!event.ok()) return done(event.status());
    const std::string detail = change(event->record);
    if (Status s = tx_->UpdateEvent(event_id, event->record); !s.ok()) return done(s);
    return done(Audit(user_id, action, event_id, detail));
  }

  // One line of the audit log, inside the caller's transaction.
  Status Audit(int64_t user_id, const char* action, int64_t event_id, const std::string& detail) {
    auto st = db_.Prepare("INSERT INTO audit_log (user_id, action, event_id, detail) VALUES (?1, ?2, ?3, ?4)");
    if (!st.ok()) return st.status();
    st->Bind(1, user_id).Bind(2, action).Bind(3, event_id).Bind(4, detail);
    return st->Run();
  }

  // Whether the R*Tree holds at least 2,000 events in `box` (min_lon, min_lat, max_lon, max_lat).
  Result<bool> BoxHoldsMany(const std::array<double, 4>& box) {
    constexpr int kMany = 2000;
    auto st = db_.Prepare(
        "SELECT count(*) FROM (SELECT 1 FROM events_location WHERE min_lon >= ?1 AND max_lon <= ?3 "
        "AND min_lat >= ?2 AND max_lat <= ?4 LIMIT " +
        std::to_string(kMany) + ")");
    if (!st.ok()) return st.status();
    for (int k = 0; k < 4; ++k) st->Bind(k + 1, box[static_cast<size_t>(k)]);
    if (!st->Step()) return st->status().ok() ? db_.Error("cannot count the events in a box") : st->status();
    return st->Int(0) >= kMany;
  }

  // Prepares `sql` and binds a filter's values from ?1 on.
  Result<SqliteStatement> PrepareFiltered(const std::string& sql, const FilterSql& conditions) {
    auto st = db_.Prepare(sql);
    if (!st.ok()) return st.status();
    for (size_t k = 0; k < conditions.values.size(); ++k) {
      const int index = static_cast<int>(k + 1);
      if (const auto* text = std::get_if<std::string>(&conditions.values[k])) {
        st->Bind(index, *text);
      } else {
        st->Bind(index, std::get<double>(conditions.values[k]));
      }
    }
    return st;
  }

  Result<std::vector<UserAccount>> ReadUsers(const std::string& where, const std::string& name) {
    auto st = db_.Prepare("SELECT id, name, role, password_hash, created_at, deleted_at IS NOT NULL FROM users " +
                          where + " ORDER BY name");
    if (!st.ok()) return st.status();
    if (!where.empty()) st->Bind(1, name);
    std::vector<UserAccount> users;
    while (st->Step()) {
      UserAccount& u = users.emplace_back();
      u.id = st->Int(0);
      u.name.assign(st->Text(1));
      u.role.assign(st->Text(2));
      u.password_hash.assign(st->Text(3));
      u.created_at.assign(st->Text(4));
      u.deleted = st->Int(5) != 0;
    }
    if (!st->status().ok()) return st->status();
    return users;
  }

 public:
 private:
  SqliteDatabase db_;
  DocumentWriter writer_;
  std::unique_ptr<SqliteTransaction> tx_;
  size_t changed_event_bytes_;  // StoreOptions::changed_event_bytes
};

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const StoreOptions& options) {
  if (!options.create && !std::filesystem::exists(path)) {
    return Status::Error(path + ": no such database (run `vigie ingest` first)");
  }
  if (std::filesystem::is_directory(path)) return Status::Error(path + ": is a directory, not a database file");
  auto db = SqliteDatabase::Open(path, options.create, options.busy_timeout_ms, options.memory_map_bytes,
                                 options.page_cache_bytes);
  if (!db.ok()) return db.status();
  if (Status s = MigrateSqliteSchema(db.value()); !s.ok()) return s;
  return std::unique_ptr<EventStore>(std::make_unique<SqliteStore>(std::move(db).value(), options));
}

}  // namespace vigie
