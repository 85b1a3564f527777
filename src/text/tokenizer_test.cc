#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.In(text));
  return out;
}

TEST(Tokenizer, KeepsFrenchElisionWithTheArticle) {
  EXPECT_EQ(Words("l'armée d’une qu'il"), (std::vector<std::string>{"l'", "armée", "d’", "une", "qu'", "il"}));
}

TEST(Tokenizer, NumbersKeepInnerSeparators) {
  std::vector<Token> tokens;
  std::string_view text = "1.200 morts, 12,5 km et 70.";
  Tokenize(text, 0, text.size(), tokens);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].In(text), "1.200");
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[3].In(text), "12,5");
  EXPECT_EQ(tokens[6].In(text), "70");
  EXPECT_EQ(tokens[7].kind, TokenKind::kPunctuation);
}

TEST(Tokenizer, OffsetsPointIntoTheText) {
  std::string_view text = "  Tombouctou\u00a0: G5 Sahel—ISWAP ";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), tokens);
  EXPECT_EQ(Words(text), (std::vector<std::string>{"Tombouctou", ":", "G5", "Sahel", "—", "ISWAP"}));
  EXPECT_EQ(tokens[0].start, 2u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
}

TEST(Tokenizer, EnglishPossessiveIsSplit) {
  EXPECT_EQ(Words("the army's"), (std::vector<std::string>{"the", "army", "'", "s"}));
}

}  // namespace
}  // namespace vigie
