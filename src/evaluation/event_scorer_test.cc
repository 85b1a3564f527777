#include "evaluation/event_scorer.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

namespace vigie {
namespace {

EventRecord Predicted(const char* type, const char* sub, const char* date, double lat, double lon, int dead,
                      const char* actor1, const char* actor2) {
  EventRecord e;
  e.event_type = type;
  e.sub_event_type = sub;
  e.event_date = date;
  e.latitude = lat;
  e.longitude = lon;
  e.located = true;
  e.fatalities = dead;
  e.actor1 = actor1;
  e.actor2 = actor2;
  return e;
}

// Each test writes its own file: ctest runs the tests of this binary in parallel.
std::vector<GoldDocument> Gold(const std::string& lines) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const auto path = std::filesystem::temp_directory_path() /
                    ("vigie-gold-" + std::string(test->name()) + "-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path) << lines;
  std::vector<DataProblem> problems;
  auto gold = LoadGold(path, &problems);
  EXPECT_TRUE(gold.ok());
  EXPECT_TRUE(problems.empty());
  return gold.value();
}

TEST(EventScorer, MatchesByTypeDateAndPlaceOneToOne) {
  auto gold = Gold(
      R"({"doc": "a", "published": "2024-09-18", "events": [{"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2024-09-17", "actors": ["JNIM", "Military Forces of Mali"], "location": "Bamako", "latitude": 12.65, "longitude": -8.0, "fatalities": 12}, {"event_type": ["Riots", "Violence against civilians"], "event_date": "2024-09-17", "latitude": 12.65, "longitude": -8.0}]})"
      "\n");
  std::map<std::string, std::vector<EventRecord>> predicted;
  predicted["a"].push_back(Predicted("Battles", "Armed clash", "2024-09-18", 12.66, -8.01, 12,
                                     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"));
  predicted["a"].push_back(Predicted("Riots", "Mob violence", "2024-09-17", 12.65, -8.0, 1, "Rioters (Mali)", ""));
  predicted["a"].push_back(Predicted("Protests", "Peaceful protest", "2024-09-17", 12.65, -8.0, 0, "Protesters (Mali)", ""));
  const EventScores s = ScoreEvents(gold, predicted);
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.predicted, 3u);
  EXPECT_EQ(s.matched, 2u);
  EXPECT_NEAR(s.Precision(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.Recall(), 1.0, 1e-9);
  EXPECT_EQ(s.sub_event_correct, 1u);
  EXPECT_EQ(s.actors_correct, 1u);
  EXPECT_EQ(s.fatalities_correct, 1u);
  EXPECT_EQ(s.located_within_10km, 2u);
}

TEST(EventScorer, OutsideToleranceDoesNotMatch) {
  auto gold = Gold(
      R"({"doc": "b", "events": [{"event_type": "Battles", "event_date": "2024-09-10", "latitude": 14.1, "longitude": -1.6, "location_tolerance_km": 25}]})"
      "\n");
  std::map<std::string, std::vector<EventRecord>> predicted;
  predicted["b"].push_back(Predicted("Battles", "Armed clash", "2024-09-13", 14.1, -1.6, 0, "x", "y"));  // 3 days off
  predicted["b"].push_back(Predicted("Battles", "Armed clash", "2024-09-10", 13.0, -1.6, 0, "x", "y"));  // 120 km off
  std::vector<std::string> details;
  const EventScores s = ScoreEvents(gold, predicted, &details);
  EXPECT_EQ(s.matched, 0u);
  EXPECT_EQ(details.size(), 3u);  // one missed, two extra
}

TEST(EventScorer, BadGoldLinesAreReportedByLine) {
  const auto path = std::filesystem::temp_directory_path() / ("vigie-gold-bad-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path) << "{\"doc\": \"a\", \"events\": []}\n{oops\n{\"doc\": \"c\", \"events\": [{\"event_type\": \"Battles\"}]}\n";
  std::vector<DataProblem> problems;
  auto gold = LoadGold(path, &problems);
  ASSERT_TRUE(gold.ok());
  EXPECT_EQ(gold->size(), 1u);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].line, 2);
  EXPECT_EQ(problems[1].line, 3);
}

}  // namespace
}  // namespace vigie
