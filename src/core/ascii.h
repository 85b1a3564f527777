// ASCII-only case and whitespace helpers for markup names, labels and already-decoded text.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace vigie {

// `s` with A-Z lowered; other bytes (UTF-8 included) unchanged. Locale-independent.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

// Eight bytes with A-Z lowered, when none of them is 0x80 or above: a byte gets 0x20 where
// adding 0x80 - 'A' sets its top bit and adding 0x80 - 'Z' - 1 does not (no carry can cross
// into the next byte from a byte under 0x80).
inline uint64_t AsciiLower8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  const uint64_t from_a = x + kOnes * (0x80 - 'A');
  const uint64_t beyond_z = x + kOnes * (0x80 - 'Z' - 1);
  return x | ((from_a & ~beyond_z & kHighs) >> 2);
}

#if defined(__SSE2__)
// Sixteen bytes with A-Z lowered and every other byte (UTF-8 included) unchanged: 'A'..'Z'
// moved to -128..-103 as signed bytes lie under every other byte moved the same way.
inline __m128i AsciiLower16(__m128i v) {
  const __m128i moved = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - 'A')));
  const __m128i capital = _mm_cmplt_epi8(moved, _mm_set1_epi8(static_cast<char>(-128 + 26)));
  return _mm_add_epi8(v, _mm_and_si128(capital, _mm_set1_epi8(0x20)));
}
#endif

// Appends `s` to `out` with A-Z lowered, in one growth of `out` (for per-token loops); sixteen
// bytes at a time with SSE2 (the last sixteen as one block overlapping the one before: lowering
// twice changes nothing), else eight at a time where none is part of a multi-byte character.
inline void AppendAsciiLower(std::string_view s, std::string& out) {
  const size_t at = out.size();
  out.append(s);
  char* c = out.data() + at;
  char* const end = out.data() + out.size();
#if defined(__SSE2__)
  if (end - c >= 16) {
    for (; end - c >= 16; c += 16) {
      auto* block = reinterpret_cast<__m128i*>(c);
      _mm_storeu_si128(block, AsciiLower16(_mm_loadu_si128(block)));
    }
    if (c != end) {
      auto* block = reinterpret_cast<__m128i*>(end - 16);
      _mm_storeu_si128(block, AsciiLower16(_mm_loadu_si128(block)));
    }
    return;
  }
#endif
  for (; end - c >= 8; c += 8) {
    uint64_t x;
    std::memcpy(&x, c, sizeof x);
    if ((x & 0x8080808080808080) == 0) {
      x = AsciiLower8(x);
      std::memcpy(c, &x, sizeof x);
    } else {
      for (int k = 0; k < 8; ++k)
        if (c[k] >= 'A' && c[k] <= 'Z') c[k] = static_cast<char>(c[k] + ('a' - 'A'));
    }
  }
  for (; c != end; ++c) {
    if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c + ('a' - 'A'));
  }
}

inline bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

constexpr bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

inline char AsciiLowerChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// Whether `a` and `b` are equal once A-Z are lowered (header names, tag names).
inline bool AsciiEqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (AsciiLowerChar(a[i]) != AsciiLowerChar(b[i])) return false;
  return true;
}

// Whether CollapseWhitespace would change `s`: whitespace at an end, a whitespace character
// other than a space, or two in a row. Sixteen bytes at a time with SSE2 (every x86-64 has
// it), then eight where none is a control character: only their spaces are looked at, all
// together.
inline bool HasLooseWhitespace(std::string_view s) {
  if (s.empty()) return false;
  if (IsAsciiSpace(s.front()) || IsAsciiSpace(s.back())) return true;
  // Whether the byte at `i` starts loose whitespace, given that `s` has none at its ends.
  auto loose_at = [&](size_t i) { return IsAsciiSpace(s[i]) && (s[i] != ' ' || IsAsciiSpace(s[i + 1])); };
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // Tab, line feed, vertical tab, form feed and carriage return are 0x09-0x0D: x - 0x09
    // is at most 4 exactly for them, and then saturates to 0 when 4 is taken away.
    const __m128i controls =
        _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(x, _mm_set1_epi8(0x09)), _mm_set1_epi8(4)), _mm_setzero_si128());
    const auto spaces = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' '))));
    if ((_mm_movemask_epi8(controls) | (spaces & (spaces >> 1))) != 0) return true;  // or two spaces in a row
    if ((spaces & 0x8000) != 0 && IsAsciiSpace(s[i + 16])) return true;              // the last one, then whitespace
  }
#endif
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080, kLows = 0x7F7F7F7F7F7F7F7F;
  for (uint64_t x; i + 8 <= s.size(); i += 8) {
    std::memcpy(&x, s.data() + i, sizeof x);
    if (((x - kOnes * ' ') & ~x & kHighs) != 0) {  // a byte under 0x20: byte by byte
      for (size_t k = i; k < i + 8; ++k)
        if (loose_at(k)) return true;
      continue;
    }
    // 0x80 in exactly the lanes that hold a space (no borrow crosses lanes: the low seven
    // bits are added apart from the top one).
    const uint64_t other = x ^ (kOnes * ' ');
    const uint64_t spaces = ~(((other & kLows) + kLows) | other) & kHighs;
    static_assert(std::endian::native == std::endian::little, "lane k holds byte i + k");
    if ((spaces & (spaces >> 8)) != 0) return true;                  // two spaces in a row
    if ((spaces >> 63) != 0 && IsAsciiSpace(s[i + 8])) return true;  // the last one, then whitespace
  }
  for (; i < s.size(); ++i)
    if (loose_at(i)) return true;
  return false;
}

// `s` with every run of ASCII whitespace made one space, and none at either end.
// Words and the single spaces between them are copied a run at a time.
inline std::string CollapseWhitespace(std::string_view s) {
  if (!HasLooseWhitespace(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (i == s.size()) break;
    size_t end = i;
    // A word, and the single spaces inside a run of words, are copied as they are.
    while (end < s.size() &&
           (!IsAsciiSpace(s[end]) || (s[end] == ' ' && end + 1 < s.size() && !IsAsciiSpace(s[end + 1])))) {
      ++end;
    }
    if (!out.empty()) out.push_back(' ');
    out.append(s.data() + i, end - i);
    i = end;
  }
  return out;
}

}  // namespace vigie
