#include "store/event_filter_sql.h"

namespace vigie {

namespace {

std::string LikePattern(const std::string& fragment) {
  std::string pattern = "%";
  for (char c : fragment) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

}  // namespace

std::string Fts5Query(const std::string& text) {
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!query.empty()) query += ' ';
    query += '"' + word + '"';
    word.clear();
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    // Letters, digits and any byte of a multi-byte character make words; the rest separates.
    if (u >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return query;
}

FilterSql FilterConditions(const EventFilter& filter, SqlDialect dialect, int first_placeholder, BoxLookup box) {
  FilterSql out;
  const bool sqlite = dialect == SqlDialect::kSqlite;
  auto placeholder = [&] {
    return (sqlite ? "?" : "$") + std::to_string(first_placeholder + static_cast<int>(out.values.size()) - 1);
  };
  // `condition` with each '#' the placeholder of `value`.
  auto add = [&](const std::string& value, const std::string& condition) {
    if (value.empty()) return;
    out.values.emplace_back(value);
    std::string c = condition;
    for (size_t at; (at = c.find('#')) != std::string::npos;) c.replace(at, 1, placeholder());
    out.where += c;
  };
  if (sqlite) {
    add(filter.country, " AND country = # COLLATE NOCASE");
    add(filter.admin1, " AND admin1 = # COLLATE NOCASE");
  } else {
    add(filter.country, " AND lower(country) = lower(#)");
    add(filter.admin1, " AND lower(admin1) = lower(#)");
  }
  if (!filter.event_type.empty()) {
    // One type or several ("Battles,Riots"): ACLED's type names have no comma.
    std::string list;
    for (size_t at = 0; at <= filter.event_type.size();) {
      const size_t end = std::min(filter.event_type.find(',', at), filter.event_type.size());
      out.values.emplace_back(filter.event_type.substr(at, end - at));
      list += (list.empty() ? "" : ", ") + (sqlite ? placeholder() : "lower(" + placeholder() + ")");
      at = end + 1;
    }
    out.where += sqlite ? " AND event_type COLLATE NOCASE IN (" + list + ")" : " AND lower(event_type) IN (" + list + ")";
  }
  add(filter.since, " AND event_date >= #");
  add(filter.until, " AND event_date <= #");
  if (!filter.actor.empty()) {
    const char* like = sqlite ? "LIKE" : "ILIKE";
    add(LikePattern(filter.actor), std::string(" AND (actor1 ") + like + " # ESCAPE '\\' OR actor2 " + like +
                                       " # ESCAPE '\\' OR assoc_actor_1 " + like + " # ESCAPE '\\' OR assoc_actor_2 " +
                                       like + " # ESCAPE '\\')");
  }
  if (!filter.text.empty()) {
    if (sqlite) {
      const std::string query = Fts5Query(filter.text);
      // No word at all matches nothing rather than everything.
      add(query.empty() ? "\"\"" : query,
          " AND id IN (SELECT r.event_id FROM reports r WHERE r.document_id IN "
          "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH #))");
    } else {
      add(filter.text,
          " AND id IN (SELECT r.event_id FROM reports r JOIN documents d ON d.id = r.document_id "
          "WHERE d.search @@ plainto_tsquery('simple', #))");
    }
  }
  if (filter.bbox) {
    std::string p[4];
    for (int k = 0; k < 4; ++k) {
      out.values.emplace_back((*filter.bbox)[static_cast<size_t>(k)]);
      p[k] = placeholder();
    }
    if (sqlite) {
      // The columns decide (the R*Tree keeps 32-bit boxes rounded outwards); the R*Tree, when
      // asked for, narrows the rows to look at first.
      out.where += " AND latitude BETWEEN " + p[1] + " AND " + p[3] + " AND longitude BETWEEN " + p[0] + " AND " + p[2];
      if (box == BoxLookup::kRtree) {
        out.where += " AND id IN (SELECT id FROM events_location WHERE min_lon >= " + p[0] + " AND max_lon <= " + p[2] +
                     " AND min_lat >= " + p[1] + " AND max_lat <= " + p[3] + ")";
      }
    } else {
      out.where += " AND geom && ST_MakeEnvelope(" + p[0] + ", " + p[1] + ", " + p[2] + ", " + p[3] + ", 4326)";
    }
  }
  return out;
}

std::string OrderAndPage(const EventFilter& filter, SqlDialect dialect) {
  std::string sql;
  switch (filter.order) {
    case EventOrder::kDateAscending: sql = " ORDER BY event_date, id"; break;
    case EventOrder::kDateDescending: sql = " ORDER BY event_date DESC, id DESC"; break;
    case EventOrder::kFatalitiesDescending: sql = " ORDER BY fatalities DESC, event_date DESC, id DESC"; break;
  }
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  if (filter.offset > 0) {
    // SQLite needs a LIMIT before an OFFSET; -1 is none.
    if (filter.limit <= 0 && dialect == SqlDialect::kSqlite) sql += " LIMIT -1";
    sql += " OFFSET " + std::to_string(filter.offset);
  }
  return sql;
}

}  // namespace vigie
