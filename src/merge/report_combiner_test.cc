#include "merge/report_combiner.h"

#include <gtest/gtest.h>

#include <vector>

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
