// An EventFilter as SQL: the WHERE conditions and their values, in each engine's dialect
// (placeholders, case-insensitive comparison, the spatial index, the full-text index), and
// the ORDER BY of its order. Values are always bound as parameters, never pasted.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "store/event_store.h"

namespace vigie {

enum class SqlDialect { kSqlite, kPostgres };

struct FilterSql {
  std::string where;  // " AND ..." conditions on the events table (alias-free), or empty
  std::vector<std::variant<std::string, double>> values;  // in placeholder order
};

// How SQLite finds the events of a bounding box: by the latitude and longitude columns (an
// index range; best when the box holds many events, read in date order), or also through the
// R*Tree of event points (best when it holds few). Both give the same events.
enum class BoxLookup { kColumns, kRtree };

// The conditions of `filter`; placeholders are numbered from `first_placeholder`.
FilterSql FilterConditions(const EventFilter& filter, SqlDialect dialect, int first_placeholder = 1,
                           BoxLookup box = BoxLookup::kColumns);

// " ORDER BY ..." for the filter's order, then " LIMIT n OFFSET m" when it has a limit or offset.
std::string OrderAndPage(const EventFilter& filter, SqlDialect dialect);

// The words of a free-text search as an FTS5 query: each word quoted (a phrase of one word),
// all of them required; FTS5's operators in the input are only text. Empty when no word.
std::string Fts5Query(const std::string& text);

}  // namespace vigie
