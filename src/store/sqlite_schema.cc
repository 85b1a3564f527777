#include "store/sqlite_schema.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace vigie {

namespace {

// Migration N takes a database from version N-1 to N. Never edit a released migration:
// add the next one.
const char* const kMigrations[] = {
    // 1: documents, reports, events, evidence, sources, review, users, comments, logs.
    R"sql(
-- The outlets documents come from (ACLED's "source"): one row per site, with the name its
-- pages give and, once an analyst sets it, its scale (local, national, regional, international).
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  site TEXT NOT NULL UNIQUE,          -- the host, without "www." ("sahel-presse.example")
  name TEXT,
  scale TEXT
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,                 -- the document's id in the output ("doc")
  url TEXT,
  canonical_url TEXT,
  content_hash TEXT NOT NULL UNIQUE, -- XXH3-128 of the extracted text
  simhash INTEGER NOT NULL,
  band0 INTEGER NOT NULL, band1 INTEGER NOT NULL, band2 INTEGER NOT NULL, band3 INTEGER NOT NULL,
  duplicate_of INTEGER REFERENCES documents(id),
  source_id INTEGER REFERENCES sources(id),
  title TEXT, published TEXT, fetched TEXT, language TEXT, site_name TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX documents_canonical_url ON documents(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX documents_band0 ON documents(band0) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band1 ON documents(band1) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band2 ON documents(band2) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band3 ON documents(band3) WHERE duplicate_of IS NULL;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Full-text search over titles and texts. The store adds each document's row itself, in
-- the same transaction: an insert trigger would run in a savepoint, which makes FTS5 flush
-- its pending index at every document instead of once per transaction (four times the cost).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id',
                                              tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

-- Events merged from reports; the ACLED columns for filters and CSV, the whole record as JSON.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  event_id_cnty TEXT UNIQUE,
  event_date TEXT, year INTEGER, time_precision INTEGER, disorder_type TEXT, event_type TEXT,
  sub_event_type TEXT, actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT, assoc_actor_2 TEXT,
  inter2 INTEGER, interaction INTEGER, civilian_targeting TEXT, iso INTEGER, region TEXT, country TEXT,
  admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
  source TEXT, source_scale TEXT, notes TEXT, fatalities INTEGER, tags TEXT, timestamp INTEGER,
  date_start TEXT, date_end TEXT, fatalities_low INTEGER, fatalities_high INTEGER,
  actor1_id TEXT, actor2_id TEXT, geonameid INTEGER, language TEXT, confidence REAL,
  review TEXT NOT NULL DEFAULT 'unreviewed'
    CHECK (review IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
  record TEXT NOT NULL
);
CREATE INDEX events_country_date ON events(country COLLATE NOCASE, date_start, date_end);
CREATE INDEX events_date ON events(event_date, id);
-- The API's usual questions (a country or a type over a period, newest first) answered from
-- the index, reading only the rows of the page asked for.
CREATE INDEX events_country_event_date ON events(country COLLATE NOCASE, event_date, id);
CREATE INDEX events_type_event_date ON events(event_type COLLATE NOCASE, event_date, id);

-- Where events are, for bounding-box queries.
CREATE VIRTUAL TABLE events_location USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- Reports: the coder's events, one document each; every report belongs to one event.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  event_id INTEGER NOT NULL REFERENCES events(id),
  record TEXT NOT NULL
);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_document ON reports(document_id);

-- The text behind each field of each report, for highlighting in the source.
CREATE TABLE evidence (
  report_id INTEGER NOT NULL REFERENCES reports(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  role TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX evidence_report ON evidence(report_id);

CREATE TABLE merge_log (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL,
  report_id INTEGER NOT NULL,
  doc TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'merge', 'split')),
  score REAL NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  done_by TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX merge_log_event ON merge_log(event_id);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,       -- Argon2id, encoded with its parameters; '' once deleted
  role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  deleted_at TEXT                    -- a deleted account keeps its name for the record it left
);

-- Logged-in browsers: the hash of the cookie's token (a stolen database opens no session),
-- the CSRF token the pages send back with every change, and when the session ends.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  expires_at INTEGER NOT NULL         -- seconds since 1970
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE comments (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX comments_event ON comments(event_id);

-- Every change a person makes: who, what, when, the values before and after.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  user_id INTEGER REFERENCES users(id),
  action TEXT NOT NULL,
  event_id INTEGER,
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_event ON audit_log(event_id);

-- Feeds polled by `vigie ingest`, for conditional GET.
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  checked_at TEXT
);
)sql",

    // 2: the dashboard's questions answered from indexes, without reading event rows (each
    // holds its whole record, about 2 KB): a page of events in a box by date, counts by week
    // with their fatalities, counts in a box. The id right after the date keeps the order of
    // pages (event_date, id) in the index.
    R"sql(
DROP INDEX events_date;
DROP INDEX events_country_event_date;
DROP INDEX events_type_event_date;
CREATE INDEX events_date ON events(event_date, id, latitude, longitude, fatalities);
CREATE INDEX events_country_event_date ON events(country COLLATE NOCASE, event_date, id, fatalities);
CREATE INDEX events_type_event_date ON events(event_type COLLATE NOCASE, event_date, id, fatalities);
CREATE INDEX events_place ON events(latitude, longitude, event_date, fatalities);
)sql",

