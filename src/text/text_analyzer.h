// The Analyse stage: language, sentences and tokens of one document's extracted text.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/abbreviations.h"
#include "text/sentence_splitter.h"
#include "text/text_span.h"

namespace vigie {

struct AnalysedText {
  std::string language;  // ISO 639-1 or "und"
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;  // all tokens, in order; each sentence points at its range
};

// Holds the lexicons the analysis needs; immutable after construction, so one analyser
// may serve many threads.
class TextAnalyzer {
 public:
  // Loads data/lexicon/abbreviations.tsv under `data_dir`.
  static Result<TextAnalyzer> Load(const std::filesystem::path& data_dir);
  explicit TextAnalyzer(AbbreviationList abbreviations) : abbreviations_(std::move(abbreviations)) {}

  // Analyses `text` (valid UTF-8, normally NFC, as the Extract stage prints it). When
  // `language` is empty it is identified. Offsets point into `text`.
  AnalysedText Analyse(std::string_view text, std::string_view language = "") const;

 private:
  AbbreviationList abbreviations_;
};

}  // namespace vigie
