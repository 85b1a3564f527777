#include "places/place_data_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/data_paths.h"
#include "places/place_lexicon.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;

class PlaceDataFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("place_files_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path Write(const std::string& name, const std::string& bytes) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  // The problem reported for `line`, checking it names the file; "" when there is none.
  std::string ProblemAt(const fs::path& file, int line) const {
    for (const DataProblem& problem : problems_) {
      if (problem.line == line) {
        EXPECT_EQ(problem.file, file.string());
        return problem.message;
      }
    }
    return "";
  }
  static bool Has(const std::string& message, const std::string& part) {
    return message.find(part) != std::string::npos;
  }
  fs::path dir_;
  std::vector<DataProblem> problems_;
};

TEST_F(PlaceDataFilesTest, Aliases) {
  auto path = Write("aliases.tsv",
                    "# PLACE COUNTRY ALIASES\n"
                    "ML.04.7670549\tML\tDouentza | Cercle de Douentza\n"  // 2
                    "2449067\tMali\tTombouctou\n"                          // 3
                    "2449067\tML\t-\n"                                     // 4
                    "2449067\tML\n"                                        // 5
                    "-\tML\tGao\n"                                         // 6
                    "2449067\tML\t--|Tumbutu\n");                          // 7
  auto aliases = LoadPlaceAliases(path, &problems_);
  ASSERT_TRUE(aliases.ok()) << aliases.status().message();
  ASSERT_EQ(aliases->size(), 1u);
  const PlaceAlias& alias = aliases->front();
  EXPECT_EQ(alias.place, "ML.04.7670549");
  EXPECT_EQ(alias.country, "ML");
  EXPECT_EQ(alias.aliases, (std::vector<std::string>{"Douentza", "Cercle de Douentza"}));
  EXPECT_EQ(alias.line, 2);
  EXPECT_EQ(problems_.size(), 5u);
  EXPECT_TRUE(Has(ProblemAt(path, 3), "COUNTRY 'Mali'")) << ProblemAt(path, 3);
  EXPECT_TRUE(Has(ProblemAt(path, 4), "no alias")) << ProblemAt(path, 4);
  EXPECT_TRUE(Has(ProblemAt(path, 5), "found 2 field(s)")) << ProblemAt(path, 5);
  EXPECT_TRUE(Has(ProblemAt(path, 6), "PLACE is empty")) << ProblemAt(path, 6);
  EXPECT_TRUE(Has(ProblemAt(path, 7), "'--' has no letters")) << ProblemAt(path, 7);
}

TEST_F(PlaceDataFilesTest, ExtraPlaces) {
  auto path = Write("places.tsv",
                    "Boulkessi\tML\t14.7953\t-1.3181\tPPL\t1\tML.04\tBoulikessi|Boulekessi\n"  // 1
                    "Liptako\tBF|NE|ML\t14.5\t0.5\tRGN\t3\t-\t-\tLiptakois\n"                  // 2
                    "Nowhere\tML\t95\t0\tPPL\t1\t-\t-\n"                                       // 3
                    "Nowhere\tML\t15\tabc\tPPL\t1\t-\t-\n"                                     // 4
                    "Nowhere\tML\t15\t0\tvillage\t1\t-\t-\n"                                   // 5
                    "Nowhere\tML\t15\t0\tPPL\t4\t-\t-\n"                                       // 6
                    "Nowhere\tML\t15\t0\tPPL\t1\tBF.12\t-\n"                                   // 7
                    "Nowhere\tmali\t15\t0\tPPL\t1\t-\t-\n"                                     // 8
                    "...\tML\t15\t0\tPPL\t1\t-\t-\n"                                           // 9
                    "Nowhere\tML\t15\t0\tPPL\t1\t-\n");                                        // 10
  auto places = LoadExtraPlaces(path, &problems_);
  ASSERT_TRUE(places.ok()) << places.status().message();
  ASSERT_EQ(places->size(), 2u);
  const ExtraPlace& village = places.value()[0];
  EXPECT_EQ(village.name, "Boulkessi");
  EXPECT_EQ(village.countries, std::vector<std::string>{"ML"});
  EXPECT_DOUBLE_EQ(village.latitude, 14.7953);
  EXPECT_DOUBLE_EQ(village.longitude, -1.3181);
  EXPECT_EQ(village.feature_code, "PPL");
  EXPECT_EQ(village.precision, 1);
  EXPECT_EQ(village.admin1, "ML.04");
  EXPECT_EQ(village.aliases, (std::vector<std::string>{"Boulikessi", "Boulekessi"}));
  const ExtraPlace& region = places.value()[1];
  EXPECT_EQ(region.countries, (std::vector<std::string>{"BF", "NE", "ML"}));
  EXPECT_EQ(region.precision, 3);
  EXPECT_EQ(region.admin1, "");  // '-'
  EXPECT_TRUE(region.aliases.empty());
  EXPECT_EQ(region.demonyms, std::vector<std::string>{"Liptakois"});  // the optional ninth column
  EXPECT_TRUE(village.demonyms.empty());
  EXPECT_EQ(problems_.size(), 8u);
  EXPECT_TRUE(Has(ProblemAt(path, 3), "LATITUDE '95'")) << ProblemAt(path, 3);
  EXPECT_TRUE(Has(ProblemAt(path, 4), "LONGITUDE 'abc'")) << ProblemAt(path, 4);
  EXPECT_TRUE(Has(ProblemAt(path, 5), "FEATURE 'village'")) << ProblemAt(path, 5);
  EXPECT_TRUE(Has(ProblemAt(path, 6), "PRECISION '4'")) << ProblemAt(path, 6);
  EXPECT_TRUE(Has(ProblemAt(path, 7), "ADMIN1 'BF.12'")) << ProblemAt(path, 7);
  EXPECT_TRUE(Has(ProblemAt(path, 8), "COUNTRY 'mali'")) << ProblemAt(path, 8);
  EXPECT_TRUE(Has(ProblemAt(path, 9), "NAME '...' has no letters")) << ProblemAt(path, 9);
  EXPECT_TRUE(Has(ProblemAt(path, 10), "found 7 field(s)")) << ProblemAt(path, 10);
}

