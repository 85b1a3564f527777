// Fuzzes the Extract stage with arbitrary bytes as HTML and as plain text.
#include <cstddef>
#include <cstdint>
#include <optional>

#include "core/data_paths.h"
#include "core/utf8.h"
#include "extract/article_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::optional<vigie::ArticleExtractor> extractor = [] {
    auto loaded = vigie::ArticleExtractor::Load(vigie::ResolveDataDir());
    if (!loaded.ok()) __builtin_trap();
    return std::optional<vigie::ArticleExtractor>(std::move(loaded).value());
  }();
  vigie::Document doc;
  doc.id = "fuzz";
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  for (vigie::ContentType type : {vigie::ContentType::kHtml, vigie::ContentType::kText}) {
    doc.type = type;
    auto article = extractor->Extract(doc);
    if (article.ok() && (!vigie::IsValidUtf8(article->text) || !vigie::IsValidUtf8(article->title))) __builtin_trap();
  }
  return 0;
}
