#include "places/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

#include "core/data_paths.h"
#include "places/place_key.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;
namespace fmt = gazetteer_format;

std::string GeoNamesRow(const std::string& id, const std::string& name, const std::string& alternates,
                        const std::string& latitude, const std::string& longitude, const std::string& feature_class,
                        const std::string& code, const std::string& country, const std::string& admin1,
                        const std::string& population) {
  return id + "\t" + name + "\t" + name + "\t" + alternates + "\t" + latitude + "\t" + longitude + "\t" +
         feature_class + "\t" + code + "\t" + country + "\t\t" + admin1 + "\t\t\t\t" + population +
         "\t\t300\tAfrica/Bamako\t2024-01-01\n";
}

// A tiny gazetteer built from fixtures written for these tests.
class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("gazetteer_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "places");
    fs::create_directories(dir_ / "langs");
    Write("cities.txt",
          GeoNamesRow("1001", "Alpha", "", "14.1", "-3.1", "P", "PPL", "ML", "04", "5000") +
              GeoNamesRow("1002", "Alpha", "", "12.1", "-1.1", "P", "PPL", "BF", "12", "20000") +
              GeoNamesRow("1003", "Mopti", "", "14.4843", "-4.183", "P", "PPLA", "ML", "04", "108456") +
              GeoNamesRow("1004", "Sévaré", "Betaburg,BTB", "14.5297", "-4.0922", "P", "PPL", "ML", "04", "150000") +
              GeoNamesRow("1005", "Gamma Delta", "", "14.9", "-3.9", "P", "PPL", "ML", "04", "800") +
              GeoNamesRow("1006", "Bamako", "", "12.65", "-8.0", "P", "PPLC", "ML", "08", "1297281") +
              GeoNamesRow("1007", "Hôtel du Fleuve", "", "12.6", "-8.0", "S", "HTL", "ML", "08", "0") +
              GeoNamesRow("1008", "Kappa Town", "Kappa,Kappaville", "12.7", "-8.1", "P", "PPL", "ML", "08", "9000"));
    Write("admin1.json", R"([{"code":"ML.04","name":"Mopti"}])");
    Write("codes.json", R"([["ML","MLI","466","ISO 3166-2:ML"]])");
    Write("langs/en.json", R"({"locale":"en","countries":{"ML":"Mali"}})");
    Write("places/places.tsv", "# NAME COUNTRY LAT LON FEATURE PRECISION ADMIN1 ALIASES\n"
                               "Boulkessi\tML\t14.7953\t-1.3181\tMILB\t1\tML.04\tBoulikessi\n");
    Write("places/aliases.tsv", "1004\tML\tSevare-Mopti\n"
                                "# a place the gazetteer does not have\n"
                                "999999\tML\tNulle-Part\n");
    fs::copy_file(ResolveDataDir() / "places" / "designators.tsv", dir_ / "places" / "designators.tsv");
    sources_.geonames = {dir_ / "cities.txt"};
    sources_.admin1_names = dir_ / "admin1.json";
    sources_.country_codes = dir_ / "codes.json";
    sources_.country_names = {dir_ / "langs" / "en.json"};
    sources_.places_dir = dir_ / "places";
    index_ = dir_ / "places.idx";
    auto report = BuildGazetteer(sources_, index_, &problems_);
    ASSERT_TRUE(report.ok()) << report.status().message();
    report_ = report.value();
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return path;
  }
  std::string ReadAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  Gazetteer OpenIndex() {
    auto gazetteer = Gazetteer::Open(index_);
    EXPECT_TRUE(gazetteer.ok()) << gazetteer.status().message();
    return std::move(gazetteer).value();
  }
  // The places of a lookup, in order.
  static std::vector<const fmt::PlaceRecord*> Places(const Gazetteer& g, const NameLookup& lookup) {
    std::vector<const fmt::PlaceRecord*> places;
    for (uint32_t posting : lookup.postings) places.push_back(&g.Place(posting >> fmt::kMatchBits));
    return places;
  }
  // The match kind of `geonameid` under `key`, or -1.
  static int KindOf(const Gazetteer& g, const std::string& key, uint32_t geonameid) {
    for (uint32_t posting : g.Find(key).postings) {
      if (g.Place(posting >> fmt::kMatchBits).geonameid == geonameid) return static_cast<int>(posting & fmt::kMatchMask);
    }
    return -1;
  }

  fs::path dir_;
  fs::path index_;
  GazetteerSources sources_;
  GazetteerBuildReport report_;
  std::vector<DataProblem> problems_;
};