TEST_F(PlaceDataFilesTest, CountryExtras) {
  auto path = Write("countries.tsv",
                    "ML\t17.35\t-3.54\tRépublique du Mali\tMalian|Malians|malien|maliens\n"  // 1
                    "NE\t-\t-\t-\t-\n"                                                       // 2
                    "XXX\t1\t1\t-\t-\n"                                                      // 3
                    "BF\t12\tnorth\t-\t-\n"                                                  // 4
                    "BF\t12\t-\t-\t-\n"                                                      // 5
                    "BF\t12\t-1\t-\n");                                                      // 6
  auto countries = LoadCountryExtras(path, &problems_);
  ASSERT_TRUE(countries.ok()) << countries.status().message();
  ASSERT_EQ(countries->size(), 2u);
  const CountryExtra& mali = countries.value()[0];
  EXPECT_EQ(mali.code, "ML");
  ASSERT_TRUE(mali.latitude && mali.longitude);
  EXPECT_DOUBLE_EQ(*mali.latitude, 17.35);
  EXPECT_DOUBLE_EQ(*mali.longitude, -3.54);
  EXPECT_EQ(mali.names, std::vector<std::string>{"République du Mali"});
  EXPECT_EQ(mali.demonyms, (std::vector<std::string>{"Malian", "Malians", "malien", "maliens"}));
  const CountryExtra& niger = countries.value()[1];
  EXPECT_EQ(niger.code, "NE");
  EXPECT_FALSE(niger.latitude.has_value());
  EXPECT_TRUE(niger.names.empty());
  EXPECT_TRUE(niger.demonyms.empty());
  EXPECT_EQ(problems_.size(), 4u);
  EXPECT_TRUE(Has(ProblemAt(path, 3), "COUNTRY 'XXX'")) << ProblemAt(path, 3);
  EXPECT_TRUE(Has(ProblemAt(path, 4), "'north' are not coordinates")) << ProblemAt(path, 4);
  EXPECT_TRUE(Has(ProblemAt(path, 5), "are not coordinates")) << ProblemAt(path, 5);
  EXPECT_TRUE(Has(ProblemAt(path, 6), "found 4 field(s)")) << ProblemAt(path, 6);
}

TEST_F(PlaceDataFilesTest, UnitCentres) {
  auto path = Write("units.tsv",
                    "CA.10\t52.0\t-72.0\tQuebec\n"  // 1
                    "CA10\t52\t-72\tQuebec\n"       // 2
                    "ca.10\t52\t-72\tQuebec\n"      // 3
                    "CA.10\t52\t-200\tQuebec\n"     // 4
                    "CA.10\t52\t-72\n");            // 5
  auto centres = LoadUnitCentres(path, &problems_);
  ASSERT_TRUE(centres.ok()) << centres.status().message();
  ASSERT_EQ(centres->size(), 1u);
  EXPECT_EQ(centres->front().code, "CA.10");
  EXPECT_DOUBLE_EQ(centres->front().latitude, 52.0);
  EXPECT_DOUBLE_EQ(centres->front().longitude, -72.0);
  EXPECT_EQ(centres->front().line, 1);
  EXPECT_EQ(problems_.size(), 4u);
  EXPECT_TRUE(Has(ProblemAt(path, 2), "CODE 'CA10'")) << ProblemAt(path, 2);
  EXPECT_TRUE(Has(ProblemAt(path, 3), "CODE 'ca.10'")) << ProblemAt(path, 3);
  EXPECT_TRUE(Has(ProblemAt(path, 4), "'-200' are not coordinates")) << ProblemAt(path, 4);
  EXPECT_TRUE(Has(ProblemAt(path, 5), "found 3 field(s)")) << ProblemAt(path, 5);
}

