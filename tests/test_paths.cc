#include "test_paths.h"

#include <cstdlib>

namespace vigie::testing {

std::filesystem::path SourceDir() { return VIGIE_SOURCE_DIR; }

std::filesystem::path SharedDataDir() {
  if (const char* env = std::getenv("VIGIE_SHARED_DATA"); env && *env) return env;
  return SourceDir().parent_path() / "shared" / "data";
}

}  // namespace vigie::testing
