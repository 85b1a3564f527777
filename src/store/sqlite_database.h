// A thin RAII layer over the SQLite C API: a connection and prepared statements with typed
// binding, so that every query of the store is a prepared statement and every error names
// the database file.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace vigie {

class SqliteStatement;

class SqliteDatabase {
 public:
  // Opens (creating when `create`) the database at `path` in WAL mode with foreign keys on
  // and a busy timeout: a writer that finds the database locked waits up to `busy_timeout_ms`.
  // Reads map up to `memory_map_bytes` of the file (0: none) and keep up to
  // `page_cache_bytes` of pages.
  static Result<SqliteDatabase> Open(const std::string& path, bool create, int busy_timeout_ms,
                                     int64_t memory_map_bytes, int64_t page_cache_bytes);

  SqliteDatabase(SqliteDatabase&&) noexcept;
  SqliteDatabase& operator=(SqliteDatabase&&) noexcept;
  ~SqliteDatabase();

  // Runs one or more statements without parameters (schema, pragmas, BEGIN/COMMIT).
  Status Execute(std::string_view sql);
  // BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout) so that the
  // transaction never fails half-way for want of it.
  Status BeginWrite();
  // Compiles one statement. REQUIRES: the database outlives the statement.
  Result<SqliteStatement> Prepare(std::string_view sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  // Rows this connection inserted, changed or deleted since it was opened.
  int64_t TotalChanges() const { return sqlite3_total_changes64(db_); }
  // "PATH: MESSAGE" with SQLite's explanation of its last error, in words a user can act on
  // for the usual causes (locked, full disk, read-only, corrupt).
  Status Error(std::string_view what) const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

// One prepared statement. Bind parameters by 1-based index, Step, read columns by 0-based
// index, Reset to run it again.
class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&&) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) noexcept;
  ~SqliteStatement();

  SqliteStatement& Bind(int index, int64_t value);
  SqliteStatement& Bind(int index, int value) { return Bind(index, static_cast<int64_t>(value)); }
  SqliteStatement& Bind(int index, double value);
  // Text is copied by SQLite (SQLITE_TRANSIENT); an empty string binds NULL when
  // `empty_is_null`.
  SqliteStatement& Bind(int index, std::string_view value, bool empty_is_null = false);
  SqliteStatement& BindNull(int index);

  // Runs one step: true with a row to read, false when done; an error is remembered and
  // returned by status(). After false, Reset before running again.
  bool Step();
  // Runs to completion, ignoring rows; returns the statement's status.
  Status Run();
  void Reset();
  const Status& status() const { return status_; }

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  double Double(int column) const { return sqlite3_column_double(stmt_, column); }
  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  // The column's text; valid until the next Step or Reset.
  std::string_view Text(int column) const;

 private:
  friend class SqliteDatabase;
  SqliteStatement(const SqliteDatabase* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  const SqliteDatabase* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_ = Status::Ok();
};

}  // namespace vigie
