#include "merge/report_combiner.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "coding/event_record_json.h"
#include "merge/merge_test_records.h"

namespace vigie {
namespace {

using testing::MakeReport;

TEST(CombineReports, KeepsTheLowestTollAndEverySource) {
  std::vector<EventRecord> reports = {MakeReport("a", "2023-02-17", 14.3, -0.6, "", 51),
                                      MakeReport("b", "2023-02-17", 14.3, -0.6, "jnim", 8),
                                      MakeReport("c", "2023-02-18", 14.3, -0.6, "", 0)};
  reports[0].fatalities_high = -1;  // "au moins 51"
  const EventRecord e = CombineReports(reports);
  EXPECT_EQ(e.fatalities, 8);  // ACLED: the most conservative figure; "c" gives no toll
  EXPECT_EQ(e.fatalities_low, 8);
  EXPECT_EQ(e.fatalities_high, -1);
  ASSERT_EQ(e.sources.size(), 3u);
  EXPECT_EQ(e.source, "a-outlet; b-outlet; c-outlet");
  EXPECT_EQ(e.evidence.size(), 2u + 2u + 1u);
  EXPECT_EQ(e.date_start, "2023-02-17");
  EXPECT_EQ(e.date_end, "2023-02-18");
  EXPECT_NEAR(e.confidence, 1 - 0.4 * 0.4 * 0.4, 1e-9);
}

TEST(CombineReports, ANamedActorReplacesAnUnnamedOne) {
  std::vector<EventRecord> reports = {MakeReport("a", "2023-02-17", 14.3, -0.6),
                                      MakeReport("b", "2023-02-17", 14.3, -0.6, "jnim")};
  const EventRecord e = CombineReports(reports);
  EXPECT_EQ(e.actor1_id, "jnim");
  EXPECT_EQ(e.actor1, "JNIM: Group for Support of Islam and Muslims");
}

TEST(CombineReports, TheBestLocatedReportLeads) {
  auto coarse = MakeReport("a", "2023-02-17", 14.5, -1.0);
  coarse.geo_precision = 3;
  coarse.location = "Mopti";
  auto precise = MakeReport("b", "2023-02-17", 14.3, -0.6);
  precise.location = "Boni";
  std::vector<EventRecord> reports = {coarse, precise};
  const EventRecord e = CombineReports(reports);
  EXPECT_EQ(e.location, "Boni");
  EXPECT_EQ(e.geo_precision, 1);
  EXPECT_EQ(e.sources.front().doc, "a");  // sources keep the order of the reports
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST(CombineReports, EvidenceIsCappedButEverySourceKept) {
  std::vector<EventRecord> reports;
  for (int i = 0; i < 100; ++i) {
    reports.push_back(testing::MakeReport("doc" + std::to_string(i), "2023-02-17", 14.3, -0.6, "", 5));
  }
  const EventRecord e = CombineReports(reports);
  EXPECT_EQ(e.sources.size(), 100u);
  EXPECT_EQ(e.evidence.size(), kMaxEventEvidence);
  EXPECT_EQ(e.evidence.front().doc, "doc0");
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

// A report of one incident with its fields drawn at random among what reports differ in:
// place and its precision, confidence, actors, toll and its form, dates, outlet, evidence.
EventRecord RandomReport(std::mt19937& random, int n) {
  auto pick = [&](int count) { return static_cast<int>(random() % count); };
  const std::string doc = "doc" + std::to_string(n % 7 == 6 ? n - 1 : n);  // now and then a document twice
  EventRecord r = testing::MakeReport(doc, "2023-02-1" + std::to_string(5 + pick(4)), 14.3 + pick(3) * 0.01, -0.6,
                                      pick(3) == 0 ? "" : (pick(2) ? "jnim" : "isgs"), pick(4) * 7);
  r.located = pick(6) != 0;
  r.geo_precision = 1 + pick(3);
  r.confidence = 0.3 + 0.1 * pick(5);
  r.date_end = pick(3) == 0 ? "2023-02-20" : r.date_start;
  if (pick(4) == 0) r.date_start.clear();  // an event_date alone
  if (pick(3) == 0) r.fatalities_high = -1;
  if (pick(4) == 0) r.fatalities_high = r.fatalities + 10;
  if (pick(4) == 0) r.actor2.clear(), r.actor2_id.clear(), r.inter2 = 0;
  if (pick(4) == 0) r.actor2 = "Civilians (Mali)", r.actor2_id.clear(), r.inter2 = 7;
  r.source = "outlet-" + std::to_string(pick(4));
  if (pick(5) == 0) r.sources.front().published.clear();
  r.location = "place-" + std::to_string(n);
  for (int k = pick(60); k > 0; --k) r.evidence.push_back({doc, 30, 40, "piece", "location"});
  return r;
}

TEST(AddReport, GivesWhatCombiningTheEventAndTheReportGives) {
  std::mt19937 random(20261126);
  for (int round = 0; round < 400; ++round) {
    std::vector<EventRecord> reports;
    const int count = 1 + static_cast<int>(random() % 6);
    for (int n = 0; n < count; ++n) reports.push_back(RandomReport(random, n));
    const EventRecord report = RandomReport(random, count);
    EventRecord event = CombineReports(reports);
    const std::vector<EventRecord> both = {event, report};
    const std::string expected = EventToJsonLine(CombineReports(both));
    AddReport(event, report);
    ASSERT_EQ(EventToJsonLine(event), expected) << "round " << round;
  }
}

TEST(AddReport, ListsAnOutletAndASourceOnce) {
  EventRecord event = CombineReports(std::vector<EventRecord>{testing::MakeReport("a", "2023-02-17", 14.3, -0.6),
                                                              testing::MakeReport("b", "2023-02-17", 14.3, -0.6)});
  ASSERT_EQ(event.source, "a-outlet; b-outlet");
  AddReport(event, testing::MakeReport("a", "2023-02-17", 14.3, -0.6));
  EXPECT_EQ(event.source, "a-outlet; b-outlet");
  EXPECT_EQ(event.sources.size(), 2u);
  AddOutlet(event, "c-outlet; b-outlet; d-outlet");
  EXPECT_EQ(event.source, "a-outlet; b-outlet; c-outlet; d-outlet");
  AddSource(event, {"e", "https://e.example/1", "Titre", "2023-02-18"}, "b-outlet");
  EXPECT_EQ(event.sources.size(), 3u);
  EXPECT_EQ(event.source, "a-outlet; b-outlet; c-outlet; d-outlet");
  AddOutlet(event, "a-out");  // a prefix of a listed outlet is another outlet
  EXPECT_EQ(event.source, "a-outlet; b-outlet; c-outlet; d-outlet; a-out");
}

TEST(AddReport, AnEventConfirmedTakesOnlyTheSourcesEvidenceAndConfidence) {
  EventRecord event = CombineReports(std::vector<EventRecord>{testing::MakeReport("a", "2023-02-17", 14.3, -0.6, "", 9)});
  EventRecord report = testing::MakeReport("b", "2023-02-16", 14.2, -0.5, "jnim", 4);
  AddReportSources(event, report);
  EXPECT_EQ(event.fatalities, 9);
  EXPECT_EQ(event.actor1_id, "");
  EXPECT_EQ(event.date_start, "2023-02-17");
  EXPECT_EQ(event.sources.size(), 2u);
  EXPECT_EQ(event.evidence.size(), 4u);
  EXPECT_EQ(event.source, "a-outlet; b-outlet");
  EXPECT_NEAR(event.confidence, 1 - 0.4 * 0.4, 1e-9);
}

}  // namespace
}  // namespace vigie
