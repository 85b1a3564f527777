#include "store/postgres_store.h"

#include <cctype>
#include <deque>
#include <limits>
#include <pqxx/pqxx>

#include "coding/event_record_json.h"
#include "store/document_writer.h"
#include "store/event_columns.h"
#include "store/event_filter_sql.h"

namespace vigie {

namespace {

// Migration N takes the database from version N-1 to N. Never edit a released migration.
const char* const kMigrations[] = {
    R"sql(
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE sources (
  id BIGSERIAL PRIMARY KEY,
  site TEXT NOT NULL UNIQUE,
  name TEXT,
  scale TEXT
);
CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  doc TEXT NOT NULL,
  url TEXT,
  canonical_url TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  simhash BIGINT NOT NULL,
  band0 INTEGER NOT NULL, band1 INTEGER NOT NULL, band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,
  duplicate_of BIGINT REFERENCES documents(id),
  source_id BIGINT REFERENCES sources(id),
  title TEXT, published TEXT, fetched TEXT, language TEXT, site_name TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE UNIQUE INDEX documents_canonical_url ON documents(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX documents_band0 ON documents(band0) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band1 ON documents(band1) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band2 ON documents(band2) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band3 ON documents(band3) WHERE duplicate_of IS NULL;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX documents_search ON documents USING GIN (search);

CREATE SEQUENCE events_id_seq;
CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  event_id_cnty TEXT UNIQUE,
  event_date TEXT, year INTEGER, time_precision INTEGER, disorder_type TEXT, event_type TEXT,
  sub_event_type TEXT, actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT, assoc_actor_2 TEXT,
  inter2 INTEGER, interaction INTEGER, civilian_targeting TEXT, iso INTEGER, region TEXT, country TEXT,
  admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,
  geo_precision INTEGER, source TEXT, source_scale TEXT, notes TEXT, fatalities INTEGER, tags TEXT,
  timestamp BIGINT, date_start TEXT, date_end TEXT, fatalities_low INTEGER, fatalities_high INTEGER,
  actor1_id TEXT, actor2_id TEXT, geonameid BIGINT, language TEXT, confidence DOUBLE PRECISION,
  review TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (review IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
  record TEXT NOT NULL,
  geom geometry(Point, 4326)
);
CREATE INDEX events_country_date ON events(lower(country), date_start, date_end);
CREATE INDEX events_date ON events(event_date, id);
CREATE INDEX events_country_event_date ON events(lower(country), event_date, id);
CREATE INDEX events_type_event_date ON events(lower(event_type), event_date, id);
CREATE INDEX events_geom ON events USING GIST (geom);

CREATE TABLE reports (
  id BIGSERIAL PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES documents(id),
  event_id BIGINT NOT NULL REFERENCES events(id),
  record TEXT NOT NULL
);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_document ON reports(document_id);

CREATE TABLE evidence (
  report_id BIGINT NOT NULL REFERENCES reports(id),
  document_id BIGINT NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  role TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX evidence_report ON evidence(report_id);

CREATE TABLE merge_log (
  id BIGSERIAL PRIMARY KEY,
  event_id BIGINT NOT NULL,
  report_id BIGINT NOT NULL,
  doc TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'merge', 'split')),
  score DOUBLE PRECISION NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  done_by TEXT NOT NULL,
  undone BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX merge_log_event ON merge_log(event_id);

CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  deleted_at TEXT
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE comments (
  id BIGSERIAL PRIMARY KEY,
  event_id BIGINT NOT NULL REFERENCES events(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE INDEX comments_event ON comments(event_id);

CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  user_id BIGINT REFERENCES users(id),
  action TEXT NOT NULL,
  event_id BIGINT,
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_event ON audit_log(event_id);

CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  checked_at TEXT
);
)sql",

    // 2: evidence is read from the reports' records, where the coder wrote it (a table of
    // copies was written at every report and never read). The view keeps its columns for SQL.
    R"sql(
DROP TABLE evidence;
CREATE VIEW evidence (report_id, document_id, start, "end", role, text) AS
SELECT r.id, r.document_id, (e ->> 'start')::bigint, (e ->> 'end')::bigint, e ->> 'role', e ->> 'text'
FROM reports AS r CROSS JOIN LATERAL jsonb_array_elements(r.record::jsonb -> 'evidence') AS e;
)sql",
};
constexpr int kVersion = static_cast<int>(std::size(kMigrations));

// Every writer takes this transaction-level advisory lock first: deduplication and merging
// read what other writers stored, so they run one at a time (coding runs in parallel).
constexpr int64_t kWriteLock = 0x76696769;  // "vigi"

// Parameters of one statement, as text; a null pointer is SQL NULL.
class PgParams {
 public:
  PgParams& Text(std::string_view value, bool empty_is_null = false) {
    // (Also the binder BindEventColumns writes through.)
    if (empty_is_null && value.empty()) return Null();
    storage_.emplace_back(value);
    values_.push_back(storage_.back().c_str());
    return *this;
  }
  PgParams& Int(int64_t value) { return Text(std::to_string(value)); }
  PgParams& Real(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return Text(buffer);
  }
  PgParams& Null() {
    values_.push_back(nullptr);
    return *this;
  }
  const std::vector<const char*>& values() const { return values_; }

