#include "store/recent_events.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie {
namespace {

EventRecord WithEvidence(int pieces) {
  EventRecord e;
  e.event_type = "Battles";
  e.confidence = 0.456;
  for (int k = 0; k < pieces; ++k) e.evidence.push_back({"doc-" + std::to_string(k), 0, 5, std::string(100, 'x'), "trigger"});
  return e;
}

TEST(RecentEvents, KeepsRecordsAsTheStoreReadsThemBack) {
  RecentEvents recent(10, 1 << 20);
  recent.Keep(7, WithEvidence(2));
  const EventRecord* kept = recent.Find(7);
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->confidence, 0.46);
  EXPECT_EQ(kept->evidence.size(), 2u);
  EXPECT_EQ(recent.Find(8), nullptr);
  recent.Forget(7);
  EXPECT_EQ(recent.Find(7), nullptr);
}

TEST(RecentEvents, TakingARecordGivesItAndForgetsIt) {
  RecentEvents recent(10, 1 << 20);
  recent.Keep(7, WithEvidence(3));
  const size_t bytes = recent.bytes();
  std::optional<EventRecord> taken = recent.Take(7);
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(taken->evidence.size(), 3u);
  EXPECT_EQ(taken->confidence, 0.46);
  EXPECT_EQ(recent.Find(7), nullptr);
  EXPECT_EQ(recent.size(), 0u);
  EXPECT_EQ(recent.bytes(), 0u);
  EXPECT_GT(bytes, 0u);
  EXPECT_FALSE(recent.Take(7).has_value());
  // The memory it held is added to a count the taker keeps (a store's changed events).
  recent.Keep(8, WithEvidence(2));
  size_t taken_bytes = 5;
  const size_t kept_bytes = recent.bytes();
  ASSERT_TRUE(recent.Take(8, &taken_bytes).has_value());
  EXPECT_EQ(taken_bytes, 5 + kept_bytes);
  EXPECT_EQ(ApproximateRecordBytes(AsStoredEvent(WithEvidence(2))), kept_bytes);
}

TEST(RecentEvents, DropsTheLeastRecentlyUsedFirst) {
  RecentEvents recent(2, 1 << 20);
  recent.Keep(1, WithEvidence(1));
  recent.Keep(2, WithEvidence(1));
  ASSERT_NE(recent.Find(1), nullptr);  // 2 is now the least recently used
  recent.Keep(3, WithEvidence(1));
  EXPECT_NE(recent.Find(1), nullptr);
  EXPECT_EQ(recent.Find(2), nullptr);
  EXPECT_NE(recent.Find(3), nullptr);
  EXPECT_EQ(recent.size(), 2u);
}

TEST(RecentEvents, StaysWithinItsMemory) {
  RecentEvents recent(1000, 64 << 10);
  for (int id = 1; id <= 100; ++id) recent.Keep(id, WithEvidence(20));  // ~6 KB each
  EXPECT_LE(recent.bytes(), size_t{64 << 10});
  EXPECT_GT(recent.size(), 5u);
  EXPECT_NE(recent.Find(100), nullptr);
  EXPECT_EQ(recent.Find(1), nullptr);
  recent.Keep(101, WithEvidence(2000));  // larger than the whole cache: not kept
  EXPECT_EQ(recent.Find(101), nullptr);
  recent.Clear();
  EXPECT_EQ(recent.size(), 0u);
  EXPECT_EQ(recent.bytes(), 0u);
}

}  // namespace
}  // namespace vigie