TEST_F(GazetteerTest, BuildsAndOpens) {
  EXPECT_EQ(report_.extra_places, 1u);
  EXPECT_EQ(report_.aliases, 1u);
  EXPECT_EQ(report_.countries, 1u);
  Gazetteer g = OpenIndex();
  EXPECT_EQ(g.size(), report_.places);
  EXPECT_EQ(g.path(), index_);
  EXPECT_TRUE(g.StaleInputs().empty());
}

TEST_F(GazetteerTest, SameNameGivesEveryPlaceMostPopulousFirst) {
  Gazetteer g = OpenIndex();
  NameLookup alpha = g.Find(PlaceKey("Alpha"));
  ASSERT_TRUE(alpha.names_places());
  auto places = Places(g, alpha);
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0]->geonameid, 1002u);  // Burkina, 20000
  EXPECT_EQ(std::string(places[0]->country, 2), "BF");
  EXPECT_EQ(places[1]->geonameid, 1001u);  // Mali, 5000
  EXPECT_EQ(g.Name(*places[1]), "Alpha");
  EXPECT_NEAR(places[1]->latitude, 14.1, 1e-4);
  EXPECT_EQ(alpha.postings[0] & fmt::kMatchMask, fmt::kMatchName);
}

TEST_F(GazetteerTest, UnknownKeysAndLeftOutFeaturesAreNotFound) {
  Gazetteer g = OpenIndex();
  EXPECT_FALSE(g.Find("nowhere").names_places());
  EXPECT_TRUE(g.Find("nowhere").postings.empty());
  EXPECT_FALSE(g.Find("").names_places());
  EXPECT_FALSE(g.Find(PlaceKey("Hôtel du Fleuve")).names_places());  // a hotel is no place to name
}

TEST_F(GazetteerTest, AlternateNamesAndOurAliasesAreFoundWithTheirKind) {
  Gazetteer g = OpenIndex();
  EXPECT_EQ(KindOf(g, "sevare", 1004), fmt::kMatchName);
  EXPECT_EQ(KindOf(g, "betaburg", 1004), fmt::kMatchAlternate);
  EXPECT_EQ(KindOf(g, PlaceKey("Sevare-Mopti"), 1004), fmt::kMatchAlias);
  EXPECT_FALSE(g.Find("btb").names_places());  // an upper-case code, not a name
  EXPECT_FALSE(g.Find(PlaceKey("Nulle-Part")).names_places());
}

TEST_F(GazetteerTest, ShortFormWithoutTownOrCityIsAName) {
  Gazetteer g = OpenIndex();
  EXPECT_EQ(KindOf(g, "kappa", 1008), fmt::kMatchName);  // "Kappa" for Kappa Town
  EXPECT_EQ(KindOf(g, "kappaville", 1008), fmt::kMatchAlternate);
}

