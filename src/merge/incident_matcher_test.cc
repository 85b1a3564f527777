#include "merge/incident_matcher.h"

#include <gtest/gtest.h>

#include <random>

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

namespace vigie {
namespace {

// A report near (lat, lon) with what decides a match drawn at random: dates, distance,
// admin1 and admin2, precision, place known or not, type.
EventRecord NearbyReport(std::mt19937& random, double lat, double lon) {
  auto pick = [&](int n) { return static_cast<int>(random() % n); };
  const std::string date = "2022-09-" + std::to_string(20 + pick(9));
  // Up to ~20 km away in each direction.
  double east = lon + (pick(61) - 30) * 0.005;
  if (east > 180) east -= 360;  // across the antimeridian
  EventRecord r = MakeReport("doc", date, lat + (pick(61) - 30) * 0.005, east);
  if (pick(3) == 0) r.date_end = "2022-09-" + std::to_string(20 + pick(9));
  if (r.date_end < r.date_start) std::swap(r.date_start, r.date_end);
  if (pick(5) == 0) r.date_start.clear(), r.date_end.clear();  // event_date alone
  r.geo_precision = 1 + pick(3);
  r.located = pick(8) != 0;
  r.admin1 = pick(3) == 0 ? "" : (pick(2) ? "Mopti" : "Segou");
  r.admin2 = pick(2) ? "Douentza" : "Bandiagara";
  if (pick(4) == 0) r.event_type = "Protests", r.disorder_type = "Demonstrations";
  return r;
}

TEST(IncidentCandidates, EveryEventTheMatcherAcceptsIsACandidate) {
  std::mt19937 random(26112026);
  int matches = 0, refused = 0;
  for (const auto& [lat, lon] : {std::pair{14.3, -3.6}, {-33.9, 151.2}, {64.1, -21.9}, {0.0, 179.95}}) {
    for (int round = 0; round < 3000; ++round) {
      const EventRecord report = NearbyReport(random, lat, lon), event = NearbyReport(random, lat, lon);
      const std::optional<IncidentCandidates> candidates = CandidatesFor(report);
      if (MatchIncident(report, event).same) {
        ++matches;
        ASSERT_TRUE(candidates.has_value()) << round;
        EXPECT_TRUE(candidates->Admit(event)) << "round " << round << " at " << lat << ", " << lon;
      } else if (candidates && !candidates->Admit(event)) {
        ++refused;
      }
    }
  }
  EXPECT_GT(matches, 1000);
  EXPECT_GT(refused, 3000);  // the conditions do narrow the events compared
}

// A store may give the matcher candidates read from an index, holding only the fields
// CopyIncidentFields copies: the matcher must decide alike, with the same score and reason.
TEST(CopyIncidentFields, TheMatcherDecidesAlikeOnTheCopy) {
  std::mt19937 random(20261126);
  auto pick = [&](int n) { return static_cast<int>(random() % n); };
  const char* const actors[] = {"", "jnim", "is-sahel"};
  int same = 0;
  for (int round = 0; round < 4000; ++round) {
    EventRecord report = NearbyReport(random, 14.3, -3.6), event = NearbyReport(random, 14.3, -3.6);
    for (EventRecord* r : {&report, &event}) {
      const EventRecord acted = MakeReport("doc", r->event_date, 0, 0, actors[pick(3)]);
      r->actor1 = acted.actor1, r->actor1_id = acted.actor1_id, r->inter1 = acted.inter1;
      if (pick(4) == 0) r->assoc_actor_1 = "Katiba Macina";
      if (pick(3) == 0) r->sub_event_type = "Attack";
    }
    // Every other field differs from the event's.
    EventRecord copy = MakeReport("other", "1999-01-01", -40, 100, "is-sahel", 99);
    copy.notes = "other notes";
    copy.source = "Other Outlet";
    copy.location = "Elsewhere";
    CopyIncidentFields(event, copy);
    const IncidentMatch expected = MatchIncident(report, event), got = MatchIncident(report, copy);
    same += expected.same;
    ASSERT_EQ(got.same, expected.same) << round;
    ASSERT_EQ(got.score, expected.score) << round;
    ASSERT_EQ(got.reason, expected.reason) << round;
  }
  EXPECT_GT(same, 200);  // both decisions are exercised
  EXPECT_LT(same, 3800);
}

TEST(IncidentCandidates, AReportWithoutPlaceOrDateHasNone) {
  EventRecord unplaced = MakeReport("a", "2022-09-26", 15.0, -1.9);
  unplaced.located = false;
  EXPECT_FALSE(CandidatesFor(unplaced).has_value());
  EventRecord undated = MakeReport("a", "2022-09-26", 15.0, -1.9);
  undated.event_date = undated.date_start = undated.date_end = "";
  EXPECT_FALSE(CandidatesFor(undated).has_value());
  const auto candidates = CandidatesFor(MakeReport("a", "2022-09-26", 15.0, -1.9));
  ASSERT_TRUE(candidates.has_value());
  EXPECT_EQ(candidates->first_day, "2022-09-24");
  EXPECT_EQ(candidates->last_day, "2022-09-28");
  EXPECT_NEAR(candidates->max_latitude - 15.0, 10 / 111.19 * 1.01, 1e-3);
}

}  // namespace
}  // namespace vigie
