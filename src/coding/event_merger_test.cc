#include "coding/event_merger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/data_paths.h"

namespace vigie {
namespace {

// The frame classes of data/lexicon/, loaded once.
const FrameClasses& Classes() {
  static const FrameClasses classes = [] {
    auto loaded = FrameClasses::Load(ResolveDataDir() / "lexicon" / "frame_classes.tsv", nullptr);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : FrameClasses();
  }();
  return classes;
}

EventFrame Frame(std::string name, uint32_t sentence, int32_t place = -1) {
  EventFrame f;
  f.frame = std::move(name);
  f.sentence = sentence;
  f.place = place;
  return f;
}

TemporalMention Day(int year, int month, int day) {
  TemporalMention t;
  t.date = {year, month, day};
  return t;
}

Casualties Toll(double dead) {
  Casualties c;
  c.quantity.value = dead;
  return c;
}

TEST(EventMergerTest, AttackAndItsKillingAreOneIncidentNamedByTheAttack) {
  std::vector<EventFrame> frames = {Frame("kill", 0), Frame("attack", 0)};
  const auto events = MergeFrames(frames, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].frame, "attack");
  EXPECT_EQ(events[0].frames.size(), 2u);
}

TEST(EventMergerTest, PlacesMoreThan100KmApartAreSeparateIncidents) {
  // Gao and Bamako, about 950 km apart; Gao and a place 20 km away.
  const std::vector<PlaceLocation> places = {{1, 16.27, -0.04}, {2, 12.65, -8.0}, {3, 16.40, 0.10}};
  std::vector<EventFrame> apart = {Frame("attack", 0, 0), Frame("attack", 1, 1)};
  EXPECT_EQ(MergeFrames(apart, {}, {}, places, Classes()).size(), 2u);
  std::vector<EventFrame> near = {Frame("attack", 0, 0), Frame("clash", 1, 2)};
  EXPECT_EQ(MergeFrames(near, {}, {}, places, Classes()).size(), 1u);
}

TEST(EventMergerTest, DatesMoreThanADayApartAreSeparateIncidents) {
  std::vector<EventFrame> frames = {Frame("attack", 0), Frame("attack", 1), Frame("attack", 2)};
  frames[0].date = Day(2018, 3, 1);
  frames[1].date = Day(2018, 3, 2);
  frames[2].date = Day(2018, 3, 9);
  const auto events = MergeFrames(frames, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].frames.size(), 2u);
}

TEST(EventMergerTest, ProtestAndAbductionAreSeparateIncidents) {
  std::vector<EventFrame> frames = {Frame("protest", 0), Frame("abduction", 3)};
  EXPECT_EQ(MergeFrames(frames, {}, {}, {}, Classes()).size(), 2u);
}

TEST(EventMergerTest, DeathsInAProtestAreExcessiveForce) {
  std::vector<EventFrame> frames = {Frame("protest", 0), Frame("kill", 1)};
  const auto events = MergeFrames(frames, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].frame, "excessive-force");
}

TEST(EventMergerTest, ProtestersWhoClashOrBurnAreRioters) {
  std::vector<EventFrame> clash = {Frame("protest", 0), Frame("clash", 0)};
  auto events = MergeFrames(clash, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].frame, "riot");
  std::vector<EventFrame> burning = {Frame("protest-intervention", 0), Frame("destruction", 1)};
  events = MergeFrames(burning, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].frame, "riot");
}

TEST(EventMergerTest, WoundingIsTheHarmOfTheAttack) {
  std::vector<EventFrame> frames = {Frame("ied", 0), Frame("wound", 0)};
  const auto events = MergeFrames(frames, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].frame, "ied");
}

TEST(EventMergerTest, TownsOfOneListStaySeparate) {
  std::vector<EventFrame> frames = {Frame("attack", 0), Frame("attack", 0)};
  frames[0].split = frames[1].split = 0;
  EXPECT_EQ(MergeFrames(frames, {}, {}, {}, Classes()).size(), 2u);
}

