#include "core/data_paths.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "core/string_hash.h"

namespace vigie {

std::filesystem::path ResolveDataDir(const std::string& override_dir) {
  if (!override_dir.empty()) return override_dir;
  if (const char* env = std::getenv("VIGIE_DATA"); env != nullptr && *env != '\0') return env;
  return VIGIE_DEFAULT_DATA_DIR;
}

std::filesystem::path ResolveGazetteerIndex(const std::string& override_path, const std::filesystem::path& data_dir) {
  if (!override_path.empty()) return override_path;
  if (const char* env = std::getenv("VIGIE_GAZETTEER"); env != nullptr && *env != '\0') return env;
  const std::filesystem::path default_index = VIGIE_DEFAULT_GAZETTEER_INDEX;
  if (data_dir.empty()) return default_index;
  std::error_code error;
  const std::filesystem::path given = std::filesystem::weakly_canonical(data_dir, error);
  const std::filesystem::path compiled_in = std::filesystem::weakly_canonical(VIGIE_DEFAULT_DATA_DIR, error);
  if (given.empty() || given == compiled_in) return default_index;
  char suffix[32];
  snprintf(suffix, sizeof suffix, "-%016llx.idx", static_cast<unsigned long long>(WordHash(given.string())));
  return default_index.parent_path() / (default_index.stem().string() + suffix);
}

std::filesystem::path DefaultGazetteerNpmDir() { return VIGIE_DEFAULT_GAZETTEER_NPM_DIR; }

}  // namespace vigie
