// Several phrase dictionaries matched in one pass: each token's word is looked up once, in
// an index merged over all of them, instead of once per dictionary.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "text/phrase_matcher.h"

namespace vigie {

// Immutable once built. Borrows its matchers, which must outlive it unchanged.
class PhraseMatcherSet {
 public:
  // At most kMaxMatchers matchers of at most kMaxPhrases phrases each (a limit of the
  // index's packing, far above our lexicons: checked, the set is empty when passed).
  static constexpr size_t kMaxMatchers = 16;
  static constexpr size_t kMaxPhrases = size_t{1} << 24;
  // How a matcher's matches are collected: left to right without overlap (FindAll), or the
  // longest at every token where one starts (MatchAt at each token), for a caller that asks
  // about arbitrary tokens.
  enum class Collect { kNonOverlapping, kEveryStart };
  // `collect` gives each matcher's mode (missing ones: kNonOverlapping).
  explicit PhraseMatcherSet(std::vector<const PhraseMatcher*> matchers, std::vector<Collect> collect = {});

  size_t size() const { return matchers_.size(); }

  // Appends to out[k] exactly what matchers[k]->FindAll(words, begin, end) gives, for every
  // kNonOverlapping matcher k, and what matchers[k]->MatchAt(words, t, end) gives for every t
  // in [begin, end) in order, for every kEveryStart one (out is resized to size(); what it held is kept, so one vector
  // per matcher may collect a whole document, sentence after sentence). Cost: three hash probes per token whatever the
  // number of matchers, plus the candidate phrases' comparisons.
  void FindAll(const TokenWords& words, size_t begin, size_t end, std::vector<std::vector<PhraseMatch>>& out) const;

 private:
  std::vector<const PhraseMatcher*> matchers_;
  std::array<bool, kMaxMatchers> every_start_{};
  // Candidates packed as matcher << 24 | phrase index in that matcher. A phrase whose first
  // two words are exact is indexed by both (most phrases under a common first word, "de",
  // "the", differ by the second: a token's list then holds only those that may match).
  PhraseMatcher::Index by_first_word_;
  PhraseMatcher::Index by_first_two_words_;
  PhraseMatcher::Index by_first_prefix_;
  static size_t TwoWordHash(size_t first, size_t second) {
    return first ^ (second + 0x9e3779b97f4a7c15ull + (first << 6) + (first >> 2));
  }
};

}  // namespace vigie
