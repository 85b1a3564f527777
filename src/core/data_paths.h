// Where the editable data files (lexicons, dictionaries) are found.
#pragma once

#include <filesystem>
#include <string>

namespace vigie {

// Returns the data directory: `override_dir` when non-empty, else $VIGIE_DATA when set,
// else the directory compiled in at build time (the source tree's data/).
std::filesystem::path ResolveDataDir(const std::string& override_dir = "");

}  // namespace vigie
