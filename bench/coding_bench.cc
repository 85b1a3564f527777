// Speed of `vigie code`'s library path: extract (plain text), analyse, geoparse and code.
//   coding_bench [--benchmark_filter=...]
// BM_CodeArticles codes the texts of the development set (eval/events/reports.jsonl) and
// the sample reports, each made 3-5 KB long by joining reports, the size the budget names
// (DESIGN.md section 6: 5,000 articles/s per core).
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "coding/event_coder.h"
#include "core/data_paths.h"
#include "source/input_reader.h"
#include "text/text_analyzer.h"

namespace {

struct Corpus {
  std::vector<vigie::ExtractedArticle> articles;
  size_t bytes = 0;
  size_t sentences = 0;  // as the analyser splits them, for comparison with sentence coders
};

const Corpus& Articles() {
  static const Corpus corpus = [] {
    Corpus c;
    struct Report {
      std::string text, published, language;
    };
    std::vector<Report> texts;
    std::ifstream in(std::string(VIGIE_SOURCE_DIR) + "/eval/events/reports.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto json = nlohmann::json::parse(line, nullptr, false);
      if (json.is_discarded()) continue;
      texts.push_back({json.value("text", ""), json.value("published", ""), json.value("lang", "fr")});
    }
    // Join consecutive reports of one language into articles of 3-5 KB.
    vigie::ExtractedArticle current;
    for (const Report& report : texts) {
      if (!current.text.empty() && report.language != current.language) current = {};
      if (current.text.empty()) {
        current.published = report.published;
        current.language = report.language;
      }
      current.text += report.text + "\n\n";
      if (current.text.size() >= 3000) {
        current.doc = "bench-" + std::to_string(c.articles.size());
        c.bytes += current.text.size();
        c.articles.push_back(std::move(current));
        current = {};
      }
    }
    auto analyzer = vigie::TextAnalyzer::Load(vigie::ResolveDataDir());
    for (const auto& article : c.articles) c.sentences += analyzer->Analyse(article.text, article.language).sentences.size();
    return c;
  }();
  return corpus;
}

void BM_CodeArticles(benchmark::State& state) {
  const Corpus& corpus = Articles();
  if (corpus.articles.empty()) {
    state.SkipWithError("eval/events/reports.jsonl has no reports");
    return;
  }
  auto gazetteer = vigie::Gazetteer::Open(vigie::ResolveGazetteerIndex());
  auto coder = vigie::EventCoder::Load(vigie::ResolveDataDir(), std::move(gazetteer).value());
  if (!coder.ok()) {
    state.SkipWithError(coder.status().message().c_str());
    return;
  }
  size_t events = 0;
  for (auto _ : state) {
    for (const auto& article : corpus.articles) events += coder->Code(article).events.size();
  }
  benchmark::DoNotOptimize(events);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.articles.size()),
                                                    benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus.sentences),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodeArticles)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
