#include "core/ascii.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(AsciiTest, CollapseWhitespaceLeavesOneSpaceBetweenWordsAndNoneAtTheEnds) {
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace(" \t\n "), "");
  EXPECT_EQ(CollapseWhitespace("Gao"), "Gao");
  EXPECT_EQ(CollapseWhitespace("  attaque à  Gao \n"), "attaque à Gao");
  EXPECT_EQ(CollapseWhitespace("un poste\tde\r\ngendarmerie"), "un poste de gendarmerie");
  EXPECT_EQ(CollapseWhitespace("fin. \n\n Début"), "fin. Début");
  EXPECT_EQ(CollapseWhitespace("a b  c\fd\v"), "a b c d");
  // Bytes of other scripts and non-breaking spaces are not ASCII whitespace.
  EXPECT_EQ(CollapseWhitespace("10\xC2\xA0"
                               "000  morts"),
            "10\xC2\xA0"
            "000 morts");
}

}  // namespace
}  // namespace vigie
