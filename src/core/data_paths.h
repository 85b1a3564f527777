// Where the editable data files (lexicons, dictionaries) are found.
#pragma once

#include <filesystem>
#include <string>

namespace vigie {

// Returns the data directory: `override_dir` when non-empty, else $VIGIE_DATA when set,
// else the directory compiled in at build time (the source tree's data/).
std::filesystem::path ResolveDataDir(const std::string& override_dir = "");

// Returns the gazetteer index: `override_path` when non-empty, else $VIGIE_GAZETTEER when
// set, else the index `make build` writes into the build directory. That index is built from
// the compiled-in data directory; for another `data_dir` (an analyst's edited copy, given with
// --data or $VIGIE_DATA) the default is an index of its own beside it in the build directory
// ("places-<hash of the directory>.idx"), so that switching between data directories does not
// rebuild one shared index each time.
std::filesystem::path ResolveGazetteerIndex(const std::string& override_path = "",
                                            const std::filesystem::path& data_dir = {});

// Where `make build` installs the npm packages the gazetteer is built from.
std::filesystem::path DefaultGazetteerNpmDir();

}  // namespace vigie
