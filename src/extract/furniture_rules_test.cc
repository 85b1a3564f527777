#include "extract/furniture_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vigie {
namespace {

FurnitureRules SomeRules() {
  FurnitureRules rules;
  EXPECT_TRUE(rules.Add("line", "Partager cet article"));
  EXPECT_TRUE(rules.Add("prefix", "Lire aussi"));
  EXPECT_TRUE(rules.Add("cut", "Laisser un commentaire"));
  return rules;
}

std::vector<std::string> Trimmed(const FurnitureRules& rules, std::vector<std::string> paragraphs) {
  rules.TrimParagraphs(paragraphs);
  return paragraphs;
}

const std::string kProse =
    "Les habitants du quartier ont vu passer une colonne de véhicules vers le nord du cercle, "
    "selon deux témoins joints par téléphone dans la soirée.";

// A paragraph is compared by its key: folded, trimmed of punctuation at both ends, however
// long the punctuation around the words is (only the head of a long paragraph is folded).
TEST(FurnitureRulesTest, LineRuleMatchesWhateverSurroundsTheWords) {
  const FurnitureRules rules = SomeRules();
  const std::string dashes(300, '-');
  const std::string spaced = std::string(200, ' ') + "PARTAGER   CET ARTICLE" + std::string(200, '.');
  EXPECT_EQ(Trimmed(rules, {kProse, dashes + " Partager cet article " + dashes, spaced, kProse}),
            (std::vector<std::string>{kProse, kProse}));
}

// A long paragraph that only starts like a listed line is prose, not the line.
TEST(FurnitureRulesTest, LineRuleNeedsTheWholeParagraph) {
  const FurnitureRules rules = SomeRules();
  const std::string longer = "Partager cet article, disait le maire, " + kProse + " " + kProse;
  EXPECT_EQ(Trimmed(rules, {kProse, longer}), (std::vector<std::string>{kProse, longer}));
}

// Prefix rules hold for whole words only, in short paragraphs, whatever their length up to
// that limit.
TEST(FurnitureRulesTest, PrefixRuleMatchesWholeWordsOfShortParagraphs) {
  const FurnitureRules rules = SomeRules();
  const std::string headline = "Lire aussi : " + std::string(120, 'x');
  const std::string not_the_word = "Lire aussitôt la suite de la note du préfet, qui arrive ce soir à Gao.";
  const std::string long_one = "Lire aussi, " + kProse + " " + kProse;
  EXPECT_EQ(Trimmed(rules, {kProse, headline, not_the_word, long_one}),
            (std::vector<std::string>{kProse, not_the_word, long_one}));
}

TEST(FurnitureRulesTest, CutRuleEndsTheTextAfterItsStart) {
  const FurnitureRules rules = SomeRules();
  EXPECT_EQ(Trimmed(rules, {kProse, kProse, kProse, "-- Laisser un commentaire --", "Anonyme : bravo"}),
            (std::vector<std::string>{kProse, kProse, kProse}));
}

// A notice's words are found as whole words anywhere in a short paragraph, whatever the
// punctuation between them, and only as whole words; a word of 64 bytes or more is a word too.
TEST(FurnitureRulesTest, NoticeRuleMatchesWholeWordsAnywhere) {
  FurnitureRules rules;
  ASSERT_TRUE(rules.Add("notice", "All rights reserved"));
  ASSERT_TRUE(rules.Add("notice", "is expressly prohibited"));
  const std::string long_word(70, 'w');
  ASSERT_TRUE(rules.Add("notice", "see " + long_word));
  const std::vector<std::string> notices = {"Copyright 2024 Reuters. ALL RIGHTS RESERVED.",
                                            "(c) AFP -- all-rights, reserved", "Reproduction is expressly prohibited",
                                            "Please see " + long_word + " for terms."};
  const std::vector<std::string> prose = {"Tall rights reserved", "All rights unreserved",
                                          "Reproduction is expressly prohibitedly", "Rights reserved for all",
                                          "See " + long_word + "s"};
  for (const std::string& notice : notices)
    EXPECT_EQ(Trimmed(rules, {kProse, notice}), (std::vector<std::string>{kProse})) << notice;
  for (const std::string& text : prose)
    EXPECT_EQ(Trimmed(rules, {kProse, text}), (std::vector<std::string>{kProse, text})) << text;
}

// Whole-paragraph rules hold up to their longest pattern, which a paragraph key exactly as
// long still matches; anything longer is prose.
TEST(FurnitureRulesTest, WholeParagraphRulesMatchUpToTheLongestPattern) {
  FurnitureRules rules;
  ASSERT_TRUE(rules.Add("line", "Partager"));
  ASSERT_TRUE(rules.Add("line", "Partager sur Facebook"));
  ASSERT_TRUE(rules.Add("cut-heading", "À lire"));
  ASSERT_TRUE(rules.Add("cut-heading", "Sur le même sujet"));
  EXPECT_EQ(Trimmed(rules, {kProse, "PARTAGER SUR FACEBOOK :", "Partager", "Partager sur Facebook!!", kProse}),
            (std::vector<std::string>{kProse, kProse}));
  EXPECT_EQ(Trimmed(rules, {kProse, kProse, kProse, "Sur le même sujet", "Un titre", "Un autre titre"}),
            (std::vector<std::string>{kProse, kProse, kProse}));
  EXPECT_EQ(Trimmed(rules, {kProse, kProse, kProse, "Sur le même sujet, enfin", "Un titre"}),
            (std::vector<std::string>{kProse, kProse, kProse, "Sur le même sujet, enfin", "Un titre"}));
}

}  // namespace
}  // namespace vigie
