// The SQLite store's schema as numbered migrations; PRAGMA user_version records how many
// were applied.
#pragma once

#include <array>
#include <string_view>

#include "core/status.h"
#include "store/sqlite_database.h"

namespace vigie {

// The schema version this build writes.
int SqliteSchemaVersion();

// The columns of the events table that its indexes hold (besides id). An update that leaves
// them as they are names none of them, so that SQLite leaves the indexes alone (it rewrites
// the entry of every index holding a column an UPDATE names, changed or not). A test checks
// the list against the schema.
inline constexpr std::array<std::string_view, 22> kIndexedEventColumns = {
    "event_id_cnty", "event_date", "event_type",    "sub_event_type", "disorder_type", "country",  "admin1", "admin2",
    "latitude",      "longitude",  "geo_precision", "fatalities",     "date_start",    "date_end", "inter1", "inter2",
    "actor1",        "actor2",     "assoc_actor_1", "assoc_actor_2",  "actor1_id",     "actor2_id"};

// Applies the migrations `db` lacks, each in its own transaction. Refuses a database of a
// newer version than this build knows, naming both versions.
Status MigrateSqliteSchema(SqliteDatabase& db);

}  // namespace vigie
