#include "store/sqlite_database.h"

#include <algorithm>
#include <mutex>
#include <string>
#include <utility>

namespace vigie {

namespace {

// Once per process, before SQLite's first use: each connection serves one thread at a time
// (a server leases one per request, ingest workers have their own), so SQLite's locks around
// each connection are not needed; nor is its count of memory in use, which takes a global
// lock at every allocation and made the server's threads queue behind one another.
void ConfigureSqliteOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  });
}

}  // namespace

Result<SqliteDatabase> SqliteDatabase::Open(const std::string& path, bool create, int busy_timeout_ms,
                                            int64_t memory_map_bytes, int64_t page_cache_bytes) {
  ConfigureSqliteOnce();
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = path + ": cannot open database: " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return Status::Error(std::move(message));
  }
  SqliteDatabase database(db, path);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  // WAL: readers never block the writer and a crash loses only uncommitted transactions.
  // NORMAL synchronous is durable in WAL mode except for the last transactions on power loss.
  // Reads go through a memory map and a page cache (StoreOptions says how large).
  const int64_t cache_kib = std::max<int64_t>(1, page_cache_bytes / 1024);
  if (Status s = database.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                                  "PRAGMA mmap_size=" +
                                  std::to_string(std::max<int64_t>(0, memory_map_bytes)) + "; PRAGMA cache_size=-" +
                                  std::to_string(cache_kib) + ";");
      !s.ok()) {
    return s;
  }
  return database;
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

SqliteDatabase& SqliteDatabase::operator=(SqliteDatabase&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close_v2(db_); }

Status SqliteDatabase::Error(std::string_view what) const {
  const int code = sqlite3_errcode(db_) & 0xFF;
  std::string message = path_ + ": " + std::string(what) + ": ";
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      message += "the database is locked by another process (waited for it; try again when it is done)";
      break;
    case SQLITE_FULL:
      message += "the disk is full (nothing of this transaction was stored)";
      break;
    case SQLITE_IOERR:
      message += std::string("cannot write to the disk: full, or the file may not grow (") + sqlite3_errmsg(db_) +
                 "; nothing of this transaction was stored)";
      break;
    case SQLITE_READONLY:
      message += "the database is read-only";
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      message += "the file is not a Vigie database or is damaged";
      break;
    default:
      message += sqlite3_errmsg(db_);
  }
  return Status::Error(std::move(message));
}

Status SqliteDatabase::Execute(std::string_view sql) {
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error(text.substr(0, text.find_first_of(" (;")));
  }
  return Status::Ok();
}

Status SqliteDatabase::BeginWrite() {
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) return Error("cannot write");
  return Status::Ok();
}

Result<SqliteStatement> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
      SQLITE_OK) {
    return Error("cannot prepare a statement");
  }
  return SqliteStatement(this, stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), status_(std::move(other.status_)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
    status_ = std::move(other.status_);
  }
  return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

SqliteStatement& SqliteStatement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::Bind(int index, std::string_view value, bool empty_is_null) {
  if (empty_is_null && value.empty()) return BindNull(index);
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool SqliteStatement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE && status_.ok()) status_ = db_->Error("statement failed");
  return false;
}

Status SqliteStatement::Run() {
  while (Step()) {
  }
  Status result = status_;
  Reset();
  return result;
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status::Ok();
}

std::string_view SqliteStatement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (text == nullptr) return {};
  return {text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
}

}  // namespace vigie
