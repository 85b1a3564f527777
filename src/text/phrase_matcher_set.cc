// Several phrase dictionaries matched in one pass (see phrase_matcher_set.h).
#include "text/phrase_matcher_set.h"

#include <array>
#include <bit>
#include <optional>
#include <span>

namespace vigie {

PhraseMatcherSet::PhraseMatcherSet(std::vector<const PhraseMatcher*> matchers, std::vector<Collect> collect) {
  if (matchers.size() > kMaxMatchers) return;
  for (size_t k = 0; k < collect.size() && k < matchers.size(); ++k) every_start_[k] = collect[k] == Collect::kEveryStart;
  for (const PhraseMatcher* m : matchers) {
    if (m->phrases_.size() > kMaxPhrases) return;
  }
  matchers_ = std::move(matchers);
  // Matcher by matcher, phrase by phrase: each matcher's candidates keep the order its own
  // index gives them, so that ties between equally long phrases go the same way.
  for (size_t k = 0; k < matchers_.size(); ++k) {
    const auto& phrases = matchers_[k]->phrases_;
    for (size_t p = 0; p < phrases.size(); ++p) {
      const PhraseMatcher::Candidate candidate{phrases[p].second_hash, static_cast<uint32_t>(k << 24 | p)};
      const PhraseMatcher::Word& first = phrases[p].words.front();
      if (first.prefix) {
        by_first_prefix_.Add(PhraseWordHash(std::string_view(first.text).substr(0, kPhrasePrefixBytes)), candidate);
      } else if (candidate.second_hash != 0) {
        by_first_two_words_.Add(TwoWordHash(PhraseWordHash(first.text), candidate.second_hash), candidate);
      } else {
        by_first_word_.Add(PhraseWordHash(first.text), candidate);
      }
    }
  }
}

void PhraseMatcherSet::FindAll(const TokenWords& words, size_t begin, size_t end,
                               std::vector<std::vector<PhraseMatch>>& out) const {
  const size_t n = matchers_.size();
  out.resize(n);
  std::array<size_t, kMaxMatchers> free_from;  // a matcher's matches do not overlap
  free_from.fill(begin);
  std::array<std::optional<PhraseMatch>, kMaxMatchers> best;
  end = std::min(end, words.size());
  for (size_t t = begin; t < end; ++t) {
    const std::string_view first = words.Word(t);
    if (first.empty()) continue;
    // The word after the first (across a hyphen), for the quick rejection of candidates.
    size_t next = t + 1;
    if (next < end && words.IsJoiner(next)) ++next;
    const size_t next_hash = next < end ? words.WordHash(next) : 0;
    uint32_t found = 0;  // bit k: best[k] holds a match of matcher k at this token
    auto consider = [&](const PhraseMatcher::Candidate& candidate) {
      const size_t k = candidate.phrase >> 24;
      if (t < free_from[k]) return;
      if (candidate.second_hash != 0 && candidate.second_hash != next_hash) return;
      const PhraseMatcher& matcher = *matchers_[k];
      const PhraseMatcher::Phrase& phrase = matcher.phrases_[candidate.phrase & 0xFFFFFF];
      const size_t length = matcher.MatchLength(phrase, words, t, end);
      if (length > 0 && PhraseMatcher::Longer(length, best[k])) {
        best[k] = PhraseMatch{static_cast<uint32_t>(t), static_cast<uint32_t>(t + length), phrase.entry};
        found |= uint32_t{1} << k;
      }
    };
    // The phrases of one word or a wildcard second word, and those of these two words: both
    // lists are in the order the phrases were indexed (matcher, then phrase), and are taken
    // together in that order, so that ties between equally long phrases go as one list did.
    using Candidates = std::span<const PhraseMatcher::Candidate>;
    const auto* one = by_first_word_.Find(words.WordHash(t));
    const auto* two = next < end ? by_first_two_words_.Find(TwoWordHash(words.WordHash(t), next_hash)) : nullptr;
    const Candidates ones = one ? Candidates(*one) : Candidates();
    const Candidates twos = two ? Candidates(*two) : Candidates();
    for (size_t a = 0, b = 0; a < ones.size() || b < twos.size();) {
      if (b == twos.size() || (a < ones.size() && ones[a].phrase < twos[b].phrase)) {
        consider(ones[a++]);
      } else {
        consider(twos[b++]);
      }
    }
    if (first.size() >= kPhrasePrefixBytes) {
      if (const auto* list = by_first_prefix_.Find(words.PrefixHash(t))) {
        for (const PhraseMatcher::Candidate& candidate : *list) consider(candidate);
      }
    }
    // The matchers that matched here, in order (most tokens have none; a few, one or two).
    for (; found != 0; found &= found - 1) {
      const auto k = static_cast<size_t>(std::countr_zero(found));
      out[k].push_back(*best[k]);
      if (!every_start_[k]) free_from[k] = best[k]->end_token;
      best[k].reset();
    }
  }
}

}  // namespace vigie
