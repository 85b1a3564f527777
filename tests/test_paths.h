// Paths the tests read: the source tree and the shared development data beside it.
#pragma once

#include <filesystem>

namespace vigie::testing {

// The repository's root (compiled in).
std::filesystem::path SourceDir();
// ../shared/data next to the repository, or $VIGIE_SHARED_DATA; may not exist.
std::filesystem::path SharedDataDir();

}  // namespace vigie::testing
