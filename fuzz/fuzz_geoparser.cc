// Fuzzes recognition and resolution over the real gazetteer: mentions must lie inside the
// text, in order, without overlap, and resolve to places that exist.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/data_paths.h"
#include "core/utf8.h"
#include "places/geoparser.h"
#include "text/text_analyzer.h"

namespace {
struct Setup {
  std::optional<vigie::TextAnalyzer> analyzer;
  std::optional<vigie::Geoparser> geoparser;
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Setup setup = [] {
    Setup s;
    auto analyzer = vigie::TextAnalyzer::Load(vigie::ResolveDataDir());
    auto gazetteer = vigie::Gazetteer::Open(vigie::ResolveGazetteerIndex());
    if (!analyzer.ok() || !gazetteer.ok()) __builtin_trap();
    auto geoparser = vigie::Geoparser::Load(vigie::ResolveDataDir(), std::move(gazetteer).value());
    if (!geoparser.ok()) __builtin_trap();
    s.analyzer.emplace(std::move(analyzer).value());
    s.geoparser.emplace(std::move(geoparser).value());
    return s;
  }();
  const std::string text = vigie::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const char* language : {"fr", "en"}) {
    const vigie::AnalysedText analysed = setup.analyzer->Analyse(text, language);
    uint32_t last_end = 0;
    for (const vigie::ResolvedPlace& place : setup.geoparser->Parse(text, analysed)) {
      const auto& m = place.mention;
      if (m.start >= m.end || m.start < last_end || m.end > text.size()) __builtin_trap();
      if (place.place < 0 || static_cast<size_t>(place.place) >= setup.geoparser->gazetteer().size()) __builtin_trap();
      if (place.geo_precision < 1 || place.geo_precision > 3) __builtin_trap();
      last_end = m.end;
    }
  }
  return 0;
}
