#include "text/phrase_matcher.h"

#include <algorithm>
#include <array>

#include "core/ascii.h"
#include "text/normalizer.h"

namespace vigie {

namespace {

// What a byte says of the word it is in, read for all of a word's bytes at once (no exit at
// the first byte of another kind, which would be a mispredicted branch in most words).
constexpr uint8_t kOtherCharacter = 1;  // a byte of a non-ASCII character
constexpr uint8_t kAsciiMark = 2;       // ASCII other than a letter or a digit
constexpr std::array<uint8_t, 256> kByteKinds = [] {
  std::array<uint8_t, 256> kinds{};
  for (int b = 0; b < 256; ++b) {
    const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    kinds[b] = b >= 0x80 ? kOtherCharacter : alnum ? 0 : kAsciiMark;
  }
  return kinds;
}();

}  // namespace

TokenWords::TokenWords(std::string_view text, const std::vector<Token>& tokens) : entries_(tokens.size()) {
  // The text lowered at once (sixteen bytes at a time): an ASCII word's fold is its own place
  // in it, which is most words of French and English text. The other words are folded one by
  // one after it. All of the text, from its first byte: the tokens cover nearly all of it,
  // and finding the stretch they cover was a pass over every token.
  if (!tokens.empty()) {
    buffer_.reserve(2 * text.size());
    AppendAsciiLower(text, buffer_);
  }
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    Entry& entry = entries_[t];
    if (token.kind == TokenKind::kPunctuation) {
      const std::string_view surface = token.In(text);
      // A hyphen joins two words; so does the period right after a single letter, inside an
      // abbreviation ("U.N. peacekeepers", "U.S. soldiers"), which a phrase writes the same way.
      const bool abbreviation = surface == "." && t > 0 && tokens[t - 1].kind != TokenKind::kPunctuation &&
                                tokens[t - 1].end == token.start && tokens[t - 1].end - tokens[t - 1].start == 1;
      entry.joiner = surface == "-" || surface == "\xE2\x80\x90" || surface == "\xE2\x80\x91" || abbreviation;
    } else {
      // The tokenizer says which words are ASCII letters and digits; others are read here.
      uint8_t kinds = 0;
      if (!token.ascii_alnum) {
        for (char c : token.In(text)) kinds |= kByteKinds[static_cast<unsigned char>(c)];
      }
      if ((kinds & kOtherCharacter) == 0) {
        entry.begin = static_cast<uint32_t>(token.start);
        entry.end = static_cast<uint32_t>(token.end);
      } else {
        entry.begin = static_cast<uint32_t>(buffer_.size());
        AppendFoldKey(token.In(text), buffer_);
        entry.end = static_cast<uint32_t>(buffer_.size());
      }
      entry.ascii_alnum = kinds == 0 && token.end > token.start;
    }
    const std::string_view word(buffer_.data() + entry.begin, entry.end - entry.begin);
    entry.hash = PhraseWordHash(word);
    entry.prefix_hash = word.size() >= kPhrasePrefixBytes ? PhraseWordHash(word.substr(0, kPhrasePrefixBytes)) : 0;
  }
}

void PhraseMatcher::Index::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
  key_bits_.assign(slots_.size() * 4 / 64, 0);
  slot_mask_ = slots_.size() - 1;
  key_bit_mask_ = key_bits_.size() * 64 - 1;
  for (const Slot& slot : old) {
    if (slot.list == UINT32_MAX) continue;
    size_t at = slot.hash & (slots_.size() - 1);
    while (slots_[at].list != UINT32_MAX) at = (at + 1) & (slots_.size() - 1);
    slots_[at] = slot;
    const size_t bit = KeyBit(slot.hash);
    key_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
}

void PhraseMatcher::Index::Add(size_t hash, Candidate candidate) {
  if ((lists_.size() + 1) * 2 > slots_.size()) Grow();
  size_t at = hash & (slots_.size() - 1);
  while (slots_[at].list != UINT32_MAX) {
    if (slots_[at].hash == hash) {
      lists_[slots_[at].list].push_back(candidate);
      return;
    }
    at = (at + 1) & (slots_.size() - 1);
  }
  slots_[at] = {hash, static_cast<uint32_t>(lists_.size())};
  const size_t bit = KeyBit(hash);
  key_bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  lists_.push_back({candidate});
}

