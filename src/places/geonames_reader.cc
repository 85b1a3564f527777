#include "places/geonames_reader.h"

#include <array>
#include <charconv>
#include <fstream>

#include "core/utf8.h"

namespace vigie {

namespace {

constexpr size_t kColumns = 19;

template <typename T>
bool ParseNumber(std::string_view text, T& value) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// Splits `line` at tabs into exactly kColumns fields; false when the count differs.
bool SplitColumns(std::string_view line, std::array<std::string_view, kColumns>& fields,
                  size_t& found) {
  found = 0;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (found == kColumns) {
      ++found;  // one too many
      return false;
    }
    fields[found++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return found == kColumns;
}

}  // namespace

Status ReadGeoNames(const std::filesystem::path& path,
                    const std::function<void(const GeoNamesRow&)>& on_row,
                    std::vector<DataProblem>* problems, int max_problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path.string() + ": cannot open GeoNames file");
  std::string line;
  int number = 0;
  int bad = 0;
  std::array<std::string_view, kColumns> f;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    auto report = [&](std::string message) {
      ++bad;
      if (problems) problems->push_back({path.string(), number, std::move(message)});
    };
    size_t found = 0;
    GeoNamesRow row;
    if (!SplitColumns(line, f, found)) {
      report("expected 19 tab-separated GeoNames columns, found " + std::to_string(found) +
             (found > kColumns ? " or more" : ""));
    } else if (!IsValidUtf8(line)) {
      report("not valid UTF-8");
    } else if (!ParseNumber(f[0], row.geonameid) || row.geonameid == 0) {
      report("geonameid '" + std::string(f[0]) + "' is not a positive number");
    } else if (!ParseNumber(f[4], row.latitude) || !ParseNumber(f[5], row.longitude) ||
               row.latitude < -90 || row.latitude > 90 || row.longitude < -180 || row.longitude > 180) {
      report("coordinates '" + std::string(f[4]) + "', '" + std::string(f[5]) + "' are not a latitude and longitude");
    } else if (f[1].empty() || f[6].size() != 1 || f[8].size() > 2) {
      report("name, feature class or country code is malformed");
    } else {
      row.name = f[1];
      row.ascii_name = f[2];
      row.alternate_names = f[3];
      row.feature_class = f[6][0];
      row.feature_code = f[7];
      row.country = f[8];
      row.admin1 = f[10];
      row.admin2 = f[11];
      if (!f[14].empty() && !ParseNumber(f[14], row.population)) row.population = 0;
      on_row(row);
    }
    if (bad >= max_problems) {
      return Status::Error(path.string() + ":" + std::to_string(number) + ": " + std::to_string(bad) +
                           " malformed lines; this does not look like a GeoNames dump");
    }
  }
  if (in.bad()) return Status::Error(path.string() + ": read error after line " + std::to_string(number));
  return Status::Ok();
}

}  // namespace vigie
