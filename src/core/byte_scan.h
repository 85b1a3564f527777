// Finding the next of a few given bytes in text sixteen (SSE2) or eight bytes at a time, for
// scanners that stop only at rare bytes (line breaks, sentence terminators).
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace vigie {

// 0x80 in the lanes of `word` (eight bytes read from memory) that equal `byte`, and possibly
// in lanes above such a lane (Anderson's test for a zero byte, on word ^ byte in every lane):
// nonzero exactly when one lane equals `byte`, and then its lowest 0x80 is in the first lane
// that does.
inline uint64_t ByteLanes8(uint64_t word, unsigned char byte) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  const uint64_t v = word ^ (kOnes * byte);
  return (v - kOnes) & ~v & kHighs;
}

// The position of the first byte from `pos` on that is one of `kBytes`, or text.size().
// A block that holds one gives its position from its mask, with no second look at its bytes.
template <unsigned char... kBytes>
size_t FindAnyByte(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i found = (_mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(kBytes))) | ...);
    if (const auto lanes = static_cast<uint32_t>(_mm_movemask_epi8(found)); lanes != 0)
      return pos + static_cast<size_t>(std::countr_zero(lanes));
  }
#endif
  static_assert(std::endian::native == std::endian::little, "lane k holds byte pos + k");
  for (uint64_t word; pos + 8 <= text.size(); pos += 8) {
    std::memcpy(&word, text.data() + pos, sizeof word);
    if (const uint64_t lanes = (ByteLanes8(word, kBytes) | ...); lanes != 0)
      return pos + static_cast<size_t>(std::countr_zero(lanes)) / 8;
  }
  while (pos < text.size() && ((static_cast<unsigned char>(text[pos]) != kBytes) && ...)) ++pos;
  return pos;
}

}  // namespace vigie