    // 3: evidence is read from the reports' records, where the coder wrote it: a table of
    // copies took 4% of ingest's time and was never read. The view keeps its columns for SQL.
    R"sql(
DROP INDEX evidence_report;
DROP TABLE evidence;
CREATE VIEW evidence (report_id, document_id, start, "end", role, text) AS
SELECT r.id, r.document_id, json_extract(e.value, '$.start'), json_extract(e.value, '$.end'),
       json_extract(e.value, '$.role'), json_extract(e.value, '$.text')
FROM reports AS r, json_each(r.record, '$.evidence') AS e;
)sql",

    // 4: the same CHECK constraints on events.review and merge_log.action, written as
    // comparisons: for an IN list of more than two values SQLite builds a temporary b-tree at
    // every statement that checks it (every event written, every merge log line), 5% of
    // ingest's instructions. The text of the tables' definitions is edited as SQLite documents
    // for changing a CHECK constraint (writable_schema; MigrateSqliteSchema then moves
    // schema_version on, so that every connection reads the definitions again); the rows
    // already stored satisfy the new constraints, which are the old ones.
    R"sql(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (review IN (''unreviewed'', ''confirmed'', ''corrected'', ''rejected''))',
                  'CHECK (review = ''unreviewed'' OR review = ''confirmed'' OR review = ''corrected'' OR review = ''rejected'')')
WHERE type = 'table' AND name = 'events';
UPDATE sqlite_schema
SET sql = replace(sql, 'CHECK (action IN (''create'', ''merge'', ''split''))',
                  'CHECK (action = ''create'' OR action = ''merge'' OR action = ''split'')')
WHERE type = 'table' AND name = 'merge_log';
PRAGMA writable_schema = OFF;
)sql",

    // 5: the SimHash band indexes hold each document's simhash: the near-duplicate check
    // reads its neighbours from the index alone. Chance neighbours grow with the documents
    // stored (a 16-bit band value is shared by one document in 65,536), and reading each
    // one's row, a page of its text, took a tenth of ingest's time at 300,000 documents.
    // duplicate_of is always null there, but SQLite counts an index as covering only when
    // it holds every column the query names, the partial index's condition included.
    R"sql(
