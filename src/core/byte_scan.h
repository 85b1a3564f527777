// Finding the next of a few given bytes in text eight bytes at a time, for scanners that
// stop only at rare bytes (line breaks, sentence terminators).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace vigie {

// 0x80 in the lanes of `word` (eight bytes read from memory) that equal `byte`, and possibly
// in lanes above such a lane (Anderson's test for a zero byte, on word ^ byte in every lane):
// nonzero exactly when one lane equals `byte`.
inline uint64_t ByteLanes8(uint64_t word, unsigned char byte) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  const uint64_t v = word ^ (kOnes * byte);
  return (v - kOnes) & ~v & kHighs;
}

// The position of the first byte from `pos` on that is one of `kBytes`, or text.size().
template <unsigned char... kBytes>
size_t FindAnyByte(std::string_view text, size_t pos) {
  for (uint64_t word; pos + 8 <= text.size(); pos += 8) {
    std::memcpy(&word, text.data() + pos, sizeof word);
    if ((ByteLanes8(word, kBytes) | ...) != 0) break;
  }
  while (pos < text.size() && ((static_cast<unsigned char>(text[pos]) != kBytes) && ...)) ++pos;
  return pos;
}

}  // namespace vigie