TEST(EventMergerTest, LooseTollGoesToTheViolentFrameBeforeIt) {
  std::vector<EventFrame> frames = {Frame("attack", 0), Frame("protest", 5)};
  const std::vector<LooseToll> tolls = {{2, Toll(12)}, {4, Toll(3)}};
  const auto events = MergeFrames(frames, tolls, {}, {}, Classes());
  ASSERT_EQ(events.size(), 2u);
  ASSERT_NE(events[0].dead, nullptr);
  EXPECT_EQ(events[0].dead->quantity.value, 12.0);
  EXPECT_EQ(events[1].dead, nullptr);  // a protest takes no loose toll
}

TEST(EventMergerTest, LooseTollGoesToTheRiotBeforeIt) {
  std::vector<EventFrame> frames = {Frame("riot", 0)};
  const std::vector<LooseToll> tolls = {{1, Toll(4)}};
  const auto events = MergeFrames(frames, tolls, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  ASSERT_NE(events[0].dead, nullptr);
  EXPECT_EQ(events[0].dead->quantity.value, 4.0);
}

TEST(EventMergerTest, RevisedLooseTollReplacesTheFirst) {
  std::vector<EventFrame> frames = {Frame("attack", 0)};
  Casualties revised = Toll(4);
  revised.revised = true;
  const std::vector<LooseToll> tolls = {{1, Toll(2)}, {2, revised}};
  const auto events = MergeFrames(frames, tolls, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  ASSERT_NE(events[0].dead, nullptr);
  EXPECT_EQ(events[0].dead->quantity.value, 4.0);
}

TEST(EventMergerTest, DatedFrameFarFromTheIncidentsFirstPlaceIsAnother) {
  const std::vector<PlaceLocation> places = {{1, 15.92, 2.40}, {2, 14.35, -3.61}};  // Ménaka, Bandiagara
  std::vector<EventFrame> frames = {Frame("attack", 0, 0), Frame("kill", 1), Frame("kill", 2, 1)};
  frames[0].date = frames[2].date = Day(2018, 9, 25);
  EXPECT_EQ(MergeFrames(frames, {}, {}, places, Classes()).size(), 2u);
  // Undated, it is another too: its own place is far from the incident's ("À Titao, des manifestants
  // ont saccagé un bâtiment public" after a march in Kaya and its dispersal, told with no place).
  frames[2].date.reset();
  EXPECT_EQ(MergeFrames(frames, {}, {}, places, Classes()).size(), 2u);
  // With no place of its own, it is told of the incident.
  frames[2].place = -1;
  EXPECT_EQ(MergeFrames(frames, {}, {}, places, Classes()).size(), 1u);
}

TEST(EventMergerTest, ClaimNamesTheDoerOfTheNearestIncident) {
  std::vector<EventFrame> frames = {Frame("attack", 0), Frame("abduction", 6)};
  ActorMention jnim;
  jnim.actor = 7;
  const std::vector<Claim> claims = {{1, jnim}, {20, jnim}};
  const auto events = MergeFrames(frames, {}, claims, {}, Classes());
  ASSERT_EQ(events.size(), 2u);
  ASSERT_NE(events[0].actor1, nullptr);
  EXPECT_EQ(events[0].actor1->actor, 7);
  EXPECT_TRUE(events[0].claimed);
  EXPECT_EQ(events[1].actor1, nullptr);  // the second claim is too far from anything
}

TEST(EventMergerTest, FrameReferringBackJoinsTheLatestIncidentOfItsFamily) {
  std::vector<EventFrame> frames = {Frame("attack", 0), Frame("attack", 9)};
  frames[0].date = Day(2018, 3, 1);
  frames[1].date = Day(2018, 3, 20);
  frames[1].refers_back = true;
  const auto events = MergeFrames(frames, {}, {}, {}, Classes());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].primary, &frames[0]);
}

}  // namespace
}  // namespace vigie
