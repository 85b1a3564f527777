// Dictionaries of phrases matched word by word over tokenised text: case- and
// accent-insensitive (FoldKey), with '*' prefix wildcards ("attaqu*"), longest match first.
// Every lexicon of the event coder (triggers, numbers, actors, dates) sits on this.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "text/text_span.h"

namespace vigie {

// The folded word of every token of one text, computed once and shared by all matchers.
// Punctuation tokens have no word; a hyphen between words is a joiner a phrase may cross
// ("soixante-dix", "nord-est").
class TokenWords {
 public:
  TokenWords(std::string_view text, const std::vector<Token>& tokens);
  size_t size() const { return entries_.size(); }
  // The folded word of token `t` ("tué" → "tue", "L'" → "l'"); empty for punctuation.
  // Read for every token by every lexicon: a view made directly (ranges lie inside the
  // buffer by construction), without substr's bounds check and its throw path.
  std::string_view Word(size_t t) const {
    const Entry& e = entries_[t];
    return std::string_view(buffer_.data() + e.begin, e.end - e.begin);
  }
  bool IsJoiner(size_t t) const { return entries_[t].joiner; }
  // Whether token `t` is a word of ASCII letters and digits only (most words): then its
  // folded word is its text lower-cased, and has no mark or space inside.
  bool IsAsciiAlnum(size_t t) const { return entries_[t].ascii_alnum; }
  // Hashes of the word and of its first bytes, computed once for every matcher's lookups.
  size_t WordHash(size_t t) const { return entries_[t].hash; }
  size_t PrefixHash(size_t t) const { return entries_[t].prefix_hash; }

 private:
  // What the lexicons read of one token, side by side: a lookup touches one place.
  struct Entry {
    size_t hash = 0;
    size_t prefix_hash = 0;
    uint32_t begin = 0;  // the word's bytes in buffer_
    uint32_t end = 0;
    bool joiner = false;
    bool ascii_alnum = false;
  };
  std::string buffer_;
  std::vector<Entry> entries_;
};

// The hash TokenWords and PhraseMatcher agree on, and the prefix length wildcard phrases
// are indexed by.
inline constexpr size_t kPhrasePrefixBytes = 3;
inline size_t PhraseWordHash(std::string_view word) { return ShortWordHash(word); }

struct PhraseMatch {
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // one past the last token
  uint32_t entry = 0;      // the caller's id given to Add
};

// Immutable once built; cheap lookups (a hash probe per token).
class PhraseMatcher {
 public:
  // Adds `phrase` (words separated by spaces or hyphens; a word ending in '*' matches any
  // word starting with the rest, which must be at least 3 letters). Returns false and says
  // why in `error` when the phrase cannot be used.
  bool Add(std::string_view phrase, uint32_t entry, std::string* error);

  // The longest phrase starting at token `t` and ending before token `limit`, if any.
  std::optional<PhraseMatch> MatchAt(const TokenWords& words, size_t t, size_t limit) const;
  // The longest phrase ending exactly at token `end` (exclusive) and starting at or after `floor`.
  std::optional<PhraseMatch> MatchEndingAt(const TokenWords& words, size_t end, size_t floor) const;
  // Every match in [begin, end), left to right, longest first, not overlapping.
  std::vector<PhraseMatch> FindAll(const TokenWords& words, size_t begin, size_t end) const;

  size_t size() const { return phrases_.size(); }

 private:
  friend class PhraseMatcherSet;  // indexes the phrases of several matchers at once
  struct Word {
    std::string text;
    size_t hash = 0;  // PhraseWordHash(text): for a word of up to eight bytes, equal sizes and
                      // equal hashes mean equal words (ShortWordHash reads every byte of them)
    bool prefix = false;
  };
  struct Phrase {
    std::vector<Word> words;
    uint32_t entry = 0;
    size_t second_hash = 0;  // hash of an exact second word, to reject most candidates at once
  };
  // A phrase under an index key, with its second_hash: most candidates are rejected from
  // the list alone, without loading their phrase (a cache miss each).
  struct Candidate {
    size_t second_hash = 0;
    uint32_t phrase = 0;
  };
  // Phrase lists keyed by word hash, in an open-addressing table (one probe is one cache
  // line, which matters: every token of every document is looked up in every lexicon). A
  // hash collision only costs a failed MatchLength, which compares the words. Most words
  // of a text are no key: a bit per hash value (by its high bits, four bits a slot) turns
  // them away from a bitmap a thirty-second of the slots' size, which stays in cache where
  // the slots of a large lexicon do not.
  class Index {
   public:
    void Add(size_t hash, Candidate candidate);
    // The candidates under `hash`, or nullptr. Inline: it runs for every token.
    const std::vector<Candidate>* Find(size_t hash) const {
      if (slot_mask_ == 0) return nullptr;
      const size_t bit = KeyBit(hash);
      if ((key_bits_[bit / 64] >> (bit % 64) & 1) == 0) return nullptr;
      size_t at = hash & slot_mask_;
      while (slots_[at].list != UINT32_MAX) {
        if (slots_[at].hash == hash) return &lists_[slots_[at].list];
        at = (at + 1) & slot_mask_;
      }
      return nullptr;
    }
    bool empty() const { return lists_.empty(); }

   private:
    struct Slot {
      size_t hash = 0;
      uint32_t list = UINT32_MAX;  // UINT32_MAX: empty
    };
    void Grow();
    size_t KeyBit(size_t hash) const { return (hash >> 32) & key_bit_mask_; }
    std::vector<Slot> slots_;
    std::vector<uint64_t> key_bits_;  // bit KeyBit(hash) set for every key's hash
    // slots_.size() - 1 and key_bits_.size() * 64 - 1, kept by Grow (read at every probe);
    // 0 while the table has no slots.
    size_t slot_mask_ = 0;
    size_t key_bit_mask_ = 0;
    std::vector<std::vector<Candidate>> lists_;
  };
  static constexpr size_t kPrefixKey = kPhrasePrefixBytes;

  // Tokens matched by `phrase` from token `t`, or 0 when it does not match there.
  size_t MatchLength(const Phrase& phrase, const TokenWords& words, size_t t, size_t limit) const;
  static bool Longer(size_t length, const std::optional<PhraseMatch>& best) {
    return !best || length > best->end_token - best->first_token;
  }

  std::vector<Phrase> phrases_;
  Index by_first_word_;    // phrases whose first word is exact
  Index by_first_prefix_;  // phrases whose first word is a wildcard, by its first bytes
  Index by_last_word_;     // phrases whose last word is exact, by that word
  Index by_last_prefix_;   // phrases whose last word is a wildcard, by its first bytes
};

}  // namespace vigie
