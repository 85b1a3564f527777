// Reading GeoNames dumps (cities500.txt, a country file, allCountries.txt): one feature a
// line, 19 tab-separated columns.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"

namespace vigie {

// One line of a dump; the views point into the line and die with the callback.
struct GeoNamesRow {
  uint32_t geonameid = 0;
  std::string_view name;
  std::string_view ascii_name;
  std::string_view alternate_names;  // comma-separated
  double latitude = 0;
  double longitude = 0;
  char feature_class = 0;
  std::string_view feature_code;
  std::string_view country;  // ISO alpha-2
  std::string_view admin1;   // GeoNames admin1 code ("04"), empty when unknown
  std::string_view admin2;
  uint64_t population = 0;
};

// Calls `on_row` for every well-formed line of `path` in order. A malformed line (wrong
// number of columns, bad id or coordinates, invalid UTF-8) is reported in `problems` as
// file:line and skipped; after `max_problems` of them the file is refused, as it is
// probably not a GeoNames dump. Fails when the file cannot be read.
Status ReadGeoNames(const std::filesystem::path& path,
                    const std::function<void(const GeoNamesRow&)>& on_row,
                    std::vector<DataProblem>* problems, int max_problems = 100);

}  // namespace vigie