bool PhraseMatcher::Add(std::string_view phrase, uint32_t entry, std::string* error) {
  Phrase p;
  p.entry = entry;
  const std::string folded = FoldKey(phrase);
  std::string current;
  auto flush = [&]() -> bool {
    if (current.empty()) return true;
    Word word;
    if (current.back() == '*') {
      word.prefix = true;
      current.pop_back();
      if (current.size() < kPrefixKey) {
        if (error) *error = "a wildcard needs at least " + std::to_string(kPrefixKey) + " letters before '*'";
        return false;
      }
    }
    word.text = std::move(current);
    word.hash = PhraseWordHash(word.text);
    current.clear();
    p.words.push_back(std::move(word));
    return true;
  };
  for (char c : folded) {
    // (The periods of an abbreviation part its letters, as the text's tokens do: "u.n.")
    if (c == ' ' || c == '-' || c == '\t' || c == '.') {
      if (!flush()) return false;
    } else if (c == '\'') {
      current.push_back(c);  // elided word ("l'", "d'") ends here
      if (!flush()) return false;
    } else {
      current.push_back(c);
    }
  }
  if (!flush()) return false;
  if (p.words.empty()) {
    if (error) *error = "the phrase has no words";
    return false;
  }
  if (p.words.size() > 1 && !p.words[1].prefix) p.second_hash = PhraseWordHash(p.words[1].text);
  const Candidate candidate{p.second_hash, static_cast<uint32_t>(phrases_.size())};
  const Word& first = p.words.front();
  if (first.prefix) {
    by_first_prefix_.Add(PhraseWordHash(std::string_view(first.text).substr(0, kPrefixKey)), candidate);
  } else {
    by_first_word_.Add(PhraseWordHash(first.text), candidate);
  }
  const Word& last = p.words.back();
  if (last.prefix) {
    by_last_prefix_.Add(PhraseWordHash(std::string_view(last.text).substr(0, kPrefixKey)), candidate);
  } else {
    by_last_word_.Add(PhraseWordHash(last.text), candidate);
  }
  phrases_.push_back(std::move(p));
  return true;
}

size_t PhraseMatcher::MatchLength(const Phrase& phrase, const TokenWords& words, size_t t, size_t limit) const {
  size_t at = t;
  for (const Word& expected : phrase.words) {
    // A hyphen between two words of the phrase (after the first, at > t) may stand in the text.
    if (at > t && at < limit && words.IsJoiner(at)) ++at;
    if (at >= limit) return 0;
    const std::string_view word = words.Word(at);
    if (word.empty()) return 0;
    // (Most words are short: their size and the hash every token already has settle it,
    // without a call to memcmp.)
    const bool ok = expected.prefix                       ? word.starts_with(expected.text)
                    : word.size() != expected.text.size() ? false
                    : word.size() <= 8                    ? words.WordHash(at) == expected.hash
                                                          : word == expected.text;
    if (!ok) return 0;
    ++at;
  }
  return at - t;
}

std::optional<PhraseMatch> PhraseMatcher::MatchAt(const TokenWords& words, size_t t, size_t limit) const {
  std::optional<PhraseMatch> best;
  if (t >= limit || t >= words.size()) return best;
  const std::string_view first = words.Word(t);
  if (first.empty()) return best;
  // The word after the first (across a hyphen), for the quick rejection of candidates.
  size_t next = t + 1;
  if (next < limit && words.IsJoiner(next)) ++next;
  const size_t next_hash = next < limit ? words.WordHash(next) : 0;
  auto consider = [&](const std::vector<Candidate>& list) {
    for (const Candidate& candidate : list) {
      if (candidate.second_hash != 0 && candidate.second_hash != next_hash) continue;
      const Phrase& phrase = phrases_[candidate.phrase];
      const size_t length = MatchLength(phrase, words, t, limit);
      if (length > 0 && Longer(length, best)) {
        best = PhraseMatch{static_cast<uint32_t>(t), static_cast<uint32_t>(t + length), phrase.entry};
      }
    }
  };
  if (const auto* list = by_first_word_.Find(words.WordHash(t))) consider(*list);
  if (!by_first_prefix_.empty() && first.size() >= kPrefixKey) {
    if (const auto* list = by_first_prefix_.Find(words.PrefixHash(t))) consider(*list);
  }
  return best;
}

std::optional<PhraseMatch> PhraseMatcher::MatchEndingAt(const TokenWords& words, size_t end, size_t floor) const {
  std::optional<PhraseMatch> best;
  if (end == 0 || end <= floor || end > words.size()) return best;
  const std::string_view last = words.Word(end - 1);
  if (last.empty()) return best;
  auto consider = [&](const std::vector<Candidate>& list) {
    for (const Candidate& candidate : list) {
      const Phrase& phrase = phrases_[candidate.phrase];
      // Try every start that could give this phrase its length (hyphens may add tokens).
      const size_t n = phrase.words.size();
      for (size_t span = n; span <= 2 * n - 1 && span <= end - floor; ++span) {
        const size_t start = end - span;
        if (MatchLength(phrase, words, start, end) == span) {
          if (Longer(span, best)) {
            best = PhraseMatch{static_cast<uint32_t>(start), static_cast<uint32_t>(end), phrase.entry};
          }
          break;
        }
      }
    }
  };
  if (const auto* list = by_last_word_.Find(words.WordHash(end - 1))) consider(*list);
  if (!by_last_prefix_.empty() && last.size() >= kPrefixKey) {
    if (const auto* list = by_last_prefix_.Find(words.PrefixHash(end - 1))) consider(*list);
  }
  return best;
}

std::vector<PhraseMatch> PhraseMatcher::FindAll(const TokenWords& words, size_t begin, size_t end) const {
  std::vector<PhraseMatch> matches;
  for (size_t t = begin; t < end;) {
    auto match = MatchAt(words, t, end);
    if (match) {
      matches.push_back(*match);
      t = match->end_token;
    } else {
      ++t;
    }
  }
  return matches;
}

}  // namespace vigie
