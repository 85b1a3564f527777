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

TEST(AsciiTest, LooseWhitespaceIsWhatCollapsingWouldChange) {
  for (const char* text : {"", "Gao", "attaque à Gao", " Gao", "Gao ", "a  b", "a\tb", "a\nb", "a \r b"}) {
    EXPECT_EQ(HasLooseWhitespace(text), CollapseWhitespace(text) != text) << text;
  }
}

// The same as collapsing byte by byte, wherever the whitespace falls in a long string.
TEST(AsciiTest, CollapseWhitespaceAgreesWithTheByteByByteRule) {
  const auto by_bytes = [](std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
      if (IsAsciiSpace(c)) {
        space = true;
        continue;
      }
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
    return out;
  };
  const std::string base = "Des tirs ont \xC3\xA9t\xC3\xA9 entendus pr\xC3\xA8s du camp, \x01selon des habitants.";
  for (const char* blank : {" ", "  ", "\t", "\n\n", " \r\n "}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string text = base;
      text.insert(at, blank);
      EXPECT_EQ(CollapseWhitespace(text), by_bytes(text)) << at;
    }
  }
}

}  // namespace
}  // namespace vigie