 private:
  std::deque<std::string> storage_;
  std::vector<const char*> values_;
};

pqxx::result Exec(pqxx::transaction_base& tx, const std::string& sql, const PgParams& params = {}) {
  return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params.values()));
}

// "$1, $2, ... $n" for n parameters starting at `first`.
std::string Placeholders(int first, int n) {
  std::string out;
  for (int k = 0; k < n; ++k) {
    if (k > 0) out += ", ";
    out += "$" + std::to_string(first + k);
  }
  return out;
}

// A result row as ReadEventColumns reads it.
class PgRow {
 public:
  explicit PgRow(const pqxx::row& row) : row_(row) {}
  bool IsNull(int i) const { return row_[i].is_null(); }
  std::string_view Text(int i) const {
    return row_[i].is_null() ? std::string_view() : std::string_view(row_[i].c_str(), row_[i].size());
  }
  int64_t Int(int i) const { return row_[i].is_null() ? 0 : row_[i].as<int64_t>(); }
  double Double(int i) const { return row_[i].is_null() ? 0 : row_[i].as<double>(); }

 private:
  const pqxx::row& row_;
};

std::string FieldText(const pqxx::field& f) { return f.is_null() ? std::string() : std::string(f.c_str(), f.size()); }

class PostgresTransaction final : public StoreTransaction {
 public:
  explicit PostgresTransaction(pqxx::transaction_base& tx) : tx_(tx) {}

  Result<int64_t> FindDocument(const DocumentFingerprint& fingerprint) override {
    PgParams p;
    p.Text(fingerprint.content_hash).Text(fingerprint.canonical_url, true);
    auto r = Exec(
        tx_, "SELECT id FROM documents WHERE content_hash = $1 OR (canonical_url = $2 AND $2 IS NOT NULL) LIMIT 1", p);
    return r.empty() ? int64_t{0} : r[0][0].as<int64_t>();
  }

  Result<std::vector<std::pair<int64_t, uint64_t>>> SimHashNeighbours(uint64_t simhash) override {
    PgParams p;
    for (int band = 0; band < kSimHashBands; ++band) p.Int(SimHashBand(simhash, band));
    auto r = Exec(tx_,
                  "SELECT id, simhash FROM documents WHERE duplicate_of IS NULL AND "
                  "(band0 = $1 OR band1 = $2 OR band2 = $3 OR band3 = $4)",
                  p);
    std::vector<std::pair<int64_t, uint64_t>> out;
    for (const auto& row : r) out.emplace_back(row[0].as<int64_t>(), static_cast<uint64_t>(row[1].as<int64_t>()));
    return out;
  }

  Result<int64_t> InsertDocument(const DocumentToStore& document, const DocumentFingerprint& fingerprint,
                                 int64_t duplicate_of) override {
    const ExtractedArticle& a = document.article;
    PgParams p;
    if (const std::string_view site = CanonicalHost(fingerprint.canonical_url); !site.empty()) {
      PgParams source;
      source.Text(site).Text(a.site_name, true);
      auto r = Exec(tx_,
                    "INSERT INTO sources (site, name) VALUES ($1, $2) "
                    "ON CONFLICT (site) DO UPDATE SET name = coalesce(sources.name, excluded.name) RETURNING id",
                    source);
      p.Int(r[0][0].as<int64_t>());
    } else {
      p.Null();
    }
    p.Text(a.doc).Text(a.url, true).Text(fingerprint.canonical_url, true).Text(fingerprint.content_hash);
    p.Int(static_cast<int64_t>(fingerprint.simhash));
    for (int band = 0; band < kSimHashBands; ++band) p.Int(SimHashBand(fingerprint.simhash, band));
    if (duplicate_of != 0)
      p.Int(duplicate_of);
    else
      p.Null();
    p.Text(a.title, true).Text(a.published, true).Text(document.fetched, true).Text(a.language, true);
    p.Text(a.site_name, true).Text(a.text);
    auto r = Exec(tx_,
                  "INSERT INTO documents (source_id, doc, url, canonical_url, content_hash, simhash, band0, band1, "
                  "band2, band3, duplicate_of, title, published, fetched, language, site_name, text) VALUES (" +
                      Placeholders(1, 17) + ") RETURNING id",
                  p);
    return r[0][0].as<int64_t>();
  }

