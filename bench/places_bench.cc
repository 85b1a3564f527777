// Speed of the gazetteer and the geoparser.
//   places_bench [--benchmark_filter=...]
// BM_GazetteerOpen maps and verifies the built index (page cache warm; the cold start of a
// whole process is measured by bench/geoparsing/speed.sh). BM_Geoparse recognises and
// resolves the places of our French check set and the sample texts, repeated to ~2 MB;
// BM_GeoparseEnglishNews does the same on LGL's local news when ../shared/data is there.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/data_paths.h"
#include "places/geoparser.h"
#include "text/text_analyzer.h"

namespace {

namespace fs = std::filesystem;

const vigie::Geoparser& SharedGeoparser() {
  static const vigie::Geoparser geoparser = [] {
    auto gazetteer = vigie::Gazetteer::Open(vigie::ResolveGazetteerIndex());
    if (!gazetteer.ok()) {
      fprintf(stderr, "%s\n", gazetteer.status().message().c_str());
      std::exit(2);
    }
    return vigie::Geoparser::Load(vigie::ResolveDataDir(), std::move(gazetteer).value()).value();
  }();
  return geoparser;
}

std::vector<std::string> RepeatTo(const std::vector<std::string>& texts, size_t bytes) {
  std::vector<std::string> out;
  size_t total = 0;
  while (total < bytes && !texts.empty()) {
    for (const auto& t : texts) {
      out.push_back(t);
      total += t.size();
    }
  }
  return out;
}

std::vector<std::string> FrenchTexts() {
  std::vector<std::string> texts;
  std::ifstream in(std::string(VIGIE_SOURCE_DIR) + "/eval/places/sahel-fr.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (!json.is_discarded()) texts.push_back(json.value("text", ""));
  }
  return RepeatTo(texts, 2 << 20);
}

std::vector<std::string> EnglishNews() {
  fs::path shared = fs::path(VIGIE_SOURCE_DIR).parent_path() / "shared" / "data";
  if (const char* env = std::getenv("VIGIE_SHARED_DATA")) shared = env;
  std::ifstream in(shared / "geoparsing" / "gritta" / "Corpora" / "lgl.xml");
  std::stringstream all;
  all << in.rdbuf();
  std::vector<std::string> texts;
  const std::string xml = all.str();
  size_t pos = 0;
  while ((pos = xml.find("<text><![CDATA[", pos)) != std::string::npos) {
    pos += 15;
    size_t end = xml.find("]]></text>", pos);
    if (end == std::string::npos) break;
    texts.push_back(xml.substr(pos, end - pos));
    pos = end;
  }
  return RepeatTo(texts, 2 << 20);
}

void RunGeoparse(benchmark::State& state, const std::vector<std::string>& texts, const char* language) {
  if (texts.empty()) {
    state.SkipWithError("no texts");
    return;
  }
  const vigie::Geoparser& geoparser = SharedGeoparser();
  auto analyzer = vigie::TextAnalyzer::Load(vigie::ResolveDataDir());
  // Analysis is the stage before; only recognition and resolution are timed.
  std::vector<vigie::AnalysedText> analysed;
  size_t bytes = 0;
  for (const auto& t : texts) {
    analysed.push_back(analyzer->Analyse(t, language));
    bytes += t.size();
  }
  size_t mentions = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < texts.size(); ++i) mentions += geoparser.Parse(texts[i], analysed[i]).size();
  }
  benchmark::DoNotOptimize(mentions);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * texts.size()),
                                                benchmark::Counter::kIsRate);
}

void BM_GazetteerOpen(benchmark::State& state) {
  const auto path = vigie::ResolveGazetteerIndex();
  for (auto _ : state) {
    auto gazetteer = vigie::Gazetteer::Open(path);
    benchmark::DoNotOptimize(gazetteer.ok());
  }
}
BENCHMARK(BM_GazetteerOpen)->Unit(benchmark::kMillisecond);

void BM_Geoparse(benchmark::State& state) {
  static const std::vector<std::string> texts = FrenchTexts();
  RunGeoparse(state, texts, "fr");
}
BENCHMARK(BM_Geoparse)->Unit(benchmark::kMillisecond);

void BM_GeoparseEnglishNews(benchmark::State& state) {
  static const std::vector<std::string> texts = EnglishNews();
  RunGeoparse(state, texts, "en");
}
BENCHMARK(BM_GeoparseEnglishNews)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