TEST_F(PlaceDataFilesTest, Designators) {
  auto path = Write("designators.tsv",
                    "fr\tCercle\tbefore\tADM2\tML\n"     // 1
                    "en\tcounty\tafter\tADM2\t*\n"       // 2
                    "de\tkreis\tafter\tADM2\t*\n"        // 3
                    "fr\tcercle\tinside\tADM2\tML\n"     // 4
                    "fr\tcercle\tbefore\tADM9\tML\n"     // 5
                    "fr\tcercle\tbefore\t-\tML\n"        // 6
                    "fr\tcercle\tbefore\tADM2\tMali\n"   // 7
                    "fr\t.\tbefore\tADM2\t*\n");         // 8
  auto designators = LoadDesignators(path, &problems_);
  ASSERT_TRUE(designators.ok()) << designators.status().message();
  ASSERT_EQ(designators->size(), 2u);
  const Designator& cercle = designators.value()[0];
  EXPECT_EQ(cercle.language, "fr");
  EXPECT_EQ(cercle.word, "cercle");  // lower-cased
  EXPECT_TRUE(cercle.before);
  EXPECT_EQ(cercle.levels, std::vector<std::string>{"ADM2"});
  EXPECT_EQ(cercle.countries, std::vector<std::string>{"ML"});
  const Designator& county = designators.value()[1];
  EXPECT_FALSE(county.before);
  EXPECT_TRUE(county.countries.empty());  // '*': every country
  EXPECT_EQ(problems_.size(), 6u);
  EXPECT_TRUE(Has(ProblemAt(path, 3), "LANG 'de'")) << ProblemAt(path, 3);
  EXPECT_TRUE(Has(ProblemAt(path, 4), "POSITION 'inside'")) << ProblemAt(path, 4);
  EXPECT_TRUE(Has(ProblemAt(path, 5), "LEVEL 'ADM9'")) << ProblemAt(path, 5);
  EXPECT_TRUE(Has(ProblemAt(path, 6), "LEVELS is empty")) << ProblemAt(path, 6);
  EXPECT_TRUE(Has(ProblemAt(path, 7), "COUNTRY 'Mali'")) << ProblemAt(path, 7);
  EXPECT_TRUE(Has(ProblemAt(path, 8), "WORD is empty")) << ProblemAt(path, 8);
}

