#include "core/data_paths.h"

#include <cstdlib>

namespace vigie {

std::filesystem::path ResolveDataDir(const std::string& override_dir) {
  if (!override_dir.empty()) return override_dir;
  if (const char* env = std::getenv("VIGIE_DATA"); env != nullptr && *env != '\0') return env;
  return VIGIE_DEFAULT_DATA_DIR;
}

std::filesystem::path ResolveGazetteerIndex(const std::string& override_path) {
  if (!override_path.empty()) return override_path;
  if (const char* env = std::getenv("VIGIE_GAZETTEER"); env != nullptr && *env != '\0') return env;
  return VIGIE_DEFAULT_GAZETTEER_INDEX;
}

std::filesystem::path DefaultGazetteerNpmDir() { return VIGIE_DEFAULT_GAZETTEER_NPM_DIR; }

}  // namespace vigie
