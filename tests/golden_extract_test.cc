// Golden tests: every sample page, text and JSON Lines record under samples/ has an
// expectation file in tests/golden/extract/ (title, date, language, snippets that must and
// must not appear in the extracted text).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/data_paths.h"
#include "extract/article_extractor.h"
#include "source/input_reader.h"
#include "test_paths.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;

struct Expectation {
  std::string title, published, language;
  std::vector<std::string> present, absent;
};

Expectation ReadExpectation(const fs::path& path) {
  Expectation e;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto value = [&](size_t n) { return line.substr(line.find_first_not_of(' ', n)); };
    if (line.starts_with("title:")) e.title = value(6);
    else if (line.starts_with("published:")) e.published = value(10);
    else if (line.starts_with("language:")) e.language = value(9);
    else if (line.starts_with("+ ")) e.present.push_back(line.substr(2));
    else if (line.starts_with("- ")) e.absent.push_back(line.substr(2));
  }
  return e;
}

// Every document of samples/, keyed by the expectation name (file stem or record id).
std::map<std::string, Document> SampleDocuments() {
  std::map<std::string, Document> docs;
  InputReader reader;
  reader.Read(
      {(testing::SourceDir() / "samples").string()},
      [&](Document&& d) {
        fs::path p(d.id);
        std::string key = fs::exists(p) && p.extension() != ".jsonl" ? p.stem().string() : d.id;
        docs.emplace(key, std::move(d));
      },
      [](const InputProblem&) {});
  return docs;
}

TEST(GoldenExtract, EverySampleMeetsItsExpectation) {
  const fs::path golden = testing::SourceDir() / "tests" / "golden" / "extract";
  if (!fs::exists(golden)) GTEST_SKIP() << "no golden expectations";
  auto extractor = ArticleExtractor::Load(ResolveDataDir());
  ASSERT_TRUE(extractor.ok()) << extractor.status().message();
  std::map<std::string, Document> docs = SampleDocuments();
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(golden)) {
    if (entry.path().extension() != ".expect") continue;
    const std::string name = entry.path().stem().string();
    SCOPED_TRACE(name);
    auto it = docs.find(name);
    ASSERT_NE(it, docs.end()) << "no sample document for " << entry.path();
    Expectation e = ReadExpectation(entry.path());
    auto article = extractor->Extract(it->second);
    ASSERT_TRUE(article.ok()) << article.status().message();
    if (!e.title.empty()) {
      EXPECT_EQ(article->title, e.title);
    }
    if (e.published == "none") {
      EXPECT_EQ(article->published, "");
    } else if (!e.published.empty()) {
      EXPECT_EQ(article->published, e.published);
    }
    if (!e.language.empty()) {
      EXPECT_EQ(article->language, e.language);
    }
    for (const auto& snippet : e.present)
      EXPECT_NE(article->text.find(snippet), std::string::npos) << "missing: " << snippet;
    for (const auto& snippet : e.absent)
      EXPECT_EQ(article->text.find(snippet), std::string::npos) << "furniture kept: " << snippet;
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace vigie
