#include "core/utf8.h"

namespace vigie {

namespace {

// Length of the well-formed sequence at `pos`, or 0 when it is ill-formed (RFC 3629).
size_t WellFormedLength(std::string_view s, size_t pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[pos + i]); };
  const size_t left = s.size() - pos;
  const unsigned char b0 = b(0);
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) return (left >= 2 && (b(1) & 0xC0) == 0x80) ? 2 : 0;
  if (b0 < 0xF0) {
    if (left < 3 || (b(1) & 0xC0) != 0x80 || (b(2) & 0xC0) != 0x80) return 0;
    if (b0 == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 < 0xF5) {
    if (left < 4 || (b(1) & 0xC0) != 0x80 || (b(2) & 0xC0) != 0x80 || (b(3) & 0xC0) != 0x80) return 0;
    if (b0 == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b(1) >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    pos = AsciiRunEnd(bytes, pos);  // ASCII is always well formed
    if (pos >= bytes.size()) break;
    size_t len = WellFormedLength(bytes, pos);
    if (len == 0) return false;
    pos += len;
  }
  return true;
}

char32_t Windows1252ToUnicode(unsigned char byte) {
  static constexpr char32_t kHigh[32] = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  if (byte >= 0x80 && byte < 0xA0) return kHigh[byte - 0x80];
  return byte;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
// True when the bytes need no repair: valid UTF-8 without C0 controls other than tab, LF, CR.
// One pass, eight bytes at a time over printable ASCII.
bool IsClean(std::string_view bytes) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  constexpr uint64_t kSpaces = 0x2020202020202020ULL;
  size_t pos = 0;
  while (pos < bytes.size()) {
    while (pos + 8 <= bytes.size()) {
      uint64_t word;
      __builtin_memcpy(&word, bytes.data() + pos, 8);
      // Stop at a byte >= 0x80 or < 0x20 (exact for words without high bits: Bit Twiddling
      // Hacks' "hasless").
      if ((word & kHighBits) || ((word - kSpaces) & ~word & kHighBits)) break;
      pos += 8;
    }
    if (pos >= bytes.size()) break;
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (b < 0x80) {
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return false;
      ++pos;
      continue;
    }
    const size_t len = WellFormedLength(bytes, pos);
    if (len == 0) return false;
    pos += len;
  }
  return true;
}
}  // namespace

std::string RepairUtf8(std::string_view bytes, size_t* repairs) {
  if (IsClean(bytes)) {
    if (repairs) *repairs = 0;
    return std::string(bytes);
  }
  std::string out;
  out.reserve(bytes.size());
  size_t changed = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    const auto b0 = static_cast<unsigned char>(bytes[pos]);
    if (b0 < 0x20 && b0 != '\t' && b0 != '\n' && b0 != '\r') {
      out.push_back(' ');
      ++changed;
      ++pos;
      continue;
    }
    size_t len = WellFormedLength(bytes, pos);
    if (len == 0) {
      AppendUtf8(Windows1252ToUnicode(b0), out);
      ++changed;
      ++pos;
      continue;
    }
    out.append(bytes.substr(pos, len));
    pos += len;
  }
  if (repairs) *repairs = changed;
  return out;
}

}  // namespace vigie