  Status ForEachCandidateEvent(const IncidentCandidates& candidates, const CandidateVisitor& visit) override {
    PgParams p;
    p.Text(candidates.country).Text(candidates.first_day).Text(candidates.last_day).Text(candidates.admin1, true);
    p.Real(candidates.min_latitude).Real(candidates.max_latitude);
    p.Real(candidates.min_longitude).Real(candidates.max_longitude);
    auto r = Exec(tx_,
                  std::string("SELECT id, ") + kEventColumns +
                      " FROM events WHERE lower(country) = lower($1)"
                      " AND date_start >= to_char(CAST($2::text AS date) - 31, 'YYYY-MM-DD') AND date_start <= $3::text"
                      " AND date_end >= $2::text AND latitude IS NOT NULL AND (admin1 IS NOT DISTINCT FROM $4::text"
                      " OR (latitude BETWEEN $5 AND $6 AND longitude BETWEEN $7 AND $8))",
                  p);
    EventRecord record;
    for (const auto& row : r) {
      ReadEventColumns(PgRow(row), 1, record);
      visit(row[0].as<int64_t>(), record);
    }
    return Status::Ok();
  }

  Result<std::vector<int64_t>> EventsOfDocument(int64_t document_id) override {
    PgParams p;
    p.Int(document_id);
    auto r = Exec(tx_, "SELECT DISTINCT event_id FROM reports WHERE document_id = $1 ORDER BY event_id", p);
    std::vector<int64_t> out;
    for (const auto& row : r) out.push_back(row[0].as<int64_t>());
    return out;
  }

  Result<StoredEvent> LoadEvent(int64_t event_id) override {
    PgParams p;
    p.Int(event_id);
    auto r = Exec(tx_, "SELECT review, record FROM events WHERE id = $1", p);
    if (r.empty()) return Status::Error("no event with id " + std::to_string(event_id));
    StoredEvent event;
    event.id = event_id;
    auto record = EventFromJson(FieldText(r[0][1]));
    if (!record.ok()) return Status::Error("event " + std::to_string(event_id) + ": " + record.status().message());
    event.record = std::move(record).value();
    event.record.review = FieldText(r[0][0]);
    return event;
  }

  Result<std::string> DocumentName(int64_t document_id) override {
    PgParams p;
    p.Int(document_id);
    auto r = Exec(tx_, "SELECT doc FROM documents WHERE id = $1", p);
    if (r.empty()) return Status::Error("no document " + std::to_string(document_id));
    return FieldText(r[0][0]);
  }

  Result<std::vector<StoredReport>> ReportsOfEvent(int64_t event_id) override {
    PgParams p;
    p.Int(event_id);
    auto r = Exec(tx_, "SELECT id, document_id, record FROM reports WHERE event_id = $1 ORDER BY id", p);
    std::vector<StoredReport> out;
    for (const auto& row : r) {
      StoredReport& report = out.emplace_back();
      report.id = row[0].as<int64_t>();
      report.document_id = row[1].as<int64_t>();
      auto record = EventFromJson(FieldText(row[2]));
      if (!record.ok()) return Status::Error("report " + std::to_string(report.id) + ": " + record.status().message());
      report.record = std::move(record).value();
    }
    return out;
  }

  Result<std::vector<DocumentCopy>> CopiesOf(int64_t document_id) override {
    PgParams p;
    p.Int(document_id);
    auto r = Exec(tx_,
                  "SELECT doc, url, title, published, site_name, canonical_url FROM documents WHERE duplicate_of = $1 "
                  "ORDER BY id",
                  p);
    std::vector<DocumentCopy> out;
    for (const auto& row : r) {
      DocumentCopy& copy = out.emplace_back();
      copy.source = {FieldText(row[0]), FieldText(row[1]), FieldText(row[2]), FieldText(row[3])};
      copy.outlet = FieldText(row[4]);
      if (copy.outlet.empty()) copy.outlet = std::string(CanonicalHost(FieldText(row[5])));
    }
    return out;
  }

  Result<int64_t> InsertEvent(EventRecord& event) override {
    const int64_t id = tx_.exec("SELECT nextval('events_id_seq')")[0][0].as<int64_t>();
    event.event_id_cnty =
        (event.event_id_cnty.size() >= 2 ? event.event_id_cnty.substr(0, 2) : "XX") + std::to_string(id);
    PgParams p;
    p.Int(id);
    BindEventColumns(p, event);
    Exec(tx_,
         std::string("INSERT INTO events (id, ") + kEventColumns + ", record, geom) VALUES (" +
             Placeholders(1, kEventColumnCount + 2) + ", " + Geometry() + ")",
         p);
    return id;
  }

  Status UpdateEvent(int64_t event_id, EventRecord event) override {
    PgParams p;
    p.Int(event_id);
    BindEventColumns(p, event);
    Exec(tx_,
         std::string("UPDATE events SET (") + kEventColumns + ", record, geom) = (" +
             Placeholders(2, kEventColumnCount + 1) + ", " + Geometry() + ") WHERE id = $1",
         p);
    return Status::Ok();
  }

  Status EditEvent(int64_t event_id, const EventChange& change) override {
    auto event = LoadEvent(event_id);
    if (!event.ok()) return event.status();
    change(event->record);
    return UpdateEvent(event_id, std::move(event->record));
  }

