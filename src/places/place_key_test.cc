#include "places/place_key.h"

#include <gtest/gtest.h>

#include "text/normalizer.h"

namespace vigie {
namespace {

TEST(PlaceKey, FoldsCaseAndAccents) {
  EXPECT_EQ(PlaceKey("Tillabéri"), "tillaberi");
  EXPECT_EQ(PlaceKey("MÉNAKA"), "menaka");
  EXPECT_EQ(PlaceKey("Ségou"), "segou");
}

TEST(PlaceKey, PunctuationBecomesOneSpace) {
  EXPECT_EQ(PlaceKey("Fada N'Gourma"), "fada n gourma");
  EXPECT_EQ(PlaceKey("Fada N’Gourma"), "fada n gourma");  // typographic apostrophe
  EXPECT_EQ(PlaceKey("St. Louis"), "st louis");
  EXPECT_EQ(PlaceKey("Bobo-Dioulasso"), "bobo dioulasso");
  EXPECT_EQ(PlaceKey("Gourma -- Rharous"), "gourma rharous");
  EXPECT_EQ(PlaceKey("Kidal, (Mali)"), "kidal mali");
}

TEST(PlaceKey, NoSpaceAtEitherEnd) {
  EXPECT_EQ(PlaceKey("  Bobo-Dioulasso "), "bobo dioulasso");
  EXPECT_EQ(PlaceKey("'Gao.'"), "gao");
  EXPECT_EQ(PlaceKey("Mopti\t\n"), "mopti");
}

TEST(PlaceKey, EmptyOrPunctuationOnlyGivesEmptyKey) {
  EXPECT_EQ(PlaceKey(""), "");
  EXPECT_EQ(PlaceKey("   "), "");
  EXPECT_EQ(PlaceKey("-'.,()"), "");
}

TEST(PlaceKey, DigitsAreKept) {
  EXPECT_EQ(PlaceKey("Zone 3"), "zone 3");
}

TEST(PlaceKey, AppendsWithoutTouchingWhatIsAlreadyThere) {
  std::string out = "kidal ";
  AppendPlaceKey(" -Tessalit- ", out);
  EXPECT_EQ(out, "kidal tessalit");
  AppendPlaceKey("...", out);
  EXPECT_EQ(out, "kidal tessalit");
}

TEST(PlaceKey, CountsWords) {
  EXPECT_EQ(PlaceKeyWordCount(""), 0);
  EXPECT_EQ(PlaceKeyWordCount("gao"), 1);
  EXPECT_EQ(PlaceKeyWordCount("fada n gourma"), 3);
  EXPECT_EQ(PlaceKeyWordCount(PlaceKey("Sant Julià de Lòria")), 4);
}

TEST(PlaceKey, KeyOfTheFoldedTextIsTheKeyOfTheText) {
  for (const char* text : {"Tillabéri", "Fada N'Gourma", "l’armée", " -Tessalit- ", "...", "Œuvre", "Zone 3",
                           "Sant Julià de Lòria", "St. Louis", "Се\xCC\x81", ""}) {
    std::string from_folded = "x ";
    AppendPlaceKeyOfFolded(FoldKey(text), from_folded);
    std::string from_text = "x ";
    AppendPlaceKey(text, from_text);
    EXPECT_EQ(from_folded, from_text) << text;
  }
}

TEST(PlaceKey, AFoldedWordOfLettersAndDigitsIsItsOwnKey) {
  for (const char* folded : {"tillaberi", "zone3", "2021", "\xD1\x81\xD0\xB5", ""}) {
    EXPECT_TRUE(IsPlaceKeyOfItself(folded)) << folded;
    std::string key;
    AppendPlaceKeyOfFolded(folded, key);
    EXPECT_EQ(key, folded);
  }
  // A word with any other byte is not: its key is made (even when it comes out the same).
  for (const char* folded : {"n'", "st.", "-gao", "ansongo-menaka", "fada n gourma"}) {
    EXPECT_FALSE(IsPlaceKeyOfItself(folded)) << folded;
  }
}

}  // namespace
}  // namespace vigie