TEST_F(PlaceDataFilesTest, CuesWithPartWords) {
  auto cues = Write("cues.tsv",
                    "fr\tprès de\tnear\n"     // 1
                    "en\tSouthern\tpart\n"    // 2
                    "fr\tNord\tpart\n"        // 3
                    "en\tNorth West\tpart\n"  // 4: a part word is one word
                    "en\tnear\tclose-to\n");  // 5: no such kind
  Write("designators.tsv", "en\tcounty\tafter\tADM2\t*\n");
  Write("not_places.tsv", "en\tPolice\n");
  auto lexicon = PlaceLexicon::Load(dir_, &problems_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  ASSERT_EQ(lexicon->cues().size(), 1u);  // part words are not cues before a name
  EXPECT_TRUE(lexicon->IsPartWord("southern", "en"));
  EXPECT_TRUE(lexicon->IsPartWord("southern", ""));  // unknown language: every entry
  EXPECT_FALSE(lexicon->IsPartWord("southern", "fr"));
  EXPECT_TRUE(lexicon->IsPartWord("nord", "fr"));
  EXPECT_FALSE(lexicon->IsPartWord("police", "en"));
  EXPECT_TRUE(lexicon->IsNotPlace("police", "en"));
  EXPECT_EQ(problems_.size(), 2u);
  EXPECT_TRUE(Has(ProblemAt(cues, 4), "one word")) << ProblemAt(cues, 4);
  EXPECT_TRUE(Has(ProblemAt(cues, 5), "KIND 'close-to'")) << ProblemAt(cues, 5);
}

// The cues and designators a word can close or open, by their place-key word, in the
// order of cues() and designators(); nothing for other words.
TEST_F(PlaceDataFilesTest, CuesAndDesignatorsByTheirEdgeWords) {
  Write("cues.tsv",
        "fr\tprès de\tnear\n"
        "fr\tà\tat\n"
        "fr\tau nord de\tnear\n"
        "fr\ta déclaré\tperson-after\n");
  Write("designators.tsv",
        "fr\tcommune de\tbefore\tADM3\t*\n"
        "fr\tprovince du\tbefore\tADM1\t*\n"
        "en\tcounty\tafter\tADM2\t*\n");
  Write("not_places.tsv", "en\tPolice\n");
  auto lexicon = PlaceLexicon::Load(dir_, &problems_);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  auto words_of = [&](std::span<const uint32_t> cues) {
    std::vector<std::vector<std::string>> out;
    for (uint32_t i : cues) out.push_back(lexicon->cues()[i].words);
    return out;
  };
  EXPECT_EQ(words_of(lexicon->CuesEndingWith("de")),
            (std::vector<std::vector<std::string>>{{"au", "nord", "de"}, {"pres", "de"}}));
  EXPECT_EQ(words_of(lexicon->CuesEndingWith("a")), (std::vector<std::vector<std::string>>{{"a"}}));
  EXPECT_EQ(words_of(lexicon->CuesStartingWith("a")), (std::vector<std::vector<std::string>>{{"a", "declare"}}));
  EXPECT_TRUE(lexicon->CuesEndingWith("nord").empty());
  EXPECT_TRUE(lexicon->CuesEndingWith("").empty());
  ASSERT_EQ(lexicon->DesignatorsEndingWith("du").size(), 1u);
  EXPECT_EQ(lexicon->designators()[lexicon->DesignatorsEndingWith("du")[0]].word, "province du");
  ASSERT_EQ(lexicon->DesignatorsStartingWith("county").size(), 1u);
  EXPECT_TRUE(lexicon->DesignatorsStartingWith("commune").empty());  // placed before a name
}

TEST_F(PlaceDataFilesTest, InvalidUtf8LineIsReportedAndSkipped) {
  auto path = Write("aliases.tsv", "2449067\tML\tTombouctou\n2449067\tML\tTomb\xFF" "ctou\n");
  auto aliases = LoadPlaceAliases(path, &problems_);
  ASSERT_TRUE(aliases.ok());
  EXPECT_EQ(aliases->size(), 1u);
  EXPECT_TRUE(Has(ProblemAt(path, 2), "UTF-8")) << ProblemAt(path, 2);
}

TEST_F(PlaceDataFilesTest, UnreadableFileFails) {
  EXPECT_FALSE(LoadPlaceAliases(dir_ / "absent.tsv", &problems_).ok());
  EXPECT_FALSE(LoadExtraPlaces(dir_ / "absent.tsv", &problems_).ok());
  EXPECT_FALSE(LoadCountryExtras(dir_ / "absent.tsv", &problems_).ok());
  EXPECT_FALSE(LoadUnitCentres(dir_ / "absent.tsv", &problems_).ok());
  EXPECT_FALSE(LoadDesignators(dir_ / "absent.tsv", &problems_).ok());
}

class StripDesignatorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<DataProblem> problems;
    auto loaded = LoadDesignators(ResolveDataDir() / "places" / "designators.tsv", &problems);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    ASSERT_TRUE(problems.empty()) << problems.front().ToString();
    designators_ = std::move(loaded).value();
  }
  std::vector<Designator> designators_;
};

TEST_F(StripDesignatorsTest, RemovesTheDesignatorAndItsLinkingWord) {
  EXPECT_EQ(StripDesignators("Province du Soum", designators_), "soum");
  EXPECT_EQ(StripDesignators("Tillabéri Region", designators_), "tillaberi");
  EXPECT_EQ(StripDesignators("Cercle de Bandiagara", designators_), "bandiagara");
  EXPECT_EQ(StripDesignators("Cercle d'Abeïbara", designators_), "abeibara");
  EXPECT_EQ(StripDesignators("Région de la Boucle du Mouhoun", designators_), "boucle du mouhoun");
}

TEST_F(StripDesignatorsTest, NothingToStripGivesEmpty) {
  EXPECT_EQ(StripDesignators("Kayes", designators_), "");
  EXPECT_EQ(StripDesignators("Région", designators_), "");  // the designator alone
  EXPECT_EQ(StripDesignators("Regional", designators_), "");
}

}  // namespace
}  // namespace vigie
