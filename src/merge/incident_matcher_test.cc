#include "merge/incident_matcher.h"

#include <gtest/gtest.h>

#include "merge/merge_test_records.h"

namespace vigie {
namespace {

using testing::MakeReport;

TEST(MatchIncident, TwoReportsOfOneAttackMatch) {
  const auto a = MakeReport("a", "2022-09-26", 15.0, -1.9, "jnim", 11);
  const auto b = MakeReport("b", "2022-09-27", 15.02, -1.92, "", 37);
  const IncidentMatch m = MatchIncident(a, b);
  EXPECT_TRUE(m.same) << m.reason;
  EXPECT_NE(m.reason.find("1 day apart"), std::string::npos) << m.reason;
  EXPECT_TRUE(MatchIncident(b, a).same);
}

TEST(MatchIncident, DatesMoreThanTwoDaysApartDoNot) {
  const auto a = MakeReport("a", "2022-09-26", 15.0, -1.9);
  const auto b = MakeReport("b", "2022-09-29", 15.0, -1.9);
  EXPECT_FALSE(MatchIncident(a, b).same);
  EXPECT_TRUE(MatchIncident(a, MakeReport("c", "2022-09-28", 15.0, -1.9)).same);
}

TEST(MatchIncident, PlacesFarApartDoNotUnlessInTheSameAdmin2) {
  auto a = MakeReport("a", "2022-09-26", 15.0, -1.9);
  auto b = MakeReport("b", "2022-09-26", 15.3, -1.9);  // about 33 km north
  b.admin2 = "Bandiagara";
  EXPECT_FALSE(MatchIncident(a, b).same);
  b.admin2 = a.admin2;
  EXPECT_TRUE(MatchIncident(a, b).same);
}

TEST(MatchIncident, DifferentNamedGroupsAreTwoIncidents) {
  const auto a = MakeReport("a", "2022-09-26", 15.0, -1.9, "jnim");
  const auto b = MakeReport("b", "2022-09-26", 15.0, -1.9, "is-sahel");
  const IncidentMatch m = MatchIncident(a, b);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason.find("named groups differ"), std::string::npos) << m.reason;
}

TEST(MatchIncident, AProtestIsNotABattle) {
  const auto a = MakeReport("a", "2022-09-26", 15.0, -1.9);
  auto b = a;
  b.disorder_type = "Demonstrations";
  b.event_type = "Protests";
  b.sub_event_type = "Peaceful protest";
  EXPECT_FALSE(MatchIncident(a, b).same);
}

TEST(MatchIncident, RegionOnlyNeedsSameRegionAndType) {
  const auto a = MakeReport("a", "2022-09-26", 15.0, -1.9);
  auto b = MakeReport("b", "2022-09-26", 14.3, -3.5);
  b.geo_precision = 3;
  EXPECT_TRUE(MatchIncident(a, b).same);
  b.admin1 = "Tombouctou";
  EXPECT_FALSE(MatchIncident(a, b).same);
  b.admin1 = a.admin1;
  b.event_type = "Violence against civilians";
  EXPECT_FALSE(MatchIncident(a, b).same);
}

TEST(MatchIncident, UnlocatedMatchesNothing) {
  const auto a = MakeReport("a", "2022-09-26", 15.0, -1.9);
  auto b = a;
  b.located = false;
  EXPECT_FALSE(MatchIncident(a, b).same);
}

}  // namespace
}  // namespace vigie
