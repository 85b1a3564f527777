#include "places/place_key.h"

#include "core/ascii.h"
#include "core/utf8.h"
#include "text/normalizer.h"

namespace vigie {

void AppendPlaceKey(std::string_view text, std::string& out) {
  const size_t base = out.size();
  bool pending_space = false;
  auto put = [&](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool keep = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!keep) {
      pending_space = out.size() > base;
      return;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  };
  std::string folded;
  size_t pos = 0;
  while (pos < text.size()) {
    // A run of ASCII letters and digits (most words) is lower-cased in one go.
    size_t run_end = pos;
    while (run_end < text.size() && IsAsciiAlnum(text[run_end])) ++run_end;
    if (run_end > pos) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      AppendAsciiLower(text.substr(pos, run_end - pos), out);
      pos = run_end;
      continue;
    }
    const char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80) {  // other ASCII folds to itself: a separator
      put(c);
      ++pos;
      continue;
    }
    folded.clear();
    AppendFolded(DecodeUtf8(text, pos), folded);
    for (char f : folded) put(f);
  }
}

int PlaceKeyWordCount(std::string_view key) {
  if (key.empty()) return 0;
  int words = 1;
  for (char c : key) words += c == ' ';
  return words;
}

}  // namespace vigie