TEST_F(GazetteerTest, PlacesOfOurOwnAreAdded) {
  Gazetteer g = OpenIndex();
  auto places = Places(g, g.Find("boulkessi"));
  ASSERT_EQ(places.size(), 1u);
  EXPECT_STREQ(places[0]->feature_code, "MILB");
  EXPECT_EQ(places[0]->feature_class, 'S');
  EXPECT_EQ(places[0]->geonameid, 0u);
  EXPECT_NEAR(places[0]->longitude, -1.3181, 1e-4);
  ASSERT_GE(places[0]->admin1, 0);
  EXPECT_EQ(g.Name(g.Place(static_cast<uint32_t>(places[0]->admin1))), "Mopti");
  EXPECT_EQ(g.Find("boulikessi").postings.size(), 1u);
  EXPECT_EQ(g.Find("boulikessi").postings[0] & fmt::kMatchMask, fmt::kMatchAlias);
}

TEST_F(GazetteerTest, FirstLevelUnitIsMadeWithItsSeatAsCapital) {
  Gazetteer g = OpenIndex();
  int32_t unit = -1, town = -1;
  for (uint32_t posting : g.Find("mopti").postings) {
    const auto& place = g.Place(posting >> fmt::kMatchBits);
    if (std::strcmp(place.feature_code, "ADM1") == 0) unit = static_cast<int32_t>(posting >> fmt::kMatchBits);
    if (place.geonameid == 1003) town = static_cast<int32_t>(posting >> fmt::kMatchBits);
  }
  ASSERT_GE(unit, 0);
  ASSERT_GE(town, 0);
  const auto& region = g.Place(static_cast<uint32_t>(unit));
  EXPECT_EQ(region.feature_class, 'A');
  EXPECT_EQ(region.precision, 3);
  EXPECT_EQ(std::string(region.country, 2), "ML");
  EXPECT_EQ(region.capital, town);  // the PPLA, though Sévaré is more populous
  EXPECT_EQ(g.Place(static_cast<uint32_t>(town)).admin1, unit);
  // Alpha (Mali) lies in the unit too, Alpha (Burkina) in none we know.
  for (uint32_t posting : g.Find("alpha").postings) {
    const auto& alpha = g.Place(posting >> fmt::kMatchBits);
    EXPECT_EQ(alpha.admin1, alpha.geonameid == 1001 ? unit : -1);
  }
}

TEST_F(GazetteerTest, SecondLevelUnitWhoseFiledPlacesHoldNoSeatIsPlacedAtTheSeatNamedAfterIt) {
  // GeoNames files one village under "Kita Cercle" and leaves the town's own admin2 code empty.
  const auto row = [](const std::string& id, const std::string& name, const std::string& latitude,
                      const std::string& longitude, const std::string& code, const std::string& admin2,
                      const std::string& population) {
    return id + "\t" + name + "\t" + name + "\t\t" + latitude + "\t" + longitude + "\tP\t" + code + "\tML\t\t03\t" +
           admin2 + "\t\t\t" + population + "\t\t300\tAfrica/Bamako\t2024-01-01\n";
  };
  GazetteerSources sources = sources_;
  sources.geonames = {Write("kita.txt", row("2001", "Kokofata", "12.8833", "-9.95", "PPL", "7701501", "12985") +
                                            row("2002", "Kita", "13.0349", "-9.4895", "PPLA2", "", "5769"))};
  sources.admin1_names = Write("kita-admin1.json", R"([{"code":"ML.03","name":"Kayes"}])");
  sources.admin2_names = Write("kita-admin2.json", R"([{"code":"ML.03.7701501","name":"Kita Cercle"}])");
  const fs::path index = dir_ / "kita.idx";
  ASSERT_TRUE(BuildGazetteer(sources, index, nullptr).ok());
  auto g = Gazetteer::Open(index);
  ASSERT_TRUE(g.ok());
  bool found = false;
  for (uint32_t posting : g->Find("kita").postings) {
    const auto& unit = g->Place(posting >> fmt::kMatchBits);
    if (std::strcmp(unit.feature_code, "ADM2") != 0) continue;
    found = true;
    ASSERT_GE(unit.capital, 0);
    EXPECT_EQ(g->Place(static_cast<uint32_t>(unit.capital)).geonameid, 2002u);
    EXPECT_NEAR(unit.latitude, 13.0349, 1e-3);
    EXPECT_NEAR(unit.longitude, -9.4895, 1e-3);
  }
  EXPECT_TRUE(found);
}

