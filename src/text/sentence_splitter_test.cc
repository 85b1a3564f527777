#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <random>

#include "core/data_paths.h"
#include "core/utf8.h"

namespace vigie {
namespace {

class SentenceSplitterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto list = AbbreviationList::Load(ResolveDataDir() / "lexicon" / "abbreviations.tsv", nullptr);
    ASSERT_TRUE(list.ok()) << list.status().message();
    abbreviations_ = std::move(list).value();
  }
  std::vector<std::string> Split(std::string_view text, std::string_view lang) {
    SentenceSplitter splitter(abbreviations_);
    std::vector<Sentence> sentences;
    splitter.Split(text, lang, sentences);
    std::vector<std::string> out;
    for (const Sentence& s : sentences) out.emplace_back(s.In(text));
    return out;
  }
  AbbreviationList abbreviations_;
};

TEST_F(SentenceSplitterTest, FrenchTitlesAndMonthsDoNotEndSentences) {
  EXPECT_EQ(Split("M. Diallo a été arrêté le 17 sept. 2024 à Bamako. Mme Traoré a confirmé l'information.", "fr"),
            (std::vector<std::string>{"M. Diallo a été arrêté le 17 sept. 2024 à Bamako.",
                                      "Mme Traoré a confirmé l'information."}));
}

TEST_F(SentenceSplitterTest, EnglishRanksAndInitialisms) {
  EXPECT_EQ(Split("Lt.-Col. Diarra met U.S. officials in Niamey. Gen. Tiani did not attend.", "en"),
            (std::vector<std::string>{"Lt.-Col. Diarra met U.S. officials in Niamey.", "Gen. Tiani did not attend."}));
}

TEST_F(SentenceSplitterTest, QuotesAndQuestionMarksEndSentences) {
  EXPECT_EQ(Split("« Nous avons riposté. » Le bilan reste provisoire ! Combien de morts ? Aucun chiffre.", "fr"),
            (std::vector<std::string>{"« Nous avons riposté. »", "Le bilan reste provisoire !", "Combien de morts ?",
                                      "Aucun chiffre."}));
  EXPECT_EQ(Split("He said: \"We fought back.\" The toll is unclear.", "en"),
            (std::vector<std::string>{"He said: \"We fought back.\"", "The toll is unclear."}));
}

TEST_F(SentenceSplitterTest, LowerCaseAfterPeriodAndNumbersDoNotSplit) {
  EXPECT_EQ(Split("Le bilan est de 3.5 pour cent. il reste flou.", "fr"),
            (std::vector<std::string>{"Le bilan est de 3.5 pour cent. il reste flou."}));
}

TEST_F(SentenceSplitterTest, InitialsAndLineBreaks) {
  EXPECT_EQ(Split("Moussa A. Traoré a parlé.\nUn second paragraphe", "fr"),
            (std::vector<std::string>{"Moussa A. Traoré a parlé.", "Un second paragraphe"}));
}

TEST_F(SentenceSplitterTest, SentencesAreOrderedDisjointAndInsideTheText) {
  std::mt19937 rng(7);
  const std::string alphabet[] = {"a", "B", ". ", "! ", "? ", "\n", " ", "M.", "é", "« ", " »", "1", "…", "\""};
  SentenceSplitter splitter(abbreviations_);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int i = rng() % 40; i > 0; --i) text += alphabet[rng() % std::size(alphabet)];
    std::vector<Sentence> sentences;
    splitter.Split(text, round % 2 ? "fr" : "en", sentences);
    uint32_t previous_end = 0;
    for (const Sentence& s : sentences) {
      ASSERT_LT(s.start, s.end) << text;
      ASSERT_LE(previous_end, s.start) << text;
      ASSERT_LE(s.end, text.size()) << text;
      ASSERT_TRUE(IsValidUtf8(s.In(text))) << text;
      previous_end = s.end;
    }
  }
}

TEST(AbbreviationList, ReportsBadLinesByFileAndLine) {
  const std::string path = ::testing::TempDir() + "/abbrev.tsv";
  FILE* f = fopen(path.c_str(), "w");
  fputs("# comment\nfr\tM.\nde\tHr.\nen\tnoperiod\nfr\ttwo words.\n", f);
  fclose(f);
  std::vector<DataProblem> problems;
  auto list = AbbreviationList::Load(path, &problems);
  ASSERT_TRUE(list.ok());
  EXPECT_TRUE(list->Contains("fr", "M."));
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 3);
  EXPECT_EQ(problems[1].line, 4);
  EXPECT_EQ(problems[2].line, 5);
  EXPECT_NE(problems[0].ToString().find("abbrev.tsv:3:"), std::string::npos);
}

}  // namespace
}  // namespace vigie
