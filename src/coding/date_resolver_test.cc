#include "coding/date_resolver.h"

#include <gtest/gtest.h>

#include <optional>

#include "coding/civil_calendar.h"
#include "core/data_paths.h"
#include "text/tokenizer.h"

namespace vigie {
namespace {

class DateResolverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto names = DateParser::Load(ResolveDataDir() / "lexicon" / "dates.tsv", nullptr);
    ASSERT_TRUE(names.ok());
    names_.emplace(std::move(names).value());
    auto add = [&](const char* lang, const char* phrase, RelativeDateKind kind, int value) {
      ASSERT_TRUE(relative_.matcher.Add(phrase, static_cast<uint32_t>(relative_.entries.size()), nullptr));
      relative_.entries.push_back({lang, kind, value});
    };
    add("fr", "hier", RelativeDateKind::kDayOffset, -1);
    add("en", "yesterday", RelativeDateKind::kDayOffset, -1);
    add("fr", "dernier", RelativeDateKind::kLastModifier, 0);
    add("en", "last", RelativeDateKind::kLastModifier, 0);
    add("fr", "dans la nuit de", RelativeDateKind::kNightSpan, 0);
    ASSERT_TRUE(relative_.matcher.Add("la semaine dernière", static_cast<uint32_t>(relative_.entries.size()), nullptr));
    relative_.entries.push_back({"fr", RelativeDateKind::kPeriod, -7, 2});
    add("fr", "mouvement du", RelativeDateKind::kNameHead, 0);
    add("en", "movement", RelativeDateKind::kNameHead, 0);
    add("fr", "en", RelativeDateKind::kMonthLead, 0);
    add("en", "in", RelativeDateKind::kMonthLead, 0);
  }
  std::vector<TemporalMention> Find(const std::string& text, std::optional<CivilDate> published,
                                    std::string_view language, std::optional<CivilDate> mentioned = std::nullopt) {
    text_ = text;
    tokens_.clear();
    Tokenize(text_, 0, text_.size(), tokens_);
    TokenWords words(text_, tokens_);
    DateResolver resolver(*names_, relative_);
    return resolver.Find(words, tokens_, text_, 0, tokens_.size(), published, language, mentioned);
  }
  std::optional<DateParser> names_;
  Lexicon<RelativeDateEntry> relative_;
  std::string text_;
  std::vector<Token> tokens_;
};

// 2024-09-18 is a Wednesday.
constexpr CivilDate kWednesday{2024, 9, 18};

TEST_F(DateResolverTest, ExplicitDatesWithAndWithoutYear) {
  auto found = Find("L'attaque a eu lieu le 17 septembre 2024 à Bamako.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 17}));
  found = Find("The attack on Sept. 17 killed two.", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 17}));
  // A day and month after publication belong to the year before.
  found = Find("le 3 décembre", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2023, 12, 3}));
}

TEST_F(DateResolverTest, ADateInAMovementsNameDatesNothing) {
  auto found = Find("Le Mouvement du 5 juin a manifesté hier à Bamako.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 17}));  // "hier"
  found = Find("Leaders of the June 5 Movement were detained on Sept. 16.", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 16}));
  // Not capitalised, or not next to the date: a date.
  found = Find("le mouvement du 5 juin vers la frontière", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 6, 5}));
  found = Find("A Movement spokesman said the march of June 5 was peaceful.", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 6, 5}));
}

// Day numbers written as words or with ordinal suffixes, and words that only look like
// numbers, read token by token (the quick rejection of words that start with a letter).
TEST_F(DateResolverTest, OrdinalDaysAndNumberLikeWords) {
  for (const char* text : {"le premier septembre", "le Premier septembre", "le 1er septembre"}) {
    auto found = Find(text, kWednesday, "fr");
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 1})) << text;
  }
  auto found = Find("on September 21st, 2023 and on the 2nd September", kWednesday, "en");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, (CivilDate{2023, 9, 21}));
  EXPECT_EQ(found[1].date, (CivilDate{2024, 9, 2}));
  EXPECT_TRUE(Find("le x17 septembre et le 17e septembre", kWednesday, "fr").empty());
}

TEST_F(DateResolverTest, RangeOfDaysIsDatedFromItsFirstDay) {
  const std::pair<const char*, const char*> ranges[] = {
      {"entre le 10 et le 14 septembre 2024, des civils ont été tués", "fr"},
      {"du 10 au 14 septembre, des civils ont été tués", "fr"},
      {"on 10-14 September, soldiers killed militants", "en"},
      {"between 10 and 14 September, soldiers killed militants", "en"},
  };
  for (const auto& [text, language] : ranges) {
    const auto found = Find(text, kWednesday, language);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 10})) << text;
  }
  // Two counts joined by "et" before a date are no range.
  const auto found = Find("3 soldats et 12 civils ont été tués le 14 septembre", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 14}));
}

TEST_F(DateResolverTest, MonthsLongPastAreBackground) {
  auto found = Find("where militants killed 30 people in January 2016", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].background);
  // This month or the one before may still be the report's own news.
  found = Find("des combats en août 2024", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].background);
  EXPECT_EQ(found[0].time_precision, 3);
}

