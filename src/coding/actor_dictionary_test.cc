#include "coding/actor_dictionary.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

#include "core/data_paths.h"
#include "text/tokenizer.h"

namespace vigie {
namespace {

TEST(ActorDictionary, LoadsTheShippedActorsAndFindsAliases) {
  std::vector<DataProblem> problems;
  auto actors = ActorDictionary::Load(ResolveDataDir() / "actors", &problems);
  ASSERT_TRUE(actors.ok());
  EXPECT_TRUE(problems.empty());
  const std::string text = "Le GSIM a revendiqué l'attaque contre les FAMa.";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  TokenWords words(text, tokens);
  auto found = actors->names().FindAll(words, 0, tokens.size());
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(actors->actors()[found[0].entry].id, "jnim");
  EXPECT_EQ(actors->actors()[found[1].entry].name, "Military Forces of Mali");
  EXPECT_EQ(actors->actors()[found[1].entry].type, ActorType::kState);
}

TEST(ActorDictionary, CountryVariantsByIdConvention) {
  auto actors = ActorDictionary::Load(ResolveDataDir() / "actors", nullptr);
  ASSERT_TRUE(actors.ok());
  const ActorEntry* dozo_ml = nullptr;
  for (const ActorEntry& a : actors->actors()) {
    if (a.id == "dozo-ml") dozo_ml = &a;
  }
  ASSERT_NE(dozo_ml, nullptr);
  EXPECT_EQ(actors->ForCountry(*dozo_ml, "BF").id, "dozo-bf");
  EXPECT_EQ(actors->ForCountry(*dozo_ml, "ML").id, "dozo-ml");
  EXPECT_EQ(actors->ForCountry(*dozo_ml, "NE").id, "dozo-ml");  // no Niger variant: unchanged
}

TEST(ActorDictionary, GenericKindsNameTheCountry) {
  auto actors = ActorDictionary::Load(ResolveDataDir() / "actors", nullptr);
  ASSERT_TRUE(actors.ok());
  const GenericKind* armed = actors->Kind("armed");
  ASSERT_NE(armed, nullptr);
  EXPECT_EQ(actors->GenericName(*armed, "Niger"), "Unidentified Armed Group (Niger)");
  EXPECT_EQ(armed->type, ActorType::kPoliticalMilitia);
}

TEST(ActorDictionary, BadRowsAreReportedByFileAndLine) {
  const auto dir = std::filesystem::temp_directory_path() / ("vigie-actors-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "actors.tsv") << "# test\n"
                                       "ok\tSome Group\tRebel group\tML\t-\tSG|Some Group Fighters\n"
                                       "Bad Id\tX\tRebel group\tML\t-\t-\n"
                                       "x2\tX\tNot a type\tML\t-\t-\n"
                                       "x3\tX\tRebel group\tMali\t-\t-\n"
                                       "x4\tX\tRebel group\tML\tnobody\t-\n";
  std::ofstream(dir / "generic_kinds.tsv") << "armed\tUnidentified Armed Group ({country})\tPolitical militia\n"
                                              "civilians\tCivilians\tCivilians\n";
  std::ofstream(dir / "generic.tsv") << "armed\tfr\thommes armés\nghosts\ten\tghosts\n";
  std::vector<DataProblem> problems;
  auto actors = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(actors.ok());
  EXPECT_EQ(actors->actors().size(), 2u);  // "ok" and "x4" (its parent problem is reported, the row kept)
  std::vector<int> lines;
  for (const auto& p : problems) lines.push_back(p.line);
  EXPECT_EQ(problems.size(), 6u);
  EXPECT_NE(std::find(lines.begin(), lines.end(), 3), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), 4), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), 5), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), 6), lines.end());
  std::filesystem::remove_all(dir);
}

TEST(ActorDictionary, ANameListedTwiceOrUnderTwoActorsOfOneCountryIsReported) {
  const auto dir = std::filesystem::temp_directory_path() / ("vigie-actors-twice-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "actors.tsv") << "# test\n"
                                       "a-ml\tGroup A\tRebel group\tML\t-\tGA|group a\n"
                                       "b-ml\tGroup B\tRebel group\tML\t-\tGB|Gb|ga\n"
                                       "a-bf\tGroup A (Burkina Faso)\tRebel group\tBF\t-\tGA\n";
  std::ofstream(dir / "generic_kinds.tsv") << "armed\tUnidentified Armed Group ({country})\tPolitical militia\n";
  std::ofstream(dir / "generic.tsv") << "armed\tfr\thommes armés\n";
  std::vector<DataProblem> problems;
  auto actors = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(actors.ok());
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 2);  // "group a" repeats the NAME, folded
  EXPECT_NE(problems[0].message.find("repeats a name"), std::string::npos);
  EXPECT_EQ(problems[1].line, 3);  // "Gb" repeats "GB"
  EXPECT_EQ(problems[2].line, 3);  // "ga" is already Group A's, in the same country
  EXPECT_NE(problems[2].message.find("already names 'a-ml' on line 2"), std::string::npos);
  // The same alias under another country's actor is not a slip (line 4 is not reported).
  std::filesystem::remove_all(dir);
}

TEST(ActorDictionary, AnActorIsNamedAsACLEDNamedItOnTheEventsDate) {
  auto actors = ActorDictionary::Load(ResolveDataDir() / "actors", nullptr);
  ASSERT_TRUE(actors.ok());
  const auto is_sahel = std::find_if(actors->actors().begin(), actors->actors().end(),
                                     [](const ActorEntry& a) { return a.id == "is-sahel"; });
  ASSERT_NE(is_sahel, actors->actors().end());
  EXPECT_EQ(actors->NameOn(*is_sahel, "2018-06-30"), "Islamic State (Greater Sahara)");
  EXPECT_EQ(actors->NameOn(*is_sahel, "2019-03-01"), "Islamic State (West Africa) - Greater Sahara Faction");
  EXPECT_EQ(actors->NameOn(*is_sahel, "2022-02-28"), "Islamic State (West Africa) - Greater Sahara Faction");
  EXPECT_EQ(actors->NameOn(*is_sahel, "2023-08-15"), "Islamic State (Sahel)");
  EXPECT_EQ(actors->NameOn(*is_sahel, ""), "Islamic State (Sahel)");
}

TEST(ActorDictionary, BadFormerNamesAreReportedByLine) {
  const auto dir = std::filesystem::temp_directory_path() / ("vigie-former-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "actors.tsv") << "grp\tSome Group\tRebel group\tML\t-\tSG\n";
  std::ofstream(dir / "generic_kinds.tsv") << "armed\tUnidentified Armed Group ({country})\tPolitical militia\n";
  std::ofstream(dir / "generic.tsv") << "armed\tfr\thommes armés\n";
  std::ofstream(dir / "former_names.tsv") << "# test\n"
                                             "grp\t2020-01-01\tOld Group\n"
                                             "nobody\t2020-01-01\tX\n"
                                             "grp\t2020-13-01\tX\n"
                                             "grp\t2020-01-01\tAgain\n"
                                             "grp\t2015-05-05\n";
  std::vector<DataProblem> problems;
  auto actors = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(actors.ok());
  std::vector<int> lines;
  for (const auto& p : problems) lines.push_back(p.line);
  EXPECT_EQ(lines, (std::vector<int>{3, 4, 5, 6}));
  EXPECT_EQ(actors->NameOn(actors->actors()[0], "2019-12-31"), "Old Group");
  EXPECT_EQ(actors->NameOn(actors->actors()[0], "2020-01-01"), "Some Group");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vigie
