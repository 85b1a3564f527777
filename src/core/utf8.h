// UTF-8 validation, repair and decoding. Everything after the Source stage is valid UTF-8.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace vigie {

// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Returns valid UTF-8. Well-formed sequences are kept; each byte of an ill-formed
// sequence is read as Windows-1252 (the usual cause of mixed pages), and C0 controls other
// than tab, newline and carriage return become spaces. `repairs`, when given, counts the
// bytes changed. Linear time.
std::string RepairUtf8(std::string_view bytes, size_t* repairs = nullptr);

// Decodes the code point starting at `pos` and advances `pos` past it.
// REQUIRES: `text` is valid UTF-8 and pos < text.size().
inline char32_t DecodeUtf8(std::string_view text, size_t& pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  auto cont = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i]) & 0x3F); };
  char32_t cp;
  if (b0 < 0xE0) {
    cp = ((b0 & 0x1F) << 6) | cont(1);
    pos += 2;
  } else if (b0 < 0xF0) {
    cp = ((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
    pos += 3;
  } else {
    cp = ((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    pos += 4;
  }
  return cp;
}

// 3 when `bytes` opens with the UTF-8 byte-order mark (EF BB BF), else 0: what to skip.
inline size_t Utf8BomLength(std::string_view bytes) { return bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0; }

// The length of the longest prefix of `text` no longer than `max_bytes` that ends on a
// character boundary. REQUIRES: `text` is valid UTF-8.
inline size_t Utf8PrefixLength(std::string_view text, size_t max_bytes) {
  if (max_bytes >= text.size()) return text.size();
  size_t len = max_bytes;
  while (len > 0 && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) --len;
  return len;
}

// The end of the run of ASCII bytes (under 0x80) that starts at `pos`: the first byte from
// `pos` on that is 0x80 or above, or text.size(). Eight bytes at a time; in the eight that
// hold it, the lowest top bit set is that byte (lane k holds byte pos + k).
inline size_t AsciiRunEnd(std::string_view text, size_t pos) {
  static_assert(std::endian::native == std::endian::little, "lane k holds byte pos + k");
  for (uint64_t word; pos + 8 <= text.size(); pos += 8) {
    std::memcpy(&word, text.data() + pos, sizeof word);
    if (const uint64_t high = word & 0x8080808080808080; high != 0)
      return pos + static_cast<size_t>(std::countr_zero(high)) / 8;
  }
  while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
  return pos;
}

// Appends the UTF-8 encoding of `cp` to `out`. Invalid code points become U+FFFD.
void AppendUtf8(char32_t cp, std::string& out);

// The code point for a Windows-1252 byte (0x80..0x9F map to typographic characters).
char32_t Windows1252ToUnicode(unsigned char byte);

}  // namespace vigie
