#include "extract/date_parser.h"

#include <gtest/gtest.h>

#include "core/data_paths.h"
#include "extract/publication_date.h"

namespace vigie {
namespace {

class DateParserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto parser = DateParser::Load(ResolveDataDir() / "lexicon" / "dates.tsv", nullptr);
    ASSERT_TRUE(parser.ok()) << parser.status().message();
    parser_ = std::move(parser).value();
  }
  std::string Find(std::string_view text) {
    auto d = parser_.FindDate(text);
    return d ? d->ToString() : "none";
  }
  DateParser parser_;
};

TEST_F(DateParserTest, FrenchDates) {
  EXPECT_EQ(Find("BAMAKO, 17 sept. 2024 (AFP) -"), "2024-09-17");
  EXPECT_EQ(Find("Publié le mardi 1er octobre 2024 à 10h"), "2024-10-01");
  EXPECT_EQ(Find("le 3 Février 2023"), "2023-02-03");
  EXPECT_EQ(Find("15 août 2021"), "2021-08-15");
}

TEST_F(DateParserTest, EnglishDates) {
  EXPECT_EQ(Find("Updated Sept. 17, 2024 at 6 a.m."), "2024-09-17");
  EXPECT_EQ(Find("NIAMEY, 21 March 2021 -"), "2021-03-21");
}

TEST_F(DateParserTest, NumericDates) {
  EXPECT_EQ(Find("2024-09-17T06:30:00+00:00"), "2024-09-17");
  EXPECT_EQ(Find("17/09/2024"), "2024-09-17");
  EXPECT_EQ(Find("09/17/2024"), "2024-09-17");  // only month-first is a valid date
  EXPECT_EQ(Find("04.05.2015 à 13h36"), "2015-05-04");
}

TEST_F(DateParserTest, RejectsImpossibleDates) {
  EXPECT_EQ(Find("31 février 2024"), "none");
  EXPECT_EQ(Find("12 mars 1850"), "none");
  EXPECT_EQ(Find("mardi dernier"), "none");
  EXPECT_EQ(Find(""), "none");
}

TEST(PublicationDate, FromUrl) {
  EXPECT_EQ(DateFromUrl("https://example.org/afrique/2024/09/18/bamako-attaque_123.html")->ToString(), "2024-09-18");
  EXPECT_EQ(DateFromUrl("https://example.org/news/2021-05-02-tillia")->ToString(), "2021-05-02");
  EXPECT_FALSE(DateFromUrl("https://example.org/2024/99/18/x").has_value());
  EXPECT_FALSE(DateFromUrl("https://example.org/article/123456789012").has_value());
}

TEST(DateParser, ReportsBadLines) {
  const std::string path = ::testing::TempDir() + "/dates.tsv";
  FILE* f = fopen(path.c_str(), "w");
  fputs("month\tfr\tjanvier\t1\nmonth\tfr\tbad\t13\nmonth\tde\tmaerz\t3\nmonth\tfr\tjuin\n", f);
  fclose(f);
  std::vector<DataProblem> problems;
  ASSERT_TRUE(DateParser::Load(path, &problems).ok());
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[2].line, 4);
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST(CivilDate, ToStringWritesWhatPrintfWrites) {
  EXPECT_EQ((CivilDate{2024, 9, 7}).ToString(), "2024-09-07");
  EXPECT_EQ((CivilDate{987, 12, 31}).ToString(), "0987-12-31");
  EXPECT_EQ((CivilDate{0, 0, 0}).ToString(), "0000-00-00");
  // Outside four-digit years and two-digit months and days: printf's "%04d-%02d-%02d".
  EXPECT_EQ((CivilDate{12345, 1, 2}).ToString(), "12345-01-02");
  EXPECT_EQ((CivilDate{-5, 1, 2}).ToString(), "-005-01-02");
  EXPECT_EQ((CivilDate{2024, 123, 2}).ToString(), "2024-123-02");
}

TEST(ParseIsoDay, TakesExactlyYearMonthDayThatExist) {
  ASSERT_TRUE(ParseIsoDay("2024-09-17").has_value());
  EXPECT_EQ(ParseIsoDay("2024-02-29")->ToString(), "2024-02-29");
  EXPECT_FALSE(ParseIsoDay("2023-02-29"));   // no such day
  EXPECT_FALSE(ParseIsoDay("2024-13-01"));
  EXPECT_FALSE(ParseIsoDay("2024-1-017"));   // dashes out of place
  EXPECT_FALSE(ParseIsoDay("2024- 1-01"));   // a space is not a digit
  EXPECT_FALSE(ParseIsoDay("+024-01-01"));
  EXPECT_FALSE(ParseIsoDay("2024-09-17x"));
  EXPECT_FALSE(ParseIsoDay(""));
}

}  // namespace
}  // namespace vigie
