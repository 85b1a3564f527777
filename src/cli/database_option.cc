// The --db option the store commands share.
#include <cstdlib>

#include "cli/commands.h"

namespace vigie {

std::string DatabaseLocation(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* env = std::getenv("VIGIE_DB"); env != nullptr && *env != '\0') return env;
  return "vigie.db";
}

void AddDatabaseOption(CLI::App& command, std::string& db_option) {
  command.add_option("--db", db_option,
                     "Database: a SQLite file, or postgresql://... (default: $VIGIE_DB, else vigie.db here)");
}

}  // namespace vigie
