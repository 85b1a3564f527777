#include "text/tokenizer.h"

#include <array>

#include "core/ascii.h"
#include "core/utf8.h"
#include "text/char_class.h"

namespace vigie {

namespace {

// French words that elide before a vowel: l', d', j', m', n', s', t', c', qu', jusqu', ...
bool IsElidingWord(std::string_view word) {
  if (word.size() == 1) {
    char c = static_cast<char>(word[0] | 0x20);
    return c == 'l' || c == 'd' || c == 'j' || c == 'm' || c == 'n' || c == 's' || c == 't' || c == 'c';
  }
  auto eq = [&](std::string_view w) {
    if (word.size() != w.size()) return false;
    for (size_t i = 0; i < w.size(); ++i)
      if ((word[i] | 0x20) != w[i]) return false;
    return true;
  };
  return eq("qu") || eq("jusqu") || eq("lorsqu") || eq("puisqu") || eq("quoiqu") || eq("presqu") || eq("aujourd");
}

// Whether a byte is an ASCII letter or digit, by table: one load a byte, no branch between
// the ranges.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = IsAsciiAlnum(static_cast<char>(c));
  return table;
}();

}  // namespace

void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>& out) {
  size_t pos = begin;
  while (pos < end) {
    if (text[pos] == ' ') {  // the space between words, the commonest byte: no decoding
      ++pos;
      continue;
    }
    const size_t start = pos;
    char32_t cp = static_cast<unsigned char>(text[pos]);
    if (kAsciiAlnum[cp]) {  // a word, most tokens: no decoding and classifying
      ++pos;
    } else {
      cp = DecodeUtf8(text, pos);
      if (IsSpace(cp)) continue;
      if (!IsWordChar(cp)) {
        out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(pos), TokenKind::kPunctuation});
        continue;
      }
    }
    bool all_digits = IsDigit(cp);
    // Whether the word holds anything but ASCII letters and digits: a character beyond
    // ASCII, a separator inside a number, an elided word's apostrophe.
    bool beyond_ascii_alnum = cp >= 0x80;
    while (pos < end) {
      // Once the word is not a number, its ASCII letters and digits (most of its bytes) only
      // extend it: read them a byte at a time, without decoding and classifying each.
      if (!all_digits) {
        while (pos < end && kAsciiAlnum[static_cast<unsigned char>(text[pos])]) ++pos;
        if (pos == end || text[pos] == ' ') break;  // a space ends the word (the commonest end)
      }
      size_t next = pos;
      char32_t c = DecodeUtf8(text, next);
      if (IsWordChar(c)) {
        all_digits = all_digits && IsDigit(c);
        if (c >= 0x80) beyond_ascii_alnum = true;
        pos = next;
        continue;
      }
      // "1.200", "12,5": a separator between digits stays inside the number.
      if (all_digits && (c == '.' || c == ',') && next < end && IsDigit(static_cast<unsigned char>(text[next]))) {
        beyond_ascii_alnum = true;
        pos = next;
        continue;
      }
      // French elision: the apostrophe stays with the elided word when a letter follows.
      if (IsApostrophe(c) && next < end && IsElidingWord(text.substr(start, pos - start))) {
        size_t after = next;
        if (IsWordChar(DecodeUtf8(text, after))) {
          beyond_ascii_alnum = true;
          pos = next;
        }
      }
      break;
    }
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(pos),
                   all_digits ? TokenKind::kNumber : TokenKind::kWord, !beyond_ascii_alnum});
  }
}

}  // namespace vigie
