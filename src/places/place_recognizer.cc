#include "places/place_recognizer.h"

#include <algorithm>

#include "core/utf8.h"
#include "places/place_key.h"
#include "text/char_class.h"

namespace vigie {

namespace fmt = gazetteer_format;

namespace {

// Longest name the matcher tries, in words ("Sant Julià de Lòria" has four).
constexpr int kMaxNameWords = 8;

// Below this length the identified language is not trusted for choosing cues.
constexpr size_t kReliableLanguageBytes = 400;

// (Views, not C strings: compared without a strlen each.)
constexpr std::string_view kLinkWords[] = {"de", "du", "des", "d", "la", "l", "of", "the"};

bool IsLinkWord(std::string_view key) {
  for (const std::string_view link : kLinkWords) {
    if (key == link) return true;
  }
  return false;
}

// Asked of every word of every sentence: an ASCII first letter, most of them, is answered
// before any decoding (IsUpper's own answer for it).
inline bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  const auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  size_t pos = 0;
  return IsUpper(DecodeUtf8(word, pos));
}

bool IsConnector(std::string_view punct) {
  return punct == "-" || punct == "'" || punct == "\xE2\x80\x99" || punct == "\xE2\x80\x90" ||
         punct == "\xE2\x80\x91";
}

}  // namespace

// The place key of every word token, computed once per text. Most folded words (letters
// and digits only) are their own key and are viewed where TokenWords holds them; the others'
// keys are made in one buffer.
struct PlaceRecognizer::TokenKeys {
  std::string buffer;
  std::vector<std::string_view> keys;  // per token; empty for punctuation

  // From the folded words when given (they are the tokens' FoldKey), else from the text.
  TokenKeys(std::string_view text, const std::vector<Token>& tokens, const TokenWords* words) : keys(tokens.size()) {
    // The keys made in `buffer`, as offsets until it no longer grows (few tokens: most are
    // their folded word, viewed where it lies).
    struct Made {
      uint32_t token, begin, end;
    };
    std::vector<Made> made;
    buffer.reserve(text.size());
    for (size_t t = 0; t < tokens.size(); ++t) {
      const Token& token = tokens[t];
      if (token.kind == TokenKind::kPunctuation) continue;  // no key
      const auto begin = static_cast<uint32_t>(buffer.size());
      if (words) {
        const std::string_view word = words->Word(t);
        if (words->IsAsciiAlnum(t) || IsPlaceKeyOfItself(word)) {
          keys[t] = word;
          continue;
        }
        AppendPlaceKeyOfFolded(word, buffer);
      } else {
        AppendPlaceKey(token.In(text), buffer);
      }
      made.push_back({static_cast<uint32_t>(t), begin, static_cast<uint32_t>(buffer.size())});
    }
    for (const Made& m : made) keys[m.token] = std::string_view(buffer.data() + m.begin, m.end - m.begin);
  }
  std::string_view Key(size_t token) const { return keys[token]; }
};

PlaceRecognizer::PlaceRecognizer(const Gazetteer& gazetteer, const PlaceLexicon& lexicon)
    : gazetteer_(gazetteer), lexicon_(lexicon) {
  for (std::string& start : gazetteer.LowercaseNameStarts()) {
    if (start.empty()) continue;
    lowercase_start_shapes_.set(StartShape(start));
    lowercase_starts_.insert(std::move(start));
  }
}

void PlaceRecognizer::CountDemonyms(const NameLookup& lookup, std::unordered_map<int32_t, int>& countries) const {
  for (uint32_t posting : lookup.postings) {
    if ((posting & fmt::kMatchMask) == fmt::kMatchDemonym) ++countries[static_cast<int32_t>(posting >> fmt::kMatchBits)];
  }
}

