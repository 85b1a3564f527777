// Extraction quality on Mozilla Readability's test pages in ../shared/data (skipped when
// absent): a floor under the 4-gram shingle F1 so that a regression fails the suite.
// The full measurement, side by side with Readability, is bench/extraction/run.sh.
#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/data_paths.h"
#include "extract/article_extractor.h"
#include "extract/html_document.h"
#include "test_paths.h"
#include "text/normalizer.h"

// Set from the measured score in docs/QUALITY.md minus a margin.
#define VIGIE_READABILITY_F1_FLOOR 0.80

namespace vigie {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Word tokens of the folded text.
std::vector<std::string> Words(const std::string& text) {
  std::string folded = FoldKey(text);
  std::vector<std::string> words;
  std::string current;
  for (char c : folded) {
    auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80) {
      current.push_back(c);
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(current);
  return words;
}

std::map<std::string, int> Shingles(const std::string& text) {
  std::vector<std::string> w = Words(text);
  std::map<std::string, int> out;
  if (w.size() < 4 && !w.empty()) {
    std::string all;
    for (auto& x : w) all += x + " ";
    out[all]++;
  }
  for (size_t i = 0; i + 4 <= w.size(); ++i) out[w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]]++;
  return out;
}

double ShingleF1(const std::string& predicted, const std::string& gold) {
  auto p = Shingles(predicted), g = Shingles(gold);
  size_t np = 0, ng = 0, common = 0;
  for (auto& [k, n] : p) np += n;
  for (auto& [k, n] : g) {
    ng += n;
    auto it = p.find(k);
    if (it != p.end()) common += std::min(n, it->second);
  }
  if (np == 0 || ng == 0 || common == 0) return 0;
  double precision = static_cast<double>(common) / np, recall = static_cast<double>(common) / ng;
  return 2 * precision * recall / (precision + recall);
}

TEST(SharedDataExtract, ReadabilityTestPagesF1Floor) {
  const fs::path dir = testing::SharedDataDir() / "extraction" / "mozilla-readability-testpages";
  if (!fs::exists(dir)) GTEST_SKIP() << "shared data absent: " << dir;
  auto extractor = ArticleExtractor::Load(ResolveDataDir());
  ASSERT_TRUE(extractor.ok());
  double total = 0;
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!fs::exists(entry.path() / "source.html") || !fs::exists(entry.path() / "expected.html")) continue;
    auto gold_page = HtmlDocument::Parse(ReadFile(entry.path() / "expected.html"));
    std::string gold = gold_page.ok() ? CollapsedText(gold_page->root()) : "";
    Document doc;
    doc.id = entry.path().string();
    doc.type = ContentType::kHtml;
    doc.bytes = ReadFile(entry.path() / "source.html");
    auto article = extractor->Extract(doc);
    total += article.ok() ? ShingleF1(article->text, gold) : 0.0;
    ++pages;
  }
  ASSERT_GT(pages, 100);
  const double mean_f1 = total / pages;
  RecordProperty("mean_f1", std::to_string(mean_f1));
  // Floor set below the figure in docs/QUALITY.md, to catch regressions, not noise.
  EXPECT_GE(mean_f1, VIGIE_READABILITY_F1_FLOOR) << "mean F1 over " << pages << " pages";
}

}  // namespace
}  // namespace vigie