  Status DeleteEvent(int64_t event_id) override {
    PgParams p;
    p.Int(event_id);
    Exec(tx_, "DELETE FROM events WHERE id = $1", p);
    return Status::Ok();
  }

  Result<int64_t> InsertReport(int64_t document_id, int64_t event_id, const EventRecord& report) override {
    PgParams p;
    p.Int(document_id).Int(event_id).Text(EventToJsonLine(report));
    const int64_t report_id =
        Exec(tx_, "INSERT INTO reports (document_id, event_id, record) VALUES ($1, $2, $3) RETURNING id", p)[0][0]
            .as<int64_t>();
    return report_id;
  }

  Status MoveReport(int64_t report_id, int64_t event_id) override {
    PgParams p;
    p.Int(report_id).Int(event_id);
    Exec(tx_, "UPDATE reports SET event_id = $2 WHERE id = $1", p);
    return Status::Ok();
  }

  Status MoveComments(int64_t from_event_id, int64_t into_event_id) override {
    PgParams p;
    p.Int(from_event_id).Int(into_event_id);
    Exec(tx_, "UPDATE comments SET event_id = $2 WHERE event_id = $1", p);
    return Status::Ok();
  }

  Result<int64_t> LogMerge(const MergeLogEntry& entry) override {
    PgParams p;
    p.Int(entry.event_id).Int(entry.report_id).Text(entry.doc).Text(entry.action).Real(entry.score);
    p.Text(entry.reason).Text(entry.by);
    return Exec(tx_,
                "INSERT INTO merge_log (event_id, report_id, doc, action, score, reason, done_by) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                p)[0][0]
        .as<int64_t>();
  }

  Result<MergeLogEntry> MergeEntry(int64_t merge_id) override {
    auto entries = ReadMergeLog(tx_, "WHERE m.id = $1", merge_id, 1);
    if (entries.empty()) return Status::Error("no merge log line " + std::to_string(merge_id));
    return std::move(entries.front());
  }

  Status MarkUndone(int64_t merge_id) override {
    PgParams p;
    p.Int(merge_id);
    Exec(tx_, "UPDATE merge_log SET undone = true WHERE id = $1", p);
    return Status::Ok();
  }

  static std::vector<MergeLogEntry> ReadMergeLog(pqxx::transaction_base& tx, const std::string& where, int64_t value,
                                                 int64_t limit) {
    PgParams p;
    p.Int(value).Int(limit > 0 ? limit : std::numeric_limits<int64_t>::max());
    auto r =
        Exec(tx,
             "SELECT m.id, m.event_id, e.event_id_cnty, m.report_id, m.doc, m.action, m.score, m.reason, m.at, "
             "m.done_by, m.undone FROM merge_log m LEFT JOIN events e ON e.id = m.event_id " +
                 (where.empty() ? std::string("WHERE $1::bigint IS NOT NULL") : where) + " ORDER BY m.id DESC LIMIT $2",
             p);
    std::vector<MergeLogEntry> out;
    for (const auto& row : r) {
      MergeLogEntry& e = out.emplace_back();
      e.id = row[0].as<int64_t>();
      e.event_id = row[1].as<int64_t>();
      e.event_id_cnty = FieldText(row[2]);
      e.report_id = row[3].as<int64_t>();
      e.doc = FieldText(row[4]);
      e.action = FieldText(row[5]);
      e.score = row[6].as<double>();
      e.reason = FieldText(row[7]);
      e.at = FieldText(row[8]);
      e.by = FieldText(row[9]);
      e.undone = row[10].as<bool>();
    }
    return out;
  }

 private:
  // The point of an event from its latitude and longitude parameters (which follow the id
  // parameter $1), or NULL.
  static std::string Geometry() {
    const std::string lat = "$" + std::to_string(kLatitudeColumn + 2) + "::double precision";
    const std::string lon = "$" + std::to_string(kLatitudeColumn + 3) + "::double precision";
    return "CASE WHEN " + lat + " IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(" + lon + ", " + lat + "), 4326) END";
  }

  pqxx::transaction_base& tx_;
};

// A libpqxx failure as a Status naming the database.
Status PgError(const std::string& where, const std::exception& e) {
  std::string message = e.what();
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return Status::Error(where + ": " + message);
}

class PostgresStore final : public EventStore {
 public:
  PostgresStore(std::unique_ptr<pqxx::connection> connection, std::string where, const StoreOptions& options)
      : connection_(std::move(connection)), where_(std::move(where)), writer_(options.incident_rules) {}

