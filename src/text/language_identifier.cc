#include "text/language_identifier.h"

// CLD2's header uses size_t and friends without including them (DESIGN.md section 7).
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <string>

#include "core/ascii.h"
#include "core/utf8.h"

namespace vigie {

namespace {

struct Cld2Result {
  CLD2::Language top = CLD2::UNKNOWN_LANGUAGE;
  bool reliable = false;
  int percent = 0;
};

Cld2Result RunCld2(std::string_view text, const CLD2::CLDHints& hints) {
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  Cld2Result result;
  result.top = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, &hints, 0, language3,
                                              percent3, scores3, nullptr, &text_bytes, &result.reliable);
  result.percent = percent3[0];
  return result;
}

}  // namespace

LanguageGuess IdentifyLanguage(std::string_view text, std::string_view hint) {
  LanguageGuess guess{"und", false, 0};
  const std::string hint_code = AsciiLower(hint.substr(0, hint.find_first_of("-_")));
  // 16 KiB of prose settles the language; the rest would only cost time.
  constexpr size_t kMaxBytes = 16 * 1024;
  // Most documents are in one language throughout: three 128-byte windows (the opening, the
  // middle and the end of what the full pass would read), each found reliably and nearly all
  // of one language, the same for the three, settle it at a fraction of the cost (CLD2 spends
  // some 280 instructions a byte). Mixed documents (PHP warnings above a German post, an
  // English site header and footer around a French article) go on to the full pass. Windows
  // judged apart, not joined in one sample: joined, CLD2 let two English windows swallow a
  // French one.
  constexpr size_t kWindowBytes = 128;
  constexpr int kFirstLookPercent = 90;
  const size_t len = Utf8PrefixLength(text, kMaxBytes);
  if (len == 0) {
    if (!hint_code.empty()) guess.code = hint_code;
    return guess;
  }
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  if (!hint_code.empty()) hints.language_hint = CLD2::GetLanguageFromName(hint_code.c_str());
  Cld2Result result;
  bool settled = false;
  if (len > 4 * kWindowBytes) {
    settled = true;
    bool first = true;
    for (size_t start : {size_t{0}, len / 2, len - kWindowBytes}) {
      // Start on a character boundary: skip UTF-8 continuation bytes.
      while (start < len && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
      const std::string_view rest = text.substr(start, len - start);
      const Cld2Result window = RunCld2(rest.substr(0, Utf8PrefixLength(rest, kWindowBytes)), hints);
      if (window.top == CLD2::UNKNOWN_LANGUAGE || !window.reliable || window.percent < kFirstLookPercent ||
          (!first && window.top != result.top)) {
        settled = false;
        break;
      }
      if (first || window.percent < result.percent) result = window;  // the least sure window's share
      first = false;
    }
  }
  if (!settled) result = RunCld2(text.substr(0, len), hints);
  if (result.top != CLD2::UNKNOWN_LANGUAGE) {
    guess.code = CLD2::LanguageCode(result.top);
    guess.reliable = result.reliable;
    guess.percent = result.percent;
  } else if (!hint_code.empty()) {
    guess.code = hint_code;
  }
  return guess;
}

}  // namespace vigie
