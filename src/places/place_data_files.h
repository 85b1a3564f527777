// Our own place knowledge in data/places/, read for the gazetteer build and for
// `vigie gazetteer check`: extra names of known places, places GeoNames lacks, country
// centres and nationality words, and the designators of administrative units.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"

namespace vigie {

// aliases.tsv: PLACE, COUNTRY, ALIASES. PLACE is a GeoNames id, an admin code ("ML.04",
// "BF.12.40") or a name the gazetteer knows in COUNTRY.
struct PlaceAlias {
  std::string place;
  std::string country;  // ISO 3166 alpha-2
  std::vector<std::string> aliases;
  int line = 0;
};

// places.tsv: NAME, COUNTRY, LATITUDE, LONGITUDE, FEATURE, PRECISION, ADMIN1, ALIASES and,
// optionally, DEMONYMS ("European" for Europe): context words, never mentions, as a
// country's nationality words are.
struct ExtraPlace {
  std::string name;
  std::vector<std::string> countries;  // the first is the place's country; none for a continent
  double latitude = 0;
  double longitude = 0;
  std::string feature_code;  // a GeoNames feature code (PPL, RGN, LK...)
  int precision = 1;
  std::string admin1;        // admin1 code or empty
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  int line = 0;
};

// countries.tsv: COUNTRY, LATITUDE, LONGITUDE, NAMES, DEMONYMS.
struct CountryExtra {
  std::string code;
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
  int line = 0;
};

// units.tsv: CODE, LATITUDE, LONGITUDE, NAME: the centre of a large administrative unit,
// where the mean of its towns would be far off (Quebec's towns line its southern edge).
struct UnitCentre {
  std::string code;  // admin code as in admin1.json: "CA.10"
  double latitude = 0;
  double longitude = 0;
  int line = 0;
};

// designators.tsv: LANG, WORD, POSITION, LEVELS, COUNTRIES. "région" before ADM1 anywhere;
// "province" before ADM2 in Burkina Faso; "county" after ADM2 in the United States.
struct Designator {
  std::string language;  // "fr", "en" or "*"
  std::string word;      // as written, lower case
  bool before = true;    // "région de Mopti" (before) or "Tillabéri region" (after)
  std::vector<std::string> levels;     // ADM1, ADM2, ADM3, PPL
  std::vector<std::string> countries;  // empty: every country
  int line = 0;
};

// Each loader returns the valid entries and reports every bad line in `problems`; it
// fails only when the file cannot be read.
Result<std::vector<PlaceAlias>> LoadPlaceAliases(const std::filesystem::path& path,
                                                 std::vector<DataProblem>* problems);
Result<std::vector<ExtraPlace>> LoadExtraPlaces(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems);
Result<std::vector<CountryExtra>> LoadCountryExtras(const std::filesystem::path& path,
                                                    std::vector<DataProblem>* problems);
Result<std::vector<UnitCentre>> LoadUnitCentres(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems);
Result<std::vector<Designator>> LoadDesignators(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems);

// The place key of `unit` without a designator that `designators` lists at either end,
// nor the linking word it takes ("Province du Soum" → "soum", "Tillabéri Region" →
// "tillaberi", "Cercle d' Abeïbara" → "abeibara"); empty when nothing was removed.
std::string StripDesignators(const std::string& unit, const std::vector<Designator>& designators);

}  // namespace vigie