  Result<std::vector<StoreOutcome>> AddDocuments(std::span<const DocumentToStore> documents) override {
    try {
      pqxx::work tx(*connection_);
      tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLock) + ")");
      PostgresTransaction primitives(tx);
      std::vector<StoreOutcome> outcomes;
      for (const DocumentToStore& document : documents) {
        // A failure while writing one document names it (the caller retries the others).
        Result<StoreOutcome> outcome = Status::Error("not written");
        try {
          outcome = writer_.Write(primitives, document);
        } catch (const std::exception& e) {
          return Status::Error(document.article.doc + ": " + PgError(where_, e).message());
        }
        if (!outcome.ok()) return Status::Error(document.article.doc + ": " + outcome.status().message());
        outcomes.push_back(outcome.value());
      }
      tx.commit();
      return outcomes;
    } catch (const std::exception& e) {
      return PgError(where_, e);
    }
  }

  Status ForEachEvent(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& on_event) override {
    try {
      const FilterSql conditions = FilterConditions(filter, SqlDialect::kPostgres);
      const std::string sql = std::string("SELECT id, ") + kEventColumns + (filter.with_json ? ", record" : "") +
                              " FROM events WHERE true" + conditions.where +
                              OrderAndPage(filter, SqlDialect::kPostgres);
      // A cursor streams the rows: memory does not grow with the number of events.
      pqxx::work tx(*connection_);
      tx.exec("DECLARE vigie_events NO SCROLL CURSOR FOR " + WithLiterals(tx, sql, conditions));
      StoredEvent event;
      for (;;) {
        pqxx::result rows = tx.exec("FETCH 1000 FROM vigie_events");
        if (rows.empty()) break;
        for (const auto& row : rows) {
          event.id = row[0].as<int64_t>();
          ReadEventColumns(PgRow(row), 1, event.record);
          if (filter.with_json) event.json = FieldText(row[1 + kEventColumnCount]);
          if (!on_event(event)) return Status::Ok();
        }
      }
      return Status::Ok();
    } catch (const std::exception& e) {
      return PgError(where_, e);
    }
  }

  Result<int64_t> CountEvents(const EventFilter& filter) override {
    try {
      const FilterSql conditions = FilterConditions(filter, SqlDialect::kPostgres);
      pqxx::read_transaction tx(*connection_);
      return Exec(tx, "SELECT count(*) FROM events WHERE true" + conditions.where, Params(conditions))[0][0]
          .as<int64_t>();
    } catch (const std::exception& e) {
      return PgError(where_, e);
    }
  }

  Result<std::vector<EventGroupCount>> CountEventsBy(const EventFilter& filter, EventGrouping grouping) override {
    try {
      const char* key = grouping == EventGrouping::kWeek ? "to_char(date_trunc('week', event_date::date), 'YYYY-MM-DD')"
                        : grouping == EventGrouping::kEventType ? "event_type"
                        : grouping == EventGrouping::kCountry   ? "coalesce(country, '')"
                                                                : "coalesce(admin1, '')";
      const FilterSql conditions = FilterConditions(filter, SqlDialect::kPostgres);
      pqxx::read_transaction tx(*connection_);
      auto r =
          Exec(tx,
               std::string("SELECT ") + key + " AS k, count(*), coalesce(sum(fatalities), 0) FROM events WHERE true" +
                   conditions.where + " GROUP BY k ORDER BY " + key + " COLLATE \"C\"",
               Params(conditions));
      std::vector<EventGroupCount> out;
      for (const auto& row : r) out.push_back({FieldText(row[0]), row[1].as<int64_t>(), row[2].as<int64_t>()});
      return out;
    } catch (const std::exception& e) {
      return PgError(where_, e);
    }
  }

  Result<std::optional<StoredEvent>> FindEvent(const std::string& id) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::optional<StoredEvent>> {
      PgParams p;
      p.Text(id);
      auto r = Exec(tx,
                    std::string("SELECT id, ") + kEventColumns +
                        ", record FROM events WHERE event_id_cnty = $1 OR ($1 ~ '^[0-9]{1,18}$' AND id = "
                        "CASE WHEN $1 ~ '^[0-9]{1,18}$' THEN $1::bigint END)",
                    p);
      if (r.empty()) return std::optional<StoredEvent>();
      auto record = EventFromJson(FieldText(r[0][1 + kEventColumnCount]));
      if (!record.ok()) return Status::Error(where_ + ": event " + id + ": " + record.status().message());
      StoredEvent event;
      event.id = r[0][0].as<int64_t>();
      event.record = std::move(record).value();
      event.record.review = FieldText(r[0][kEventColumnCount]);
      event.json = FieldText(r[0][1 + kEventColumnCount]);
      return std::optional<StoredEvent>(std::move(event));
    });
  }

  Result<std::vector<EventDocument>> DocumentsOfEvent(int64_t event_id) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::vector<EventDocument>> {
      PgParams p;
      p.Int(event_id);
      auto r = Exec(tx,
                    "SELECT d.doc, d.url, d.title, d.published, d.text, d.duplicate_of IS NOT NULL FROM documents d "
                    "WHERE d.id IN (SELECT document_id FROM reports WHERE event_id = $1) "
                    "OR d.duplicate_of IN (SELECT document_id FROM reports WHERE event_id = $1) "
                    "ORDER BY d.duplicate_of IS NOT NULL, d.id",
                    p);
      std::vector<EventDocument> out;
      for (const auto& row : r) {
        out.push_back({FieldText(row[0]), FieldText(row[1]), FieldText(row[2]), FieldText(row[3]), FieldText(row[4]),
                       row[5].as<bool>()});
      }
      return out;
    });
  }

  Result<std::vector<MergeLogEntry>> MergeLog(int64_t event_id, int64_t limit) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::vector<MergeLogEntry>> {
      return PostgresTransaction::ReadMergeLog(tx, event_id != 0 ? "WHERE m.event_id = $1" : "", event_id, limit);
    });
  }

  Result<int64_t> UndoMerge(int64_t merge_id, const std::string& by) override {
    return Locked([&](PostgresTransaction& tx) { return writer_.UndoMerge(tx, merge_id, by); });
  }

  Result<int64_t> MergeEvents(int64_t into_event_id, int64_t from_event_id, const std::string& by) override {
    return Locked([&](PostgresTransaction& tx) { return writer_.MergeEvents(tx, into_event_id, from_event_id, by); });
  }

  Result<bool> HasDocument(const DocumentFingerprint& fingerprint) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<bool> {
      PostgresTransaction reader(tx);
      auto found = reader.FindDocument(fingerprint);
      if (!found.ok()) return found.status();
      return found.value() != 0;
    });
  }

  Result<bool> HasDocumentAt(const std::string& url) override {
    const std::string canonical = CanonicalUrl(url);
    if (canonical.empty()) return false;
    return Reading([&](pqxx::read_transaction& tx) -> Result<bool> {
      PgParams p;
      p.Text(canonical);
      return !Exec(tx, "SELECT 1 FROM documents WHERE canonical_url = $1", p).empty();
    });
  }

  Result<FeedState> LoadFeedState(const std::string& url) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<FeedState> {
      PgParams p;
      p.Text(url);
      auto r = Exec(tx, "SELECT etag, last_modified, checked_at FROM feeds WHERE url = $1", p);
      FeedState state;
      state.url = url;
      if (!r.empty()) {
        state.etag = FieldText(r[0][0]);
        state.last_modified = FieldText(r[0][1]);
        state.checked_at = FieldText(r[0][2]);
      }
      return state;
    });
  }

  Status SaveFeedState(const FeedState& state) override {
    return Writing([&](pqxx::work& tx) -> Status {
      PgParams p;
      p.Text(state.url).Text(state.etag, true).Text(state.last_modified, true).Text(state.checked_at, true);
      Exec(tx,
           "INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4) "
           "ON CONFLICT (url) DO UPDATE SET etag = $2, last_modified = $3, checked_at = $4",
           p);
      return Status::Ok();
    });
  }

  Result<int64_t> AddUser(const UserAccount& user) override {
    return Writing([&](pqxx::work& tx) -> Result<int64_t> {
      PgParams p;
      p.Text(user.name).Text(user.password_hash).Text(user.role);
      auto r =
          Exec(tx,
               "INSERT INTO users (name, password_hash, role) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET "
               "password_hash = excluded.password_hash, role = excluded.role, deleted_at = NULL "
               "WHERE users.deleted_at IS NOT NULL RETURNING id",
               p);
      if (r.empty())
        return Status::Error("user '" + user.name + "' exists already (vigie user passwd to change the password)");
      return r[0][0].as<int64_t>();
    });
  }

  Status SetPassword(const std::string& name, const std::string& password_hash) override {
    PgParams p;
    p.Text(name).Text(password_hash);
    return UpdateUser("UPDATE users SET password_hash = $2 WHERE name = $1 AND deleted_at IS NULL", name, p);
  }

  Status DeleteUser(const std::string& name) override {
    PgParams p;
    p.Text(name);
    return UpdateUser(
        "UPDATE users SET password_hash = '', deleted_at = to_char(now() AT TIME ZONE 'utc', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') WHERE name = $1 AND deleted_at IS NULL",
        name, p);
  }

  Result<std::optional<UserAccount>> FindUser(const std::string& name) override {
    auto users = ReadUsers("WHERE name = $1", name);
    if (!users.ok()) return users.status();
    if (users->empty()) return std::optional<UserAccount>();
    return std::optional<UserAccount>(std::move(users->front()));
  }

  Result<std::vector<UserAccount>> Users() override { return ReadUsers("", ""); }

  Status CreateSession(const std::string& token_hash, int64_t user_id, const std::string& csrf_token,
                       int64_t expires_at) override {
    return Writing([&](pqxx::work& tx) -> Status {
      tx.exec("DELETE FROM sessions WHERE expires_at < extract(epoch FROM now())");
      PgParams p;
      p.Text(token_hash).Int(user_id).Text(csrf_token).Int(expires_at);
      Exec(tx, "INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)", p);
      return Status::Ok();
    });
  }

  Result<std::optional<UserSession>> FindSession(const std::string& token_hash, int64_t now) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::optional<UserSession>> {
      PgParams p;
      p.Text(token_hash).Int(now);
      auto r = Exec(tx,
                    "SELECT u.id, u.name, u.role, u.created_at, s.csrf_token, s.expires_at FROM sessions s "
                    "JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2 "
                    "AND u.deleted_at IS NULL",
                    p);
      if (r.empty()) return std::optional<UserSession>();
      UserSession session;
      session.user.id = r[0][0].as<int64_t>();
      session.user.name = FieldText(r[0][1]);
      session.user.role = FieldText(r[0][2]);
      session.user.created_at = FieldText(r[0][3]);
      session.csrf_token = FieldText(r[0][4]);
      session.expires_at = r[0][5].as<int64_t>();
      return std::optional<UserSession>(std::move(session));
    });
  }

  Status DeleteSession(const std::string& token_hash) override {
    return Writing([&](pqxx::work& tx) -> Status {
      PgParams p;
      p.Text(token_hash);
      Exec(tx, "DELETE FROM sessions WHERE token_hash = $1", p);
      return Status::Ok();
    });
  }

  Result<int64_t> AddComment(int64_t event_id, int64_t user_id, const std::string& body) override {
    return Writing([&](pqxx::work& tx) -> Result<int64_t> {
      PgParams p;
      p.Int(event_id).Int(user_id).Text(body);
      const int64_t id =
          Exec(tx, "INSERT INTO comments (event_id, user_id, body) VALUES ($1, $2, $3) RETURNING id", p)[0][0]
              .as<int64_t>();
      PgParams audit;
      audit.Int(user_id).Int(event_id).Text("{\"comment\":" + std::to_string(id) + "}");
      Exec(tx, "INSERT INTO audit_log (user_id, action, event_id, detail) VALUES ($1, 'comment', $2, $3)", audit);
      return id;
    });
  }

  Result<std::vector<EventComment>> Comments(int64_t event_id) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::vector<EventComment>> {
      PgParams p;
      p.Int(event_id);
      auto r = Exec(tx,
                    "SELECT c.id, u.name, c.body, c.created_at FROM comments c JOIN users u ON u.id = c.user_id "
                    "WHERE c.event_id = $1 ORDER BY c.id",
                    p);
      std::vector<EventComment> out;
      for (const auto& row : r)
        out.push_back({row[0].as<int64_t>(), FieldText(row[1]), FieldText(row[2]), FieldText(row[3])});
      return out;
    });
  }

  Result<std::vector<AuditEntry>> AuditLog(int64_t event_id) override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::vector<AuditEntry>> {
      PgParams p;
      p.Int(event_id);
      auto r = Exec(tx,
                    "SELECT a.id, a.at, coalesce(u.name, ''), a.action, a.detail FROM audit_log a "
                    "LEFT JOIN users u ON u.id = a.user_id WHERE a.event_id = $1 ORDER BY a.id",
                    p);
      std::vector<AuditEntry> out;
      for (const auto& row : r) {
        out.push_back(
            {row[0].as<int64_t>(), FieldText(row[1]), FieldText(row[2]), FieldText(row[3]), FieldText(row[4])});
      }
      return out;
    });
  }

  Result<StoreCounts> Counts() override {
    return Reading([&](pqxx::read_transaction& tx) -> Result<StoreCounts> {
      auto r = tx.exec(
          "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL), "
          "(SELECT count(*) FROM reports), (SELECT count(*) FROM events)");
      return StoreCounts{r[0][0].as<int64_t>(), r[0][1].as<int64_t>(), r[0][2].as<int64_t>(), r[0][3].as<int64_t>()};
    });
  }

  std::string Describe() const override { return where_ + " (PostgreSQL)"; }

 private:
  Status UpdateUser(const std::string& sql, const std::string& name, const PgParams& p) {
    return Writing([&](pqxx::work& tx) -> Status {
      auto r = Exec(tx, sql, p);
      if (r.affected_rows() == 0) return Status::Error("no user '" + name + "'");
      // A new password (or a deleted account) ends the account's sessions.
      PgParams who;
      who.Text(name);
      Exec(tx, "DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = $1)", who);
      return Status::Ok();
    });
  }

  Result<std::vector<UserAccount>> ReadUsers(const std::string& where, const std::string& name) {
    return Reading([&](pqxx::read_transaction& tx) -> Result<std::vector<UserAccount>> {
      PgParams p;
      if (!where.empty()) p.Text(name);
      auto r = Exec(tx,
                    "SELECT id, name, role, password_hash, created_at, deleted_at IS NOT NULL FROM users " + where +
                        " ORDER BY name",
                    p);
      std::vector<UserAccount> users;
      for (const auto& row : r) {
        UserAccount& u = users.emplace_back();
        u.id = row[0].as<int64_t>();
        u.name = FieldText(row[1]);
        u.role = FieldText(row[2]);
        u.password_hash = FieldText(row[3]);
        u.created_at = FieldText(row[4]);
        u.deleted = row[5].as<bool>();
      }
      return users;
    });
  }

  // Changes one event under the write lock: `change` edits its record and returns the audit
  // log's detail for the change.
  Status ChangeEvent(int64_t event_id, int64_t user_id, const char* action,
                     const std::function<std::string(EventRecord&)>& change) override {
    return Writing([&](pqxx::work& tx) -> Status {
      tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLock) + ")");
      PostgresTransaction primitives(tx);
      auto event = primitives.LoadEvent(event_id);
      if (!event.ok()) return event.status();
      const std::string detail = change(event->record);
      if (Status s = primitives.UpdateEvent(event_id, event->record); !s.ok()) return s;
      PgParams p;
      p.Int(user_id).Text(action).Int(event_id).Text(detail);
      Exec(tx, "INSERT INTO audit_log (user_id, action, event_id, detail) VALUES ($1, $2, $3, $4)", p);
      return Status::Ok();
    });
  }

  // The filter's values as statement parameters.
  static PgParams Params(const FilterSql& conditions) {
    PgParams p;
    for (const auto& value : conditions.values) {
      if (const auto* text = std::get_if<std::string>(&value)) {
        p.Text(*text);
      } else {
        p.Real(std::get<double>(value));
      }
    }
    return p;
  }

  // A cursor cannot take parameters: the values go in as literals (tx.quote escapes text).
  // One pass over the statement's own text replaces each $N; what is inserted is never
  // scanned again, so a value holding "$1" stays a value.
  static std::string WithLiterals(pqxx::transaction_base& tx, const std::string& sql, const FilterSql& conditions) {
    std::string out;
    for (size_t i = 0; i < sql.size(); ++i) {
      if (sql[i] != '$' || i + 1 >= sql.size() || !std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
        out += sql[i];
        continue;
      }
      size_t j = i + 1;
      while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j]))) ++j;
      const size_t index = std::stoul(sql.substr(i + 1, j - i - 1)) - 1;
      const auto& value = conditions.values.at(index);
      if (const auto* text = std::get_if<std::string>(&value)) {
        out += tx.quote(*text);
      } else {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", std::get<double>(value));
        out += buffer;
      }
      i = j - 1;
    }
    return out;
  }

  // Runs `body(tx)` in a read-only transaction; a libpqxx failure becomes a Status that
  // names the database.
  template <typename Body>
  auto Reading(Body&& body) -> decltype(body(std::declval<pqxx::read_transaction&>())) {
    try {
      pqxx::read_transaction tx(*connection_);
      return body(tx);
    } catch (const std::exception& e) {
      return PgError(where_, e);
    }
  }

  // Runs `body(tx)` in a write transaction, committed when the body succeeds and rolled back
  // otherwise; a libpqxx failure becomes a Status that names the database.
  template <typename Body>
  auto Writing(Body&& body) -> decltype(body(std::declval<pqxx::work&>())) {
    try {
      pqxx::work tx(*connection_);
      auto result = body(tx);
      if (result.ok()) tx.commit();
      return result;
    } catch (const std::exception& e) {
      return PgError(where_, e);
    }
  }

  // Runs `change` (a DocumentWriter operation) as Writing does, under the write lock.
  template <typename Change>
  auto Locked(Change&& change) -> decltype(change(std::declval<PostgresTransaction&>())) {
    return Writing([&](pqxx::work& tx) -> decltype(change(std::declval<PostgresTransaction&>())) {
      tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLock) + ")");
      PostgresTransaction primitives(tx);
      return change(primitives);
    });
  }

  std::unique_ptr<pqxx::connection> connection_;
  std::string where_;
  DocumentWriter writer_;
};

