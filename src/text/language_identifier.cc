#include "text/language_identifier.h"

// CLD2's header uses size_t and friends without including them (DESIGN.md section 7).
#include <cstdio>
#include <cstddef>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "core/ascii.h"
#include "core/utf8.h"

namespace vigie {

LanguageGuess IdentifyLanguage(std::string_view text, std::string_view hint) {
  LanguageGuess guess{"und", false, 0};
  const std::string hint_code = AsciiLower(hint.substr(0, hint.find_first_of("-_")));
  // 16 KiB of prose settles the language; the rest would only cost time.
  constexpr size_t kMaxBytes = 16 * 1024;
  const size_t len = Utf8PrefixLength(text, kMaxBytes);
  if (len == 0) {
    if (!hint_code.empty()) guess.code = hint_code;
    return guess;
  }
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  if (!hint_code.empty()) hints.language_hint = CLD2::GetLanguageFromName(hint_code.c_str());
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language top = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(len), true, &hints, 0,
                                                      language3, percent3, scores3, nullptr, &text_bytes,
                                                      &reliable);
  if (top != CLD2::UNKNOWN_LANGUAGE) {
    guess.code = CLD2::LanguageCode(top);
    guess.reliable = reliable;
    guess.percent = percent3[0];
  } else if (!hint_code.empty()) {
    guess.code = hint_code;
  }
  return guess;
}

}  // namespace vigie
