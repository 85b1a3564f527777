// Throughput of the Analyse and Extract stages on real pages.
//   text_bench [--benchmark_filter=...]
// Inputs: the article texts of samples/ (Analyse), and the pages of 50-200 KB in
// ../shared/data/extraction (Extract; samples/pages when the shared data is absent).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/data_paths.h"
#include "extract/article_extractor.h"
#include "source/input_reader.h"
#include "text/text_analyzer.h"

namespace {

namespace fs = std::filesystem;

std::vector<vigie::Document> LoadDocuments(const std::vector<std::string>& inputs, size_t min_bytes, size_t max_bytes) {
  std::vector<vigie::Document> docs;
  vigie::InputReader().Read(
      inputs,
      [&](vigie::Document&& d) {
        if (d.bytes.size() >= min_bytes && d.bytes.size() <= max_bytes) docs.push_back(std::move(d));
      },
      [](const vigie::InputProblem&) {});
  return docs;
}

const vigie::ArticleExtractor& Extractor() {
  static const vigie::ArticleExtractor extractor = vigie::ArticleExtractor::Load(vigie::ResolveDataDir()).value();
  return extractor;
}

// The extracted texts of the samples, repeated to about 4 MB.
const std::string& AnalysisCorpus() {
  static const std::string corpus = [] {
    std::string all;
    auto docs = LoadDocuments({std::string(VIGIE_SOURCE_DIR) + "/samples"}, 0, SIZE_MAX);
    std::string once;
    for (const auto& d : docs)
      if (auto a = Extractor().Extract(d); a.ok()) once += a->text + "\n\n";
    while (all.size() < (4u << 20) && !once.empty()) all += once;
    return all;
  }();
  return corpus;
}

void BM_SentenceSplitAndTokenize(benchmark::State& state) {
  const std::string& text = AnalysisCorpus();
  auto analyzer = vigie::TextAnalyzer::Load(vigie::ResolveDataDir());
  for (auto _ : state) {
    vigie::AnalysedText result = analyzer->Analyse(text, "fr");
    benchmark::DoNotOptimize(result.tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SentenceSplitAndTokenize)->Unit(benchmark::kMillisecond);

void BM_ExtractPages(benchmark::State& state) {
  static const std::vector<vigie::Document> pages = [] {
    fs::path shared = fs::path(VIGIE_SOURCE_DIR).parent_path() / "shared" / "data" / "extraction";
    if (const char* env = std::getenv("VIGIE_SHARED_DATA")) shared = fs::path(env) / "extraction";
    std::vector<std::string> inputs;
    if (fs::exists(shared)) {
      for (const char* set : {"mozilla-readability-testpages", "l3s-googlenews-pagesignal/input",
                              "cleaneval/cleaneval-final/input"})
        inputs.push_back((shared / set).string());
    } else {
      inputs.push_back(std::string(VIGIE_SOURCE_DIR) + "/samples/pages");
    }
    auto docs = LoadDocuments(inputs, 50 * 1024, 200 * 1024);
    for (auto& d : docs) d.type = vigie::ContentType::kHtml;
    return docs;
  }();
  if (pages.empty()) {
    state.SkipWithError("no pages of 50-200 KB found");
    return;
  }
  size_t bytes = 0;
  size_t i = 0;
  for (auto _ : state) {
    const vigie::Document& page = pages[i++ % pages.size()];
    auto article = Extractor().Extract(page);
    benchmark::DoNotOptimize(article.ok());
    bytes += page.bytes.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["pages"] = static_cast<double>(pages.size());
}
BENCHMARK(BM_ExtractPages)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
