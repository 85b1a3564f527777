#include "ingest/ingest_pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include "merge/merge_test_records.h"
#include "store/scratch_database.h"

namespace vigie {
namespace {

class IngestPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = EventStore::Open(scratch_.path());
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
  }
  void TearDown() override { store_.reset(); }

  // Documents "d0".."d{n-1}" with distinct texts; each reports one incident on its own day.
  static std::function<void(const std::function<void(Document&&)>&)> Documents(int n) {
    return [n](const std::function<void(Document&&)>& sink) {
      for (int i = 0; i < n; ++i) {
        Document d;
        d.id = "d" + std::to_string(i);
        d.bytes = "report number " + std::to_string(i) + " " + std::string(static_cast<size_t>(i % 7 + 1), 'x');
        sink(std::move(d));
      }
    };
  }

  // A stand-in for extraction and coding: one report per document, one incident per two
  // documents (d0 and d1 report the same attack, d2 and d3 another...).
  static Result<DocumentToStore> Prepare(const Document& d) {
    DocumentToStore out;
    out.article.doc = d.id;
    out.article.text = d.bytes;
    const int i = std::stoi(d.id.substr(1));
    char date[16];
    std::snprintf(date, sizeof date, "2020-%02d-%02d", 1 + (i / 2) / 28 % 12, 1 + (i / 2) % 28);
    const int place = (i / 2) % 15;  // 15 places a degree or more apart, each its own admin2
    out.reports.push_back(testing::MakeReport(d.id, date, 14.0 + place % 5, -4.0 + place / 5));
    out.reports.back().admin2 = "Cercle " + std::to_string(place);
    return out;
  }

  testing::ScratchDatabase scratch_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(IngestPipelineTest, StoresEveryDocumentOnceInInputOrder) {
  IngestOptions options;
  options.workers = 4;
  options.batch_documents = 16;
  IngestPipeline pipeline(*store_, Prepare, options);
  auto summary = pipeline.Run(Documents(200));
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->read, 200);
  EXPECT_EQ(summary->stored, 200);
  EXPECT_EQ(summary->events_new, 100);
  EXPECT_EQ(summary->events_merged, 100);
  // Again: nothing new.
  auto again = pipeline.Run(Documents(200));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->duplicates, 200);
  EXPECT_EQ(again->stored, 0);
  EXPECT_EQ(store_->Counts()->events, 100);
  // The log follows the input: every odd document merged into its even neighbour's event.
  auto log = store_->MergeLog(0, 0);
  ASSERT_TRUE(log.ok());
  for (const MergeLogEntry& e : log.value()) {
    const int i = std::stoi(e.doc.substr(1));
    EXPECT_EQ(e.action, i % 2 == 0 ? "create" : "merge") << e.doc;
  }
}

TEST_F(IngestPipelineTest, ADocumentWhoseCodingThrowsIsSkippedAndTheOthersStored) {
  IngestOptions options;
  options.workers = 3;
  std::vector<std::string> skipped, messages;
  IngestObserver observer;
  observer.on_skip = [&](const std::string& doc, const std::string& message) {
    skipped.push_back(doc);
    messages.push_back(message);
  };
  IngestPipeline pipeline(
      *store_,
      [](const Document& d) -> Result<DocumentToStore> {
        if (d.id == "d7") throw std::runtime_error("coder bug");
        if (d.id == "d9") return Status::Error(d.id + ": no article text found");
        return Prepare(d);
      },
      options);
  auto summary = pipeline.Run(Documents(20), observer);
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->stored, 18);
  EXPECT_EQ(summary->skipped, 2);
  EXPECT_EQ(skipped, (std::vector<std::string>{"d7", "d9"}));
  EXPECT_NE(messages[0].find("coder bug"), std::string::npos) << messages[0];
  EXPECT_EQ(summary->skip_reasons.count("no article text found"), 1u);
  EXPECT_EQ(summary->skip_reasons.count("processing failed"), 1u);
}

TEST(SkipReason, DropsTheDocumentAndFigures) {
  EXPECT_EQ(SkipReason("a.html", "a.html: file of 52 MiB is over the limit (32 MiB)"), "file of N MiB is over the limit");
  EXPECT_EQ(SkipReason("x", "something else"), "something else");
}

}  // namespace
}  // namespace vigie
