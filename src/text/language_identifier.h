// Language identification of a document's text (CLD2).
#pragma once

#include <string>
#include <string_view>

namespace vigie {

struct LanguageGuess {
  std::string code;      // ISO 639-1 ("fr", "en", ...) or "und" when unknown
  bool reliable = false; // CLD2's own reliability flag
  int percent = 0;       // share of the text in that language
};

// Identifies the main language of plain UTF-8 `text`. `hint` (e.g. an HTML lang
// attribute such as "fr-FR") only breaks ties for short texts. Thread-safe; linear time.
LanguageGuess IdentifyLanguage(std::string_view text, std::string_view hint = "");

}  // namespace vigie
