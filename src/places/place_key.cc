#include "places/place_key.h"

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
    const char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80) {  // ASCII folds to its lower case alone
      put(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
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
