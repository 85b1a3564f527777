// Fuzzes sentence splitting and tokenisation: offsets must stay ordered and inside the text.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/data_paths.h"
#include "core/utf8.h"
#include "text/text_analyzer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::optional<vigie::TextAnalyzer> analyzer = [] {
    auto loaded = vigie::TextAnalyzer::Load(vigie::ResolveDataDir());
    if (!loaded.ok()) __builtin_trap();
    return std::optional<vigie::TextAnalyzer>(std::move(loaded).value());
  }();
  const std::string text = vigie::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  for (const char* language : {"fr", "en"}) {
    vigie::AnalysedText analysed = analyzer->Analyse(text, language);
    uint32_t last_end = 0;
    for (const vigie::Sentence& s : analysed.sentences) {
      if (s.start >= s.end || s.start < last_end || s.end > text.size()) __builtin_trap();
      if (!vigie::IsValidUtf8(s.In(text))) __builtin_trap();
      for (uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        const vigie::Token& t = analysed.tokens[i];
        if (t.start < s.start || t.end > s.end || t.start >= t.end) __builtin_trap();
      }
      last_end = s.end;
    }
  }
  return 0;
}
