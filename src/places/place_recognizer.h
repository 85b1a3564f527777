// Recognition: finds the place names of a text by looking up word sequences in the
// gazetteer, and reads the words around each (cues, designators, person titles) so that
// resolution can weigh it.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/string_hash.h"
#include "places/gazetteer.h"
#include "places/place_lexicon.h"
#include "text/phrase_matcher.h"
#include "text/text_analyzer.h"

namespace vigie {

// Unit levels a designator allows, as bits.
enum UnitLevel : uint8_t { kLevelAdm1 = 1, kLevelAdm2 = 2, kLevelAdm3 = 4, kLevelPlace = 8 };

struct PlaceMention {
  uint32_t start = 0;  // byte offsets into the text
  uint32_t end = 0;
  uint32_t sentence = 0;
  std::string key;     // the place key looked up
  NameLookup lookup;   // what the gazetteer knows of it (may be empty for a given span)
  PlaceCue cue = PlaceCue::kNone;   // the cue right before it
  bool strong_cue = false;          // a cue of several words ("dans la localité de") or near/distance
  uint8_t unit_levels = 0;          // from a designator ("région de X"): UnitLevel bits
  const Designator* designator = nullptr;
  bool sentence_start = false;      // first word of its sentence
  bool in_longer_name = false;      // touches another capitalised word ("Chiquita Raquel Henry")
  bool person_context = false;      // after a title or before a verb of speech
  bool street = false;              // before "Street", "Avenue": a street's name
  bool capitalised = true;
  bool single_word = true;
  bool acronym = false;             // two to four capitals ("ONU", "UN"): rarely a town's name
  bool listed_not_place = false;    // in data/places/not_places.tsv: a place only with a designator
  bool part = false;                // after a part word ("Southern California", "Nord-Mali"): the
                                    // span holds both, the key and lookup are the place's
};

// Immutable after construction; borrows the gazetteer and the lexicon, which must outlive it.
class PlaceRecognizer {
 public:
  PlaceRecognizer(const Gazetteer& gazetteer, const PlaceLexicon& lexicon);

  // Every place mention of `text`, in order, none overlapping; the longest name wins
  // ("Bobo-Dioulasso" over "Bobo"). Nationality words are not mentions; the countries
  // they name are added to `demonym_countries` (place index of the country → count).
  // Linear in the number of tokens. `folded_words`, when given, are the folded words of
  // `analysed`'s tokens (the caller's TokenWords): the place keys are then read from them
  // instead of folding the text again; the mentions are the same.
  std::vector<PlaceMention> Recognize(std::string_view text, const AnalysedText& analysed,
                                      std::unordered_map<int32_t, int>* demonym_countries,
                                      const TokenWords* folded_words = nullptr) const;

  // A mention for each given span (byte offsets), with the same reading of its context,
  // whether or not Recognize would have found it (evaluation against gold spans).
  std::vector<PlaceMention> MentionsAt(std::string_view text, const AnalysedText& analysed,
                                       const std::vector<std::pair<uint32_t, uint32_t>>& spans) const;

 private:
  struct TokenKeys;
  void CountDemonyms(const NameLookup& lookup, std::unordered_map<int32_t, int>& countries) const;
  void ReadContext(std::string_view text, const AnalysedText& analysed, const TokenKeys& keys,
                   size_t first, size_t last, PlaceMention& mention) const;
  // The word token after token `j` that may continue a name (across a tight hyphen or
  // apostrophe, or an abbreviation's dot), or SIZE_MAX; `end` bounds the sentence.
  static size_t NextNameWord(std::string_view text, const std::vector<Token>& tokens, const TokenKeys& keys, size_t j,
                             size_t end);
  // The last token of the longest place name starting at token `i` (SIZE_MAX when none),
  // its lookup in `best`; `scratch` is a buffer. Lower-case nationality words met on the
  // way are counted into `demonym_countries` when given.
  size_t LongestName(std::string_view text, const std::vector<Token>& tokens, const TokenKeys& keys, size_t i,
                     size_t end, bool capitalised, std::string& scratch, NameLookup& best,
                     std::unordered_map<int32_t, int>* demonym_countries) const;

  const Gazetteer& gazetteer_;
  const PlaceLexicon& lexicon_;
  // First words of "lac Tchad"-like names and nationality words: the lower-case words worth
  // a lookup.
  std::unordered_set<std::string, StringHash, std::equal_to<>> lowercase_starts_;
  // A bit per (first two bytes, length) of those words: most lower-case words ("de", "the",
  // "attaque") are turned away here without hashing them.
  static size_t StartShape(std::string_view key) {
    const auto b0 = static_cast<unsigned char>(key[0]);
    const auto b1 = key.size() > 1 ? static_cast<unsigned char>(key[1]) : 0u;
    return ((b0 * 257u + b1) * 31u + key.size()) & ((1u << 16) - 1);
  }
  std::bitset<1 << 16> lowercase_start_shapes_;
};

}  // namespace vigie
