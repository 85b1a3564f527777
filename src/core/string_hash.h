// The hash of words and names used across the pipeline, and a hasher for std::string keys
// that also takes std::string_view, so that unordered containers are searched with a view
// and no temporary string (C++20 heterogeneous lookup: declare the container with
// std::equal_to<> as its key equality).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace vigie {

// FNV-1a over the bytes, eight at a time, then a final mix so that the low bits (which
// open-addressing tables use) depend on every byte. Inline: the words hashed are a few
// bytes long, and std::hash's library call cost more than the hashing (TokenWords hashes
// every token of every text). Tables built with it must be probed with it.
inline size_t WordHash(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ull;
  size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    uint64_t block;
    std::memcpy(&block, key.data() + i, 8);
    h = (h ^ block) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < key.size(); ++i) h = (h ^ static_cast<unsigned char>(key[i])) * 0x100000001b3ull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return static_cast<size_t>(h);
}

// A cheaper hash of one word, for the words of a text (TokenWords gives every token's) and the
// tables probed with them (phrase indexes, month and weekday names): a word of up to eight
// bytes, most words, is read in two loads whatever its length and mixed once, where FNV-1a
// would take a dependent multiply per byte. Longer words hash as WordHash does. Tables
// built with it must be probed with it.
inline size_t ShortWordHash(std::string_view word) {
  const size_t n = word.size();
  if (n > 8) return WordHash(word);
  const auto* bytes = reinterpret_cast<const unsigned char*>(word.data());
  uint64_t x = 0;
  if (n >= 4) {  // the first four bytes and the last four, which overlap under eight
    uint32_t first, last;
    std::memcpy(&first, bytes, 4);
    std::memcpy(&last, bytes + n - 4, 4);
    x = uint64_t{last} << 32 | first;
  } else if (n > 0) {  // the first, middle and last bytes: all of them
    x = uint64_t{bytes[0]} << 16 | uint64_t{bytes[n / 2]} << 8 | bytes[n - 1];
  }
  uint64_t h = (x ^ (n * 0x9e3779b97f4a7c15ull)) * 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 29;
  return static_cast<size_t>(h);
}

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view key) const { return WordHash(key); }
};

}  // namespace vigie
