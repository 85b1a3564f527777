// The Extract stage: a Document (HTML or plain text) becomes the article's text and
// metadata. Every later offset points into ExtractedArticle::text.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/date_parser.h"
#include "extract/furniture_rules.h"
#include "source/document.h"

namespace vigie {

struct ExtractedArticle {
  std::string doc;        // Document::id
  std::string url;        // as given, else the page's canonical URL; may be empty
  std::string title;      // may be empty
  std::string published;  // YYYY-MM-DD or empty
  std::string language;   // ISO 639-1 or "und"
  std::string site_name;  // may be empty
  std::string text;       // NFC UTF-8; paragraphs separated by a blank line ("\n\n")
  std::vector<std::string> warnings;  // e.g. "charset windows-1252 assumed"
};

// Immutable after Load: one extractor may serve many threads.
class ArticleExtractor {
 public:
  // Loads data/lexicon/furniture.tsv and data/lexicon/dates.tsv under `data_dir`.
  static Result<ArticleExtractor> Load(const std::filesystem::path& data_dir);
  ArticleExtractor(FurnitureRules furniture, DateParser dates)
      : furniture_(std::move(furniture)), dates_(std::move(dates)) {}

  // Extracts one document. Fails (with a message naming the document) only when nothing
  // usable can be had: the charset is unknown, or no text remains.
  Result<ExtractedArticle> Extract(const Document& document) const;

 private:
  Result<ExtractedArticle> ExtractHtml(const Document& document, std::string utf8) const;
  Result<ExtractedArticle> ExtractText(const Document& document, std::string utf8) const;
  void Finish(const Document& document, std::vector<std::string> paragraphs, ExtractedArticle& article) const;

  FurnitureRules furniture_;
  DateParser dates_;
};

}  // namespace vigie
