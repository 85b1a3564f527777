#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <simdjson.h>

namespace vigie {

namespace {

// From this length on, texts are validated by simdjson's SIMD validator (the same rules,
// RFC 3629; a fraction of an instruction a byte, where the byte loop below spends two to
// four on accented prose); shorter ones, most strings of an event record, by the loop,
// which has no dispatch or padding to pay for.
constexpr size_t kSimdValidationBytes = 64;

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
  if (bytes.size() >= kSimdValidationBytes) return simdjson::validate_utf8(bytes.data(), bytes.size());
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
// True when `bytes` holds a C0 control other than tab, line feed and carriage return.
bool HasStrayControl(std::string_view bytes) {
  const auto stray = [](unsigned char b) { return b < 0x20 && b != '\t' && b != '\n' && b != '\r'; };
  size_t pos = 0;
#if defined(__SSE2__)
  for (; pos + 16 <= bytes.size(); pos += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + pos));
    // Under 0x20 exactly when the top three bits are clear.
    const __m128i controls =
        _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8(static_cast<char>(0xE0))), _mm_setzero_si128());
    const __m128i allowed =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8('\r')));
    if (_mm_movemask_epi8(_mm_andnot_si128(allowed, controls)) != 0) return true;
  }
#endif
  for (; pos < bytes.size(); ++pos)
    if (stray(static_cast<unsigned char>(bytes[pos]))) return true;
  return false;
}

// True when the bytes need no repair: valid UTF-8 without C0 controls other than tab, LF, CR.
bool IsClean(std::string_view bytes) { return IsValidUtf8(bytes) && !HasStrayControl(bytes); }
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
