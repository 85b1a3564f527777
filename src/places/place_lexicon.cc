#include "places/place_lexicon.h"

#include <algorithm>

#include "places/place_key.h"

namespace vigie {

namespace {

std::vector<std::string> KeyWords(std::string_view phrase) {
  std::vector<std::string> words;
  const std::string key = PlaceKey(phrase);
  size_t start = 0;
  while (start < key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    words.push_back(key.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

bool ParseCue(std::string_view name, PlaceCue& cue) {
  if (name == "at") cue = PlaceCue::kAt;
  else if (name == "settlement")
    cue = PlaceCue::kSettlement;
  else if (name == "near") cue = PlaceCue::kNear;
  else if (name == "distance") cue = PlaceCue::kDistance;
  else if (name == "person-before") cue = PlaceCue::kPersonBefore;
  else if (name == "person-after") cue = PlaceCue::kPersonAfter;
  else if (name == "street-after") cue = PlaceCue::kStreetAfter;
  else if (name == "part")
    cue = PlaceCue::kPart;
  else return false;
  return true;
}

}  // namespace

Result<PlaceLexicon> PlaceLexicon::Load(const std::filesystem::path& places_dir,
                                        std::vector<DataProblem>* problems) {
  PlaceLexicon lexicon;
  const auto cues_path = places_dir / "cues.tsv";
  auto lines = ReadDataLines(cues_path, problems);
  if (!lines.ok()) return lines.status();
  for (const DataLine& line : lines.value()) {
    auto report = [&](std::string message) {
      if (problems) problems->push_back({cues_path.string(), line.number, std::move(message)});
    };
    if (line.fields.size() != 3) {
      report("expected LANG, PHRASE and KIND separated by tabs");
      continue;
    }
    CuePhrase phrase;
    phrase.language = line.fields[0];
    if (phrase.language != "fr" && phrase.language != "en" && phrase.language != "*") {
      report("LANG '" + phrase.language + "' must be fr, en or *");
      continue;
    }
    phrase.words = KeyWords(line.fields[1]);
    if (phrase.words.empty()) {
      report("PHRASE has no letters");
      continue;
    }
    if (!ParseCue(line.fields[2], phrase.cue)) {
      report("KIND '" + line.fields[2] +
             "' must be at, settlement, near, distance, person-before, person-after, street-after or part");
      continue;
    }
    if (phrase.cue == PlaceCue::kPart) {
      if (phrase.words.size() != 1) {
        report("a part word is one word");
        continue;
      }
      const size_t shape = PartWordShape(phrase.words.front());
      if (shape == SIZE_MAX) {
        report("a part word is one word of at most 15 letters, starting with a letter");
        continue;
      }
      lexicon.part_word_shapes_.set(shape);
      lexicon.part_words_[std::move(phrase.words.front())].push_back(std::move(phrase.language));
      continue;
    }
    lexicon.cues_.push_back(std::move(phrase));
  }
  // Longer phrases first, so that "dans la localité de" wins over "de".
  std::stable_sort(lexicon.cues_.begin(), lexicon.cues_.end(),
                   [](const CuePhrase& a, const CuePhrase& b) { return a.words.size() > b.words.size(); });

  auto designators = LoadDesignators(places_dir / "designators.tsv", problems);
  if (!designators.ok()) return designators.status();
  lexicon.designators_ = std::move(designators.value());
  for (const Designator& designator : lexicon.designators_) lexicon.designator_words_.push_back(KeyWords(designator.word));
  for (uint32_t i = 0; i < lexicon.cues_.size(); ++i) {
    const CuePhrase& cue = lexicon.cues_[i];
    if (cue.cue == PlaceCue::kPersonAfter || cue.cue == PlaceCue::kStreetAfter) {
      lexicon.cues_starting_[cue.words.front()].push_back(i);
    } else {
      lexicon.cues_ending_[cue.words.back()].push_back(i);
    }
  }
  for (uint32_t i = 0; i < lexicon.designators_.size(); ++i) {
    const auto& words = lexicon.designator_words_[i];
    if (lexicon.designators_[i].before) {
      lexicon.designators_ending_[words.back()].push_back(i);
    } else {
      lexicon.designators_starting_[words.front()].push_back(i);
    }
  }

  const auto not_places_path = places_dir / "not_places.tsv";
  auto not_lines = ReadDataLines(not_places_path, problems);
  if (!not_lines.ok()) return not_lines.status();
  for (const DataLine& line : not_lines.value()) {
    if (line.fields.size() != 2 || (line.fields[0] != "fr" && line.fields[0] != "en" && line.fields[0] != "*") ||
        PlaceKey(line.fields[1]).empty()) {
      if (problems) {
        problems->push_back({not_places_path.string(), line.number, "expected LANG (fr, en or *) and NAME separated by a tab"});
      }
      continue;
    }
    lexicon.not_places_[PlaceKey(line.fields[1])].push_back(line.fields[0]);
  }
  return lexicon;
}

bool PlaceLexicon::Listed(const LanguagesByKey& entries, std::string_view key, std::string_view language) {
  const auto it = entries.find(key);
  if (it == entries.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const std::string& listed_for) { return LanguageApplies(listed_for, language); });
}

}  // namespace vigie
