// Fuzzes the event coder end to end on text: every event must have a valid date, a
// non-negative toll, and evidence spans that lie inside the text and quote it exactly.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "coding/event_coder.h"
#include "core/data_paths.h"
#include "core/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::optional<vigie::EventCoder> coder = [] {
    auto gazetteer = vigie::Gazetteer::Open(vigie::ResolveGazetteerIndex());
    if (!gazetteer.ok()) __builtin_trap();
    auto loaded = vigie::EventCoder::Load(vigie::ResolveDataDir(), std::move(gazetteer).value());
    if (!loaded.ok()) __builtin_trap();
    return std::optional<vigie::EventCoder>(std::move(loaded).value());
  }();
  vigie::ExtractedArticle article;
  article.doc = "fuzz";
  article.text = vigie::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  article.published = "2024-09-18";
  for (const char* language : {"fr", "en"}) {
    article.language = language;
    for (const vigie::EventRecord& event : coder->Code(article).events) {
      if (event.event_date.size() != 10 || event.fatalities < 0 || event.event_type.empty()) __builtin_trap();
      for (const vigie::Evidence& ev : event.evidence) {
        if (ev.start > ev.end || ev.end > article.text.size()) __builtin_trap();
        if (article.text.compare(ev.start, ev.end - ev.start, ev.text) != 0) __builtin_trap();
      }
    }
  }
  return 0;
}
