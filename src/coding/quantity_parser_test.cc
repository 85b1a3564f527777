#include "coding/quantity_parser.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace vigie {
namespace {

class QuantityParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto add = [&](const char* lang, const char* phrase, double value, NumberKind kind) {
      ASSERT_TRUE(lexicon_.matcher.Add(phrase, static_cast<uint32_t>(lexicon_.entries.size()), nullptr));
      lexicon_.entries.push_back({lang, value, kind});
    };
    add("fr", "deux", 2, NumberKind::kExact);
    add("fr", "quatre", 4, NumberKind::kExact);
    add("fr", "vingt", 20, NumberKind::kExact);
    add("fr", "vingts", 20, NumberKind::kExact);
    add("fr", "dix", 10, NumberKind::kExact);
    add("fr", "cent", 100, NumberKind::kExact);
    add("fr", "une vingtaine", 20, NumberKind::kApprox);
    add("fr", "des dizaines", 10, NumberKind::kApprox);
    add("fr", "une", 1, NumberKind::kExact);
    add("fr", "centaine", 100, NumberKind::kApprox);
    add("fr", "au moins", -1, NumberKind::kMin);
    add("fr", "environ", -1, NumberKind::kApproxModifier);
    add("en", "dozens", 12, NumberKind::kApprox);
    add("fr", "plusieurs", 3, NumberKind::kVague);
    add("en", "at least", -1, NumberKind::kMin);
    add("en", "twenty", 20, NumberKind::kExact);
    add("en", "one", 1, NumberKind::kExact);
  }
  std::optional<Quantity> Parse(const std::string& text, std::string_view language) {
    text_ = text;
    tokens_.clear();
    Tokenize(text_, 0, text_.size(), tokens_);
    words_.emplace(text_, tokens_);
    QuantityParser parser(lexicon_);
    return parser.ParseAt(*words_, tokens_, 0, tokens_.size(), language);
  }
  Lexicon<NumberEntry> lexicon_;
  std::string text_;
  std::vector<Token> tokens_;
  std::optional<TokenWords> words_;
};

TEST_F(QuantityParserTest, DigitsWithSeparators) {
  EXPECT_EQ(Parse("12 morts", "fr")->value, 12);
  EXPECT_EQ(Parse("1.200 déplacés", "fr")->value, 1200);
  EXPECT_EQ(Parse("1,200 displaced", "en")->value, 1200);
  EXPECT_FALSE(Parse("morts", "fr"));
}

TEST_F(QuantityParserTest, NumberWordsCompose) {
  EXPECT_EQ(Parse("quatre-vingt-dix soldats", "fr")->value, 90);
  EXPECT_EQ(Parse("deux cent vingt", "fr")->value, 220);
  EXPECT_EQ(Parse("twenty-one", "en")->value, 21);
}

TEST_F(QuantityParserTest, ApproximationsAndModifiers) {
  auto q = Parse("au moins 70 civils", "fr");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 70);
  EXPECT_TRUE(q->at_least);
  EXPECT_EQ(q->end_token, 3u);
  q = Parse("une vingtaine de morts", "fr");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 20);
  EXPECT_TRUE(q->approximate);
  EXPECT_EQ(Parse("dozens of people", "en")->value, 12);  // ACLED: "dozens" = 12
  EXPECT_EQ(Parse("une centaine de civils", "fr")->value, 100);  // article + unit word
  EXPECT_EQ(Parse("des dizaines de morts", "fr")->value, 10);
  EXPECT_TRUE(Parse("environ 30 morts", "fr")->approximate);
  EXPECT_FALSE(Parse("at least", "en"));  // a modifier alone is no quantity
  // A vague plural is approximate and no figure of its own; a round unit is a figure.
  q = Parse("plusieurs personnes", "fr");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value, 3);
  EXPECT_TRUE(q->approximate);
  EXPECT_TRUE(q->vague);
  EXPECT_FALSE(Parse("une vingtaine de morts", "fr")->vague);
}

TEST_F(QuantityParserTest, LanguageOfEntriesApplies) {
  EXPECT_FALSE(Parse("dozens of people", "fr"));
  EXPECT_FALSE(Parse("deux morts", "en"));
}

}  // namespace
}  // namespace vigie
