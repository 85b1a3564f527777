#include "core/ascii.h"

#include <gtest/gtest.h>

#include <random>

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

// Eight bytes at a time or one at a time, every byte value: A-Z lowered, nothing else changed.
TEST(AsciiTest, AppendAsciiLowerChangesOnlyCapitalLetters) {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  for (size_t from = 0; from < 16; ++from) {
    const std::string text = all.substr(from) + "ATTAQUE À GAO, Armée MALIENNE" + all.substr(0, from);
    std::string out = "x";
    AppendAsciiLower(text, out);
    ASSERT_EQ(out.size(), text.size() + 1);
    for (size_t i = 0; i < text.size(); ++i) {
      const char expected = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
      ASSERT_EQ(out[i + 1], expected) << "byte " << i << " from " << from;
    }
  }
  std::string lowered;
  AppendAsciiLower("Ménaka, GAO ET Tombouctou", lowered);
  EXPECT_EQ(lowered, "ménaka, gao et tombouctou");
}

TEST(AsciiTest, LooseWhitespaceIsWhatCollapsingWouldChange) {
  for (const char* text : {"", "Gao", "attaque à Gao", " Gao", "Gao ", "a  b", "a\tb", "a\nb", "a \r b"}) {
    EXPECT_EQ(HasLooseWhitespace(text), CollapseWhitespace(text) != text) << text;
  }
}

// CollapseWhitespace's rule, a byte at a time.
std::string CollapsedByBytes(std::string_view s) {
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
}

// Eight bytes at a time, wherever the blanks, controls and lookalikes ('!', 0xA0, a space's
// byte with its top bit set) fall: true exactly when collapsing changes the text.
TEST(AsciiTest, LooseWhitespaceAgreesWithTheByteByByteRule) {
  const std::string alphabet = "ab  !\t\n\r\x0b\x0c\x01\x1f\xa0\xc2\x80";
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string text(random() % 40, 'x');
    for (char& c : text)
      if (random() % 3 == 0) c = alphabet[random() % alphabet.size()];
    ASSERT_EQ(HasLooseWhitespace(text), CollapsedByBytes(text) != text) << "\"" << text << "\"";
  }
}

// The same as collapsing byte by byte, wherever the whitespace falls in a long string.
TEST(AsciiTest, CollapseWhitespaceAgreesWithTheByteByByteRule) {
  const std::string base = "Des tirs ont \xC3\xA9t\xC3\xA9 entendus pr\xC3\xA8s du camp, \x01selon des habitants.";
  for (const char* blank : {" ", "  ", "\t", "\n\n", " \r\n "}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      std::string text = base;
      text.insert(at, blank);
      EXPECT_EQ(CollapseWhitespace(text), CollapsedByBytes(text)) << at;
    }
  }
}

}  // namespace
}  // namespace vigie