// The URL without its password, for messages.
std::string Redacted(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

Status Migrate(pqxx::connection& connection) {
  pqxx::work tx(connection);
  tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLock) + ")");
  tx.exec("CREATE TABLE IF NOT EXISTS vigie_schema (version INTEGER NOT NULL)");
  auto r = tx.exec("SELECT max(version) FROM vigie_schema");
  const int version = r[0][0].is_null() ? 0 : r[0][0].as<int>();
  if (version > kVersion) {
    return Status::Error("the database has schema version " + std::to_string(version) +
                         ", newer than this Vigie knows (" + std::to_string(kVersion) + "); use a newer vigie");
  }
  for (int next = version + 1; next <= kVersion; ++next) {
    tx.exec(kMigrations[next - 1]);
    tx.exec("INSERT INTO vigie_schema (version) VALUES (" + std::to_string(next) + ")");
  }
  tx.commit();
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<EventStore>> OpenPostgresStore(const std::string& url, const StoreOptions& options) {
  const std::string where = Redacted(url);
  try {
    auto connection = std::make_unique<pqxx::connection>(url);
    if (Status s = Migrate(*connection); !s.ok()) return Status::Error(where + ": " + s.message());
    return std::unique_ptr<EventStore>(std::make_unique<PostgresStore>(std::move(connection), where, options));
  } catch (const std::exception& e) {
    return PgError(where, e);
  }
}

}  // namespace vigie