TEST_F(DateResolverTest, MonthAloneOtherThanThePublicationsIsBackground) {
  // A report dates its own incident by the day; "en août" with no day names a period before.
  auto found = Find("En août, des combats avaient fait des morts près de Gao.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].background);
  found = Find("Militants had killed two traders there in July.", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].background);
  // The month of publication is no recall.
  EXPECT_TRUE(Find("Des combats ont eu lieu en septembre.", kWednesday, "fr").empty());
}

TEST_F(DateResolverTest, DayCountedFromTheDayNamedBefore) {
  ASSERT_TRUE(relative_.matcher.Add("le lendemain", static_cast<uint32_t>(relative_.entries.size()), nullptr));
  relative_.entries.push_back({"fr", RelativeDateKind::kMentionedDayOffset, 1});
  // From a day the text named in an earlier sentence...
  auto found = Find("Le lendemain, des hommes armés ont incendié le marché.", kWednesday, "fr", CivilDate{2024, 9, 14});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 15}));
  // ... or earlier in the sentence, else from publication.
  found = Find("Le 10 septembre puis le lendemain, des tirs ont visé le camp.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].date, (CivilDate{2024, 9, 11}));
  found = Find("Le lendemain, des tirs ont visé le camp.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 19}));
}

TEST_F(DateResolverTest, RelativeDaysAndWeekdays) {
  auto found = Find("Hier, des hommes armés ont attaqué le poste.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 17}));
  found = Find("mardi dernier", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 17}));
  found = Find("last Wednesday", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 11}));  // strictly before publication
  found = Find("on Wednesday", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, kWednesday);
  found = Find("dans la nuit de dimanche à lundi", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 15}));
  found = Find("la semaine dernière", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].time_precision, 2);
}

TEST_F(DateResolverTest, BackgroundYearsAndFutureDates) {
  auto found = Find("Depuis 2012, le pays est en crise.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].background);
  // A count opening a sentence is no year.
  EXPECT_TRUE(Find("2000 people demonstrated against the reform.", kWednesday, "en").empty());
  EXPECT_TRUE(Find("1500 manifestants ont défilé.", kWednesday, "fr").empty());
  EXPECT_TRUE(Find("le 30 septembre 2024", kWednesday, "fr").empty());  // after publication
  EXPECT_TRUE(Find("le 3 mars 1850", kWednesday, "fr").empty());        // before 1900
}

TEST_F(DateResolverTest, WithoutAPublicationDateRelativeDatesAreUnanchored) {
  auto found = Find("Hier, l'armée a dit que le poste avait été attaqué le 17 septembre 2024.", std::nullopt, "fr");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].unanchored);  // "Hier"
  EXPECT_FALSE(found[1].unanchored);
  EXPECT_EQ(found[1].date, (CivilDate{2024, 9, 17}));
  // Read against the same stand-in, two such dates still compare.
  found = Find("The army said on Wednesday that Tuesday's ambush killed nine.", std::nullopt, "en");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].unanchored && found[1].unanchored);
  EXPECT_EQ(DaysFromCivil(found[0].date) - DaysFromCivil(found[1].date), 1);
  found = Find("le 3 mars", std::nullopt, "fr");  // no year
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].unanchored);
  found = Find("Hier", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].unanchored);
}

TEST_F(DateResolverTest, MonthAloneAfterALeadingWord) {
  // Published on 2024-09-18: "en juillet" is this year's July, "in November" last year's.
  auto found = Find("En juillet, des hommes armés ont attaqué le poste.", kWednesday, "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2024, 7, 1}));
  EXPECT_EQ(found[0].time_precision, 3);
  EXPECT_TRUE(found[0].background);  // ended more than a month before publication
  found = Find("In August, gunmen attacked the post.", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].background);  // last month, recalled all the same
  found = Find("In November, gunmen attacked the post.", kWednesday, "en");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].date, (CivilDate{2023, 11, 1}));
  // Not a month: no leading word, a modal verb, the publication's own month.
  EXPECT_TRUE(Find("Juillet a été meurtrier.", kWednesday, "fr").empty());
  EXPECT_TRUE(Find("Gunmen in may attack.", kWednesday, "en").empty());
  EXPECT_TRUE(Find("In September, gunmen attacked the post.", kWednesday, "en").empty());
}

TEST_F(DateResolverTest, AWeekdayBeforeAnExplicitDateIsThatDate) {
  // Published on Wednesday 18 September 2024: "dimanche 8 septembre" is the 8th, not the
  // Sunday just before publication (the 15th).
  for (const auto& [text, language] : {std::pair{"Les tueries ont eu lieu le dimanche 8 septembre.", "fr"},
                                       std::pair{"The killings took place on Sunday, September 8.", "en"},
                                       std::pair{"Les tueries ont eu lieu ce dimanche 8 septembre.", "fr"}}) {
    const auto found = Find(text, kWednesday, language);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 8})) << text;
  }
}

TEST_F(DateResolverTest, ANightSpanWithItsDaysAndMonthIsThatNight) {
  // Publication on Wednesday 18 September 2024; the night named is in August.
  auto found = Find("dans la nuit de vendredi 23 à samedi 24 août, le chef a été tué", kWednesday, "fr");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].date, (CivilDate{2024, 8, 23}));
  // Without them, the latest such night.
  found = Find("dans la nuit de vendredi à samedi, le chef a été tué", kWednesday, "fr");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].date, (CivilDate{2024, 9, 13}));
}

}  // namespace
}  // namespace vigie