TEST_F(GazetteerTest, CountriesHaveNamesAndPlaces) {
  Gazetteer g = OpenIndex();
  EXPECT_EQ(g.CountryName("ML"), "Mali");
  EXPECT_EQ(g.CountryNumeric("ML"), 466);
  EXPECT_EQ(g.CountryName("ZZ"), "");
  EXPECT_EQ(g.CountryPlace("ZZ"), -1);
  const int32_t mali = g.CountryPlace("ML");
  ASSERT_GE(mali, 0);
  const auto& country = g.Place(static_cast<uint32_t>(mali));
  EXPECT_STREQ(country.feature_code, "PCLI");
  EXPECT_EQ(country.precision, 3);
  ASSERT_GE(country.capital, 0);
  EXPECT_EQ(g.Place(static_cast<uint32_t>(country.capital)).geonameid, 1006u);  // the PPLC
  auto named = Places(g, g.Find("mali"));
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0], &country);
}

TEST_F(GazetteerTest, FirstWordOfAMultiwordNameIsAPrefix) {
  Gazetteer g = OpenIndex();
  NameLookup gamma = g.Find("gamma");
  EXPECT_TRUE(gamma.is_prefix());
  EXPECT_FALSE(gamma.names_places());
  NameLookup full = g.Find(PlaceKey("Gamma Delta"));
  EXPECT_TRUE(full.names_places());
  EXPECT_FALSE(full.is_prefix());
  EXPECT_FALSE(g.Find("delta").is_prefix());
  EXPECT_FALSE(g.Find("alpha").is_prefix());
}

TEST_F(GazetteerTest, AliasOfAnUnknownPlaceIsReportedByFileAndLine) {
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].file, (dir_ / "places" / "aliases.tsv").string());
  EXPECT_EQ(problems_[0].line, 3);
  EXPECT_NE(problems_[0].message.find("999999"), std::string::npos) << problems_[0].message;
}

TEST_F(GazetteerTest, TruncatedIndexIsRefused) {
  const std::string bytes = ReadAll(index_);
  ASSERT_GT(bytes.size(), 200u);
  Write("truncated.idx", bytes.substr(0, bytes.size() - 100));
  auto opened = Gazetteer::Open(dir_ / "truncated.idx");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find((dir_ / "truncated.idx").string()), std::string::npos);
  EXPECT_NE(opened.status().message().find("truncated"), std::string::npos) << opened.status().message();
}

TEST_F(GazetteerTest, IndexShorterThanItsHeaderIsRefused) {
  Write("tiny.idx", "VIGIEGZ");
  auto opened = Gazetteer::Open(dir_ / "tiny.idx");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("truncated"), std::string::npos) << opened.status().message();
}

TEST_F(GazetteerTest, FlippedByteIsCaughtAsCorruption) {
  std::string bytes = ReadAll(index_);
  bytes[bytes.size() / 2] ^= 0x5A;
  Write("flipped.idx", bytes);
  auto opened = Gazetteer::Open(dir_ / "flipped.idx");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("flipped.idx"), std::string::npos);
  EXPECT_NE(opened.status().message().find("corrupt"), std::string::npos) << opened.status().message();
}

TEST_F(GazetteerTest, RandomBytesAreNotAnIndex) {
  std::mt19937 random(42);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(random());
  Write("random.idx", bytes);
  auto opened = Gazetteer::Open(dir_ / "random.idx");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("random.idx"), std::string::npos);
  EXPECT_NE(opened.status().message().find("not a Vigie gazetteer index"), std::string::npos)
      << opened.status().message();
}

TEST_F(GazetteerTest, MissingIndexFailsToOpen) {
  auto opened = Gazetteer::Open(dir_ / "absent.idx");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("absent.idx"), std::string::npos);
}

