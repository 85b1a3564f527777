// The SQLite store's schema as numbered migrations; PRAGMA user_version records how many
// were applied.
#pragma once

#include "core/status.h"
#include "store/sqlite_database.h"

namespace vigie {

// The schema version this build writes.
int SqliteSchemaVersion();

// Applies the migrations `db` lacks, each in its own transaction. Refuses a database of a
// newer version than this build knows, naming both versions.
Status MigrateSqliteSchema(SqliteDatabase& db);

}  // namespace vigie
