#include "core/data_paths.h"

#include <cstdlib>

namespace vigie {

std::filesystem::path ResolveDataDir(const std::string& override_dir) {
  if (!override_dir.empty()) return override_dir;
  if (const char* env = std::getenv("VIGIE_DATA"); env != nullptr && *env != '\0') return env;
  return VIGIE_DEFAULT_DATA_DIR;
}

}  // namespace vigie