DROP INDEX documents_band0;
DROP INDEX documents_band1;
DROP INDEX documents_band2;
DROP INDEX documents_band3;
CREATE INDEX documents_band0 ON documents(band0, simhash, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band1 ON documents(band1, simhash, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band2 ON documents(band2, simhash, duplicate_of) WHERE duplicate_of IS NULL;
CREATE INDEX documents_band3 ON documents(band3, simhash, duplicate_of) WHERE duplicate_of IS NULL;
)sql",

    // 6: the index that finds the stored events a report may join holds their admin1 and
    // place: only those of the report's admin1 or near its place (IncidentCandidates) are
    // read, instead of every event of the country and dates (43 a report at 300,000
    // documents of the synthetic corpus, each a row read).
    R"sql(
DROP INDEX events_country_date;
CREATE INDEX events_country_date ON events(country COLLATE NOCASE, date_start, date_end, admin1, latitude, longitude);
)sql",

    // 7: that index also holds what the matcher reads of an event (CopyIncidentFields), so
    // that a candidate's row is never read: in random order most candidates are not among
    // the recent events kept in memory, and reading their rows was a fifth of ingest's CPU
    // at 300,000 documents.
    R"sql(
DROP INDEX events_country_date;
CREATE INDEX events_candidates ON events(country COLLATE NOCASE, date_start, date_end, admin1, latitude, longitude,
  event_date, event_type, sub_event_type, disorder_type, geo_precision, admin2, inter1, inter2, actor1, actor2,
  assoc_actor_1, assoc_actor_2, actor1_id, actor2_id);
)sql",
};

constexpr int kVersion = static_cast<int>(std::size(kMigrations));

// The migrations that edit the text of a definition in sqlite_schema.
constexpr int kEditsSchemaText[] = {4};

}  // namespace

int SqliteSchemaVersion() { return kVersion; }

namespace {

// An integer PRAGMA's value: user_version (Vigie's schema version) or schema_version
// (SQLite's count of changes to the definitions).
Result<int> PragmaValue(SqliteDatabase& db, const char* pragma) {
  auto query = db.Prepare(std::string("PRAGMA ") + pragma);
  if (!query.ok()) return query.status();
  if (!query->Step()) return db.Error(std::string("cannot read ") + pragma);
  return static_cast<int>(query->Int(0));
}

Result<int> SchemaVersion(SqliteDatabase& db) { return PragmaValue(db, "user_version"); }

}  // namespace

Status MigrateSqliteSchema(SqliteDatabase& db) {
  // A database that is current needs no write lock: readers open it while a writer works.
  auto current = SchemaVersion(db);
  if (!current.ok()) return current.status();
  if (current.value() == kVersion) return Status::Ok();
  // Each step reads the version inside its own write transaction, so two processes opening
  // a new database at once migrate it once.
  for (;;) {
    if (Status s = db.BeginWrite(); !s.ok()) return s;
    auto read = SchemaVersion(db);
    if (!read.ok()) {
      (void)db.Execute("ROLLBACK");
      return read.status();
    }
    const int version = read.value();
    if (version >= kVersion) {
      (void)db.Execute("ROLLBACK");
      if (version == kVersion) return Status::Ok();
      return Status::Error(db.path() + ": the database has schema version " + std::to_string(version) +
                           ", newer than this Vigie knows (" + std::to_string(kVersion) + "); use a newer vigie");
    }
    const std::string sql =
        std::string(kMigrations[version]) + "\nPRAGMA user_version = " + std::to_string(version + 1) + ";";
    Status s = db.Execute(sql);
    if (s.ok() && std::find(std::begin(kEditsSchemaText), std::end(kEditsSchemaText), version + 1) !=
                      std::end(kEditsSchemaText)) {
      auto definitions = PragmaValue(db, "schema_version");
      s = definitions.ok() ? db.Execute("PRAGMA schema_version = " + std::to_string(definitions.value() + 1))
                           : definitions.status();
    }
    if (!s.ok()) {
      (void)db.Execute("ROLLBACK");
      return Status::Error(s.message() + " (while migrating the schema to version " + std::to_string(version + 1) +
                           ")");
    }
    if (Status committed = db.Execute("COMMIT"); !committed.ok()) {
      (void)db.Execute("ROLLBACK");
      return committed;
    }
  }
}

}  // namespace vigie
