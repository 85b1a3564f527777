// Sentence boundaries for French and English text, aware of abbreviations.
#pragma once

#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/text_span.h"

namespace vigie {

// Splits text into sentences. A sentence ends at a line break, or at '.', '!', '?' or '…'
// (with any closing quotes or brackets) followed by a space and a capital, a digit or an
// opening quote — unless the word before the period is an abbreviation of the language
// or a single capital initial ("J. Smith"). One pass over the bytes, no allocation per
// sentence beyond the output vector. The list must outlive the splitter.
class SentenceSplitter {
 public:
  explicit SentenceSplitter(const AbbreviationList& abbreviations) : abbreviations_(abbreviations) {}

  // Appends the sentences of `text` to `out` (token fields left zero). Offsets are bytes
  // into `text`; sentences are non-empty, trimmed of spaces, in order and disjoint.
  // REQUIRES: `text` is valid UTF-8 and shorter than 4 GiB.
  void Split(std::string_view text, std::string_view language, std::vector<Sentence>& out) const;

 private:
  bool EndsWithAbbreviation(std::string_view text, size_t period, std::string_view language) const;
  const AbbreviationList& abbreviations_;
};

}  // namespace vigie
