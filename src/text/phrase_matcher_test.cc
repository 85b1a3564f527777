#include "text/phrase_matcher.h"

#include <gtest/gtest.h>

#include "text/normalizer.h"
#include "text/tokenizer.h"

namespace vigie {
namespace {

struct Tokenised {
  std::string text;
  std::vector<Token> tokens;
  explicit Tokenised(std::string t) : text(std::move(t)) { Tokenize(text, 0, text.size(), tokens); }
};

// Every token's folded word (none for punctuation), and joiners exactly at the hyphens
// (ASCII, U+2010, U+2011), not at other dashes or marks.
TEST(TokenWords, FoldedWordsAndHyphenJoiners) {
  Tokenised t("Nord-Est, l'Armée\xE2\x80\x90malienne \xE2\x80\x91 TUÉS \xE2\x80\x94 à Gao.");
  TokenWords words(t.text, t.tokens);
  ASSERT_EQ(words.size(), t.tokens.size());
  std::vector<std::string> folded;
  std::vector<size_t> joiners;
  for (size_t i = 0; i < words.size(); ++i) {
    folded.emplace_back(words.Word(i));
    if (words.IsJoiner(i)) joiners.push_back(i);
  }
  EXPECT_EQ(folded, (std::vector<std::string>{"nord", "", "est", "", "l'", "armee", "", "malienne", "", "tues", "", "a",
                                              "gao", ""}));
  EXPECT_EQ(joiners, (std::vector<size_t>{1, 6, 8}));
  EXPECT_EQ(words.WordHash(5), PhraseWordHash("armee"));
}

// Whatever the mix of ASCII and accented words, and wherever in the text the tokens lie,
// a token's word is the FoldKey of its text.
TEST(TokenWords, EveryWordIsTheFoldKeyOfItsToken) {
  const std::string text = "  Skipped BEFORE. Les ŒUVRES d'Ansongo-Ménaka: 1.200 TUÉS, ½ Straße Zone3 ǅemal. After";
  const size_t begin = text.find("Les"), end = text.find(" After");
  std::vector<Token> tokens;
  Tokenize(text, begin, end, tokens);
  TokenWords words(text, tokens);
  ASSERT_EQ(words.size(), tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string expected = tokens[i].kind == TokenKind::kPunctuation ? "" : FoldKey(tokens[i].In(text));
    EXPECT_EQ(words.Word(i), expected) << tokens[i].In(text);
    EXPECT_EQ(words.WordHash(i), PhraseWordHash(expected));
  }
  EXPECT_EQ(words.Word(1), "oeuvres");
  // Words of ASCII letters and digits only, and no other token, are told apart.
  std::vector<std::string> ascii_alnum;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (words.IsAsciiAlnum(i)) ascii_alnum.emplace_back(tokens[i].In(text));
  }
  EXPECT_EQ(ascii_alnum, (std::vector<std::string>{"Les", "Ansongo", "Zone3"}));
  EXPECT_TRUE(TokenWords(text, {}).size() == 0);
}

// Thousands of phrases (the index grows, its bitmap of keys with it): each is still found,
// and words that start none are not.
TEST(PhraseMatcher, EveryPhraseOfALargeLexiconIsFound) {
  PhraseMatcher m;
  std::string text;
  for (uint32_t i = 0; i < 5000; ++i) {
    const std::string word = "w" + std::to_string(i);
    ASSERT_TRUE(m.Add(word + (i % 2 ? " x" : ""), i, nullptr));
    text += word + (i % 2 ? " x " : " ") + "z" + std::to_string(i) + " ";
  }
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  TokenWords words(text, tokens);
  const auto found = m.FindAll(words, 0, tokens.size());
  ASSERT_EQ(found.size(), 5000u);
  for (uint32_t i = 0; i < 5000; ++i) {
    EXPECT_EQ(found[i].entry, i);
    EXPECT_EQ(found[i].end_token - found[i].first_token, i % 2 ? 2u : 1u);
  }
}

TEST(PhraseMatcher, MatchesFoldedWordsLongestFirst) {
  PhraseMatcher m;
  ASSERT_TRUE(m.Add("hommes armés", 1, nullptr));
  ASSERT_TRUE(m.Add("hommes armés non identifiés", 2, nullptr));
  Tokenised t("Des HOMMES ARMES non identifies ont attaqué.");
  TokenWords words(t.text, t.tokens);
  auto match = m.MatchAt(words, 1, t.tokens.size());
  ASSERT_TRUE(match);
  EXPECT_EQ(match->entry, 2u);
  EXPECT_EQ(match->end_token, 5u);
  EXPECT_FALSE(m.MatchAt(words, 0, t.tokens.size()));
}

// An abbreviation's periods join its letters in the text as in the phrase: "U.N. peacekeepers"
// is found in "Three U.N. peacekeepers were killed", and a sentence's last period after a
// word of several letters joins nothing.
TEST(PhraseMatcher, AbbreviationsWithPeriodsMatch) {
  PhraseMatcher m;
  ASSERT_TRUE(m.Add("U.N. peacekeepers", 1, nullptr));
  Tokenised t("Three U.N. peacekeepers were killed near Gao.");
  TokenWords words(t.text, t.tokens);
  auto match = m.MatchAt(words, 1, t.tokens.size());
  ASSERT_TRUE(match);
  EXPECT_EQ(match->entry, 1u);
  EXPECT_EQ(t.text.substr(t.tokens[match->first_token].start,
                          t.tokens[match->end_token - 1].end - t.tokens[match->first_token].start),
            "U.N. peacekeepers");
  EXPECT_FALSE(words.IsJoiner(t.tokens.size() - 1));
}

// Words after the second (which a hash of its own prefilters) of up to eight bytes are
// compared by size and hash, longer ones byte by byte: a word
// that differs from the phrase's in one byte anywhere, of any length, is no match.
TEST(PhraseMatcher, EveryByteOfEveryLaterWordCounts) {
  const std::vector<std::string> second = {"a",      "ab",      "abc",      "abcd",      "abcde",
                                           "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop"};
  for (const std::string& word : second) {
    PhraseMatcher m;
    ASSERT_TRUE(m.Add("zz yy " + word, 1, nullptr));
    Tokenised same("zz yy " + word);
    TokenWords same_words(same.text, same.tokens);
    EXPECT_TRUE(m.MatchAt(same_words, 0, same.tokens.size())) << word;
    for (size_t i = 0; i < word.size(); ++i) {
      std::string other = word;
      other[i] = 'x';
      Tokenised t("zz yy " + other);
      TokenWords words(t.text, t.tokens);
      EXPECT_FALSE(m.MatchAt(words, 0, t.tokens.size())) << other;
    }
  }
}

TEST(PhraseMatcher, PrefixWildcardsElisionsAndHyphens) {
  PhraseMatcher m;
  ASSERT_TRUE(m.Add("attaqu*", 1, nullptr));
  ASSERT_TRUE(m.Add("l'armée", 2, nullptr));
  ASSERT_TRUE(m.Add("quatre vingt", 3, nullptr));
  Tokenised t("L'armée a été attaquée par quatre-vingts hommes.");
  TokenWords words(t.text, t.tokens);
  auto all = m.FindAll(words, 0, t.tokens.size());
  ASSERT_EQ(all.size(), 2u);  // "quatre-vingts" is not "quatre vingt"
  EXPECT_EQ(all[0].entry, 2u);
  EXPECT_EQ(all[1].entry, 1u);
  Tokenised t2("soit quatre-vingt personnes");
  TokenWords words2(t2.text, t2.tokens);
  auto hyphen = m.MatchAt(words2, 1, t2.tokens.size());
  ASSERT_TRUE(hyphen);
  EXPECT_EQ(hyphen->entry, 3u);
  EXPECT_EQ(hyphen->end_token, 4u);  // quatre, '-', vingt
}

TEST(PhraseMatcher, MatchEndingAtFindsThePhraseBeforeAWord) {
  PhraseMatcher m;
  ASSERT_TRUE(m.Add("revendiqué par", 7, nullptr));
  Tokenised t("L'attaque a été revendiquée par le JNIM.");
  TokenWords words(t.text, t.tokens);
  EXPECT_FALSE(m.MatchEndingAt(words, 6, 0));  // "revendiquée" is not "revendique"
  ASSERT_TRUE(m.Add("revendiqu* par", 8, nullptr));
  auto match = m.MatchEndingAt(words, 6, 0);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->entry, 8u);
  EXPECT_EQ(match->first_token, 4u);
}

TEST(PhraseMatcher, RefusesEmptyPhrasesAndShortWildcards) {
  PhraseMatcher m;
  std::string error;
  EXPECT_FALSE(m.Add("  ", 1, &error));
  EXPECT_NE(error.find("no words"), std::string::npos);
  EXPECT_FALSE(m.Add("mo*", 1, &error));
  EXPECT_NE(error.find("at least"), std::string::npos);
  EXPECT_EQ(m.size(), 0u);
}

}  // namespace
}  // namespace vigie