void PlaceRecognizer::ReadContext(std::string_view text, const AnalysedText& analysed, const TokenKeys& keys,
                                  size_t first, size_t last, PlaceMention& mention) const {
  const auto& tokens = analysed.tokens;
  // Language identification is unreliable on a sentence or two: read both languages' cues.
  const std::string_view language = text.size() < kReliableLanguageBytes ? std::string_view() : analysed.language;
  // The sentence holding the mention.
  auto sentence = std::upper_bound(analysed.sentences.begin(), analysed.sentences.end(), first,
                                   [](size_t token, const Sentence& s) { return token < s.first_token; });
  size_t sentence_first = 0;
  size_t sentence_end = tokens.size();
  if (sentence != analysed.sentences.begin()) {
    --sentence;
    sentence_first = sentence->first_token;
    sentence_end = sentence->first_token + sentence->token_count;
    mention.sentence = static_cast<uint32_t>(sentence - analysed.sentences.begin());
  }
  // First word of the sentence, allowing an opening quote or dash before it.
  size_t word_before = first;
  while (word_before > sentence_first && tokens[word_before - 1].kind == TokenKind::kPunctuation) --word_before;
  mention.sentence_start = word_before == sentence_first;
  mention.capitalised = StartsUpper(tokens[first].In(text));
  mention.single_word = first == last;
  if (mention.single_word) {
    const std::string_view word = tokens[first].In(text);
    mention.acronym = word.size() >= 2 && word.size() <= 4 &&
                      std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // Does `phrase` end right before token `end_token` (exclusive), word for word?
  // Every phrase asked about was found in an index under its last word, looked up with the
  // key of the word right before `end_token`: when that key is not empty (a word stands
  // there), the phrase's last word is known to match and is not compared again.
  auto phrase_before = [&](const std::vector<std::string>& phrase, size_t end_token, bool last_word_matched) {
    size_t t = end_token;
    size_t w = phrase.size();
    if (last_word_matched && w > 0) {
      --w;
      --t;
    }
    while (w-- > 0) {
      while (t > sentence_first && tokens[t - 1].kind == TokenKind::kPunctuation &&
             IsConnector(tokens[t - 1].In(text)) && w + 1 < phrase.size()) {
        --t;  // "près d'" / "north-east of": connectors inside the phrase
      }
      if (t == sentence_first || tokens[t - 1].kind == TokenKind::kPunctuation) return false;
      if (keys.Key(t - 1) != phrase[w]) return false;
      --t;
    }
    return true;
  };
  // The key of the word just before token `t`, or "" when punctuation or the sentence's
  // start comes first.
  auto word_before_token = [&](size_t t) {
    return t > sentence_first && tokens[t - 1].kind != TokenKind::kPunctuation ? keys.Key(t - 1) : std::string_view();
  };
  const std::vector<CuePhrase>& cues = lexicon_.cues();
  const std::string_view before_first = word_before_token(first);
  for (uint32_t index : lexicon_.CuesEndingWith(before_first)) {
    const CuePhrase& cue = cues[index];
    if (cue.cue == PlaceCue::kPersonBefore || !LanguageApplies(cue.language, language)) continue;
    if (phrase_before(cue.words, first, !before_first.empty())) {
      mention.cue = cue.cue;
      mention.strong_cue = cue.cue != PlaceCue::kAt || cue.words.size() > 1;
      break;
    }
  }
  // A title before the capitalised words that end in the mention: a person's name.
  size_t name_start = first;
  while (name_start > sentence_first && name_start + 3 > first &&
         tokens[name_start - 1].kind == TokenKind::kWord && StartsUpper(tokens[name_start - 1].In(text))) {
    --name_start;
  }
  // "M. Bamba", "Gen. Henry": the abbreviation dot may sit between title and name.
  size_t title_end = name_start;
  if (title_end > sentence_first && tokens[title_end - 1].In(text) == ".") --title_end;
  const std::string_view before_title = word_before_token(title_end);
  for (uint32_t index : lexicon_.CuesEndingWith(before_title)) {
    const CuePhrase& cue = cues[index];
    if (cue.cue != PlaceCue::kPersonBefore || !LanguageApplies(cue.language, language)) continue;
    if (phrase_before(cue.words, title_end, !before_title.empty())) {
      mention.person_context = true;
      break;
    }
  }
  // A verb of speech right after ("Bamba said"; not after a comma: "Djibo, said ..."), or
  // a street's designation ("Pine Street").
  const bool word_follows = last + 1 < sentence_end && tokens[last + 1].kind != TokenKind::kPunctuation;
  for (uint32_t index : word_follows ? lexicon_.CuesStartingWith(keys.Key(last + 1)) : std::span<const uint32_t>()) {
    const CuePhrase& cue = cues[index];
    if (!LanguageApplies(cue.language, language)) continue;
    size_t t = last + 1;
    bool match = true;
    for (const std::string& word : cue.words) {
      if (t >= sentence_end || keys.Key(t) != word) {
        match = false;
        break;
      }
      ++t;
    }
    if (!match) continue;
    if (cue.cue == PlaceCue::kStreetAfter) {
      // A street's designation is part of its name, capitalised ("Pine Road"); in lower case
      // it is a road named for where it leads ("the Ansongo road").
      if (StartsUpper(tokens[last + 1].In(text))) mention.street = true;
    } else if (mention.cue == PlaceCue::kNone) {
      // (Not after a locative word: "a transporter in Kayes said" speaks of a place.)
      mention.person_context = true;
    }
  }
  // Part of a longer capitalised name: "Chiquita Raquel Henry", "Henry Street".
  const bool before_is_name = first > sentence_first && !mention.sentence_start &&
                              tokens[first - 1].kind == TokenKind::kWord && tokens[first - 1].end < tokens[first].start &&
                              StartsUpper(tokens[first - 1].In(text)) && name_start < first &&
                              !(name_start == sentence_first && first - name_start == 1);
  const bool after_is_name = last + 1 < sentence_end && tokens[last + 1].kind == TokenKind::kWord &&
                             StartsUpper(tokens[last + 1].In(text));
  mention.in_longer_name = before_is_name || after_is_name;

  // A designator before ("région de", "province du") or after ("region", "County").
  size_t before_links = first;  // skipping up to two linking words: "de la", "of the", "du"
  for (int links = 0; links < 2 && before_links > sentence_first && tokens[before_links - 1].kind == TokenKind::kWord &&
                      IsLinkWord(keys.Key(before_links - 1));
       ++links) {
    --before_links;
  }
  std::vector<uint32_t> designator_candidates;
  const std::string_view before_designator = word_before_token(before_links);
  for (uint32_t index : lexicon_.DesignatorsEndingWith(before_designator)) designator_candidates.push_back(index);
  if (word_follows) {
    for (uint32_t index : lexicon_.DesignatorsStartingWith(keys.Key(last + 1))) designator_candidates.push_back(index);
  }
  for (uint32_t index : designator_candidates) {
    const Designator& designator = lexicon_.designators()[index];
    if (!LanguageApplies(designator.language, language)) continue;
    const std::vector<std::string>& words = lexicon_.DesignatorWords(designator);
    bool match = false;
    if (designator.before) {
      match = phrase_before(words, before_links, !before_designator.empty());
    } else {
      size_t t = last + 1;
      match = true;
      for (const std::string& word : words) {
        if (t >= sentence_end || keys.Key(t) != word) {
          match = false;
          break;
        }
        ++t;
      }
    }
    if (!match) continue;
    for (const std::string& level : designator.levels) {
      if (level == "ADM1") mention.unit_levels |= kLevelAdm1;
      if (level == "ADM2") mention.unit_levels |= kLevelAdm2;
      if (level == "ADM3") mention.unit_levels |= kLevelAdm3;
      if (level == "PPL") mention.unit_levels |= kLevelPlace;
    }
    if (mention.designator == nullptr) mention.designator = &designator;
  }
  if (mention.unit_levels != 0) mention.in_longer_name = false;  // "Rapides Parish"
}

size_t PlaceRecognizer::NextNameWord(std::string_view text, const std::vector<Token>& tokens, const TokenKeys& keys,
                                     size_t j, size_t end) {
  size_t k = j + 1;
  if (k < end && tokens[k].kind == TokenKind::kPunctuation) {
    const std::string_view punct = tokens[k].In(text);
    const bool tight = IsConnector(punct) && tokens[k].start == tokens[j].end;
    const bool abbreviation_dot = punct == "." && tokens[j].end - tokens[j].start <= 3;
    if (!tight && !abbreviation_dot) return SIZE_MAX;
    ++k;
  }
  if (k >= end || tokens[k].kind == TokenKind::kPunctuation || keys.Key(k).empty()) return SIZE_MAX;
  return k;
}

size_t PlaceRecognizer::LongestName(std::string_view text, const std::vector<Token>& tokens, const TokenKeys& keys,
                                    size_t i, size_t end, bool capitalised, std::string& scratch, NameLookup& best,
                                    std::unordered_map<int32_t, int>* demonym_countries) const {
  scratch.assign(keys.Key(i));
  size_t j = i;
  int words = 1;
  size_t best_last = SIZE_MAX;
  // Every later word of a capitalised name is capitalised too, but for short linking
  // words: "Nioro du Sahel", not "Les attaques" (a village in France).
  bool later_words_capitalised = true;
  while (true) {
    NameLookup lookup = gazetteer_.Find(scratch);
    if (lookup.flags == 0) break;
    // A nationality word in lower case ("maliens", "l'armée nigérienne") is context only.
    if (words == 1 && !capitalised && (lookup.flags & fmt::kHasDemonym) != 0 && demonym_countries) {
      CountDemonyms(lookup, *demonym_countries);
    }
    const bool lowercase_ok = words > 1 && (lookup.flags & fmt::kLowercaseOk) != 0;
    if (lookup.names_places() && ((capitalised && later_words_capitalised) || lowercase_ok)) {
      best_last = j;
      best = lookup;
    }
    if (!lookup.is_prefix() || words == kMaxNameWords) break;
    // The next word, across a hyphen or apostrophe written tight ("Tongo-Tongo",
    // "N'Gourma") or an abbreviation dot ("St. Louis").
    const size_t k = NextNameWord(text, tokens, keys, j, end);
    if (k == SIZE_MAX) break;
    scratch.push_back(' ');
    scratch.append(keys.Key(k));
    if (!StartsUpper(tokens[k].In(text)) && keys.Key(k).size() > 3) later_words_capitalised = false;
    j = k;
    ++words;
  }
  return best_last;
}

namespace {

// A name read as a person's somewhere in the text (after a title, before a verb of speech)
// is that person again where it stands bare: "President Ibrahim Boubacar Keita said ...
// protesters want Keita to step down" (Keïta is a town in Niger). Not where a cue or a
// designator says place ("à Keïta", "the department of Keita").
void MarkPersonsNamedAgain(std::vector<PlaceMention>& mentions) {
  std::vector<std::string_view> persons;
  for (const PlaceMention& m : mentions) {
    if (m.person_context && m.single_word) persons.push_back(m.key);
  }
  if (persons.empty()) return;
  for (PlaceMention& m : mentions) {
    if (!m.person_context && m.single_word && m.cue == PlaceCue::kNone && m.unit_levels == 0 && !m.part &&
        std::find(persons.begin(), persons.end(), m.key) != persons.end()) {
      m.person_context = true;
    }
  }
}

}  // namespace

std::vector<PlaceMention> PlaceRecognizer::Recognize(std::string_view text, const AnalysedText& analysed,
                                                     std::unordered_map<int32_t, int>* demonym_countries,
                                                     const TokenWords* folded_words) const {
  std::vector<PlaceMention> mentions;
  const auto& tokens = analysed.tokens;
  if (tokens.empty()) return mentions;
  TokenKeys keys(text, tokens, folded_words);
  const std::string_view lexicon_language =
      text.size() < kReliableLanguageBytes ? std::string_view() : std::string_view(analysed.language);
  std::string scratch;
  for (const Sentence& sentence : analysed.sentences) {
    const size_t end = sentence.first_token + sentence.token_count;
    for (size_t i = sentence.first_token; i < end; ++i) {
      if (tokens[i].kind != TokenKind::kWord) continue;
      const std::string_view first_key = keys.Key(i);
      if (first_key.empty()) continue;
      const bool capitalised = StartsUpper(tokens[i].In(text));
      if (!capitalised && (!lowercase_start_shapes_[StartShape(first_key)] || !lowercase_starts_.contains(first_key))) {
        continue;
      }
      NameLookup best;
      size_t best_last = LongestName(text, tokens, keys, i, end, capitalised, scratch, best, demonym_countries);
      // A part word before a name ("Southern California", "Nord-Mali", "North London"): one
      // mention of the place, unless both together are a name of their own ("South Sudan",
      // "Nord-Kivu", found above as the longer name) or the place is a nationality word.
      size_t name_first = i;
      if (capitalised && (best_last == SIZE_MAX || best_last == i) &&
          lexicon_.IsPartWord(first_key, lexicon_language)) {
        const size_t k = NextNameWord(text, tokens, keys, i, end);
        if (k != SIZE_MAX && StartsUpper(tokens[k].In(text))) {
          NameLookup inner;
          const size_t inner_last = LongestName(text, tokens, keys, k, end, true, scratch, inner, nullptr);
          if (inner_last != SIZE_MAX && (inner.flags & fmt::kHasDemonym) == 0) {
            best = inner;
            best_last = inner_last;
            name_first = k;
          }
        }
      }
      if (best_last == SIZE_MAX) continue;
      // Nationality words give context, never a mention ("Malian" is also a town in China).
      if ((best.flags & fmt::kHasDemonym) != 0) {
        if (demonym_countries) CountDemonyms(best, *demonym_countries);
        i = best_last;
        continue;
      }
      const bool any_place = std::any_of(best.postings.begin(), best.postings.end(), [](uint32_t posting) {
        return (posting & fmt::kMatchMask) != fmt::kMatchDemonym;
      });
      if (!any_place) {
        i = best_last;
        continue;
      }
      PlaceMention mention;
      mention.start = tokens[i].start;
      mention.end = tokens[best_last].end;
      mention.lookup = best;
      mention.part = name_first != i;
      for (size_t t = name_first; t <= best_last; ++t) {
        if (keys.Key(t).empty()) continue;
        if (!mention.key.empty()) mention.key.push_back(' ');
        mention.key.append(keys.Key(t));
      }
      ReadContext(text, analysed, keys, i, best_last, mention);
      mention.listed_not_place = mention.single_word && lexicon_.IsNotPlace(mention.key, lexicon_language);
      if (mention.listed_not_place && mention.unit_levels == 0) {
        i = best_last;
        continue;
      }
      mentions.push_back(std::move(mention));
      i = best_last;
    }
  }
  MarkPersonsNamedAgain(mentions);
  return mentions;
}

std::vector<PlaceMention> PlaceRecognizer::MentionsAt(std::string_view text, const AnalysedText& analysed,
                                                      const std::vector<std::pair<uint32_t, uint32_t>>& spans) const {
  const auto& tokens = analysed.tokens;
  const TokenKeys keys(text, tokens, nullptr);  // once for every span
  std::vector<PlaceMention> mentions;
  mentions.reserve(spans.size());
  for (const auto& [start, end] : spans) {
    PlaceMention& mention = mentions.emplace_back();
    mention.start = start;
    mention.end = end;
    if (start < end && end <= text.size()) mention.key = PlaceKey(text.substr(start, end - start));
    mention.lookup = gazetteer_.Find(mention.key);
    // "Southern California": the place after the part word, when the whole is no name.
    const size_t space = mention.key.find(' ');
    if (!mention.lookup.names_places() && space != std::string::npos &&
        lexicon_.IsPartWord(std::string_view(mention.key).substr(0, space), "")) {
      NameLookup inner = gazetteer_.Find(std::string_view(mention.key).substr(space + 1));
      if (inner.names_places()) {
        mention.key.erase(0, space + 1);
        mention.lookup = std::move(inner);
        mention.part = true;
      }
    }
    mention.single_word = mention.key.find(' ') == std::string::npos;
    // The tokens the span covers.
    auto first = std::lower_bound(tokens.begin(), tokens.end(), start,
                                  [](const Token& t, uint32_t offset) { return t.end <= offset; });
    if (first == tokens.end()) continue;
    auto last = first;
    while (last + 1 != tokens.end() && (last + 1)->start < end) ++last;
    ReadContext(text, analysed, keys, static_cast<size_t>(first - tokens.begin()),
                static_cast<size_t>(last - tokens.begin()), mention);
  }
  return mentions;
}

}  // namespace vigie
