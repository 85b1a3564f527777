// The words around place names that the recogniser reads: cues ("près de", "north of"),
// the designators of administrative units ("région de", "county") and names that are
// never places on their own. Loaded from data/places/ at start-up.
#pragma once

#include <bitset>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"
#include "core/string_hash.h"
#include "places/place_data_files.h"

namespace vigie {

enum class PlaceCue : uint8_t {
  kNone,
  kAt,            // "à", "dans", "in": a place follows
  kSettlement,    // "le village de", "the town of": a village, town or camp follows, no
                  // country, administrative unit or region ("the villages of Saba")
  kNear,          // "près de", "near", "outskirts of": near the place (geo_precision 2)
  kDistance,      // "à 30 km de", "20 km from": near the place (geo_precision 2)
  kPersonBefore,  // "M.", "President", "général": a person's name follows
  kPersonAfter,   // "said", "a déclaré": what precedes is a person (or an institution)
  kStreetAfter,   // "Street", "Avenue", "Drive": what precedes names a street, not a place
  kPart,          // "Southern", "North", "Nord": capitalised, names a part of the place after it
};

// A cue phrase as a sequence of place-key words ("pres", "de").
struct CuePhrase {
  std::string language;  // "fr", "en" or "*"
  std::vector<std::string> words;
  PlaceCue cue = PlaceCue::kNone;
};

class PlaceLexicon {
 public:
  // Loads cues.tsv, designators.tsv and not_places.tsv under `places_dir`. Bad lines are
  // reported in `problems` (when given) and skipped; fails when a file is unreadable.
  static Result<PlaceLexicon> Load(const std::filesystem::path& places_dir,
                                   std::vector<DataProblem>* problems = nullptr);

  const std::vector<CuePhrase>& cues() const { return cues_; }
  const std::vector<Designator>& designators() const { return designators_; }
  // The place-key words of a designator of designators() ("commune rurale" → commune, rurale).
  const std::vector<std::string>& DesignatorWords(const Designator& designator) const {
    return designator_words_[static_cast<size_t>(&designator - designators_.data())];
  }
  // True when `key` (a place key) is listed as never a place on its own in `language`.
  bool IsNotPlace(std::string_view key, std::string_view language) const { return Listed(not_places_, key, language); }
  // True when `key` (one word's place key) is a part word in `language`: written
  // capitalised before a place name that it narrows ("Southern California", "Nord-Mali").
  bool IsPartWord(std::string_view key, std::string_view language) const {
    // Most capitalised words ("The", "Monday") fail on their first letter and length.
    const size_t shape = PartWordShape(key);
    return shape < part_word_shapes_.size() && part_word_shapes_[shape] && Listed(part_words_, key, language);
  }

  // Indexes into cues() / designators() of the entries a word can close or open, so that
  // the recogniser tries only those: the cues that come before a name (every kind but
  // person-after and street-after) and end in `word`; the cues that come after a name
  // (person-after, street-after) and start with `word`; the
  // designators placed before a name that end in `word`, and those after it that start so.
  std::span<const uint32_t> CuesEndingWith(std::string_view word) const { return Find(cues_ending_, word); }
  std::span<const uint32_t> CuesStartingWith(std::string_view word) const { return Find(cues_starting_, word); }
  std::span<const uint32_t> DesignatorsEndingWith(std::string_view word) const {
    return Find(designators_ending_, word);
  }
  std::span<const uint32_t> DesignatorsStartingWith(std::string_view word) const {
    return Find(designators_starting_, word);
  }

 private:
  std::vector<CuePhrase> cues_;
  std::vector<Designator> designators_;
  std::vector<std::vector<std::string>> designator_words_;
  // Keys and the languages ("fr", "en", "*") each is listed for. Hash tables: the
  // recogniser asks about every mention.
  using LanguagesByKey = std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>>;
  LanguagesByKey not_places_;
  LanguagesByKey part_words_;
  // (first letter a-z, length up to 15) of the part words, as a bit each.
  static size_t PartWordShape(std::string_view key) {
    if (key.empty() || key.size() > 15 || key[0] < 'a' || key[0] > 'z') return SIZE_MAX;
    return static_cast<size_t>(key[0] - 'a') * 16 + key.size();
  }
  std::bitset<26 * 16> part_word_shapes_;
  // True when `entries` list `key` for a language that applies to `language`.
  static bool Listed(const LanguagesByKey& entries, std::string_view key, std::string_view language);
  // A hash table: the recogniser asks it about the words around every mention.
  using WordIndex = std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>>;
  static std::span<const uint32_t> Find(const WordIndex& index, std::string_view word) {
    auto it = index.find(word);
    return it == index.end() ? std::span<const uint32_t>() : std::span<const uint32_t>(it->second);
  }
  WordIndex cues_ending_, cues_starting_, designators_ending_, designators_starting_;
};

// True when an entry for `entry_language` ("fr", "en", "*") applies to text in `language`
// (text of unknown language uses every entry).
inline bool LanguageApplies(std::string_view entry_language, std::string_view language) {
  return entry_language == "*" || (language != "fr" && language != "en") || entry_language == language;
}

}  // namespace vigie