TEST_F(GazetteerTest, RecordsItsInputs) {
  Gazetteer g = OpenIndex();
  GazetteerSources recorded = g.Sources();
  ASSERT_EQ(recorded.geonames.size(), 1u);
  EXPECT_EQ(fs::canonical(recorded.geonames[0]), fs::canonical(sources_.geonames[0]));
  EXPECT_EQ(fs::canonical(recorded.places_dir), fs::canonical(sources_.places_dir));
  EXPECT_EQ(fs::canonical(recorded.admin1_names), fs::canonical(sources_.admin1_names));
}

TEST_F(GazetteerTest, ChangedInputMakesTheIndexStaleAndOpenOrBuildRebuildsIt) {
  const fs::path places = Write("places/places.tsv",
                                "Boulkessi\tML\t14.7953\t-1.3181\tMILB\t1\tML.04\tBoulikessi|Camp de Boulkessi\n");
  fs::last_write_time(places, fs::last_write_time(places) + std::chrono::seconds(10));
  {
    Gazetteer g = OpenIndex();
    std::vector<std::string> stale = g.StaleInputs();
    ASSERT_EQ(stale.size(), 1u);
    EXPECT_NE(stale[0].find("places.tsv"), std::string::npos) << stale[0];
    EXPECT_FALSE(g.Find(PlaceKey("Camp de Boulkessi")).names_places());
  }
  std::vector<std::string> notes;
  auto rebuilt = Gazetteer::OpenOrBuild(index_, sources_, [&](const std::string& note) { notes.push_back(note); });
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().message();
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes[0].find("stale"), std::string::npos) << notes[0];
  EXPECT_NE(notes[0].find("places.tsv"), std::string::npos) << notes[0];
  EXPECT_TRUE(rebuilt->Find(PlaceKey("Camp de Boulkessi")).names_places());
  EXPECT_TRUE(rebuilt->StaleInputs().empty());
}

TEST_F(GazetteerTest, OpenOrBuildOpensACurrentIndexWithoutANote) {
  std::vector<std::string> notes;
  auto opened = Gazetteer::OpenOrBuild(index_, sources_, [&](const std::string& note) { notes.push_back(note); });
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  EXPECT_TRUE(notes.empty());
}

TEST_F(GazetteerTest, OpenOrBuildBuildsAMissingIndex) {
  const fs::path fresh = dir_ / "sub" / "fresh.idx";
  std::vector<std::string> notes;
  auto built = Gazetteer::OpenOrBuild(fresh, sources_, [&](const std::string& note) { notes.push_back(note); });
  ASSERT_TRUE(built.ok()) << built.status().message();
  EXPECT_TRUE(fs::exists(fresh));
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes[0].find("does not exist"), std::string::npos) << notes[0];
  EXPECT_EQ(built->Find("alpha").postings.size(), 2u);
}

TEST_F(GazetteerTest, OpenOrBuildRebuildsACorruptIndex) {
  std::string bytes = ReadAll(index_);
  Write("places.idx", bytes.substr(0, bytes.size() - 100));
  std::vector<std::string> notes;
  auto rebuilt = Gazetteer::OpenOrBuild(index_, sources_, [&](const std::string& note) { notes.push_back(note); });
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().message();
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes[0].find("truncated"), std::string::npos) << notes[0];
  EXPECT_EQ(rebuilt->Find("alpha").postings.size(), 2u);
}

TEST_F(GazetteerTest, OpenOrBuildFailsWithoutGeoNames) {
  GazetteerSources none = sources_;
  none.geonames = {dir_ / "absent.txt"};
  auto built = Gazetteer::OpenOrBuild(dir_ / "other.idx", none, [](const std::string&) {});
  ASSERT_FALSE(built.ok());
  EXPECT_NE(built.status().message().find("absent.txt"), std::string::npos) << built.status().message();
}

}  // namespace
}  // namespace vigie
