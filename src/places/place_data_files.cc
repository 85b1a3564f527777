#include "places/place_data_files.h"

#include <charconv>

#include "core/ascii.h"
#include "places/place_key.h"

namespace vigie {

namespace {

std::optional<double> ParseDouble(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

bool IsCountryCode(const std::string& code) {
  return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

bool IsFeatureCode(const std::string& code) {
  if (code.empty() || code.size() > 7) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Runs `parse` on each line of `path`, wrapping the shared problem bookkeeping.
template <typename Entry, typename Parse>
Result<std::vector<Entry>> LoadLines(const std::filesystem::path& path, size_t min_fields,
                                     size_t max_fields, const char* columns,
                                     std::vector<DataProblem>* problems, Parse parse) {
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  std::vector<Entry> entries;
  for (const DataLine& line : lines.value()) {
    auto report = [&](std::string message) {
      if (problems) problems->push_back({path.string(), line.number, std::move(message)});
    };
    if (line.fields.size() < min_fields || line.fields.size() > max_fields) {
      report("expected " + std::string(columns) + " separated by tabs, found " +
             std::to_string(line.fields.size()) + " field(s)");
      continue;
    }
    Entry entry;
    entry.line = line.number;
    if (parse(line.fields, entry, report)) entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace

Result<std::vector<PlaceAlias>> LoadPlaceAliases(const std::filesystem::path& path,
                                                 std::vector<DataProblem>* problems) {
  return LoadLines<PlaceAlias>(
      path, 3, 3, "PLACE, COUNTRY and ALIASES", problems,
      [](const std::vector<std::string>& f, PlaceAlias& entry, auto& report) {
        entry.place = f[0];
        entry.country = f[1];
        entry.aliases = SplitListField(f[2]);
        if (entry.place.empty() || entry.place == "-") {
          report("PLACE is empty");
          return false;
        }
        if (!IsCountryCode(entry.country)) {
          report("COUNTRY '" + entry.country + "' is not an ISO 3166 alpha-2 code like ML");
          return false;
        }
        if (entry.aliases.empty()) {
          report("no alias given");
          return false;
        }
        for (const std::string& alias : entry.aliases) {
          if (PlaceKey(alias).empty()) {
            report("alias '" + alias + "' has no letters");
            return false;
          }
        }
        return true;
      });
}

Result<std::vector<ExtraPlace>> LoadExtraPlaces(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems) {
  return LoadLines<ExtraPlace>(
      path, 8, 9, "NAME, COUNTRY, LATITUDE, LONGITUDE, FEATURE, PRECISION, ADMIN1, ALIASES and optional DEMONYMS",
      problems, [](const std::vector<std::string>& f, ExtraPlace& entry, auto& report) {
        entry.name = f[0];
        if (PlaceKey(entry.name).empty()) {
          report("NAME '" + entry.name + "' has no letters");
          return false;
        }
        entry.countries = SplitListField(f[1]);  // '-' for a continent or an ocean
        for (const std::string& code : entry.countries) {
          if (!IsCountryCode(code)) {
            report("COUNTRY '" + code + "' is not an ISO 3166 alpha-2 code like ML");
            return false;
          }
        }
        auto latitude = ParseDouble(f[2]);
        auto longitude = ParseDouble(f[3]);
        if (!latitude || *latitude < -90 || *latitude > 90) {
          report("LATITUDE '" + f[2] + "' is not a number between -90 and 90");
          return false;
        }
        if (!longitude || *longitude < -180 || *longitude > 180) {
          report("LONGITUDE '" + f[3] + "' is not a number between -180 and 180");
          return false;
        }
        entry.latitude = *latitude;
        entry.longitude = *longitude;
        entry.feature_code = f[4];
        if (!IsFeatureCode(entry.feature_code)) {
          report("FEATURE '" + f[4] + "' is not a GeoNames feature code like PPL or RGN");
          return false;
        }
        if (f[5] != "1" && f[5] != "2" && f[5] != "3") {
          report("PRECISION '" + f[5] + "' must be 1 (a point), 2 (a small area) or 3 (a large region)");
          return false;
        }
        entry.precision = f[5][0] - '0';
        entry.admin1 = f[6] == "-" ? "" : f[6];
        if (!entry.admin1.empty() && (entry.countries.empty() || entry.admin1.compare(0, 2, entry.countries.front()) != 0)) {
          report("ADMIN1 '" + f[6] + "' does not start with the place's country code");
          return false;
        }
        entry.aliases = SplitListField(f[7]);
        if (f.size() > 8) entry.demonyms = SplitListField(f[8]);
        return true;
      });
}

Result<std::vector<CountryExtra>> LoadCountryExtras(const std::filesystem::path& path,
                                                    std::vector<DataProblem>* problems) {
  return LoadLines<CountryExtra>(
      path, 5, 5, "COUNTRY, LATITUDE, LONGITUDE, NAMES and DEMONYMS", problems,
      [](const std::vector<std::string>& f, CountryExtra& entry, auto& report) {
        entry.code = f[0];
        if (!IsCountryCode(entry.code)) {
          report("COUNTRY '" + f[0] + "' is not an ISO 3166 alpha-2 code like ML");
          return false;
        }
        if (f[1] != "-" || f[2] != "-") {
          entry.latitude = ParseDouble(f[1]);
          entry.longitude = ParseDouble(f[2]);
          if (!entry.latitude || !entry.longitude || *entry.latitude < -90 || *entry.latitude > 90 ||
              *entry.longitude < -180 || *entry.longitude > 180) {
            report("LATITUDE/LONGITUDE '" + f[1] + "', '" + f[2] + "' are not coordinates");
            return false;
          }
        }
        entry.names = SplitListField(f[3]);
        entry.demonyms = SplitListField(f[4]);
        return true;
      });
}

Result<std::vector<UnitCentre>> LoadUnitCentres(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems) {
  return LoadLines<UnitCentre>(
      path, 4, 4, "CODE, LATITUDE, LONGITUDE and NAME", problems,
      [](const std::vector<std::string>& f, UnitCentre& entry, auto& report) {
        entry.code = f[0];
        if (entry.code.size() < 4 || entry.code[2] != '.' || !IsCountryCode(entry.code.substr(0, 2))) {
          report("CODE '" + f[0] + "' is not an admin code like CA.10");
          return false;
        }
        auto latitude = ParseDouble(f[1]);
        auto longitude = ParseDouble(f[2]);
        if (!latitude || !longitude || *latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180) {
          report("LATITUDE/LONGITUDE '" + f[1] + "', '" + f[2] + "' are not coordinates");
          return false;
        }
        entry.latitude = *latitude;
        entry.longitude = *longitude;
        return true;
      });
}

Result<std::vector<Designator>> LoadDesignators(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems) {
  return LoadLines<Designator>(
      path, 5, 5, "LANG, WORD, POSITION, LEVELS and COUNTRIES", problems,
      [](const std::vector<std::string>& f, Designator& entry, auto& report) {
        entry.language = f[0];
        if (entry.language != "fr" && entry.language != "en" && entry.language != "*") {
          report("LANG '" + f[0] + "' must be fr, en or *");
          return false;
        }
        entry.word = AsciiLower(f[1]);
        if (PlaceKey(entry.word).empty()) {
          report("WORD is empty");
          return false;
        }
        if (f[2] != "before" && f[2] != "after") {
          report("POSITION '" + f[2] + "' must be before or after");
          return false;
        }
        entry.before = f[2] == "before";
        entry.levels = SplitListField(f[3]);
        if (entry.levels.empty()) {
          report("LEVELS is empty");
          return false;
        }
        for (const std::string& level : entry.levels) {
          if (level != "ADM1" && level != "ADM2" && level != "ADM3" && level != "PPL") {
            report("LEVEL '" + level + "' must be ADM1, ADM2, ADM3 or PPL");
            return false;
          }
        }
        if (f[4] != "*") {
          entry.countries = SplitListField(f[4]);
          for (const std::string& code : entry.countries) {
            if (!IsCountryCode(code)) {
              report("COUNTRY '" + code + "' is not an ISO 3166 alpha-2 code like ML");
              return false;
            }
          }
        }
        return true;
      });
}

std::string StripDesignators(const std::string& unit, const std::vector<Designator>& designators) {
  // Work on keys so case, accents and apostrophes do not matter, then map back by words.
  const std::string key = PlaceKey(unit);
  static const char* const kLinks[] = {"de la ", "de l ", "des ", "du ", "de ", "d ", "of the ", "of "};
  std::string best;
  for (const Designator& designator : designators) {
    const std::string word = PlaceKey(designator.word);
    std::string rest;
    if (key.starts_with(word + " ")) {
      rest = key.substr(word.size() + 1);
      for (const char* link : kLinks) {
        if (rest.starts_with(link) && rest.size() > std::char_traits<char>::length(link)) {
          rest = rest.substr(std::char_traits<char>::length(link));
          break;
        }
      }
    } else if (key.size() > word.size() + 1 && key.ends_with(" " + word)) {
      rest = key.substr(0, key.size() - word.size() - 1);
    }
    if (!rest.empty() && (best.empty() || rest.size() < best.size())) best = rest;
  }
  return best;
}

}  // namespace vigie
