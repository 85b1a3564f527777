#include "places/place_key.h"

#include <array>

#include "text/normalizer.h"

namespace vigie {

namespace {

// The bytes of folded text a key keeps: ASCII letters and digits and every non-ASCII byte;
// any other byte (hyphen, apostrophe, dot...) separates words. A table: one load a byte.
constexpr std::array<bool, 256> kKeptBytes = [] {
  std::array<bool, 256> kept{};
  for (int b = 0; b < 256; ++b) kept[b] = b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
  return kept;
}();

bool KeepsByte(char c) { return kKeptBytes[static_cast<unsigned char>(c)]; }

}  // namespace

void AppendPlaceKey(std::string_view text, std::string& out) {
  std::string folded;  // a word or a name: usually within the string's own small buffer
  AppendFoldKey(text, folded);
  AppendPlaceKeyOfFolded(folded, out);
}

void AppendPlaceKeyOfFolded(std::string_view folded, std::string& out) {
  const size_t base = out.size();
  size_t pos = 0;
  while (pos < folded.size()) {
    const size_t run = pos;
    while (pos < folded.size() && KeepsByte(folded[pos])) ++pos;
    if (pos > run) {
      // One space between two runs, none at either end.
      if (run > 0 && out.size() > base) out.push_back(' ');
      out.append(folded.substr(run, pos - run));
    }
    while (pos < folded.size() && !KeepsByte(folded[pos])) ++pos;
  }
}

bool IsPlaceKeyOfItself(std::string_view folded) {
  for (char c : folded)
    if (!KeepsByte(c)) return false;
  return true;
}

int PlaceKeyWordCount(std::string_view key) {
  if (key.empty()) return 0;
  int words = 1;
  for (char c : key) words += c == ' ';
  return words;
}

}  // namespace vigie
