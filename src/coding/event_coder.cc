#include "coding/event_coder.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <span>

#include "coding/civil_calendar.h"
#include "coding/event_frame.h"
#include "coding/event_merger.h"
#include "coding/record_builder.h"
#include "core/ascii.h"
#include "core/utf8.h"
#include "text/char_class.h"
#include "text/phrase_matcher_set.h"

namespace vigie {

namespace fmt = gazetteer_format;

namespace {
// The lexicons of EventCoder::State::sentence_lexicons.
enum SentenceLexicon : size_t { kNames, kRoles, kGeneric, kModality, kCasualties, kTriggers, kRelativeDates,
                              kSentenceLexicons };
// The date resolver asks about relative-date phrases at any token, not only where the last
// match ended: those are collected at every token where one starts.
std::vector<PhraseMatcherSet::Collect> SentenceLexiconModes() {
  std::vector<PhraseMatcherSet::Collect> modes(kSentenceLexicons, PhraseMatcherSet::Collect::kNonOverlapping);
  modes[kRelativeDates] = PhraseMatcherSet::Collect::kEveryStart;
  return modes;
}
}  // namespace

struct EventCoder::State {
  TextAnalyzer analyzer;
  DateParser date_names;
  EventLexicon lexicon;
  ActorDictionary actors;
  Geoparser geoparser;
  QuantityParser quantities;
  DateResolver dates;
  RecordBuilder records;
  // The lexicons every sentence is scanned for, in one pass (SentenceLexicon's order).
  PhraseMatcherSet sentence_lexicons;

  State(TextAnalyzer a, DateParser d, EventLexicon l, ActorDictionary ac, Geoparser g, AcledCountries countries)
      : analyzer(std::move(a)),
        date_names(std::move(d)),
        lexicon(std::move(l)),
        actors(std::move(ac)),
        geoparser(std::move(g)),
        quantities(lexicon.numbers),
        dates(date_names, lexicon.relative_dates),
        records(actors, geoparser.gazetteer(), std::move(countries)),
        sentence_lexicons(
            {&actors.names(), &lexicon.roles.matcher, &actors.generic().matcher, &lexicon.modality.matcher,
             &lexicon.casualties.matcher, &lexicon.triggers.matcher, &lexicon.relative_dates.matcher},
            SentenceLexiconModes()) {}
};

Result<EventCoder> EventCoder::Load(const std::filesystem::path& data_dir, Gazetteer gazetteer,
                                    std::vector<DataProblem>* problems) {
  auto analyzer = TextAnalyzer::Load(data_dir);
  if (!analyzer.ok()) return analyzer.status();
  auto date_names = DateParser::Load(data_dir / "lexicon" / "dates.tsv", problems);
  if (!date_names.ok()) return date_names.status();
  auto lexicon = EventLexicon::Load(data_dir / "lexicon", problems);
  if (!lexicon.ok()) return lexicon.status();
  auto actors = ActorDictionary::Load(data_dir / "actors", problems);
  if (!actors.ok()) return actors.status();
  auto countries = AcledCountries::Load(data_dir / "places" / "acled_countries.tsv", problems);
  if (!countries.ok()) return countries.status();
  auto geoparser = Geoparser::Load(data_dir, std::move(gazetteer));
  if (!geoparser.ok()) return geoparser.status();
  return EventCoder(std::make_shared<const State>(std::move(analyzer).value(), std::move(date_names).value(),
                                                  std::move(lexicon).value(), std::move(actors).value(),
                                                  std::move(geoparser).value(), std::move(countries).value()));
}

namespace {

// "de", "du", "des", "d'", "of" (folded): the preposition of a noun's complement ("les
// ex-rebelles de la CMA", "fighters of the CMA").
bool IsOfWord(std::string_view word) {
  return word == "de" || word == "du" || word == "des" || word == "d'" || word == "of";
}

// The words that join a description to the name it belongs to ("combattants de Boko Haram",
// "militants of the Islamic State"), folded.
bool IsLinkWord(std::string_view word) { return IsOfWord(word) || word == "l'" || word == "la" || word == "the"; }

// "un", "une", "a", "an" (folded): an indefinite article, which the number parser reads as one.
bool IsIndefiniteArticle(std::string_view word) { return word == "un" || word == "une" || word == "a" || word == "an"; }

// An article or a demonstrative that opens a noun phrase (folded): "l'", "le", "la", "les", "un",
// "une", "cette", "ces", "the", "a", "an".
bool IsDeterminer(std::string_view word) {
  return IsIndefiniteArticle(word) || word == "l'" || word == "le" || word == "la" || word == "les" ||
         word == "cette" || word == "ces" || word == "the";
}

// "qui", "who", "which", "that": the words that open a relative clause after a noun.
bool IsRelativePronoun(std::string_view word) {
  return word == "qui" || word == "who" || word == "which" || word == "that";
}

// A present participle that opens a clause on a noun ("travelling", "voyageant"), not a
// preposition with the same ending ("during", "pendant", "durant", "avant", "devant").
bool IsClauseParticiple(std::string_view word, std::string_view language) {
  if (word.size() < 6) return false;
  if (language == "en") return word.ends_with("ing") && word != "during";
  return word.ends_with("ant") && word != "pendant" && word != "durant" && word != "devant" && word != "cependant";
}

// "été", "was", "were", "been" (folded): the auxiliary of a passive verb.
bool IsPassiveAuxiliary(std::string_view word) {
  return word == "ete" || word == "was" || word == "were" || word == "been";
}

// "et", "and": the word that joins two counts of victims.
bool IsAndWord(std::string_view word) { return word == "et" || word == "and"; }

// Whether tokens `k` and `k + 1` are an apostrophe and "s": a possessive ("Sunday's",
// "Burkina Faso's").
bool PossessiveAt(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  if (k + 1 >= tokens.size() || tokens[k].kind != TokenKind::kPunctuation || tokens[k + 1].In(text) != "s")
    return false;
  size_t at = tokens[k].start;
  return IsApostrophe(DecodeUtf8(text, at));
}

// Whether the country mentioned at [start, end) is named for its capital: "Burkina Faso's
// capital", "la capitale du Mali", "the capital of Niger" (no case).
bool NamesTheCapital(std::string_view text, uint32_t start, uint32_t end) {
  const std::string_view after = text.substr(end, 14);
  const std::string_view before = text.substr(0, start);
  auto starts = [&](std::string_view lead) {
    return after.size() >= lead.size() && AsciiEqualsNoCase(after.substr(0, lead.size()), lead);
  };
  auto ends = [&](std::string_view lead) {
    return before.size() >= lead.size() && AsciiEqualsNoCase(before.substr(before.size() - lead.size()), lead);
  };
  if (starts("'s capital") || starts("\xE2\x80\x99s capital")) return true;
  for (const std::string_view lead : {"capitale du ", "capitale de la ", "capitale de l'", "capitale de l\xE2\x80\x99",
                                      "capitale de ", "capital of "}) {
    if (ends(lead)) return true;
  }
  return false;
}

// "et", "and", "ou", "or": the words that join two names of a list.
bool IsJoinWord(std::string_view word) { return IsAndWord(word) || word == "ou" || word == "or"; }

// "à" (folded "a"), "to", "with": the preposition a second parent repeats ("liés à X et à Y").
bool IsParentPreposition(std::string_view word) {
  return word == "a" || word == "au" || word == "aux" || word == "to" || word == "with";
}

// "selon", "according", "d'" ("d'après"): the first word of a report cue that introduces its
// source, not a speaker's verb.
bool IntroducesSource(std::string_view word) { return word == "selon" || word == "according" || word == "d'"; }

// "a", "ont": the French auxiliary that opens a verb in the passé composé ("ont attaqué").
bool IsAuxiliary(std::string_view word, std::string_view language) {
  return language == "fr" && (word == "a" || word == "ont");
}

// The end of a singular noun phrase that a definite article or a possessive opens at token `at`
// ("the deputy mayor of ...", "le chef", "l'imam", "son gardien"), or `at` when there is none:
// French "le", "la", "l'", "son", "sa"; English "the", "his", "her" and up to four words, the last before a link word
// ("of", "du"), a word that begins no object (adjuncts.tsv: "in", "near", "dans") or punctuation not ending in "s". A
// phrase followed by "and" ("the mayor and his driver") is none: more than one.
uint32_t SingularObjectEnd(const TokenWords& words, const std::vector<Token>& tokens, uint32_t at, size_t end,
                           const Lexicon<AdjunctEntry>& adjuncts, std::string_view language) {
  const std::string_view article = words.Word(at);
  // (Or a possessive: "ont abattu son gardien", "killed his driver".)
  const bool french = article == "le" || article == "la" || article == "l'" || article == "son" || article == "sa";
  if (!french && article != "the" && article != "his" && article != "her") return at;
  uint32_t k = at + 1;
  std::string_view last;
  for (; k < end && k < at + 6 && tokens[k].kind == TokenKind::kWord; ++k) {
    const std::string_view w = words.Word(k);
    const auto adjunct = adjuncts.matcher.MatchAt(words, k, end);
    if (IsLinkWord(w) || IsAndWord(w) ||
        (adjunct && EntryApplies(adjuncts.entries[adjunct->entry].language, language))) {
      break;
    }
    last = w;
  }
  if (last.empty() || (k < end && IsAndWord(words.Word(k)))) return at;
  if (!french && last.size() > 2 && last.back() == 's' && last[last.size() - 2] != 's') return at;
  return k;
}

// The tokens in [from, to) outside round brackets: an aside in brackets ("2 MAA fighters
// (members of the CMA) were killed") does not part a figure from its count word. With
// `links_of`, the link words of a complement do not count either: "un défenseur irlandais de
// la faune a été tué", "5 members of the security forces were killed" keep the figure as near
// its verb as "un défenseur irlandais".
size_t TokensOutsideBrackets(std::string_view text, const std::vector<Token>& tokens, size_t from, size_t to,
                             const TokenWords* links_of = nullptr) {
  size_t count = 0;
  int depth = 0;
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    const std::string_view p = tokens[k].In(text);
    if (p == "(") {
      ++depth;
    } else if (p == ")" && depth > 0) {
      --depth;
    } else if (depth == 0 && p != "." &&  // (the periods of "U.N." are no words)
               !(links_of && IsLinkWord(links_of->Word(static_cast<uint32_t>(k))))) {
      ++count;
    }
  }
  return depth == 0 ? count : to - from;
}

// True when token `at` lies in round brackets that close before token `to`: a figure in an
// aside ("3 gendarmes (dont un officier) ont été tués") is not the count before `to`.
bool InAsideClosedBefore(std::string_view text, const std::vector<Token>& tokens, size_t at, size_t to) {
  int depth = 0;
  for (size_t k = at; k < to && k < tokens.size(); ++k) {
    const std::string_view p = tokens[k].In(text);
    if (p == "(") ++depth;
    if (p == ")" && --depth < 0) return true;
  }
  return false;
}

// True when a comma, semicolon or colon lies in tokens [from, to): the two ends are in
// different clauses. With `commas` false, only a semicolon or a colon parts them (a list
// runs over its commas).
bool ClauseBreakBetween(std::string_view text, const std::vector<Token>& tokens, size_t from, size_t to,
                        bool commas = true) {
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    const std::string_view p = tokens[k].In(text);
    if (tokens[k].kind == TokenKind::kPunctuation && ((commas && p == ",") || p == ";" || p == ":")) return true;
  }
  return false;
}

// True when tokens [from, to) hold a new clause: a semicolon or a colon, or a comma not
// followed by a relative pronoun ("the Inata attack, which killed 53" is one clause).
bool NewClauseBetween(std::string_view text, const std::vector<Token>& tokens, const TokenWords& words, size_t from,
                      size_t to) {
  for (size_t k = from; k < to && k < tokens.size(); ++k) {
    const std::string_view p = tokens[k].In(text);
    if (tokens[k].kind != TokenKind::kPunctuation || (p != "," && p != ";" && p != ":")) continue;
    if (p != "," || k + 1 >= to) return true;
    const std::string_view next = words.Word(static_cast<uint32_t>(k + 1));
    if (next != "which" && next != "who" && next != "where" && next != "qui" && next != "dont" && next != "ou") {
      return true;
    }
  }
  return false;
}

// Whether a conjunction that opens a subordinate clause ("when", "lorsque", "après que", "and that")
// stands in tokens [from, to).
bool SubordinateBetween(const TokenWords& words, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    const std::string_view w = words.Word(k);
    if (w == "when" || w == "while" || w == "lorsque" || w == "lorsqu'" || w == "quand" || w == "tandis" ||
        ((w == "apres" || w == "alors") && k + 1 < to && words.Word(k + 1) == "que") ||
        // "were killed and that 28 assailants died", "ont été tués et que 28 assaillants"
        ((w == "that" || w == "que" || w == "qu'") && k > from &&
         (words.Word(k - 1) == "and" || words.Word(k - 1) == "et"))) {
      return true;
    }
  }
  return false;
}

// The first token of an incident's first trigger.
uint32_t IncidentStart(const EventParts& incident) {
  uint32_t start = UINT32_MAX;
  for (const EventFrame* frame : incident.frames) start = std::min(start, frame->trigger_first);
  return start;
}

// Whether `date` is the date a frame of another incident gave.
bool DatesAnotherIncident(const std::vector<EventParts>& incidents, const EventParts& incident,
                          const TemporalMention& date) {
  return std::any_of(incidents.begin(), incidents.end(), [&](const EventParts& other) {
    return &other != &incident && std::any_of(other.frames.begin(), other.frames.end(), [&](const EventFrame* f) {
      return f->date && f->date->first_token == date.first_token;
    });
  });
}

// Whether an actor mention shares a token with the span [first, end): a trigger that names
// people ("kamikazes", "gunmen") rather than what they did.
bool SpanHoldsActor(const std::vector<ActorMention>& actors, uint32_t first, uint32_t end) {
  return std::any_of(actors.begin(), actors.end(),
                     [&](const ActorMention& a) { return a.first_token < end && first < a.end_token; });
}

}  // namespace

CodedDocument EventCoder::Code(const ExtractedArticle& article, const CodingOptions& options) const {
  const State& s = *state_;
  CodedDocument coded;
  const std::string& text = article.text;
  if (text.find_first_not_of(" \n\t") == std::string::npos) {
    coded.notes.push_back("skipped: the document has no text");
    return coded;
  }
  const std::string language = article.language;
  if (language != "fr" && language != "en") {
    coded.notes.push_back("skipped: language '" + language + "' is not coded (French and English are)");
    return coded;
  }
  std::optional<CivilDate> published;
  if (article.published.size() >= 10) {
    const std::string_view p(article.published);
    CivilDate date{std::atoi(std::string(p.substr(0, 4)).c_str()), std::atoi(std::string(p.substr(5, 2)).c_str()),
                   std::atoi(std::string(p.substr(8, 2)).c_str())};
    if (IsValidDate(date.year, date.month, date.day)) published = date;
  }
  if (!published) published = options.default_published;

  const AnalysedText analysed = s.analyzer.Analyse(text, language);
  const TokenWords words(text, analysed.tokens);
  const auto& tokens = analysed.tokens;
  // Names of armed groups hold place names ("Katiba Macina", "Front de libération du
  // Macina"): they are actors, not places.
  std::vector<std::pair<uint32_t, uint32_t>> actor_spans;
  // The non-state armed groups the report names, in order, for incidents whose doer a
  // sentence leaves unnamed ("des hommes armés ont attaqué... L'attaque a été attribuée au JNIM").
  std::vector<ActorMention> named_groups;
  // The phrases of every lexicon in every sentence, found in one pass for both passes below:
  // lexicon k's matches in sentence si are phrases[k][phrases_from[si][k], phrases_from[si + 1][k]).
  std::vector<std::vector<PhraseMatch>> phrases(kSentenceLexicons);
  std::vector<std::array<uint32_t, kSentenceLexicons>> phrases_from(analysed.sentences.size() + 1);
  for (size_t si = 0; si <= analysed.sentences.size(); ++si) {
    for (size_t k = 0; k < kSentenceLexicons; ++k) phrases_from[si][k] = static_cast<uint32_t>(phrases[k].size());
    if (si == analysed.sentences.size()) break;
    const Sentence& sentence = analysed.sentences[si];
    s.sentence_lexicons.FindAll(words, sentence.first_token, sentence.first_token + sentence.token_count, phrases);
  }
  auto matches = [&](size_t si, SentenceLexicon k) {
    const uint32_t first = phrases_from[si][k];
    return std::span<const PhraseMatch>(phrases[k]).subspan(first, phrases_from[si + 1][k] - first);
  };
  std::vector<std::string> actor_countries;
  std::vector<uint32_t> national_actors;
  std::vector<std::pair<uint32_t, uint32_t>> affiliations;  // one buffer for every sentence
  std::vector<uint32_t> holder_ends;
  std::vector<uint32_t> source_ends;  // ends of "selon", "according to" in the sentence
  for (size_t si = 0; si < analysed.sentences.size(); ++si) {
    // "JNIM, affilié à al-Qaïda", "an al-Qaeda-linked group": the parent named in passing
    // is not the doer.
    // Nor is a group named after a holder's phrase ("des postes tenus par les VDP", "a base
    // manned by militiamen"): it held what was attacked.
    affiliations.clear();
    holder_ends.clear();
    for (const PhraseMatch& r : matches(si, kRoles)) {
      const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
      if (!EntryApplies(entry.language, language)) continue;
      if (entry.kind == RoleKind::kAffiliation) affiliations.emplace_back(r.first_token, r.end_token);
      if (entry.kind == RoleKind::kHolder) holder_ends.push_back(r.end_token);
    }
    source_ends.clear();
    for (const PhraseMatch& cue : matches(si, kModality)) {
      const ModalityEntry& entry = s.lexicon.modality.entries[cue.entry];
      if (entry.kind == ModalityKind::kReport && EntryApplies(entry.language, language) &&
          IntroducesSource(words.Word(cue.first_token))) {
        source_ends.push_back(cue.end_token);
      }
    }
    uint32_t affiliated_end = 0;  // end of the last group named as a parent in this sentence
    for (const PhraseMatch& m : matches(si, kNames)) {
      actor_spans.emplace_back(tokens[m.first_token].start, tokens[m.end_token - 1].end);
      const ActorEntry& entry = s.actors.actors()[m.entry];
      // A national actor ("FAMa", "GATIA") says which country the report is about, as
      // "malien" does; not forces abroad (France's, Russia's), nor an actor whose aliases
      // several countries share ("dozo-ml", "dozo-bf"). Each actor counts once.
      if (entry.country != "*" && entry.type != ActorType::kExternal &&
          !entry.id.ends_with("-" + AsciiLower(entry.country)) &&
          std::find(national_actors.begin(), national_actors.end(), m.entry) == national_actors.end()) {
        national_actors.push_back(m.entry);
        actor_countries.push_back(entry.country);
      }
      // A second parent joined to the first ("des groupes liés à Al-Qaïda et à l'État islamique",
      // "linked to al Qaeda and to Islamic State") is a parent too.
      const bool joined_to_parent = affiliated_end != 0 && affiliated_end < m.first_token &&
                                    m.first_token - affiliated_end <= 3 && IsJoinWord(words.Word(affiliated_end)) &&
                                    [&] {
                                      for (uint32_t k = affiliated_end + 1; k < m.first_token; ++k) {
                                        if (!IsLinkWord(words.Word(k)) && !IsParentPreposition(words.Word(k)))
                                          return false;
                                      }
                                      return true;
                                    }();
      const bool affiliated =
          joined_to_parent || std::any_of(affiliations.begin(), affiliations.end(), [&](const auto& a) {
            return a.second == m.first_token || a.second + 1 == m.first_token || a.first == m.end_token ||
                   a.first == m.end_token + 1;
          });
      if (affiliated) affiliated_end = m.end_token;
      // (Also as the complement of the holders' noun: "Kidal, contrôlée par les ex-rebelles de la
      // Coordination des mouvements de l'Azawad", "held by fighters of the CMA".)
      const bool holder = std::any_of(holder_ends.begin(), holder_ends.end(), [&](uint32_t e) {
        if (e == m.first_token || e + 1 == m.first_token) return true;
        if (e > m.first_token || m.first_token - e > 6) return false;
        for (uint32_t k = e; k < m.first_token; ++k) {
          if (tokens[k].kind != TokenKind::kWord && tokens[k].In(text) != "-") return false;
        }
        uint32_t k = m.first_token - 1;
        if (words.Word(k) == "la" || words.Word(k) == "l'" || words.Word(k) == "the") --k;
        return k > e && IsOfWord(words.Word(k));
      });
      // Nor is a group named as the source ("selon le MNLA", "according to the CMA").
      const bool source = std::any_of(source_ends.begin(), source_ends.end(), [&](uint32_t e) {
        if (e > m.first_token || m.first_token - e > 3) return false;
        for (uint32_t k = e; k < m.first_token; ++k) {
          if (tokens[k].kind != TokenKind::kWord) return false;
        }
        return true;
      });
      if (!affiliated && !holder && !source && IsNonStateArmed(entry.type)) {
        named_groups.push_back({m.first_token, m.end_token, static_cast<int32_t>(m.entry), nullptr, entry.type});
      }
    }
  }
  // The group the report names most (the first of equals).
  std::optional<ActorMention> main_group;
  {
    std::unordered_map<int32_t, int> counts;
    int best = 0;
    for (const ActorMention& g : named_groups) {
      if (++counts[g.actor] > best) {
        best = counts[g.actor];
        main_group = g;
      }
    }
    for (const ActorMention& g : named_groups) {  // earliest mention of the winner
      if (main_group && g.actor == main_group->actor) {
        main_group = g;
        break;
      }
    }
  }
  // A name alone in quotation marks names a thing, not a place: the boat « Tombouctou », the
  // operation "Serval". (Up to three words: a quoted sentence may name real places.)
  auto is_quote = [&](size_t k) {
    const std::string_view p = tokens[k].In(text);
    return tokens[k].kind == TokenKind::kPunctuation &&
           (p == "\"" || p == "\xC2\xAB" || p == "\xC2\xBB" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D");
  };
  // The quotation marks are found in the text (a fast byte search) rather than token by token.
  std::vector<size_t> quote_tokens;
  for (const std::string_view mark : {std::string_view("\""), std::string_view("\xC2\xAB"),
                                      std::string_view("\xE2\x80\x9C")}) {
    for (size_t at = std::string_view(text).find(mark); at != std::string_view::npos;
         at = std::string_view(text).find(mark, at + mark.size())) {
      const auto it = std::lower_bound(tokens.begin(), tokens.end(), at,
                                       [](const Token& t, size_t offset) { return t.start < offset; });
      if (it != tokens.end() && it->start == at) quote_tokens.push_back(static_cast<size_t>(it - tokens.begin()));
    }
  }
  std::sort(quote_tokens.begin(), quote_tokens.end());
  size_t consumed = 0;  // quotes up to this token closed a name already
  for (const size_t k : quote_tokens) {
    if (k + 2 >= tokens.size() || (consumed > 0 && k <= consumed) || !is_quote(k)) continue;
    size_t close = k + 1;
    while (close < tokens.size() && close <= k + 4 && tokens[close].kind == TokenKind::kWord) ++close;
    if (close > k + 1 && close < tokens.size() && close <= k + 4 && is_quote(close)) {
      actor_spans.emplace_back(tokens[k + 1].start, tokens[close - 1].end);
      consumed = close;
    }
  }
  const std::vector<ResolvedPlace> places =
      s.geoparser.Parse(text, analysed, actor_spans, article.url, actor_countries, &words, s.lexicon.focus_countries);

  // The token a byte offset falls in.
  auto token_at = [&](uint32_t offset) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                               [](const Token& t, uint32_t o) { return t.end <= o; });
    return static_cast<uint32_t>(it - tokens.begin());
  };
  const Gazetteer& g = s.geoparser.gazetteer();
  std::vector<uint32_t> place_token(places.size());
  for (size_t i = 0; i < places.size(); ++i) place_token[i] = token_at(places[i].mention.start);
  // A country across a border ("near the Niger border", "à la frontière avec le Burkina
  // Faso") is a reference point: neither the incident's place nor the report's country.
  std::vector<bool> across_border(places.size(), false);
  // Never the report's place, found sentence by sentence below: a town that speaks, as its
  // government ("Bamako a toujours rejeté ces accusations"), and one people set out from or were
  // taken to ("évacué vers l'hôpital militaire de Gao", "un convoi parti de Gao").
  std::vector<bool> not_the_scene(places.size(), false);
  for (size_t i = 0, si = 0; i < places.size(); ++i) {
    if (std::strncmp(g.Place(static_cast<uint32_t>(places[i].place)).feature_code, "PCL", 3) != 0) continue;
    while (si + 1 < analysed.sentences.size() && analysed.sentences[si + 1].first_token <= place_token[i]) ++si;
    uint32_t end_token = token_at(places[i].mention.end - 1) + 1;
    // (Also its possessive: "near Burkina Faso's border"; but "Mali's border with Burkina Faso"
    // is Mali's side.)
    const bool possessive = PossessiveAt(text, tokens, end_token);
    if (possessive) end_token += 2;
    for (const PhraseMatch& r : matches(si, kRoles)) {
      const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
      if (possessive && r.first_token == end_token && r.first_token + 1 < tokens.size() &&
          words.Word(r.first_token + 1) == "with") {
        continue;
      }
      if (entry.kind == RoleKind::kBorder && EntryApplies(entry.language, language) &&
          (r.end_token == place_token[i] || r.first_token == end_token)) {
        across_border[i] = true;
      }
    }
    // So is the second of two countries joined by "and" ("near the borders with Niger and
    // Burkina Faso", "frontières avec le Mali et le Niger").
    if (!across_border[i] && i > 0 && across_border[i - 1]) {
      uint32_t k = token_at(places[i - 1].mention.end - 1) + 1;
      if (k < place_token[i] && IsAndWord(words.Word(k))) ++k;
      const std::string_view det = k < place_token[i] ? words.Word(k) : std::string_view();
      if (det == "le" || det == "la" || det == "l'" || det == "the") ++k;
      across_border[i] = k == place_token[i] && k > token_at(places[i - 1].mention.end - 1) + 1;
    }
  }
  // And the first of two joined by a hyphen or a slash ("near the Burkina-Niger border").
  for (size_t i = places.size(); i-- > 1;) {
    if (!across_border[i] || across_border[i - 1] ||
        std::strncmp(g.Place(static_cast<uint32_t>(places[i - 1].place)).feature_code, "PCL", 3) != 0) {
      continue;
    }
    const uint32_t k = token_at(places[i - 1].mention.end - 1) + 1;
    const std::string_view joint = k < tokens.size() ? tokens[k].In(text) : std::string_view();
    across_border[i - 1] = k + 1 == place_token[i] && (joint == "-" || joint == "/");
  }
  // The country the report is about: the one most of its distinct places and national
  // actors are in, when one leads. A place named beside it in another country is usually a
  // misreading ("Goma" in "the Goma-Coura area of Diabaly", a person's name) or a reference
  // point, not the incident's place.
  std::string main_country;
  {
    std::unordered_map<std::string, int> weight;
    for (const std::string& c : actor_countries) ++weight[c];
    for (size_t i = 0; i < places.size(); ++i) {
      if (across_border[i]) continue;
      const bool repeated = std::any_of(places.begin(), places.begin() + static_cast<std::ptrdiff_t>(i),
                                        [&](const ResolvedPlace& p) { return p.place == places[i].place; });
      if (!repeated) ++weight[std::string(g.Place(static_cast<uint32_t>(places[i].place)).country, 2)];
    }
    int best = 0, second = 0;
    for (const auto& [country, w] : weight) {
      if (w > best) {
        second = best;
        best = w;
        main_country = country;
      } else {
        second = std::max(second, w);
      }
    }
    if (best == second) main_country.clear();
  }
  // When no country leads, the countries the deployment follows stand for it if the report
  // names a place in one of them ("camp Kandi in Kidal": Kandi is also a town of Benin).
  const auto followed = [&](std::string_view country) {
    return std::any_of(s.lexicon.focus_countries.begin(), s.lexicon.focus_countries.end(),
                       [&](const std::string& c) { return c == country; });
  };
  bool in_followed = false;
  for (size_t i = 0; i < places.size() && main_country.empty() && !in_followed; ++i) {
    in_followed =
        !across_border[i] && followed(std::string_view(g.Place(static_cast<uint32_t>(places[i].place)).country, 2));
  }
  // A capital is no misreading: talks and agreements abroad are held there; nor is a town
  // the text gives its own country ("la ville nigériane de Damasak", "the Nigerian town of
  // Damasak": a nationality word of that country up to three words before it).
  auto own_country_named = [&](size_t place, const fmt::PlaceRecord& p) {
    const int32_t country_place = g.CountryPlace(p.country);
    const uint32_t at = place_token[place];
    // (Only in that form, "de"/"of" right before the town: "remis aux forces nigériennes à
    // Tiloa" names who, not where.)
    if (at < 2) return false;
    const std::string_view link = words.Word(at - 1);
    if (link != "de" && link != "d'" && link != "of") return false;
    for (uint32_t k = at > 3 ? at - 3 : 0; k + 1 < at; ++k) {
      if (tokens[k].kind != TokenKind::kWord) continue;
      for (const uint32_t posting : g.Find(words.Word(k)).postings) {
        if ((posting & fmt::kMatchMask) == fmt::kMatchDemonym &&
            static_cast<int32_t>(posting >> fmt::kMatchBits) == country_place) {
          return true;
        }
      }
    }
    return false;
  };
  auto abroad = [&](size_t place) {
    const fmt::PlaceRecord& p = g.Place(static_cast<uint32_t>(places[place].place));
    const std::string_view country(p.country, 2);
    const bool outside = !main_country.empty() ? country != main_country : in_followed && !followed(country);
    return outside && std::strcmp(p.feature_code, "PPLC") != 0 && !own_country_named(place, p);
  };
  // A dateline ("NIAMEY, 12 mars (Agence) -") names where the report was filed, not where
  // things happened.
  std::vector<bool> dateline(places.size(), false);
  for (size_t i = 0; i < places.size(); ++i) {
    const auto& m = places[i].mention;
    if (m.start > 60) break;
    const std::string_view surface = std::string_view(text).substr(m.start, m.end - m.start);
    bool caps = surface.size() > 1;
    for (char c : surface) caps = caps && !(c >= 'a' && c <= 'z');
    if (caps && m.end < text.size() && (text[m.end] == ',' || text[m.end] == ' ')) dateline[i] = true;
    // Also in mixed case when the text opens with it and an agency's name in brackets and a dash
    // follow within a line: "Bamako (Agency) – Gunmen stormed ...", "Niamey, 12 mars (AFP) -".
    // (Also the second of two towns joined by a slash: "Paris/Ouagadougou (Agency) –".)
    const bool after_slash =
        m.start > 1 && m.start < 40 && text[m.start - 1] == '/' &&
        std::string_view(text).substr(0, m.start - 1).find_first_of(" \n") == std::string_view::npos;
    // (Or the whole dateline in brackets, as rights groups write it: "(Nairobi, November 18,
    // 2025) – Malian soldiers ...".)
    const bool bracketed = m.start == 1 && text[0] == '(';
    if (!caps && (m.start == 0 || after_slash || bracketed)) {
      const std::string_view head = std::string_view(text).substr(m.end, std::min<size_t>(60, text.size() - m.end));
      const size_t open = bracketed ? 0 : head.find('(');
      const size_t close = open == std::string_view::npos ? open : head.find(')', open);
      if (close != std::string_view::npos && head.substr(0, open).find('\n') == std::string_view::npos) {
        size_t k = close + 1;
        while (k < head.size() && head[k] == ' ') ++k;
        const std::string_view rest = head.substr(k);
        if (rest.starts_with("-") || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x94")) {
          dateline[i] = true;
        }
      }
    }
  }

  // A dateline ("NIAMEY, 7 oct. 2017 (Agence) –", "N'DJAMENA, March 25 (Agency) -") dates the
  // report: its tokens end at the first dash after a place in capitals (up to four tokens:
  // "BOBO-DIOULASSO", "N'DJAMENA") and a comma.
  size_t dateline_end = 0;
  size_t place_end = 1;
  while (place_end < std::min<size_t>(tokens.size(), 5) && tokens[place_end].In(text) != ",") ++place_end;
  if (place_end + 1 < tokens.size() && place_end < 5 && tokens[0].kind == TokenKind::kWord) {
    // (The place may carry its country in brackets: "MAIDUGURI (Nigeria), 7 mai 2014".)
    size_t caps_end = place_end;
    for (size_t k = 1; k < place_end; ++k) {
      if (tokens[k].In(text) == "(") {
        caps_end = k;
        break;
      }
    }
    const std::string_view first =
        std::string_view(text).substr(tokens[0].start, tokens[caps_end - 1].end - tokens[0].start);
    const bool caps = first.size() >= 3 && first.size() <= 40 &&
                      std::none_of(first.begin(), first.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    // (Or in mixed case, with an agency's name in brackets right before the dash, on the first
    // line: "Gorom-Gorom, 10 mai 2021 (Agence) –".)
    const bool capitalised = first.size() >= 3 && first.size() <= 40 && first.front() >= 'A' && first.front() <= 'Z';
    for (size_t t = place_end + 1; (caps || capitalised) && t < std::min<size_t>(tokens.size(), 20); ++t) {
      const std::string_view p = tokens[t].In(text);
      if (p == "\n") break;
      if (p == "-" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94") {
        if (caps || tokens[t - 1].In(text) == ")") dateline_end = t;
        break;
      }
    }
  }
  // (In brackets, the dateline ends at the dash after its closing bracket: "(Nairobi, November
  // 18, 2025) -".)
  if (dateline_end == 0 && !tokens.empty() && tokens[0].In(text) == "(" && !places.empty() && dateline[0]) {
    for (size_t t = 1; t + 1 < std::min<size_t>(tokens.size(), 20); ++t) {
      const std::string_view p = tokens[t].In(text);
      if (p == "\n") break;
      if (p != ")") continue;
      const std::string_view dash = tokens[t + 1].In(text);
      if (dash == "-" || dash == "\xE2\x80\x93" || dash == "\xE2\x80\x94") dateline_end = t + 1;
      break;
    }
  }
  std::vector<EventFrame> frames;
  std::vector<LooseToll> loose_tolls;
  std::vector<Claim> claims;
  std::optional<TemporalMention> first_date;
  // Each sentence's own day, when it names one and tells no incident: the scene a narrative sets
  // ("Mardi, vers midi, il rentrait de Ouagadougou ... Entre Namsiguia et Djibo, des hommes
  // armés ont arrêté le car").
  std::vector<std::optional<TemporalMention>> scene_days(analysed.sentences.size());
  // And its town, when it names a day too ("Vendredi après-midi, c'était au tour de Bamako").
  std::vector<int32_t> scene_places(analysed.sentences.size(), -1);
  // The sentence before was a cue that the sources' tolls differ, and told none ("Les bilans
  // divergent.").
  bool differ_carried = false;

  // Buffers of the sentence loop, cleared for each sentence rather than allocated again.
  std::vector<ActorMention> actors;
  std::vector<std::pair<uint32_t, ModalityKind>> modal;
  std::vector<uint32_t> report_ends;
  std::vector<uint32_t> no_toll_ends;
  std::vector<int32_t> listed;
  const GenericKind* civilians = s.actors.Kind("civilians");
  const GenericKind* settlement = s.actors.Kind("settlement");
  const GenericKind* post = s.actors.Kind("post");
  // The day the text named last, which "la veille", "le même jour" and "the next day" count from.
  std::optional<CivilDate> last_day;
  for (uint32_t si = 0; si < analysed.sentences.size(); ++si) {
    const Sentence& sentence = analysed.sentences[si];
    const size_t begin = sentence.first_token, end = sentence.first_token + sentence.token_count;

    // Actors: named ones first, then descriptions where no name stands.
    actors.clear();
    for (const PhraseMatch& m : matches(si, kNames)) {
      const ActorEntry& entry = s.actors.actors()[m.entry];
      actors.push_back({m.first_token, m.end_token, static_cast<int32_t>(m.entry), nullptr, entry.type});
    }
    const std::span<const PhraseMatch> roles_of_sentence = matches(si, kRoles);
    for (const PhraseMatch& m : matches(si, kGeneric)) {
      const GenericActorEntry& entry = s.actors.generic().entries[m.entry];
      if (!EntryApplies(entry.language, language)) continue;
      // A description right after a name is its head noun ("JNIM militants", "GATIA
      // militiamen"), also after the name's bracketed aside ("Katiba Macina (JNIM)
      // militants", "ISWAP (Greater Sahara) fighters"): the name stands for both.
      uint32_t head = m.first_token;
      if (head > begin + 1 && tokens[head - 1].In(text) == ")") {
        for (uint32_t k = head - 1; k > begin && k + 6 > head; --k) {
          if (tokens[k - 1].In(text) == "(") {
            head = k - 1;
            break;
          }
        }
      }
      const bool overlaps = SpanHoldsActor(actors, m.first_token, m.end_token) ||
                            std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                              return a.actor >= 0 && (a.end_token == m.first_token || a.end_token == head ||
                                                      (a.end_token + 1 == m.first_token && head < m.first_token));
                            });
      if (overlaps) continue;
      const GenericKind* kind = s.actors.Kind(entry.kind);
      if (!kind) continue;
      // A description before "of" and a name is a part of that name ("des combattants de
      // Boko Haram", "militants of the Islamic State", "soldats de l'armée malienne"): the
      // name spans both, so that "par des combattants de Boko Haram" names the doer.
      if (kind->type != ActorType::kCivilians) {
        uint32_t k = m.end_token;
        while (k < end && k < m.end_token + 2 && IsLinkWord(words.Word(k))) ++k;
        auto named = std::find_if(actors.begin(), actors.end(),
                                  [&](const ActorMention& a) { return a.actor >= 0 && a.first_token == k; });
        if (k > m.end_token && named != actors.end()) {
          named->first_token = m.first_token;
          continue;
        }
      }
      // The forces' post that situates the incident ("à deux pas de la gendarmerie", "a few
      // metres from the police station"; roles.tsv kind landmark) is no party to it, nor are
      // those goods were meant for (kind recipient: "des vivres destinés aux réfugiés de Léré").
      if (std::any_of(roles_of_sentence.begin(), roles_of_sentence.end(), [&](const PhraseMatch& r) {
            const RoleEntry& role = s.lexicon.roles.entries[r.entry];
            return (role.kind == RoleKind::kLandmark || role.recipient) && r.end_token == m.first_token &&
                   EntryApplies(role.language, language);
          })) {
        continue;
      }
      actors.push_back({m.first_token, m.end_token, -1, kind, kind->type});
    }
    std::sort(actors.begin(), actors.end(),
              [](const ActorMention& a, const ActorMention& b) { return a.first_token < b.first_token; });
    // A name in brackets right after another ("Katiba Macina (JNIM)", "Ansar Dine (JNIM)") is
    // the first one's alliance, told in passing: the first names the doer (its parent is the
    // associated actor).
    for (size_t k = 1; k < actors.size(); ++k) {
      const ActorMention& before = actors[k - 1];
      ActorMention& inner = actors[k];
      if (before.actor >= 0 && inner.actor >= 0 && inner.first_token == before.end_token + 1 &&
          tokens[before.end_token].In(text) == "(" && inner.end_token < end &&
          tokens[inner.end_token].In(text) == ")") {
        inner.actor = -2;  // dropped below
      }
    }
    // Two armed groups given as either one ("suspected JNIM or ISGS militants", "JNIM and/or
    // ISGS", "des jihadistes du JNIM ou de l'EIGS"): one doer, named by both.
    for (size_t k = 1; k < actors.size(); ++k) {
      ActorMention& first = actors[k - 1];
      const ActorMention& second = actors[k];
      if (first.actor < 0 || second.actor < 0 || first.alternative >= 0 || first.actor == second.actor ||
          !IsNonStateArmed(first.type) || !IsNonStateArmed(second.type) || second.first_token <= first.end_token) {
        continue;
      }
      uint32_t w = first.end_token;
      if (w + 2 < second.first_token && IsAndWord(words.Word(w)) && tokens[w + 1].In(text) == "/") w += 2;
      if (words.Word(w) != "or" && words.Word(w) != "ou") continue;
      ++w;
      while (w < second.first_token && IsLinkWord(words.Word(w))) ++w;
      if (w != second.first_token) continue;
      first.alternative = second.actor;
      first.end_token = second.end_token;
      actors[k].actor = -2;
    }
    std::erase_if(actors, [](const ActorMention& a) { return a.actor == -2; });

    // Dates.
    // Modality: negation, future, hypothesis and opinion cancel the triggers they govern;
    // a verb of reporting dates the report, not the event ("a annoncé lundi").
    modal.clear();
    report_ends.clear();
    no_toll_ends.clear();
    const std::span<const PhraseMatch> modality_here = matches(si, kModality);
    const std::span<const PhraseMatch> roles_here = matches(si, kRoles);
    for (const PhraseMatch& m : modality_here) {
      const ModalityEntry& entry = s.lexicon.modality.entries[m.entry];
      if (!EntryApplies(entry.language, language)) continue;
      if (entry.opening && m.first_token != begin) continue;
      modal.emplace_back(m.first_token, entry.kind);
      if (entry.kind == ModalityKind::kReport) report_ends.push_back(m.end_token);
      if (entry.kind == ModalityKind::kNoToll) no_toll_ends.push_back(m.end_token);
    }
    // Civilians who tell the story are its sources, not its victims: "..., a resident said",
    // "...\" said a resident", "selon des habitants", "according to a witness". (Not "a
    // shepherd was allegedly killed": the speaker comes after a comma, a quote or a verb of
    // saying.)
    auto after_pause = [&](uint32_t token) {
      if (token == begin) return false;
      const std::string_view p = tokens[token - 1].In(text);
      return tokens[token - 1].kind == TokenKind::kPunctuation && (p == "," || p == "\"" || p == "»" || p == "\u201D");
    };
    // A village is its people only as the target of an attack ("a raid on the village of
    // Solhan", "une attaque contre le village"); elsewhere it is a place. Both tests run in
    // one pass over the sentence's actors.
    const std::span<const PhraseMatch> sentence_verbs = matches(si, kTriggers);
    std::erase_if(actors, [&](const ActorMention& a) {
      // A military post is its forces only as what is attacked: after a target word ("attack
      // on a checkpoint"), as a verb's object ("ont attaqué le détachement"), or as the subject
      // of a passive verb ("le détachement de Nassoumbou a été attaqué").
      if (post != nullptr && a.generic == post) {
        const auto violent = [&](const PhraseMatch& t) {
          const TriggerEntry& verb = s.lexicon.triggers.entries[t.entry];
          return EntryApplies(verb.language, language) && s.lexicon.frame_classes.Of(verb.frame).violent;
        };
        // (A bare preposition, "on", "at", "sur", says so only right after the verb or noun of
        // violence: "an attack on a checkpoint", not "soldiers on a patrol", "at a checkpoint".)
        const bool after_target = std::any_of(roles_here.begin(), roles_here.end(), [&](const PhraseMatch& r) {
          const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
          if (entry.kind != RoleKind::kTarget || !EntryApplies(entry.language, language) ||
              a.first_token < r.end_token || a.first_token > r.end_token + 1) {
            return false;
          }
          if (r.end_token != r.first_token + 1) return true;
          const std::string_view w = words.Word(r.first_token);
          if (w != "on" && w != "at" && w != "sur" && w != "upon") return true;
          return std::any_of(sentence_verbs.begin(), sentence_verbs.end(),
                             [&](const PhraseMatch& t) { return t.end_token == r.first_token && violent(t); });
        });
        const bool attacked = std::any_of(sentence_verbs.begin(), sentence_verbs.end(), [&](const PhraseMatch& t) {
          if (!violent(t)) return false;
          if (t.end_token == a.first_token ||
              (t.end_token + 1 == a.first_token &&
               (IsIndefiniteArticle(words.Word(t.end_token)) || IsLinkWord(words.Word(t.end_token))))) {
            return true;
          }
          if (t.first_token < a.end_token || t.first_token > a.end_token + 8) return false;
          for (uint32_t k = a.end_token; k < t.end_token; ++k) {
            if (IsPassiveAuxiliary(words.Word(k))) return true;
          }
          return false;
        });
        return !after_target && !attacked;
      }
      if (a.type != ActorType::kCivilians) return false;
      // "Ont employé des engins explosifs": a verb of means, no employee.
      if (std::any_of(roles_here.begin(), roles_here.end(), [&](const PhraseMatch& r) {
            return s.lexicon.roles.entries[r.entry].kind == RoleKind::kMeans && a.first_token >= r.first_token &&
                   a.end_token <= r.end_token;
          })) {
        return true;
      }
      if (a.generic == settlement) {
        return std::none_of(roles_here.begin(), roles_here.end(), [&](const PhraseMatch& r) {
          const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
          return entry.kind == RoleKind::kTarget && EntryApplies(entry.language, language) &&
                 a.first_token >= r.end_token && a.first_token <= r.end_token + 1;
        });
      }
      return std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& m) {
        const ModalityEntry& entry = s.lexicon.modality.entries[m.entry];
        if (entry.kind != ModalityKind::kReport || !EntryApplies(entry.language, language)) return false;
        // (Speakers named together say it too: ", residents and officials from both camps said".)
        bool joined_speakers =
            m.first_token > a.end_token + 1 && m.first_token <= a.end_token + 6 && IsAndWord(words.Word(a.end_token));
        for (uint32_t k = a.end_token; joined_speakers && k < m.first_token; ++k) {
          joined_speakers = tokens[k].kind == TokenKind::kWord;
        }
        const bool says_after =
            m.first_token >= a.end_token && (m.first_token <= a.end_token + 1 || joined_speakers) &&
            (after_pause(a.first_token) || (a.first_token > begin && after_pause(a.first_token - 1)));
        const bool named_after = a.first_token >= m.end_token && a.first_token <= m.end_token + 1;
        // (Or named inside the phrase of reporting: ", residents said".)
        const bool named_inside = a.first_token >= m.first_token && a.end_token <= m.end_token;
        return says_after || named_after || named_inside;
      });
    });

    const auto temporals =
        s.dates.Find(words, tokens, text, begin, end, published, language, matches(si, kRelativeDates), last_day);
    for (const TemporalMention& t : temporals) {
      if (!t.background && !t.unanchored && t.time_precision == 1) last_day = t.date;
    }
    // A cue inside a date is the date's word: "May 27" is no "may" of hypothesis.
    if (!temporals.empty()) {
      std::erase_if(modal, [&](const std::pair<uint32_t, ModalityKind>& cue) {
        return std::any_of(temporals.begin(), temporals.end(), [&](const TemporalMention& t) {
          return cue.first >= t.first_token && cue.first < t.end_token;
        });
      });
    }
    std::optional<TemporalMention> sentence_date;
    bool background = false;
    // A date that belongs to a trigger is that incident's, before any other date of the
    // sentence ("the government on Wednesday revised down the toll of Sunday night's attack",
    // "a revu mercredi le bilan de l'attaque de dimanche soir"): it owns the trigger after it,
    // with at most one word between ("Sunday's attack", "Sunday night's ambush"), or follows
    // it after "de" or "du" ("l'attaque de dimanche", "l'embuscade du 12 mai").
    const std::span<const PhraseMatch> triggers_here = matches(si, kTriggers);
    // One adjective may stand between them ("Friday's coordinated attacks", "l'attaque
    // meurtrière de dimanche").
    auto possessive = [&](const TemporalMention& t) {
      if (t.first_token >= begin + 2) {
        const std::string_view before = words.Word(t.first_token - 1);
        if ((before == "de" || before == "du") &&
            std::any_of(triggers_here.begin(), triggers_here.end(), [&](const PhraseMatch& m) {
              return m.end_token == t.first_token - 1 ||
                     (m.end_token + 2 == t.first_token && tokens[m.end_token].kind == TokenKind::kWord);
            })) {
          return true;
        }
      }
      // After a participle that follows the trigger: "les attaques perpétrées lundi",
      // "l'embuscade tendue le 12 mai", "the attack launched on Monday".
      if (t.first_token >= begin + 2) {
        size_t p = t.first_token - 1;
        const std::string_view link = words.Word(static_cast<uint32_t>(p));
        if ((link == "le" || link == "on") && p > begin + 1) --p;
        const std::string_view w = words.Word(static_cast<uint32_t>(p));
        const std::string_view raw = tokens[p].In(text);
        const bool participle =
            w.size() >= 5 && tokens[p].kind == TokenKind::kWord &&
            (language == "fr" ? (w.ends_with("ee") || w.ends_with("ees") || w.ends_with("ue") || w.ends_with("ues") ||
                                 (w.ends_with("es") && w[w.size() - 3] != 'e') || raw.ends_with("\xC3\xA9"))
                              : w.ends_with("ed"));
        // (In French the participle may be the trigger itself, "un journaliste interpellé
        // lundi"; not a claim's, "a revendiqué mardi l'attaque de lundi". English puts the
        // main event's day first, "On 22 August, militants killed a farmer abducted on 10
        // August".)
        if (participle && std::any_of(triggers_here.begin(), triggers_here.end(), [&](const PhraseMatch& m) {
              return m.end_token == p ||
                     (language == "fr" && m.end_token == p + 1 && s.lexicon.triggers.entries[m.entry].frame != "claim");
            })) {
          return true;
        }
      }
      for (size_t k = t.end_token; k < end && k <= t.end_token + 1; ++k) {
        if (k + 2 < end && PossessiveAt(text, tokens, k)) {
          return std::any_of(triggers_here.begin(), triggers_here.end(), [&](const PhraseMatch& m) {
            return m.first_token == k + 2 || (m.first_token == k + 3 && tokens[k + 2].kind == TokenKind::kWord);
          });
        }
        if (tokens[k].kind != TokenKind::kWord) return false;
      }
      return false;
    };
    bool owned = false;  // sentence_date is a possessive one
    for (const auto& t : temporals) {
      // A date right after a verb of reporting dates the report ("a annoncé lundi"), unless it
      // owns a trigger: "officials said Saturday's attack killed two" dates the attack.
      const bool after_report = std::any_of(report_ends.begin(), report_ends.end(),
                                            [&](uint32_t e) { return t.first_token >= e && t.first_token <= e + 1; });
      // So does a date right before one ("The UN agency on Wednesday condemned an attack in
      // which gunmen killed 25", "the government on Tuesday raised the toll").
      const bool before_report = std::any_of(modal.begin(), modal.end(), [&](const auto& cue) {
        return cue.second == ModalityKind::kReport && cue.first == t.end_token;
      });
      if (t.background) {
        background = true;
      } else if (t.first_token >= dateline_end && !owned) {
        const bool owns = possessive(t);
        if ((after_report || before_report) && !owns) continue;
        // An explicit date outranks an unanchored one ("on Tuesday, 12 March 2019" in an
        // undated report).
        if (!sentence_date || owns || (sentence_date->unanchored && !t.unanchored)) {
          sentence_date = t;
          owned = owns;
        }
      }
    }
    if (sentence_date && !first_date) first_date = sentence_date;
    // (Not a day still to come: "the court adjourned the hearing until October 25".)
    if (sentence_date && !sentence_date->background && sentence_date->time_precision == 1 &&
        !(published && DaysFromCivil(sentence_date->date) > DaysFromCivil(*published))) {
      scene_days[si] = sentence_date;
    }

    // Tolls: "12 morts", "au moins 20 soldats ont été tués", "killing 15", "death toll of 30".
    // Found from the toll words, with the figure a few words before or just after them. In
    // one sentence the largest figure is the total ("20 morts, dont 3 soldats").
    std::optional<Casualties> dead;
    std::optional<Casualties> armed_dead, other_dead;  // the largest count of each side
    auto in_date = [&](size_t t) {
      return std::any_of(temporals.begin(), temporals.end(),
                         [&](const TemporalMention& d) { return t >= d.first_token && t < d.end_token; });
    };
    const std::span<const PhraseMatch> casualties = matches(si, kCasualties);
    const std::span<const PhraseMatch> roles_in_sentence = matches(si, kRoles);
    // Where the figures of the dead become each source's own ("Les bilans divergent : un habitant
    // fait état de 21 morts, des élus parlent de 25"): from such a cue, or from the sentence's
    // start when the sentence before was that cue alone.
    uint32_t sources_differ_from = differ_carried ? static_cast<uint32_t>(begin) : UINT32_MAX;
    for (const PhraseMatch& d : casualties) {
      const CasualtyEntry& e = s.lexicon.casualties.entries[d.entry];
      if (e.kind == CasualtyKind::kSourcesDiffer && EntryApplies(e.language, language)) {
        sources_differ_from = std::min(sources_differ_from, d.end_token);
      }
    }
    // "Au moins 134 personnes, dont des femmes et des enfants, ont été tuées": between the
    // figure (and its noun) and the count word, only an aside that a victims' word opens, or
    // one that counts them again by kind ("seize prédicateurs musulmans, huit Maliens et huit
    // Mauritaniens, ont été tués"; the noun may then have up to three words).
    auto VictimsAside = [&](size_t from, size_t to) {
      // (The count word may come after its auxiliaries: ", ... , y ont été assassinés".)
      for (int aux = 0; aux < 3 && to > from + 3 && tokens[to - 1].In(text) != ","; ++aux) {
        const std::string_view w = words.Word(static_cast<uint32_t>(to - 1));
        if (w != "ont" && w != "ete" && w != "y" && w != "sont" && w != "were" && w != "have" && w != "been" &&
            w != "had") {
          break;
        }
        --to;
      }
      if (to < from + 3 || to - from > 18 || tokens[to - 1].In(text) != ",") return false;
      size_t comma = from;
      while (comma < to && tokens[comma].In(text) != ",") ++comma;
      if (comma > from + 3 || comma + 1 >= to - 1) return false;
      // (A list of counts by kind holds commas of its own: "18 people, four soldiers, ten
      // policemen and four civilians, were killed".)
      for (size_t k = comma + 1; k + 1 < to; ++k) {
        // (Nor do an acronym's brackets: "dont trois Volontaires pour la défense de la patrie (VDP),".)
        if (tokens[k].kind == TokenKind::kPunctuation && tokens[k].In(text) != "-" && tokens[k].In(text) != "'" &&
            tokens[k].In(text) != "\xE2\x80\x99" && tokens[k].In(text) != "(" && tokens[k].In(text) != ")" &&
            !(tokens[k].In(text) == "," && s.quantities.ParseAt(words, tokens, k + 1, to - 1, language))) {
          return false;
        }
      }
      if (s.quantities.ParseAt(words, tokens, comma + 1, to - 1, language)) return true;
      // (A relative clause may follow a noun of a few words: "deux chauffeurs routiers marocains,
      // qui acheminaient des marchandises depuis Dakar, ont été abattus".)
      if (comma > from + 1 && !IsRelativePronoun(words.Word(static_cast<uint32_t>(comma + 1)))) return false;
      if (std::any_of(roles_in_sentence.begin(), roles_in_sentence.end(), [&](const PhraseMatch& r) {
            const RoleEntry& role = s.lexicon.roles.entries[r.entry];
            return role.kind == RoleKind::kVictim && r.first_token == comma + 1 &&
                   EntryApplies(role.language, language);
          })) {
        return true;
      }
      // Or an aside that describes them, with no figure of its own ("une quarantaine de
      // terroristes, présentés comme des cadres des groupes armés, ont été neutralisés").
      // (An article is no figure there: "des employés d'une entreprise privée venus installer un
      // forage".)
      for (size_t k = comma + 1; k + 1 < to; ++k) {
        if (tokens[k].kind == TokenKind::kNumber) return false;
        const auto q = s.quantities.ParseAt(words, tokens, k, to - 1, language);
        if (q &&
            !(q->value == 1 && q->end_token == k + 1 && IsIndefiniteArticle(words.Word(static_cast<uint32_t>(k))))) {
          return false;
        }
      }
      return true;
    };
    // Whether a count of the wounded or the missing starts at token `at`.
    auto other_count_at = [&](uint32_t at) {
      return std::any_of(casualties.begin(), casualties.end(), [&](const PhraseMatch& d) {
        const CasualtyKind k = s.lexicon.casualties.entries[d.entry].kind;
        return d.first_token == at && (k == CasualtyKind::kWounded || k == CasualtyKind::kMissing);
      });
    };
    // Whether the wounded or the missing are counted from token `at`, also after "le nombre de",
    // "the number of" ("porte à 27 le nombre de blessés").
    auto counts_others = [&](uint32_t at) {
      if (other_count_at(at)) return true;
      return at + 3 < end &&
             ((words.Word(at) == "le" && words.Word(at + 1) == "nombre" && words.Word(at + 2) == "de") ||
              (words.Word(at) == "the" && words.Word(at + 1) == "number" && words.Word(at + 2) == "of")) &&
             other_count_at(at + 3);
    };
    // Whether a casualty phrase of `kind` starts at token `at`.
    auto casualty_at = [&](uint32_t at, CasualtyKind kind) {
      return std::any_of(casualties.begin(), casualties.end(), [&](const PhraseMatch& d) {
        const CasualtyEntry& e = s.lexicon.casualties.entries[d.entry];
        return d.first_token == at && e.kind == kind && EntryApplies(e.language, language);
      });
    };
    // Whether a unit of time or distance starts at token `at`: the figure before it counts no
    // one ("un deuil de 72 heures après la mort de", "a boy of 12 years").
    // (Also after a hyphen: "a 50-year-old man".)
    auto measure_at = [&](uint32_t at) {
      if (at + 1 < end && tokens[at].In(text) == "-") ++at;
      return casualty_at(at, CasualtyKind::kMeasure);
    };
    // Whether animals or things, not people, are counted from token `at` ("two sheep", "trois
    // bœufs", "un avion").
    auto not_people_at = [&](uint32_t at) { return casualty_at(at, CasualtyKind::kNotPeople); };
    for (const PhraseMatch& c : casualties) {
      const CasualtyEntry& entry = s.lexicon.casualties.entries[c.entry];
      if (!EntryApplies(entry.language, language)) continue;
      const bool one = entry.kind == CasualtyKind::kOneDead;
      // "The number of people killed has risen to 77": the figure after the rise is the toll.
      if (entry.kind == CasualtyKind::kRisesTo) {
        const bool of_dead = std::any_of(casualties.begin(), casualties.end(), [&](const PhraseMatch& d) {
          const CasualtyKind k = s.lexicon.casualties.entries[d.entry].kind;
          return d.end_token <= c.first_token && (k == CasualtyKind::kDead || k == CasualtyKind::kOneDead);
        });
        auto q = of_dead ? s.quantities.ParseAt(words, tokens, c.end_token, end, language) : std::nullopt;
        // Not when another count follows the figure ("has risen to 40 wounded").
        if (q && !counts_others(q->end_token) && q->value <= 100000 && (!dead || q->value > dead->quantity.value)) {
          dead = Casualties{c.first_token, q->end_token, *q};
          dead->revised = true;
        }
        continue;
      }
      // "Raised the death toll from Sunday's attack to 62", "a porté le bilan de l'attaque de
      // Kaya à 25": the first figure after "to" / "à" in the next twenty words is the revised
      // toll ("up from 32" after it is the old one).
      if (entry.kind == CasualtyKind::kRaisesToll) {
        // (English also "at", a source's own figure rather than a revision: "put the number of
        // insurgents killed at 26", of which, beside another, the lower stands.)
        const std::string_view to = language == "fr" ? "a" : "to";
        for (uint32_t k = c.end_token; k + 1 < end && k < c.end_token + 20; ++k) {
          const bool at = language != "fr" && words.Word(k) == "at";
          if ((words.Word(k) != to && !at) || tokens[k].kind != TokenKind::kWord) continue;
          auto q = s.quantities.ParseAt(words, tokens, k + 1, end, language);
          if (!q || in_date(k + 1)) continue;
          if (!counts_others(q->end_token) && !measure_at(q->end_token) && q->value <= 100000 &&
              (!dead || q->value > dead->quantity.value)) {
            dead = Casualties{c.first_token, q->end_token, *q};
            dead->revised = !at;
            dead->alternative = at;
          }
          break;
        }
        continue;
      }
      // "Chad's army lost about 40 soldiers", "l'armée a perdu 42 de ses hommes": the figure
      // after the verb, when the people it counts follow it.
      if (entry.kind == CasualtyKind::kLost) {
        auto q = s.quantities.ParseAt(words, tokens, c.end_token, end, language);
        if (!q || q->value > 100000) continue;
        const uint32_t after = q->end_token;
        const bool people =
            std::any_of(actors.begin(), actors.end(),
                        [&](const ActorMention& a) { return a.first_token >= after && a.first_token <= after + 1; }) ||
            // (Or the party's own "men": "reconnaît avoir perdu un homme", "lost two men".)
            (after < end && (words.Word(after) == "homme" || words.Word(after) == "hommes" ||
                             words.Word(after) == "man" || words.Word(after) == "men")) ||
            (after + 1 < end &&
             ((words.Word(after) == "de" && words.Word(after + 1) == "ses") ||
              (words.Word(after) == "of" && (words.Word(after + 1) == "its" || words.Word(after + 1) == "their"))));
        if (!people || other_count_at(after)) continue;
        const Casualties lost{c.first_token, after, *q};
        if (!dead || q->value > dead->quantity.value) dead = lost;
        // Whose dead they are: armed men's ("les assaillants ont décroché après avoir perdu au
        // moins 34 combattants"), else the others', to be added up with the other side's.
        const bool armed = std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
          return a.first_token >= after && a.first_token <= after + 1 && IsNonStateArmed(a.type);
        });
        std::optional<Casualties>& side = armed ? armed_dead : other_dead;
        if (!side || q->value > side->quantity.value) side = lost;
        continue;
      }
      if (entry.kind == CasualtyKind::kDeadAtEnd) {
        const bool clause_ends = c.end_token >= end || tokens[c.end_token].kind == TokenKind::kPunctuation ||
                                 IsAndWord(words.Word(c.end_token)) || words.Word(c.end_token) == "ainsi";
        if (!clause_ends) continue;
      } else if (entry.kind != CasualtyKind::kDead && !one) {
        continue;
      }
      std::optional<Casualties> found;
      // An active verb of killing with an object after it ("deux individus à moto ont tué un
      // commerçant"): the figure before it counts its doers, the toll is its object.
      const bool active_with_object = [&] {
        // (French only, where the auxiliary tells the active voice; English "killed" is as often
        // a participle: "one soldier killed one wounded", "was allegedly killed".)
        if (language != "fr" || c.first_token <= begin || c.end_token >= end || c.end_token != c.first_token + 1) {
          return false;
        }
        const std::string_view before = words.Word(c.first_token - 1);
        if (before != "ont" && before != "a" && before != "avaient" && before != "avait") return false;
        if (tokens[c.end_token].kind == TokenKind::kPunctuation || in_date(c.end_token) ||
            IsAndWord(words.Word(c.end_token))) {
          return false;
        }
        const auto adjunct = s.lexicon.adjuncts.matcher.MatchAt(words, c.end_token, end);
        return !adjunct || !EntryApplies(s.lexicon.adjuncts.entries[adjunct->entry].language, language);
      }();
      // (Twenty words back: an aside between the counted noun and its word may be long, "au moins
      // cinq civils, des employés d'une entreprise privée venus installer un forage dans le camp,
      // ont également été tués".)
      // A toll noun's figure comes after it ("the death toll at 58", "le bilan s'élève à 30"):
      // one before it counts someone else ("A local official put the death toll at 58").
      const std::string_view last_word = words.Word(c.end_token - 1);
      const bool toll_noun = last_word == "toll" || last_word == "bilan";
      size_t from = active_with_object || toll_noun ? c.first_token
                    : c.first_token >= begin + 20   ? c.first_token - 20
                                                    : begin;
      // (Not from the middle of a hyphenated number: "trente-neuf" is 39, not 9.)
      while (from > begin && (tokens[from - 1].In(text) == "-" || tokens[from].In(text) == "-")) --from;
      // The figure closest before the word ("le 3 mars, 12 morts" is 12), with its modifiers,
      // in the same clause ("a truck near Gao, killing 2" is 2) and not a date's day.
      std::optional<Quantity> previous;
      bool counted_by_kind = false;  // `found` is a figure its aside counts again by kind
      for (size_t k = from; k < c.first_token; ++k) {
        if (in_date(k)) continue;
        auto q = s.quantities.ParseAt(words, tokens, k, c.first_token, language);
        if (!q || InAsideClosedBefore(text, tokens, q->end_token, c.first_token)) continue;
        if (counted_by_kind && found && q->first_token > found->quantity.first_token) {
          k = q->end_token - 1;
          continue;
        }
        // "A resident said people were killed", "Un habitant affirme que des civils ont été tués":
        // an article before the speaker of a verb of saying counts no dead.
        // (A clause of its own after the verb, not a hedge on the verb of killing: "A shepherd was
        // allegedly killed" is one.)
        if (q->end_token == q->first_token + 1 && IsIndefiniteArticle(words.Word(q->first_token)) &&
            std::any_of(modal.begin(), modal.end(), [&](const std::pair<uint32_t, ModalityKind>& cue) {
              if (cue.second != ModalityKind::kReport || cue.first <= q->end_token || cue.first >= c.first_token ||
                  IntroducesSource(words.Word(cue.first))) {
                return false;
              }
              return std::any_of(report_ends.begin(), report_ends.end(), [&](uint32_t e) {
                return e > cue.first && e < c.first_token && tokens[e].kind == TokenKind::kWord &&
                       !IsPassiveAuxiliary(words.Word(e));
              });
            })) {
          k = q->end_token - 1;
          continue;
        }
        // "No one was killed" counts no one.
        if (q->first_token > begin && words.Word(q->first_token - 1) == "no") {
          k = q->end_token - 1;
          continue;
        }
        if (measure_at(q->end_token) || not_people_at(q->end_token)) {
          k = q->end_token - 1;
          continue;
        }
        // "Un collègue des victimes", "the families of the dead": the figure counts the noun whose
        // complement the dead are.
        if (c.first_token >= q->end_token + 2) {
          const std::string_view w1 = words.Word(c.first_token - 1);
          const std::string_view w2 = words.Word(c.first_token - 2);
          const bool definite = w1 == "the" || w1 == "les";
          if ((w1 == "des" || w1 == "du" || w1 == "of" || (definite && (w2 == "of" || w2 == "de"))) &&
              c.first_token >= q->end_token + (definite ? 3u : 2u)) {
            k = q->end_token - 1;
            continue;
          }
        }
        // "48 chasseurs blessés sans chiffrer les morts": a figure with its own count of the
        // wounded or the missing counts those; not "deux blessés ont succombé", the wounded who
        // died.
        bool counts_its_own = false;
        for (uint32_t w = q->end_token; w + 2 < c.first_token && w <= q->end_token + 3; ++w) {
          counts_its_own = counts_its_own || other_count_at(w);
        }
        if (counts_its_own) {
          k = q->end_token - 1;
          continue;
        }
        // "Une quinzaine de personnes qui célébraient un baptême ont été tuées", "two men who
        // drove a truck were killed", "11 people travelling on a tricycle were killed": an
        // article in a relative or participle clause on the counted noun opens the clause's
        // object; the figure before the clause is the toll.
        if (previous && previous->value >= 2 && q->value == 1 && q->end_token == q->first_token + 1 &&
            IsIndefiniteArticle(words.Word(q->first_token)) &&
            !ClauseBreakBetween(text, tokens, previous->end_token, c.first_token)) {
          bool relative = false;
          for (uint32_t w = previous->end_token; w < q->first_token && w <= previous->end_token + 3; ++w) {
            relative = relative || IsRelativePronoun(words.Word(w)) || IsClauseParticiple(words.Word(w), language);
          }
          // (So does one in the noun's complement: "dix passagers d'un minibus ont péri", "deux
          // militaires d'une patrouille avaient été tués", "ten passengers of a bus".)
          const std::string_view before_article = words.Word(q->first_token - 1);
          const bool of_a = (before_article == "d'" || before_article == "de" || before_article == "of") &&
                            q->first_token - previous->end_token <= 3;
          if (relative || of_a) {
            found = Casualties{previous->first_token, c.end_token, *previous};
            k = q->end_token - 1;
            continue;
          }
        }
        // The figure's noun is an actor named right after it ("four of the assailants had been
        // killed", "five Malian soldiers were killed"): the gap is counted from its end.
        // A chain of them counts as one noun ("six soldats burkinabè de la Mission des Nations
        // unies au Mali ont été tués").
        // (Also after a participle: "two Egyptian peacekeepers serving with the United Nations
        // mission in Mali were killed".)
        uint32_t noun_end = q->end_token;
        // (Also the members of a force, named through its country: "four members of Niger's
        // defence and security forces were killed", "trois éléments de la garde nationale".)
        if (noun_end + 2 < c.first_token) {
          const std::string_view member = words.Word(noun_end);
          const std::string_view of = words.Word(noun_end + 1);
          if ((member == "members" || member == "membres" || member == "elements") &&
              (of == "of" || of == "de" || of == "des" || of == "du")) {
            noun_end += 2;
            if (noun_end + 3 < c.first_token && tokens[noun_end].kind == TokenKind::kWord &&
                PossessiveAt(text, tokens, noun_end + 1)) {
              noun_end += 3;
            }
          }
        }
        for (bool longer = true; longer;) {
          longer = false;
          uint32_t reach = noun_end + 2;
          for (uint32_t w = noun_end; w < c.first_token && w <= noun_end + 2; ++w) {
            if (tokens[w].kind != TokenKind::kWord) break;
            if (IsClauseParticiple(words.Word(w), language)) {
              reach = w + 3;
              break;
            }
          }
          for (const ActorMention& a : actors) {
            if (a.first_token >= noun_end && a.first_token <= reach && a.end_token <= c.first_token &&
                a.end_token > noun_end) {
              noun_end = a.end_token;
              longer = true;
            }
          }
        }
        // A vague figure in the complement of the counted noun ("vingt personnes de plusieurs
        // nationalités", "20 people of several nationalities") counts something else.
        const bool complement = found && !found->quantity.approximate && q->approximate && q->first_token > begin &&
                                (words.Word(q->first_token - 1) == "de" || words.Word(q->first_token - 1) == "of");
        const bool close = TokensOutsideBrackets(text, tokens, noun_end, c.first_token, &words) <= 5 &&
                           !ClauseBreakBetween(text, tokens, q->end_token, c.first_token);
        if (!complement && (close || VictimsAside(q->end_token, c.first_token))) {
          found = Casualties{q->first_token, c.end_token, *q};
          const std::string_view before_figure = q->first_token > begin ? words.Word(q->first_token - 1) : "";
          found->definite =
              before_figure == "les" || before_figure == "the" || before_figure == "ces" || before_figure == "these";
          // (The counts of an aside after it are its parts: "18 people, four soldiers, ten
          // policemen and four civilians, were killed" is 18.)
          counted_by_kind = !close;
          // "De 40 à 50 morts", "40 to 50 people were killed": a range, of which ACLED keeps the
          // lower figure.
          if (previous && previous->end_token + 1 == q->first_token) {
            const std::string_view joint = words.Word(previous->end_token);
            if ((joint == "a" || joint == "to" || tokens[previous->end_token].In(text) == "-") &&
                previous->value < q->value) {
              found->first_token = previous->first_token;
              found->quantity.value = previous->value;
              found->quantity.first_token = previous->first_token;
            }
          }
          // "dix-neuf gendarmes et un civil ont été tués", "three soldiers and two civilians
          // were killed": ACLED counts the dead of both (a noun between the figures, so that
          // "between 10 and 20 people" is no sum), also when the first noun has its modifiers
          // ("quatre militaires américains des forces spéciales et quatre soldats nigériens").
          // (The first noun may be an actor's long name, with its acronym in brackets: "At least sixteen
          // Volunteers for the Defence of the Homeland (VDP) and two civilians were killed".)
          uint32_t first_noun_end = previous ? previous->end_token : 0;
          for (const ActorMention& a : actors) {
            if (previous && a.first_token >= previous->end_token && a.first_token <= previous->end_token + 1 &&
                a.end_token < q->first_token) {
              first_noun_end = std::max(first_noun_end, a.end_token);
            }
          }
          if (previous && first_noun_end > previous->end_token && first_noun_end + 3 < q->first_token &&
              tokens[first_noun_end].In(text) == "(" && tokens[first_noun_end + 2].In(text) == ")") {
            first_noun_end += 3;
          }
          if (previous && q->first_token >= previous->end_token + 2 && q->first_token <= first_noun_end + 7) {
            bool joined = IsAndWord(words.Word(q->first_token - 1));
            for (uint32_t w = first_noun_end; joined && w + 1 < q->first_token; ++w) {
              joined = tokens[w].kind == TokenKind::kWord && !IsAndWord(words.Word(w));
            }
            // Not when the first count has its own word ("3 soldiers wounded and 1 dead").
            joined = joined && std::none_of(casualties.begin(), casualties.end(), [&](const PhraseMatch& w) {
                       return w.first_token >= previous->end_token && w.first_token < q->first_token;
                     });
            if (joined) {
              found->first_token = previous->first_token;
              found->quantity.value += previous->value;
              found->quantity.at_least = found->quantity.at_least || previous->at_least;
              found->quantity.approximate = found->quantity.approximate || previous->approximate;
            }
          }
          // "Le chef de poste et un garde ont été tués": one person named by a singular definite
          // noun at the head of the clause, joined to the count, is one more dead. (French only:
          // English "the" is as often plural.)
          if (language == "fr" && q->first_token >= begin + 3 && close && found->first_token == q->first_token &&
              IsAndWord(words.Word(q->first_token - 1))) {
            for (uint32_t a = q->first_token - 2; a + 5 >= q->first_token && a >= begin; --a) {
              if (tokens[a].kind != TokenKind::kWord || IsAndWord(words.Word(a)) ||
                  s.quantities.ParseAt(words, tokens, a, q->first_token, language)) {
                break;
              }
              const std::string_view determiner = words.Word(a);
              const bool heads_clause = a == begin || tokens[a - 1].kind == TokenKind::kPunctuation;
              if ((determiner == "le" || determiner == "la" || determiner == "l'") && heads_clause) {
                found->first_token = a;
                found->quantity.value += 1;
                break;
              }
              if (a == begin) break;
            }
          }
        }
        previous = q;
        k = q->end_token - 1;
      }
      // The figure just after ("killing 15"), unless a preposition opens the words after
      // ("killed in an attack" is no figure).
      const bool adjunct_after = [&] {
        const auto adjunct = s.lexicon.adjuncts.matcher.MatchAt(words, c.end_token, end);
        if (!adjunct || !EntryApplies(s.lexicon.adjuncts.entries[adjunct->entry].language, language)) return false;
        if (s.quantities.ParseAt(words, tokens, c.end_token, end, language)) return false;  // "tuant au moins 18"
        // (Nor "was killed along with three of his guards": the others killed with him.)
        const uint32_t with = words.Word(c.end_token) == "along" ? c.end_token + 1 : c.end_token;
        return !(one && words.Word(with) == "with" && s.quantities.ParseAt(words, tokens, with + 1, end, language));
      }();
      // A verb of killing whose object is animals or an aircraft counts no one ("killed three
      // cattle", "avoir abattu un avion").
      // (Not when a bare figure is right before the verb: "8 killed 2 vehicles destroyed".)
      const bool kills_no_one = [&] {
        if (adjunct_after || c.end_token >= end) return false;
        if (found && found->quantity.end_token == c.first_token) return false;
        const std::string_view after_verb = words.Word(c.end_token);
        const uint32_t at = after_verb == "the" || after_verb == "les" ? c.end_token + 1 : c.end_token;
        const auto q = s.quantities.ParseAt(words, tokens, at, end, language);
        return not_people_at(q ? q->end_token : at);
      }();
      if (kills_no_one) continue;
      for (size_t k = c.end_token; !adjunct_after && k < std::min(end, static_cast<size_t>(c.end_token) + 3) && !found;
           ++k) {
        if (in_date(k)) continue;
        // "y ont perdu la vie, et quatre-vingts assaillants ont été neutralisés": a figure after
        // a comma is in the next clause.
        if (tokens[k].kind == TokenKind::kPunctuation && (tokens[k].In(text) == "," || tokens[k].In(text) == ";"))
          break;
        auto q = s.quantities.ParseAt(words, tokens, k, end, language);
        // (Nor things counted after the toll noun: "le bilan de plusieurs opérations".)
        if (!q || measure_at(q->end_token) || not_people_at(q->end_token)) continue;
        // A toll is a figure: an article after "toll", "bilan" opens a noun ("the death toll
        // from an attack").
        if (toll_noun && q->value == 1 && q->end_token == k + 1 &&
            IsIndefiniteArticle(words.Word(static_cast<uint32_t>(k)))) {
          continue;
        }
        // "were killed and at least 6 wounded": a figure with a count word of its own right
        // after it (or after its noun) is not this toll.
        if (other_count_at(q->end_token) || other_count_at(q->end_token + 1)) break;
        found = Casualties{c.first_token, q->end_token, *q};
        // "Le maire a été tué avec trois de ses compagnons", "was killed along with two
        // guards": the one the singular verb tells of, and those with him.
        // (A figure, not an article: "killed with a machete".)
        const bool with_others =
            (k == c.end_token + 1 && (words.Word(c.end_token) == "avec" || words.Word(c.end_token) == "with")) ||
            (k == c.end_token + 2 && words.Word(c.end_token) == "along" && words.Word(c.end_token + 1) == "with");
        if (one && with_others && q->value >= 2) found->quantity.value += 1;
        // "killed a pastor and five worshippers", "ont tué un imam et trois fidèles": two
        // counts of the verb's object, each with its noun, add up.
        // (Not a range, "ten children between five and thirteen years old", nor a count of the
        // wounded, "two bodies and a third severely wounded".)
        for (uint32_t w = q->end_token; w < end && w <= q->end_token + 3 && tokens[w].kind == TokenKind::kWord; ++w) {
          if (s.quantities.ParseAt(words, tokens, w, end, language) || words.Word(w) == "between" ||
              words.Word(w) == "entre") {
            break;
          }
          if (!IsAndWord(words.Word(w))) continue;
          if (w == q->end_token) break;  // no noun between
          auto more = s.quantities.ParseAt(words, tokens, w + 1, end, language);
          if (more && !more->approximate && !other_count_at(more->end_token) && !other_count_at(more->end_token + 1) &&
              !other_count_at(more->end_token + 2)) {
            found->end_token = more->end_token;
            found->quantity.value += more->value;
            found->quantity.at_least = found->quantity.at_least || more->at_least;
          }
          break;
        }
      }
      // A figure right after the verb is its object, the dead ("a roadside bomb killed four
      // peacekeepers", "un engin explosif a tué quatre soldats", "three gunmen killed two
      // soldiers"): it outranks a figure before with a noun between, which counts the doers or
      // is an article read as one. Not a figure right before the verb ("8 killed, 2 vehicles
      // destroyed"), nor an article after it ("killed a day after").
      if (found && found->quantity.end_token < c.first_token && !adjunct_after && c.end_token < end &&
          !in_date(c.end_token)) {
        // (Also after a definite article: "security forces killed the two attackers".)
        const std::string_view after_verb = words.Word(c.end_token);
        const bool definite = after_verb == "the" || after_verb == "les";
        auto q = s.quantities.ParseAt(words, tokens, definite ? c.end_token + 1 : c.end_token, end, language);
        if (q && q->value >= 2 && !other_count_at(q->end_token) && !other_count_at(q->end_token + 1) &&
            !measure_at(q->end_token)) {
          found = Casualties{c.first_token, q->end_token, *q};
        }
      }
      // "The mayor was killed", "un soldat a été tué": a singular verb with no figure is one dead.
      // (Not "no one was killed", "nobody was killed".)
      const bool no_one =
          c.first_token >= begin + 1 && (words.Word(c.first_token - 1) == "nobody" ||
                                         (c.first_token >= begin + 2 && words.Word(c.first_token - 1) == "one" &&
                                          words.Word(c.first_token - 2) == "no"));
      if (!found && one && !no_one) {
        found = Casualties{c.first_token, c.end_token, Quantity{c.first_token, c.end_token, 1}, true};
      }
      // "A également été tué", "were also killed": dead besides those told before.
      if (found) {
        for (uint32_t k = c.first_token; k < c.end_token; ++k) {
          const std::string_view w = words.Word(k);
          if (w == "egalement" || w == "aussi" || w == "also") found->additional = true;
        }
      }
      // "assassinated the mayor of Boni", "ont abattu le chef du village": a verb whose object is
      // one person named with a definite article is one dead ("killed a trader" is read as a
      // figure above).
      if (!found && c.end_token + 1 < end && !adjunct_after && !in_date(c.end_token)) {
        if (const uint32_t head = SingularObjectEnd(words, tokens, c.end_token, end, s.lexicon.adjuncts, language);
            head > c.end_token) {
          found = Casualties{c.first_token, head, Quantity{c.end_token, head, 1}, true};
        }
      }
      if (!found || found->quantity.value > 100000) continue;  // "10000000 morts" is no toll
      // "Vingt-neuf personnes avaient perdu la vie dimanche dans deux attaques distinctes",
      // "killed in three separate attacks": a toll over several incidents is none of theirs.
      const bool over_incidents = [&] {
        // (Or counted as the subject of the toll: "deux attaques ont coûté la vie à quatre
        // personnes", "two attacks killed four people"; not people: "deux manifestants ont été tués".)
        if (std::any_of(triggers_here.begin(), triggers_here.end(), [&](const PhraseMatch& t) {
              if (t.end_token > c.first_token || t.end_token + 2 < c.first_token || t.first_token < begin + 1) {
                return false;
              }
              const FrameClass& kind = s.lexicon.frame_classes.Of(s.lexicon.triggers.entries[t.entry].frame);
              if (!kind.violent || kind.harm) return false;
              // (Nor people the trigger names: "deux kamikazes ont tué 58 personnes".)
              if (SpanHoldsActor(actors, t.first_token, t.end_token)) return false;
              for (uint32_t k = t.end_token; k < c.first_token; ++k) {
                if (tokens[k].kind != TokenKind::kWord) return false;
              }
              for (uint32_t at = t.first_token > begin + 2 ? t.first_token - 2 : begin; at < t.first_token; ++at) {
                const auto q = s.quantities.ParseAt(words, tokens, at, t.first_token, language);
                if (q && q->end_token == t.first_token && q->value >= 2 && q->value <= 20) return true;
              }
              return false;
            })) {
          return true;
        }
        for (uint32_t k = c.end_token; k < end && k < c.end_token + 6; ++k) {
          if (tokens[k].kind == TokenKind::kPunctuation) return false;
          const std::string_view w = words.Word(k);
          if (w != "dans" && w != "lors" && w != "in" && w != "during") continue;
          const uint32_t at = k + 1 < end && (words.Word(k + 1) == "de" || words.Word(k + 1) == "d'") ? k + 2 : k + 1;
          const auto q = s.quantities.ParseAt(words, tokens, at, end, language);
          if (!q || q->value < 2 || q->value > 20) return false;
          return std::any_of(triggers_here.begin(), triggers_here.end(), [&](const PhraseMatch& t) {
            return t.first_token == q->end_token || t.first_token == q->end_token + 1;
          });
        }
        return false;
      }();
      if (over_incidents) continue;
      // Each source's figure, after a cue that they differ: the lowest stands.
      if (dead && dead->quantity.first_token >= sources_differ_from) {
        if (found->quantity.value < dead->quantity.value) dead = found;
        continue;
      }
      // Another source's figure after the one told first is an alternative, not a part: the
      // lower stands ("une vingtaine de tués selon un élu, et d'autres sources évoquent plus
      // d'une trentaine de morts").
      if (dead && std::any_of(casualties.begin(), casualties.end(), [&](const PhraseMatch& d) {
            const CasualtyKind kind = s.lexicon.casualties.entries[d.entry].kind;
            return (kind == CasualtyKind::kOtherSource || kind == CasualtyKind::kOtherFigure) &&
                   EntryApplies(s.lexicon.casualties.entries[d.entry].language, language) &&
                   d.first_token >= dead->quantity.end_token && d.end_token <= found->quantity.first_token;
          })) {
        if (found->quantity.value < dead->quantity.value) dead = found;
        continue;
      }
      // "Cinq gendarmes ont perdu la vie ; au moins cinq civils ont également été tués": a count
      // told as one more (an addition cue between its figure and its word) adds to the count
      // told before it in the sentence.
      // (Not a count of one told by an article, "un responsable du HCUA a été abattu": the
      // frames' tolls add up the victims told one by one.)
      const auto article_one = [&](const Casualties& d) {
        return d.quantity.value == 1 && d.quantity.end_token == d.quantity.first_token + 1 &&
               IsIndefiniteArticle(words.Word(d.quantity.first_token));
      };
      // (So does a count of "others": "Deux soldats ont été tués sur le coup ; deux autres, grièvement
      // touchés, ont succombé peu après", "two other soldiers died later".)
      const std::string_view after_figure = words.Word(found->quantity.end_token);
      const bool others = after_figure == "autres" || after_figure == "others" || after_figure == "other";
      const bool told_as_more =
          dead && !dead->implied && !found->implied && !article_one(*dead) && dead->end_token <= found->first_token &&
          (others || std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& cue) {
             const ModalityEntry& e = s.lexicon.modality.entries[cue.entry];
             return e.kind == ModalityKind::kAddition && EntryApplies(e.language, language) &&
                    cue.first_token >= found->quantity.end_token && cue.end_token <= found->end_token;
           }));
      // "Un Casque bleu a été tué à l'intérieur du camp, tandis que deux civils ont perdu la vie à
      // l'extérieur": other dead, told beside the first, add up too. (Not "while": "while 11
      // people were killed when a roadside bomb hit their vehicle" is another incident; nor "alors
      // que", which brings an earlier estimate.)
      const bool told_beside = dead && dead->end_token <= found->quantity.first_token &&
                               found->quantity.first_token >= begin + 2 &&
                               words.Word(found->quantity.first_token - 2) == "tandis" &&
                               words.Word(found->quantity.first_token - 1) == "que";
      if (told_as_more || told_beside) {
        found->first_token = dead->first_token;
        found->quantity.value += dead->quantity.value;
        found->quantity.at_least = found->quantity.at_least || dead->quantity.at_least;
      }
      // A figure after a cue of another figure, the first of its sentence, stands against the toll
      // told before in the report ("Le communiqué avance un autre chiffre : sept gardes tués").
      if (!dead && std::any_of(casualties.begin(), casualties.end(), [&](const PhraseMatch& d) {
            return s.lexicon.casualties.entries[d.entry].kind == CasualtyKind::kOtherFigure &&
                   EntryApplies(s.lexicon.casualties.entries[d.entry].language, language) &&
                   d.end_token <= found->quantity.first_token;
          })) {
        found->alternative = true;
      }
      if (!dead || found->quantity.value > dead->quantity.value) dead = found;
      // Whose dead the figure counts: armed men named right after it ("eleven militants",
      // "four of the assailants"), unless a victims' word puts them among the others ("20
      // morts, dont 3 assaillants").
      // Not an article read as one before a toll word ("un bilan impossible à vérifier").
      uint32_t figure_end = found->quantity.end_token;
      // (Past the figure in brackets that army communiqués repeat: "treize (13) terroristes".)
      if (figure_end + 2 < end && tokens[figure_end].In(text) == "(" &&
          tokens[figure_end + 1].kind == TokenKind::kNumber && tokens[figure_end + 2].In(text) == ")") {
        figure_end += 3;
      }
      if (found->implied || (found->quantity.value == 1 && figure_end == c.first_token &&
                             tokens[found->quantity.first_token].kind == TokenKind::kWord)) {
        continue;
      }
      // "Repelled the attackers and killed ten of them", "en a tué dix d'entre eux": the figure
      // counts the actor named last before it in its clause.
      const bool of_them =
          figure_end + 1 < end && ((words.Word(figure_end) == "of" && words.Word(figure_end + 1) == "them") ||
                                   (words.Word(figure_end) == "d'" && words.Word(figure_end + 1) == "entre") ||
                                   (words.Word(figure_end) == "parmi" && words.Word(figure_end + 1) == "eux"));
      const ActorMention* named_before = nullptr;
      for (size_t a = 0; of_them && a < actors.size(); ++a) {
        if (actors[a].end_token <= found->quantity.first_token && actors[a].first_token >= begin) {
          named_before = &actors[a];
        }
      }
      // "L'ennemi a été repoussé en laissant neuf corps sur le terrain", "were repelled, leaving
      // five bodies behind": those who withdrew left their own dead.
      const bool left_behind = [&] {
        const uint32_t at = found->quantity.first_token;
        bool left = false;
        for (uint32_t k = at > begin + 2 ? at - 2 : begin; k < at; ++k) {
          const std::string_view w = words.Word(k);
          left = left || w == "laissant" || w == "laisse" || w == "leaving" || w == "left";
        }
        return left && std::any_of(triggers_here.begin(), triggers_here.end(), [&](const PhraseMatch& t) {
                 return t.end_token <= at && s.lexicon.triggers.entries[t.entry].frame == "repel";
               });
      }();
      // (Not a sum that counts state forces too: "dix-sept militaires et trente-six VDP" are the
      // dead of the side the militia fights beside.)
      const bool armed =
          (left_behind ||
           std::any_of(actors.begin(), actors.end(),
                       [&](const ActorMention& a) {
                         return a.first_token >= figure_end && a.first_token <= figure_end + 2 &&
                                IsNonStateArmed(a.type);
                       }) ||
           (of_them && named_before && IsNonStateArmed(named_before->type) &&
            !ClauseBreakBetween(text, tokens, named_before->end_token, found->quantity.first_token,
                                /*commas=*/true))) &&
          std::none_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
            // (Nor one that an aside counts again by kind: "douze combattants, quatre militaires
            // et huit VDP, ont été tués".)
            return a.type == ActorType::kState && a.first_token >= found->first_token &&
                   a.first_token < std::max(figure_end, found->end_token);
          });
      const bool among = std::any_of(roles_in_sentence.begin(), roles_in_sentence.end(), [&](const PhraseMatch& r) {
        const RoleEntry& role = s.lexicon.roles.entries[r.entry];
        return role.kind == RoleKind::kVictim && EntryApplies(role.language, language) &&
               r.end_token <= found->quantity.first_token && found->quantity.first_token - r.end_token <= 1;
      });
      // "Côté ami, on déplore deux morts": the forces' own dead, whatever noun follows.
      const bool own_side = std::any_of(roles_in_sentence.begin(), roles_in_sentence.end(), [&](const PhraseMatch& r) {
        const RoleEntry& role = s.lexicon.roles.entries[r.entry];
        return role.kind == RoleKind::kOwnSide && EntryApplies(role.language, language) &&
               r.end_token <= found->quantity.first_token && found->quantity.first_token - r.end_token <= 5 &&
               !ClauseBreakBetween(text, tokens, r.end_token, found->quantity.first_token, /*commas=*/false);
      });
      std::optional<Casualties>& side = armed && !among && !own_side ? armed_dead : other_dead;
      if ((own_side || !among) && (!side || found->quantity.value > side->quantity.value)) side = found;
    }
    // ACLED counts every death: the attackers' dead told beside their victims' add up ("five
    // people were killed ..., four of the assailants had been killed": 9).
    if (armed_dead && other_dead) {
      Casualties both = *other_dead;
      both.first_token = std::min(other_dead->first_token, armed_dead->first_token);
      both.end_token = std::max(other_dead->end_token, armed_dead->end_token);
      both.AddOtherSide(armed_dead->quantity.value, armed_dead->quantity);
      both.armed_part = armed_dead->quantity.value;
      dead = both;
    } else if (dead && armed_dead && dead->first_token == armed_dead->first_token) {
      dead->side = Casualties::Side::kArmed;
    } else if (dead && other_dead && dead->first_token == other_dead->first_token) {
      dead->side = Casualties::Side::kOthers;
    }
    // What an armed group says or claims it killed is its word, not a count ACLED adds to
    // the other side's dead ("JNIM says the raid killed 11 soldiers", "claimed responsibility
    // but said it had killed 15 Dozos"), and another source's toll comes before it; nor is a
    // vague count ("a number of attackers") added.
    if (dead) {
      auto armed_group = [](const ActorMention& a) { return a.actor >= 0 && IsNonStateArmed(a.type); };
      const std::span<const PhraseMatch> triggers_of_sentence = matches(si, kTriggers);
      const bool claim =
          std::any_of(triggers_of_sentence.begin(), triggers_of_sentence.end(),
                      [&](const PhraseMatch& m) { return s.lexicon.triggers.entries[m.entry].frame == "claim"; });
      // A verb of reporting after the toll whose speaker is no armed group ("..., au cours de
      // laquelle plus de cent personnes ont été tuées, selon des sources locales", "..., officials
      // said") gives the toll another source than the group that claims the attack; not when
      // a verb of reporting before the toll gave it as the group's words ("claimed the attack,
      // saying its fighters killed 107 soldiers, according to a monitoring group").
      auto report_cue = [&](const PhraseMatch& m) {
        return s.lexicon.modality.entries[m.entry].kind == ModalityKind::kReport &&
               EntryApplies(s.lexicon.modality.entries[m.entry].language, language);
      };
      const bool another_source =
          std::none_of(modality_here.begin(), modality_here.end(),
                       [&](const PhraseMatch& m) { return report_cue(m) && m.end_token <= dead->first_token; }) &&
          std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& m) {
            return report_cue(m) && m.first_token >= dead->end_token &&
                   std::none_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                     return armed_group(a) && ((a.end_token <= m.first_token && m.first_token <= a.end_token + 1) ||
                                               (a.first_token >= m.end_token && a.first_token <= m.end_token + 2));
                   });
          });
      const bool group_speaks =
          (claim && !another_source && std::any_of(actors.begin(), actors.end(), armed_group)) ||
          std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& m) {
            return s.lexicon.modality.entries[m.entry].kind == ModalityKind::kReport &&
                   std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                     return armed_group(a) && a.end_token <= m.first_token && m.first_token <= a.end_token + 1;
                   });
          });
      dead->group_claim = group_speaks;
      if (group_speaks || (dead->quantity.approximate && dead->quantity.value < 10)) {
        dead->side = Casualties::Side::kUnknown;
      }
    }

    // A background phrase governs what follows it in a sentence without a day of its own
    // ("The raid follows an earlier attack in Kidal, in which four people were killed", "came
    // a month after 71 soldiers were killed at Inates in December"); a day of the sentence's
    // own ("depuis mardi") makes it today's news.
    // A sentence with no day of its own: undated, or dated by a week, a month or a year.
    const bool no_day = !sentence_date || sentence_date->time_precision >= 2;
    // So does one right after a noun of violence, its subject ("Plus tôt dans la semaine, un
    // échange de tirs avait déjà été signalé": the pluperfect follows the noun), and one that
    // opens the trigger ("avaient été enlevés").
    // Not a cue in reported speech, where the pluperfect is the tense of what was said ("Le
    // ministre a ajouté que 28 civils avaient été massacrés"): "que" right after a verb of
    // reporting, a few words before the cue.
    auto reported = [&](uint32_t cue) {
      return std::any_of(report_ends.begin(), report_ends.end(), [&](uint32_t e) {
        if (e >= cue || cue - e > 8) return false;
        const std::string_view w = words.Word(e);
        return w == "que" || w == "qu'";
      });
    };
    auto in_background = [&](uint32_t token, uint32_t end_token = 0) {
      return no_day && std::any_of(modal.begin(), modal.end(), [&](const auto& cue) {
               return (cue.second == ModalityKind::kBackground || cue.second == ModalityKind::kAnniversary) &&
                      (cue.first <= token || (end_token > 0 && cue.first == end_token)) && !reported(cue.first);
             });
    };
    // A span of years in the trigger's clause, before or after it, sums up many incidents in
    // a sentence without a day: "Several foreigners have been kidnapped in the Sahel in recent
    // years", "ces dernières années, des dizaines d'enseignants ont été enlevés". A relative
    // clause set off by a comma has no day of the sentence's: "les soldats menaient depuis
    // mardi une opération dans ce secteur, où les habitants subissent assassinats et razzias".
    auto day_in_clause_of = [&](uint32_t token) {
      if (no_day) return false;
      const uint32_t from = std::min(token, sentence_date->first_token);
      const uint32_t to = std::max(token, sentence_date->end_token);
      // (Up to the comma right before the token: "Mardi, la force, qui combat les groupes".)
      for (uint32_t k = from; k < to && k + 1 < end; ++k) {
        if (tokens[k].kind != TokenKind::kPunctuation || tokens[k].In(text) != ",") continue;
        const std::string_view next = words.Word(k + 1);
        if (next == "ou" || next == "where" || next == "qui" || next == "which") return false;
      }
      return true;
    };
    auto in_period = [&](uint32_t first, uint32_t end_token) {
      return std::any_of(modal.begin(), modal.end(), [&](const auto& cue) {
        if (cue.second != ModalityKind::kPeriod || day_in_clause_of(cue.first)) return false;
        // (A span that opens the sentence, set off by a comma, spans its main clause: "For
        // years, villages on this stretch of the border have suffered cattle raids".)
        uint32_t from = cue.first;
        for (uint32_t k = cue.first + 1; cue.first == begin && k < first && k <= cue.first + 4; ++k) {
          if (tokens[k].kind != TokenKind::kPunctuation) continue;
          if (tokens[k].In(text) == ",") from = k + 1;
          break;
        }
        // (A relative clause on the clause's noun is in its span: "vit depuis des mois sous le
        // blocus des groupes armés, qui contrôlent ses accès et ont saboté ses points d'eau".)
        return cue.first < first ? !NewClauseBetween(text, tokens, words, from, first)
                                 : !ClauseBreakBetween(text, tokens, end_token, cue.first);
      });
    };
    auto governed = [&](const PhraseMatch& trigger) {
      if (in_background(trigger.first_token, trigger.end_token) || in_period(trigger.first_token, trigger.end_token)) {
        return true;
      }
      // A nil toll cancels no trigger, but what it lists beside the toll ("no casualties or
      // clashes were reported", "ni victime ni affrontement").
      for (uint32_t e : no_toll_ends) {
        if (trigger.first_token == e + 1 && e < end) {
          const std::string_view w = words.Word(e);
          if (w == "or" || w == "nor" || w == "and" || w == "ou" || w == "ni" || w == "et") return true;
        }
      }
      for (const auto& [at, kind] : modal) {
        if (kind == ModalityKind::kReport || kind == ModalityKind::kReference || kind == ModalityKind::kNoToll ||
            kind == ModalityKind::kAddition || kind == ModalityKind::kPeriod || kind == ModalityKind::kOtherIncident ||
            kind == ModalityKind::kLater)
          continue;
        if (kind == ModalityKind::kBackground) continue;
        // What a kind of incident is in law ("attacks on peacekeepers may amount to war
        // crimes", "s'en prendre à des Casques bleus peut constituer un crime de guerre"):
        // its clause tells of no incident, before or after the phrase.
        if (kind == ModalityKind::kGeneral) {
          if (at >= trigger.end_token ? !ClauseBreakBetween(text, tokens, trigger.end_token, at)
                                      : !ClauseBreakBetween(text, tokens, at, trigger.first_token)) {
            return true;
          }
          continue;
        }
        // An anniversary opening the clause of a trigger, in a sentence whose date belongs to
        // its next clause, recalls an older incident: "Ten years after Boko Haram seized 276
        // schoolgirls in Chibok, parents gathered on Sunday", "deux ans après l'attaque de
        // Solhan, les habitants ont manifesté dimanche".
        // The same clause after the dated one: "Families prayed in Chibok on Sunday, a decade
        // after Boko Haram fighters took 276 students in a night raid": what follows the cue in
        // its clause is the older incident ("Mercredi, au lendemain des inhumations, des
        // manifestants ont mis le feu à la préfecture": a new clause is Wednesday's).
        if (kind == ModalityKind::kAnniversary) {
          if (sentence_date && at < trigger.first_token && trigger.first_token - at <= 8 &&
              sentence_date->first_token >= trigger.end_token &&
              !ClauseBreakBetween(text, tokens, at, trigger.first_token) &&
              ClauseBreakBetween(text, tokens, trigger.end_token, sentence_date->first_token)) {
            return true;
          }
          if (sentence_date && sentence_date->end_token <= at && at < trigger.first_token &&
              ClauseBreakBetween(text, tokens, sentence_date->end_token, at) &&
              !ClauseBreakBetween(text, tokens, at, trigger.first_token)) {
            return true;
          }
          continue;
        }
        // Within the clause before the trigger, or the negation right after the verb
        // ("n'ont pas été tués", "were not killed"), not after a comma ("exchanged gunfire,
        // no casualties were reported": the toll is nil, the clash stands).
        // (A list of charges runs over commas: "condamné pour crimes contre l'humanité, crimes
        // de guerre et actes de torture".)
        const bool charge = kind == ModalityKind::kCharge;
        const bool clause_break = ClauseBreakBetween(text, tokens, at, trigger.first_token, /*commas=*/!charge);
        const bool before =
            at < trigger.first_token && trigger.first_token - at <= (charge ? 12u : 8u) && !clause_break;
        const bool after = at >= trigger.end_token && at <= trigger.end_token + 1 && kind == ModalityKind::kNegation &&
                           !ClauseBreakBetween(text, tokens, trigger.end_token, at);
        const bool inside = at >= trigger.first_token && at < trigger.end_token;
        // A denial in the relative clause after it: "le JNIM affirme s'être emparé du camp, ce
        // que l'état-major dément", "claimed to have seized the town, which the army denied".
        bool denied = false;
        if (kind == ModalityKind::kNegation && at > trigger.end_token && at <= trigger.end_token + 12) {
          for (uint32_t k = trigger.end_token; k + 2 < at && !denied; ++k) {
            if (tokens[k].In(text) != ",") continue;
            const std::string_view w1 = words.Word(k + 1);
            const std::string_view w2 = words.Word(k + 2);
            denied = (w1 == "ce" && (w2 == "que" || w2 == "qu'")) || w1 == "which" || (w1 == "a" && w2 == "claim");
            if (!denied) break;  // another clause
          }
        }
        if (before || after || inside || denied) return true;
      }
      return false;
    };
    // A background date cancels the triggers of an undated sentence, but not those before a
    // comma that ends their clause: "132 people were killed in a raid on Solhan, the
    // deadliest attack since the violence began in 2015". (A label's colon, "Arrests: ...
    // in March 2016", ends no clause.)
    auto background_only = [&](const PhraseMatch& trigger) {
      if (!background) return false;
      // A past year that names the incident ("the 1987 assassination", "l'assassinat de
      // 1987", "the coup of 2012") makes it background whatever else the sentence dates.
      // So does one that ends the trigger's phrase, within seven words and no other trigger
      // ("tués lors du coup d'État d'octobre 1987", "killed during the coup of 1987").
      const bool named_by_year = std::any_of(temporals.begin(), temporals.end(), [&](const TemporalMention& t) {
        if (!t.background) return false;
        // (Also a possessive: "a ceasefire that last year's peace agreement was meant to secure".)
        if (t.end_token == trigger.first_token ||
            (t.end_token + 2 == trigger.first_token && PossessiveAt(text, tokens, t.end_token))) {
          return true;
        }
        if (t.first_token <= trigger.end_token || t.first_token > trigger.end_token + 7) return false;
        const std::string_view link = words.Word(t.first_token - 1);
        if (link != "de" && link != "d'" && link != "of" && link != "en" && link != "in") return false;
        for (uint32_t k = trigger.end_token; k < t.first_token; ++k) {
          if (tokens[k].kind != TokenKind::kWord) return false;
        }
        return std::none_of(sentence_verbs.begin(), sentence_verbs.end(), [&](const PhraseMatch& other) {
          return other.first_token >= trigger.end_token && other.first_token < t.first_token;
        });
      });
      if (named_by_year) return true;
      if (sentence_date) return false;
      return std::any_of(temporals.begin(), temporals.end(), [&](const TemporalMention& t) {
        if (!t.background) return false;
        if (t.first_token < trigger.first_token) return true;
        // (A comma right before "in"/"en" and the date sets it off as the trigger's own
        // adverbial: "had been seized once before, in April 2012"; so does a participle of the
        // trigger's noun between them: "L'attaque de la station balnéaire, commise en mars 2016";
        // or a word that narrows the month, ", début janvier,", or opens a span, ", since February
        // 2015". Only the last comma counts: those before it set off an apposition, "attacks by
        // Boko Haram and its rival faction, the Islamic State West Africa Province, since".)
        const auto in_word = [&](uint32_t at) {
          const std::string_view w = words.Word(at);
          return w == "in" || w == "en" || w == "debut" || w == "fin" || w == "early" || w == "late" || w == "since" ||
                 w == "depuis";
        };
        for (uint32_t k = t.first_token; k > trigger.end_token; --k) {
          if (tokens[k - 1].kind != TokenKind::kPunctuation || tokens[k - 1].In(text) != ",") continue;
          const uint32_t comma = k - 1;
          return (comma + 2 == t.first_token && in_word(comma + 1)) ||
                 (comma + 3 == t.first_token && in_word(comma + 2) && tokens[comma + 1].kind == TokenKind::kWord);
        }
        return true;
      });
    };

    // Roles: "par X", "by X", "contre X".
    const std::span<const PhraseMatch> roles = matches(si, kRoles);
    // A parent or ally named in passing: the group after the affiliation word ("JNIM, linked
    // to al-Qaeda"), or before its hyphen ("the al Qaeda-linked JNIM", "an al Qaeda-linked
    // group"); never the doer.
    auto named_in_passing = [&](const ActorMention& a) {
      return std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
        const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
        if (entry.kind != RoleKind::kAffiliation || !EntryApplies(entry.language, language)) return false;
        const bool hyphen = r.first_token > begin && tokens[r.first_token - 1].In(text) == "-";
        return hyphen ? a.end_token + 1 == r.first_token
                      : a.first_token == r.end_token || a.first_token == r.end_token + 1;
      });
    };
    auto actor_after_role = [&](RoleKind wanted) -> std::optional<ActorMention> {
      for (const PhraseMatch& r : roles) {
        const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
        if (entry.kind != wanted || !EntryApplies(entry.language, language)) continue;
        // "On Monday, gunmen killed...": a role word and an actor in different clauses are
        // not one phrase. A count before the doer is part of its phrase ("by about a dozen
        // armed men", "par une centaine d'hommes armés"). Nor is a preposition that opens a
        // date ("On Monday gunmen opened fire").
        // (Not the doer of another noun's undertaking: "après l'opération lancée par l'armée", "the
        // operation launched by French forces"; "l'attaque lancée par le JNIM" is the attack's, and
        // a group "led by" or "menée par" someone is that group.)
        // (roles.tsv kind undertaking.)
        if (entry.undertaking && r.first_token > begin) {
          const uint32_t noun = r.first_token - 1;
          if (std::none_of(sentence_verbs.begin(), sentence_verbs.end(),
                           [&](const PhraseMatch& t) { return t.first_token <= noun && noun < t.end_token; })) {
            continue;
          }
        }
        uint32_t from = r.end_token;
        if (wanted == RoleKind::kAgent && from < end && tokens[from].kind != TokenKind::kPunctuation) {
          if (const auto q = s.quantities.ParseAt(words, tokens, from, end, language)) from = q->end_token;
        }
        for (const ActorMention& a : actors) {
          if (a.first_token >= r.end_token && a.first_token <= from + 2 &&
              !ClauseBreakBetween(text, tokens, r.end_token, a.first_token) &&
              !(a.first_token > r.end_token && in_date(r.end_token))) {
            // (Past a parent named in passing: "claimed by the al Qaeda-linked alliance JNIM".)
            if (wanted == RoleKind::kAgent && named_in_passing(a)) {
              from = std::max(from, a.end_token + 3);
              continue;
            }
            return a;
          }
        }
      }
      return std::nullopt;
    };

    const std::span<const PhraseMatch> sentence_triggers = matches(si, kTriggers);
    // What a demonstration denounced is its cause, not an event: "protested against the arrest
    // of", "marched in protest against massacres", "manifesté pour dénoncer l'enlèvement", "the
    // demonstrators denounced insecurity after the Inata attack". A trigger of another family
    // after a grievance word in its clause, or within three words (no actor, no punctuation)
    // after a target word ("against", "contre"), when a demonstration's trigger ("protested",
    // "the demonstrators") comes before that word in the sentence.
    const FrameClass& protest_class = s.lexicon.frame_classes.Of("protest");
    const FrameClass& attack_class = s.lexicon.frame_classes.Of("attack");
    auto grievance = [&](const PhraseMatch& m) {
      const FrameClass& kind = s.lexicon.frame_classes.Of(s.lexicon.triggers.entries[m.entry].frame);
      if (kind.demonstration || FrameClasses::SameFamily(kind, protest_class)) return false;
      return std::any_of(roles_in_sentence.begin(), roles_in_sentence.end(), [&](const PhraseMatch& r) {
        const RoleEntry& role = s.lexicon.roles.entries[r.entry];
        const bool word = role.kind == RoleKind::kGrievance;
        if ((!word && role.kind != RoleKind::kTarget) || !EntryApplies(role.language, language) ||
            r.end_token > m.first_token || NewClauseBetween(text, tokens, words, r.end_token, m.first_token)) {
          return false;
        }
        if (!word) {
          if (m.first_token - r.end_token > 3) return false;
          for (uint32_t k = r.end_token; k < m.first_token; ++k) {
            if (tokens[k].kind != TokenKind::kWord) return false;
          }
          if (std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                return a.first_token >= r.end_token && a.first_token < m.first_token;
              })) {
            return false;
          }
        }
        return std::any_of(sentence_triggers.begin(), sentence_triggers.end(), [&](const PhraseMatch& w) {
          const TriggerEntry& t = s.lexicon.triggers.entries[w.entry];
          return w.first_token < r.end_token && EntryApplies(t.language, language) &&
                 s.lexicon.frame_classes.Of(t.frame).demonstration;
        });
      });
    };
    // The toll told after the first such cause is the cause's ("after the Inata attack, which
    // killed 53"), not the demonstration's.
    uint32_t grievance_from = UINT32_MAX;
    for (const PhraseMatch& m : sentence_triggers) {
      if (EntryApplies(s.lexicon.triggers.entries[m.entry].language, language) && grievance(m)) {
        grievance_from = std::min(grievance_from, m.first_token);
      }
    }
    // The sentence's place: the first specific place, else a region, else a country; never
    // a town abroad when the report is about one country.
    int32_t sentence_place = -1;
    int best_rank = 99;
    for (size_t i = 0; i < places.size(); ++i) {
      if (place_token[i] < begin || place_token[i] >= end || dateline[i] || across_border[i]) continue;
      // (Nor where the grievance of a demonstration happened: "les marcheurs ont défilé [...] pour
      // dénoncer les tueries sur la route Mopti–Bandiagara–Bankass".)
      if (place_token[i] > grievance_from) continue;
      const auto& p = s.geoparser.gazetteer().Place(static_cast<uint32_t>(places[i].place));
      const bool country = std::strncmp(p.feature_code, "PCL", 3) == 0;
      if (abroad(i)) continue;
      // (Ranks in quarters: a town 4, a district 5, a region 8, a country 12.)
      const bool district =
          std::strncmp(p.feature_code, "ADM2", 4) == 0 || std::strncmp(p.feature_code, "ADM3", 4) == 0;
      int rank = country ? 12 : places[i].geo_precision < 3 ? 4 : district ? 5 : 8;
      // A country's capital named through the country ("in Burkina Faso's capital", "dans la
      // capitale du Mali", "the capital of Niger") is a town: the record puts a country at its
      // capital.
      if (country && NamesTheCapital(text, places[i].mention.start, places[i].mention.end)) rank = 4;
      // A town a distance is measured from ("about 80 km from Timbuktu in the Goundam
      // district", "à 30 km de Kaya") is a landmark: another town or the district the
      // sentence names is nearer the incident, though the landmark is nearer than a region.
      // (Also with a bearing between: "à quelque 200 kilomètres au sud-ouest de Gao", "80 km
      // north-east of Kidal".)
      if (place_token[i] >= begin + 2) {
        const std::string_view from = words.Word(place_token[i] - 1);
        uint32_t unit_at = place_token[i] - 2;
        auto bearing = [](std::string_view w) {
          return w == "au" || w == "a" || w == "l'" || w == "-" || w == "nord" || w == "sud" || w == "est" ||
                 w == "ouest" || w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" ||
                 w == "northwest" || w == "southeast" || w == "southwest" || w == "nord-est" || w == "nord-ouest" ||
                 w == "sud-est" || w == "sud-ouest" || w == "north-east" || w == "north-west" || w == "south-east" ||
                 w == "south-west";
        };
        while (unit_at > begin && place_token[i] - unit_at < 7 &&
               (bearing(words.Word(unit_at)) || tokens[unit_at].In(text) == "-")) {
          --unit_at;
        }
        const std::string_view unit = words.Word(unit_at);
        if ((from == "from" || from == "de" || from == "d'" || from == "of") &&
            (unit == "km" || unit == "kilometres" || unit == "kilometers" || unit == "miles")) {
          // (Not a few kilometres from it: "à quelques kilomètres de Gorgadji", "5 km from
          // Djibo", "a village about 17 km south of Niamey" name the nearest point after the
          // village itself; up to 25 km, where ACLED codes the town with a wider precision.)
          const std::string_view measure = unit_at > begin ? words.Word(unit_at - 1) : "";
          const auto figure =
              unit_at > begin ? s.quantities.ParseAt(words, tokens, unit_at - 1, unit_at, language) : std::nullopt;
          const double distance = figure ? figure->value : 0;
          const bool few = measure == "quelques" || measure == "few" || (figure && distance <= 25);
          if (!few) rank += 2;
          // (Beyond a hundred kilometres, the region the sentence names is nearer: "le camp de
          // Kwala, dans la région de Koulikoro, à environ 200 km au nord de Bamako".)
          if (distance >= 100) rank += 6;
        }
        // The town a road leads to ("à une trentaine de kilomètres au nord de Kidal, sur la route
        // d'Aguelhok", "on the road to Dosso") is its far end: a landmark too.
        if (((from == "de" || from == "d'") && words.Word(place_token[i] - 2) == "route") ||
            (from == "to" && words.Word(place_token[i] - 2) == "road")) {
          rank += 2;
        }
        // A commune named as such ("village de Madoudji, commune d'Arbinda") is the unit the
        // village lies in, coarser than a town the sentence places it near; so is a town that
        // names its region, circle or province ("dans la région de San", a town in the gazetteer,
        // "... tuées lors d'une incursion dans la zone de Tominian").
        const std::string_view commune = words.Word(place_token[i] - 2);
        if ((from == "de" || from == "d'") &&
            (commune == "commune" || commune == "rurale" || commune == "urbaine" || commune == "communes" ||
             commune == "region" || commune == "cercle" || commune == "province" || commune == "departement")) {
          rank = std::max(rank, 5);
        }
      }
      // A heading that opens a paragraph ("Oudalan – Une quinzaine de personnes ...") situates
      // it; a place the paragraph names after it at the same rank is nearer the incident.
      {
        const auto& mention = places[i].mention;
        const bool opens_line = mention.start == 0 || text[mention.start - 1] == '\n';
        const std::string_view after_name = std::string_view(text).substr(mention.end, 5);
        if (opens_line && (after_name.starts_with(" \xE2\x80\x93") || after_name.starts_with(" - ") ||
                           after_name.starts_with(" \xE2\x80\x94"))) {
          ++rank;
        }
      }
      // The seat of the body that tells of it ("le diocèse de Ouahigouya a annoncé
      // l'enlèvement du curé de Djibo") is no place of the incident when another is named.
      // (Also a neighbouring one: "a resident of nearby Tondikiwindi said".)
      const uint32_t after = token_at(places[i].mention.end - 1) + 1;
      uint32_t link_at = place_token[i];
      if (link_at > begin + 1 && (words.Word(link_at - 1) == "nearby" || words.Word(link_at - 1) == "neighbouring" ||
                                  words.Word(link_at - 1) == "neighboring")) {
        --link_at;
      }
      const std::string_view link = link_at > begin ? words.Word(link_at - 1) : std::string_view();
      if ((link == "de" || link == "du" || link == "d'" || link == "of") &&
          std::any_of(modal.begin(), modal.end(), [&](const std::pair<uint32_t, ModalityKind>& cue) {
            return cue.second == ModalityKind::kReport && cue.first == after;
          })) {
        rank += 40;
      }
      // Nor is a capital or a town that speaks, as its government: "Bamako s'est déclaré « en
      // guerre »", "Par le passé, Bamako a toujours rejeté ces accusations" (the subject of a
      // clause, a verb of saying or denying at most one word after it).
      const bool opens_clause = place_token[i] == begin || tokens[place_token[i] - 1].kind == TokenKind::kPunctuation;
      if (opens_clause && std::any_of(modal.begin(), modal.end(), [&](const std::pair<uint32_t, ModalityKind>& cue) {
            return (cue.second == ModalityKind::kReport || cue.second == ModalityKind::kNegation) &&
                   (cue.first == after || (cue.first == after + 1 && tokens[after].kind == TokenKind::kWord &&
                                           words.Word(after) != "et" && words.Word(after) != "and"));
          })) {
        rank += 40;
        not_the_scene[i] = true;
      }
      // Never where people set out from or were taken afterwards ("la patrouille, partie de
      // Diabaly", "les blessés ont été évacués vers Mopti"), nor where the wounded were carried
      // by some means ("évacués par un aéronef de l'armée vers Ouagadougou", "airlifted by
      // helicopter to Gao": "vers", "sur" or "to" before the town, within eight words of the
      // verb and in its clause).
      const std::string_view before_place = place_token[i] > begin ? words.Word(place_token[i] - 1) : "";
      const bool destination =
          before_place == "vers" || before_place == "sur" || before_place == "to" || before_place == "towards";
      // (Whether the phrase moves people, roles.tsv kinds moved and carried: "évacué vers", "parti
      // de", "taken to", not "the mayor of".)
      bool moved = false;
      if (std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
            const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
            if (!EntryApplies(entry.language, language)) return false;
            moved = entry.moves_people;
            if (entry.kind == RoleKind::kCarried) {
              return destination && r.end_token < place_token[i] && place_token[i] - r.end_token <= 8 &&
                     !NewClauseBetween(text, tokens, words, r.end_token, place_token[i]);
            }
            if (entry.kind != RoleKind::kElsewhere || r.end_token > place_token[i]) return false;
            if (r.end_token == place_token[i] ||
                (r.end_token + 1 == place_token[i] &&
                 (words.Word(r.end_token) == "la" || words.Word(r.end_token) == "le" ||
                  words.Word(r.end_token) == "l'" || words.Word(r.end_token) == "the"))) {
              return true;
            }
            // (Also past the facility the town is named for: "évacuées vers le district sanitaire
            // de Ouallam", "taken to the regional hospital in Gao".)
            if (place_token[i] - r.end_token > 6 || (!IsLinkWord(before_place) && before_place != "in")) return false;
            for (uint32_t k = r.end_token; k < place_token[i]; ++k) {
              if (tokens[k].kind != TokenKind::kWord) return false;
            }
            return true;
          })) {
        if (moved) not_the_scene[i] = true;
        continue;
      }
      if (rank < best_rank) {
        best_rank = rank;
        sentence_place = static_cast<int32_t>(i);
      }
    }
    // A sentence about "cette commune", "ce village", "this town" is about the last town named
    // before it ("Nuit agitée à Konobougou. Cette commune du cercle de Barouéli, sur la route qui
    // relie Bamako à Ségou, a été le théâtre d'une attaque").
    if (std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
          const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
          return entry.kind == RoleKind::kSamePlace && EntryApplies(entry.language, language);
        })) {
      for (size_t i = 0; i < places.size() && place_token[i] < begin; ++i) {
        if (!dateline[i] && !across_border[i] && places[i].geo_precision <= 2 && !abroad(i)) {
          sentence_place = static_cast<int32_t>(i);
        }
      }
    }

    // Who tells a clause that names its own subject: "l'armée a annoncé que des civils ont été
    // tués", "the army said that civilians were killed". The speaker is neither the doer nor the
    // victim of a trigger after that clause's "que" / "that" (but "l'armée a annoncé avoir
    // neutralisé 20 terroristes", "the army said it killed", keep the speaker as the subject).
    auto speaker_before = [&](const ActorMention& a, uint32_t trigger_first) {
      return std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& cue) {
        const ModalityEntry& entry = s.lexicon.modality.entries[cue.entry];
        if (entry.kind != ModalityKind::kReport || !EntryApplies(entry.language, language)) return false;
        if (cue.first_token < a.end_token || cue.first_token > a.end_token + 3 || cue.end_token >= trigger_first) {
          return false;
        }
        for (uint32_t k = a.end_token; k < cue.first_token; ++k) {
          if (tokens[k].kind != TokenKind::kWord) return false;
        }
        const std::string_view next = words.Word(cue.end_token);
        if (next == "que" || next == "qu'" || next == "that") return true;
        // Nor of the incident it reacts to, named as its object (modality.tsv kind reaction): "la mission onusienne a
        // condamné une « attaque lâche »", "the UN condemned the killing of" (no actor stands
        // between, as one does in "the army said gunmen killed").
        return entry.reaction && trigger_first <= cue.end_token + 4 &&
               std::none_of(actors.begin(), actors.end(), [&](const ActorMention& other) {
                 return other.first_token >= cue.end_token && other.first_token < trigger_first;
               });
      });
    };
    // A toll told as a noun before its figure ("la mort de vingt-trois militaires des FDS dans
    // une embuscade", "the deaths of five peacekeepers in an ambush"): the civilians or forces
    // named right after the figure are the people it counts (a chain of names is one noun,
    // "militaires des Forces de défense et de sécurité (FDS)"), never the doers of the violence
    // told after them, nor is anyone they are named as (their mission, told as the speaker).
    std::vector<ActorMention> counted_victims;
    if (dead && !dead->implied && dead->end_token == dead->quantity.end_token) {
      uint32_t noun_end = dead->quantity.end_token;
      for (const ActorMention& a : actors) {
        if (a.first_token < noun_end || a.first_token > noun_end + 2) continue;
        if (a.type != ActorType::kCivilians && a.type != ActorType::kState && a.type != ActorType::kExternal) break;
        counted_victims.push_back(a);
        noun_end = a.end_token;
      }
    }
    // (Unless the violence is told in a clause of theirs: "villagers killed two policemen who
    // shot dead a woman".)
    auto counted_dead = [&](const ActorMention& a, uint32_t trigger_first) {
      if (counted_victims.empty() || counted_victims.back().end_token > trigger_first) return false;
      for (uint32_t k = counted_victims.back().end_token; k < trigger_first; ++k) {
        const std::string_view w = words.Word(k);
        if (IsRelativePronoun(w)) return false;
      }
      // (The forces that announce their own dead are their side: "the army confirmed the
      // deaths of twelve soldiers".)
      return std::any_of(counted_victims.begin(), counted_victims.end(), [&](const ActorMention& victim) {
        return victim.first_token == a.first_token || (a.actor >= 0 && a.actor == victim.actor) ||
               (a.type == ActorType::kState && victim.type == ActorType::kState && (a.actor < 0 || victim.actor < 0));
      });
    };
    bool sentence_has_frame = false;
    bool sentence_cancelled = false;  // a trigger was negated, hypothetical or background
    // "Dans une autre attaque, ...", "In a separate incident, ...", "Le même jour, plus au nord,
    // ...": the first violent frame after the phrase (or inside it) starts an incident of its
    // own, whatever place and date it shares with the one told before.
    uint32_t other_incident_at = UINT32_MAX;
    uint32_t later_at = UINT32_MAX;
    for (const auto& [at, kind] : modal) {
      if (kind == ModalityKind::kOtherIncident) other_incident_at = std::min(other_incident_at, at);
      if (kind == ModalityKind::kLater) later_at = std::min(later_at, at);
    }
    for (const PhraseMatch& m : sentence_triggers) {
      const TriggerEntry& trigger = s.lexicon.triggers.entries[m.entry];
      // (A view: compared with a literal, its size settles most comparisons without a call.)
      const std::string_view trigger_frame = trigger.frame;
      // A phrase that names no event ("un rassemblement religieux") only keeps a shorter
      // trigger inside it from matching.
      if (!EntryApplies(trigger.language, language) || trigger_frame == "none") continue;
      // A participle in quotation marks after an article is a noun for people ("refuse de
      // chiffrer les « neutralisés »", "the 'disappeared'"), no event.
      if (m.first_token >= begin + 2 && m.end_token < end && is_quote(m.first_token - 1) && is_quote(m.end_token)) {
        const std::string_view determiner = words.Word(m.first_token - 2);
        if (determiner == "les" || determiner == "des" || determiner == "the" || determiner == "ces") continue;
      }
      const FrameClass& trigger_class = s.lexicon.frame_classes.Of(trigger_frame);
      if (trigger_frame == "claim") {
        if (auto agent = actor_after_role(RoleKind::kAgent)) {
          claims.push_back({si, *agent});
        } else {
          // The first group named, but not a parent or ally named in passing: the one after
          // the affiliation word ("JNIM, linked to al-Qaeda"), or before its hyphen ("the Al
          // Qaeda-linked JNIM claimed the attack").
          for (const ActorMention& a : actors) {
            if (a.actor >= 0 && !named_in_passing(a)) {
              claims.push_back({si, a});
              break;
            }
          }
        }
        continue;
      }
      // A question tells of nothing that happened ("will the coming months bring a lull, or a
      // new kind of fighting?"): the clause ends with a question mark.
      const bool asked = [&] {
        for (uint32_t k = m.end_token; k < end; ++k) {
          const std::string_view p = tokens[k].In(text);
          if (p == "?") return true;
          if (p == "." || p == ";" || p == "!") return false;
        }
        return false;
      }();
      if (governed(m) || background_only(m) || asked) {
        sentence_cancelled = true;
        continue;
      }
      if (m.first_token >= grievance_from && grievance(m)) {
        sentence_cancelled = true;
        continue;
      }
      // "An IED attack", "an IED detonation targeted a convoy", "attaque à l'EEI": the weapon
      // names the attack; an attack of its own would outrank the explosion.
      if (trigger_frame == "attack" &&
          std::any_of(sentence_triggers.begin(), sentence_triggers.end(), [&](const PhraseMatch& w) {
            const bool weapon = s.lexicon.frame_classes.Of(s.lexicon.triggers.entries[w.entry].frame).weapon;
            const bool before = w.end_token <= m.first_token && m.first_token - w.end_token <= 1;
            // "attack with an IED", "attaque à l'EEI"; not across a bracket ("complex attack (IED
            // followed by gunfire)").
            bool after = w.first_token >= m.end_token && w.first_token - m.end_token <= 2;
            for (uint32_t k = m.end_token; after && k < w.first_token; ++k) after = tokens[k].kind == TokenKind::kWord;
            return weapon && (before || after);
          })) {
        continue;
      }
      // "Attacked and looted a health centre", "ont attaqué et incendié la mairie": an attack
      // verb that shares its object with a verb of damage says how the property was hit; with
      // no one harmed ACLED codes looting or property destruction (a killing told beside it
      // still makes it violence). Not a verb with an object of its own ("opened fire and
      // destroyed", "ont ouvert le feu et incendié": shots at people), nor damage done to
      // people ("assaulted and robbed marketgoers").
      const uint32_t verb_words = m.end_token - m.first_token;
      const bool bare_verb = verb_words == 1 || (verb_words == 2 && IsAuxiliary(words.Word(m.first_token), language));
      if (trigger_frame == "attack" && bare_verb && m.end_token + 1 < end && IsAndWord(words.Word(m.end_token)) &&
          std::any_of(sentence_triggers.begin(), sentence_triggers.end(), [&](const PhraseMatch& w) {
            const TriggerEntry& next = s.lexicon.triggers.entries[w.entry];
            const FrameClass& kind = s.lexicon.frame_classes.Of(next.frame);
            if (w.first_token != m.end_token + 1 || !kind.harm || kind.violent ||
                !EntryApplies(next.language, language)) {
              return false;
            }
            return std::none_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
              return a.type == ActorType::kCivilians && a.first_token >= w.end_token &&
                     a.first_token <= w.end_token + 1;
            });
          })) {
        continue;
      }
      EventFrame frame;
      frame.frame = trigger.frame;
      frame.sentence = si;
      frame.trigger_first = m.first_token;
      frame.trigger_end = m.end_token;
      frame.actor1 = actor_after_role(RoleKind::kAgent);
      // (No armed group demonstrates: "marched to show solidarity with the people of Diffa, who
      // have suffered repeated raids by Boko Haram" names the raids' doer.)
      if (frame.actor1 && IsNonStateArmed(frame.actor1->type) &&
          s.lexicon.frame_classes.Of(trigger.frame).demonstration) {
        frame.actor1.reset();
      }
      frame.actor2 = actor_after_role(RoleKind::kTarget);
      // "Attackers killed 20 soldiers in a pre-dawn raid on a camp": the raid is the occasion
      // of the killing, done by its doer to its victims, not by the soldiers named before it.
      const bool circumstance = std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
        const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
        return entry.kind == RoleKind::kCircumstance && EntryApplies(entry.language, language) &&
               r.end_token <= m.first_token && m.first_token - r.end_token <= 3 &&
               std::all_of(tokens.begin() + r.end_token, tokens.begin() + m.first_token,
                           [&](const Token& t) { return t.kind == TokenKind::kWord || t.In(text) == "-"; }) &&
               m.first_token - r.end_token != 2;  // one word, or two joined by a hyphen
      });
      // (Only after a verb in the active voice with its doer before it: "132 people had been
      // killed in a raid" says nothing of who raided.)
      auto active_with_doer = [&](const EventFrame& verb) {
        const uint32_t words_in_verb = verb.trigger_end - verb.trigger_first;
        return verb.actor1 && verb.actor1->end_token <= verb.trigger_first &&
               (words_in_verb == 1 || (words_in_verb == 2 && IsAuxiliary(words.Word(verb.trigger_first), language)));
      };
      if (circumstance && !frames.empty() && frames.back().sentence == si && active_with_doer(frames.back()) &&
          s.lexicon.frame_classes.Of(frames.back().frame).violent &&
          !ClauseBreakBetween(text, tokens, frames.back().trigger_end, m.first_token)) {
        frame.actor1 = frames.back().actor1;
        if (frames.back().actor2) frame.actor2 = frames.back().actor2;
      }
      // A determiner right before the trigger, or one word before it ("ces deux attaques"),
      // but not an actor's ("the protesters burned tires": the protesters are the subject).
      // A noun of attack whose complement has an indefinite article names a new target ("lors
      // de l'attaque d'un camp", "the attack on a convoy"): a new incident, not the one told
      // before.
      const bool indefinite_complement = [&] {
        if (m.end_token + 1 >= end) return false;
        const std::string_view preposition = words.Word(m.end_token);
        const std::string_view determiner = words.Word(m.end_token + 1);
        return (preposition == "d'" || preposition == "de" || preposition == "contre" || preposition == "of" ||
                preposition == "on" || preposition == "against") &&
               IsIndefiniteArticle(determiner);
      }();
      frame.refers_back = std::any_of(modal.begin(), modal.end(), [&](const auto& cue) {
        if (cue.second != ModalityKind::kReference || cue.first >= m.first_token) return false;
        const uint32_t gap = m.first_token - cue.first - 1;
        return (gap == 0 && !indefinite_complement) ||
               (gap == 1 && tokens[cue.first + 1].kind == TokenKind::kWord &&
                std::none_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
                  return a.first_token <= cue.first + 1 && cue.first + 1 < a.end_token;
                }));
      });
      // "Le camp a lui aussi été attaqué", "s'en sont aussi pris aux habitants": an attack told
      // with an adverb of addition inside it or just before it hit another target; ACLED codes
      // each target's attack as its own event.
      // "Assaillie par une centaine d'hommes armés, qui ont employé des engins explosifs et
      // des véhicules kamikazes", "stormed the base using car bombs": the weapons' frames are
      // the assault's means (a list of them counts: up to eight words after the word of means).
      frame.means = trigger_class.weapon && std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
                      const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
                      return entry.kind == RoleKind::kMeans && EntryApplies(entry.language, language) &&
                             r.end_token <= m.first_token && m.first_token - r.end_token <= 8 &&
                             !NewClauseBetween(text, tokens, words, r.end_token, m.first_token);
                    });
      // (Also a phrase that ends within two words of it: "a à son tour été attaqué".)
      frame.another = trigger_frame == "attack" &&
                      std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& cue) {
                        const ModalityEntry& entry = s.lexicon.modality.entries[cue.entry];
                        return entry.kind == ModalityKind::kAddition && EntryApplies(entry.language, language) &&
                               cue.first_token < m.end_token && cue.end_token + 2 >= m.first_token;
                      });
      // "L'accord de paix", "the ceasefire": an agreement named with a determiner is one
      // already known (a new one comes with a verb: "ont signé un accord", "signed a deal").
      // (An opening quotation mark may stand between: "une « attaque lâche »".)
      uint32_t noun_start = m.first_token;
      if (noun_start > begin + 1 && tokens[noun_start - 1].kind == TokenKind::kPunctuation) {
        const std::string_view mark = tokens[noun_start - 1].In(text);
        if (mark == "«" || mark == "\"" || mark == "\u201C") --noun_start;
      }
      if (noun_start > begin) {
        const std::string_view before = words.Word(noun_start - 1);
        frame.noun = IsDeterminer(before) || before == "this" || before == "these";
      }
      // Captives named as known ones ("the hostages were released") were freed in the story told
      // of them: no agreement of their own.
      if (frame.refers_back && trigger_frame == "release") continue;
      // (But a signing told before an agreement in its clause makes it today's: "la CMA a signé
      // hier à Bamako l'accord pour la paix", "signed in Algiers on Saturday the peace agreement".)
      if (frame.refers_back && trigger_frame == "agreement") {
        const uint32_t from = m.first_token > begin + 8 ? m.first_token - 8 : begin;
        bool signed_before = false;
        for (uint32_t k = from; k < m.first_token && !signed_before; ++k) {
          const std::string_view w = words.Word(k);
          signed_before = (w == "signe" || w == "signed" || w == "signent" || w == "ratifie" || w == "ratified") &&
                          !ClauseBreakBetween(text, tokens, k, m.first_token);
        }
        if (!signed_before) continue;
      }
      // "Un rassemblement de la katiba Macina", "a gathering of JNIM fighters": armed men
      // gathered, no demonstration.
      if (m.end_token < end) {
        const std::string_view link = words.Word(m.end_token);
        if (IsOfWord(link) &&
            std::any_of(actors.begin(), actors.end(),
                        [&](const ActorMention& a) {
                          return a.first_token > m.end_token && a.first_token <= m.end_token + 2 &&
                                 IsNonStateArmed(a.type);
                        }) &&
            trigger_class.demonstration) {
          continue;
        }
      }
      // "Se sont emparés du chef du village et de l'imam", "seized the mayor": taking people
      // is an abduction, not territory.
      if (trigger_frame == "territory-taken" && m.end_token + 1 < end) {
        const std::string_view link = words.Word(m.end_token);
        if (IsLinkWord(link) && std::any_of(actors.begin(), actors.end(), [&](const ActorMention& a) {
              return a.first_token > m.end_token && a.first_token <= m.end_token + 2 && a.type == ActorType::kCivilians;
            })) {
          frame.frame = "abduction";
        }
      }
      // "Ont tenté de s'emparer de la position": a fight for a position its holders kept, no
      // territory taken (a reflexive pronoun may stand between).
      if (trigger_frame == "territory-taken" && std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
            const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
            if (entry.kind != RoleKind::kAttempt || !EntryApplies(entry.language, language)) return false;
            if (r.end_token == m.first_token) return true;
            const std::string_view between = words.Word(r.end_token);
            return r.end_token + 1 == m.first_token && (between == "s'" || between == "se");
          })) {
        frame.frame = "clash";
      }
      // "Les forces ont repris le contrôle de l'hôtel": the end of a siege, no territory; a post
      // overrun is the battle for it (the attempt above is that battle already).
      if ((frame.frame == "territory-taken" || frame.frame == "territory-regained") &&
          std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
            const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
            return entry.kind == RoleKind::kBuilding && EntryApplies(entry.language, language) &&
                   r.first_token >= m.end_token && r.first_token <= m.end_token + 1;
          })) {
        continue;
      }
      // The forces whose strikes they are ("des frappes aériennes des Forces armées maliennes",
      // "air strikes of the Nigerian air force"): the doer, named after the noun.
      // (Past an adjective: "des frappes aériennes des FAMa" read from "des frappes".)
      if (!frame.actor1 && trigger_frame == "airstrike" && m.end_token + 2 < end) {
        const bool adjective = tokens[m.end_token].kind == TokenKind::kWord && !IsLinkWord(words.Word(m.end_token));
        const uint32_t link_at = adjective ? m.end_token + 1 : m.end_token;
        const std::string_view link = words.Word(link_at);
        if (IsOfWord(link)) {
          for (const ActorMention& a : actors) {
            if (a.first_token > link_at && a.first_token <= link_at + 2 && IsForces(a.type)) {
              frame.actor1 = a;
              if (frame.actor2 && frame.actor2->first_token == a.first_token) frame.actor2.reset();
              break;
            }
          }
        }
      }
      // An armed group named through the attack's noun ("une attaque de Boko Haram", "l'incursion
      // d'éléments de Boko Haram", "an attack of the Islamic State"): its doer. (Not the forces
      // or a place: "l'attaque du camp de l'armée" names the target.)
      // (A noun, after its determiner: after a verb, "des" is its object's article, "ont bombardé des
      // positions jihadistes".)
      const bool noun_trigger = m.first_token > begin && IsDeterminer(words.Word(m.first_token - 1));
      if (!frame.actor1 && noun_trigger && trigger_class.violent && !trigger_class.harm && m.end_token + 1 < end &&
          IsOfWord(words.Word(m.end_token))) {
        for (const ActorMention& a : actors) {
          if (a.first_token <= m.end_token || a.first_token > m.end_token + 3) continue;
          bool words_only = true;
          for (uint32_t k = m.end_token; k < a.first_token; ++k)
            words_only = words_only && tokens[k].kind == TokenKind::kWord;
          if (words_only && IsNonStateArmed(a.type)) {
            frame.actor1 = a;
            if (frame.actor2 && frame.actor2->first_token == a.first_token) frame.actor2.reset();
          }
          break;
        }
      }
      // Passive voice with its doer after the verb ("a gendarmerie post attacked by gunmen",
      // "le camp attaqué par le JNIM"): the actor before the verb is the one acted on.
      if (frame.actor1 && !frame.actor2 && frame.actor1->first_token >= m.end_token) {
        for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
          if (it->end_token > m.first_token) continue;
          if (it->type == ActorType::kProtesters || it->type == ActorType::kRioters) break;  // "youths killed by"
          frame.actor2 = *it;
          break;
        }
      }
      const bool crowd = trigger_frame == "protest" || trigger_frame == "riot" || trigger_frame == "mob";
      // Active voice: the doer before the trigger, the victim after it. A crowd event's
      // first actor is the crowd.
      if (!frame.actor1) {
        for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
          // (An actor may end inside the trigger: "French warplanes" in "French warplanes
          // struck", whose trigger is "warplanes struck".)
          const bool into_trigger = it->first_token < m.first_token && it->end_token <= m.end_token;
          if (it->end_token > m.first_token && !into_trigger) continue;
          if (!crowd && it->type == ActorType::kCivilians) continue;
          if (named_in_passing(*it)) continue;
          // (Nor one of those that held or escorted what was attacked, however long their list:
          // "a convoy escorted by soldiers, police and members of the Civilian Joint Task Force".)
          if (std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
                const RoleEntry& role = s.lexicon.roles.entries[r.entry];
                if (role.kind != RoleKind::kHolder || !EntryApplies(role.language, language)) return false;
                if (r.end_token > it->first_token || it->first_token - r.end_token > 12) return false;
                for (uint32_t k = r.end_token; k < it->first_token; ++k) {
                  if (tokens[k].kind == TokenKind::kPunctuation && tokens[k].In(text) != ",") return false;
                  if (std::any_of(sentence_triggers.begin(), sentence_triggers.end(),
                                  [&](const PhraseMatch& t) { return t.first_token == k; })) {
                    return false;
                  }
                }
                return true;
              })) {
            continue;
          }
          // (Nor the object of another trigger before it: "tirant sur la foule d'un marché et
          // incendiant des maisons": the crowd was shot at, it burned nothing.)
          if (std::any_of(sentence_triggers.begin(), sentence_triggers.end(), [&](const PhraseMatch& t) {
                if (t.first_token == m.first_token || t.end_token > it->first_token) return false;
                if (t.end_token == it->first_token) return true;
                const std::string_view det = words.Word(t.end_token);
                return t.end_token + 1 == it->first_token &&
                       (det == "la" || det == "le" || det == "les" || det == "l'" || det == "the");
              })) {
            continue;
          }
          if (counted_dead(*it, m.first_token) || speaker_before(*it, m.first_token)) continue;
          frame.actor1 = *it;
          // Forces named first with a militia that fought beside them ("Malian soldiers and
          // allied Dozo militiamen killed", "army units and militiamen"): ACLED's first actor
          // is the forces.
          if (const auto before = std::next(it); before != actors.rend() && it->type != ActorType::kState &&
                                                 IsForces(before->type) && before->end_token < it->first_token &&
                                                 it->first_token - before->end_token <= 3) {
            bool words_only = true, joined = false;
            for (uint32_t k = before->end_token; k < it->first_token; ++k) {
              words_only = words_only && tokens[k].kind == TokenKind::kWord;
              joined = joined || IsAndWord(words.Word(k));
            }
            if (words_only && joined) frame.actor1 = *before;
          }
          break;
        }
        if (!frame.actor2 && !crowd && !counted_victims.empty() && counted_dead(counted_victims[0], m.first_token)) {
          frame.actor2 = counted_victims[0];
        }
      }
      // The victim named before a verb in the passive: the nearest civilians or state forces
      // (foreign and UN forces too: "a MINUSMA convoy attacked near Aguelhok").
      // Victims named together ("trois gendarmes et un civil ont perdu la vie", "two soldiers
      // and a civilian were killed") all suffered it: none of them is the doer, and the forces
      // among them are the side attacked (ACLED codes the fight with the forces, the
      // civilians' deaths counted in it).
      // With "fait l'objet de", "came under", any armed side named before suffered it too
      // ("plusieurs positions tenues par les VDP ont fait l'objet d'une attaque").
      auto suffers = [](ActorType t) { return t == ActorType::kCivilians || IsForces(t); };
      // An actor inside a relative clause set off by commas before the verb is no subject of it:
      // "Le fils du chef de village, qui tentait d'alerter les Forces de défense et de sécurité,
      // a été tué". (But the unit one belongs to tells who fell: "le capitaine, qui commandait
      // le groupement de la Garde nationale, a succombé".)
      auto in_relative_aside = [&](const ActorMention& a) {
        bool opened = false;
        for (uint32_t k = a.first_token; k > begin && a.first_token - k < 12 && !opened; --k) {
          const std::string_view p = tokens[k - 1].In(text);
          const std::string_view w = words.Word(k);
          if (w == "commandait" || w == "dirigeait" || w == "servait" || w == "appartenait" || w == "etait" ||
              w == "commanded" || w == "led" || w == "headed" || w == "served" || w == "was") {
            return false;
          }
          if (tokens[k - 1].kind != TokenKind::kPunctuation) continue;
          if (p != ",") return false;
          opened = w == "qui" || w == "who" || w == "which";
          if (!opened) return false;
        }
        if (!opened) return false;
        for (uint32_t k = a.end_token; k < m.first_token; ++k) {
          if (tokens[k].kind == TokenKind::kPunctuation && tokens[k].In(text) == ",") return true;
        }
        return false;
      };
      auto victim_before = [&](bool any_armed_side, bool within_clause) {
        for (auto it = actors.rbegin(); it != actors.rend(); ++it) {
          if (it->end_token > m.first_token || speaker_before(*it, m.first_token)) continue;
          if (in_relative_aside(*it)) continue;
          // The subject of a passive verb is not found past another verb of the sentence, whose
          // subject it is ("Dozo militiamen attacked the village, 17 Fulani men were killed"), nor
          // past a colon or a semicolon ("le village avait reçu la visite des insurgés : une
          // personne a été tuée").
          if (within_clause && ClauseBreakBetween(text, tokens, it->end_token, m.first_token, false)) break;
          if (within_clause &&
              std::any_of(sentence_triggers.begin(), sentence_triggers.end(), [&](const PhraseMatch& t) {
                const TriggerEntry& other = s.lexicon.triggers.entries[t.entry];
                return t.first_token >= it->end_token && t.end_token <= m.first_token &&
                       EntryApplies(other.language, language) && other.frame != "none";
              })) {
            break;
          }
          if (suffers(it->type) || (any_armed_side && IsNonStateArmed(it->type))) {
            frame.actor2 = *it;
            if (frame.actor1 && frame.actor1->first_token == it->first_token) frame.actor1.reset();
            for (auto joined = it + 1, last = it; joined != actors.rend(); last = joined++) {
              const bool coordinated =
                  joined->end_token < last->first_token && last->first_token - joined->end_token <= 3 &&
                  (IsAndWord(words.Word(joined->end_token)) || tokens[joined->end_token].In(text) == ",");
              if (!coordinated || !suffers(joined->type)) break;
              if (frame.actor1 && frame.actor1->first_token == joined->first_token) frame.actor1.reset();
              if (frame.actor2->type == ActorType::kCivilians && joined->type != ActorType::kCivilians) {
                frame.actor2 = *joined;
              }
            }
            break;
          }
        }
      };
      // A verb of attack followed by no object at all (a punctuation mark, a preposition, a
      // place or a date) is a participle: "FAMa checkpoint attacked around 3h", "a convoy
      // ambushed near Kidal", "un poste attaqué dans la nuit" tell who was attacked.
      const bool attack_participle =
          (trigger_frame == "attack" || trigger_frame == "ambush" || trigger_frame == "wound") &&
          (m.end_token >= end || tokens[m.end_token].kind == TokenKind::kPunctuation ||
           std::any_of(roles.begin(), roles.end(),
                       [&](const PhraseMatch& r) {
                         return r.first_token == m.end_token &&
                                EntryApplies(s.lexicon.roles.entries[r.entry].language, language);
                       }) ||
           [&] {
             const auto adjunct = s.lexicon.adjuncts.matcher.MatchAt(words, m.end_token, end);
             return adjunct && EntryApplies(s.lexicon.adjuncts.entries[adjunct->entry].language, language);
           }() ||
           std::any_of(temporals.begin(), temporals.end(),
                       [&](const TemporalMention& t) { return t.first_token == m.end_token; }) ||
           std::any_of(place_token.begin(), place_token.end(), [&](uint32_t t) { return t == m.end_token; }));
      // "A MINUSMA camp subjected to a complex attack", "the patrol came under fire", "un poste
      // victime d'une attaque": the actor before suffered it.
      // (An aside in commas does not part them: "ont fait l'objet, dans la matinée du
      // dimanche 26 novembre, d'une attaque".)
      const bool undergone = std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
        const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
        if (entry.kind != RoleKind::kUndergoer || !EntryApplies(entry.language, language)) return false;
        if (r.first_token >= m.first_token && r.first_token < m.end_token) return true;
        if (r.end_token > m.first_token || m.first_token - r.end_token > 16) return false;
        uint32_t from = r.end_token;
        if (tokens[from].In(text) == ",") {
          for (uint32_t k = from + 1; k < m.first_token; ++k) {
            if (tokens[k].In(text) == ",") from = k + 1;
          }
        }
        return m.first_token - from <= 2;
      });
      // A French verb of killing that is a bare past participle ("sept soldats tués et six
      // blessés", "deux civils tués lundi") is passive whatever follows: French tells the active
      // with its auxiliary ("ont tué"). The people before it died; an actor after it belongs to
      // another verb ("évacués par un aéronef de l'armée").
      const bool killed_participle = [&] {
        if (trigger_frame != "kill" || language != "fr" || verb_words != 1 || m.first_token == begin) return false;
        // (Read on the text, not the folded word: "tue" is also the present tense.)
        const std::string_view w = tokens[m.first_token].In(text);
        // (é, és, ée, ées in octal escapes, which end after three digits.)
        const bool participle = w.ends_with("\303\251") || w.ends_with("\303\251s") || w.ends_with("\303\251e") ||
                                w.ends_with("\303\251es") || w.ends_with("us");
        // (The auxiliary may stand before a quotation mark: "ont « neutralisé » 37 assaillants".)
        uint32_t k = m.first_token - 1;
        while (k > begin && is_quote(k)) --k;
        const std::string_view before = words.Word(k);
        return participle && !IsAuxiliary(before, language) && before != "avait" && before != "avaient" &&
               before != "avoir" && before != "ayant" && before != "aurait" && before != "auraient" &&
               before != "est" && before != "sont" && before != "ete";
      }();
      // A trigger told in the passive voice ("un poste de VDP a été attaqué", "the camp was
      // attacked"): whoever is named before it suffered it, armed or not.
      // (A verb of killing may have its auxiliary right before it, in a tense the trigger list
      // does not spell out: "trois assaillants avaient été tués", "had been executed".)
      const bool passive = [&] {
        for (uint32_t k = m.first_token; k < m.end_token; ++k) {
          if (IsPassiveAuxiliary(words.Word(k))) return true;
        }
        // (A killing, an attack or damage: "the police post in Djibo was burned", "la mairie a été
        // incendiée", "un poste du GATIA a lui aussi été attaqué".)
        if ((trigger_frame != "kill" && trigger_frame != "attack" && trigger_frame != "destruction" &&
             trigger_frame != "looting") ||
            m.first_token == begin || !IsPassiveAuxiliary(words.Word(m.first_token - 1))) {
          return false;
        }
        const std::string_view verb = words.Word(m.first_token);
        return language == "fr" || verb.ends_with("ed");
      }();
      if (!frame.actor2 && (attack_participle || undergone || killed_participle || passive)) {
        victim_before(undergone || passive, passive && !undergone && !attack_participle && !killed_participle);
      }
      // The actor that "selon", "d'après" or "according to" introduces, within one unbroken
      // noun phrase ("selon un rapport de la Minusma").
      const auto named_as_source = [&](const ActorMention& a) {
        return std::any_of(modality_here.begin(), modality_here.end(), [&](const PhraseMatch& cue) {
          if (s.lexicon.modality.entries[cue.entry].kind != ModalityKind::kReport) return false;
          if (!IntroducesSource(words.Word(cue.first_token))) return false;
          if (a.first_token < cue.end_token || a.first_token > cue.end_token + 12) return false;
          for (uint32_t k = cue.end_token; k < a.first_token; ++k) {
            if (tokens[k].kind != TokenKind::kWord) return false;
          }
          return true;
        });
      };
      // Civilians or protesters inside the trigger's phrase are its object ("dispersed
      // protesters", "threatened voters"); armed men there are the doer ("attaque jihadiste").
      if (!frame.actor2) {
        for (const ActorMention& a : actors) {
          const bool inside_object =
              a.first_token > m.first_token && (a.type == ActorType::kCivilians || a.type == ActorType::kProtesters);
          if (a.first_token < m.end_token && !inside_object) continue;
          if (frame.actor1 && a.first_token == frame.actor1->first_token) continue;
          // A source is no victim: "quatorze personnes ont été tuées, selon un rapport de la
          // division des droits de l'homme de la Minusma", "according to the army".
          if (named_as_source(a)) continue;
          // Not the subject of a clause the trigger's verb governs ("34 soldiers were killed
          // when militants attacked a unit": the militants are no object of "killed").
          if (a.first_token > m.end_token && trigger_class.violent &&
              SubordinateBetween(words, m.end_token, a.first_token)) {
            break;
          }
          frame.actor2 = a;
          break;
        }
      }
      // Two actors named as the two sides of a clash: the doer is unknown, the non-state side
      // comes first, as ACLED lists. (Not villagers who exchanged fire: ACLED codes those who
      // fight back as a militia.)
      const auto set_sides = [&](const ActorMention* first, const ActorMention* second) {
        if (!first || !second) return;
        // Students, youths or residents against the police or the army ("des affrontements
        // entre étudiants et forces de l'ordre", "clashes between students and police"): a
        // riot, the civilians its rioters.
        const auto is_state = [](const ActorMention* a) { return IsForces(a->type); };
        if ((first->type == ActorType::kCivilians && is_state(second)) ||
            (second->type == ActorType::kCivilians && is_state(first))) {
          const bool first_civilians = first->type == ActorType::kCivilians;
          frame.actor1 = first_civilians ? *first : *second;
          frame.actor2 = first_civilians ? *second : *first;
          frame.sides = true;
          frame.frame = "riot";
          return;
        }
        if (first->type == ActorType::kCivilians || second->type == ActorType::kCivilians) return;
        frame.actor1 = *second;
        frame.actor2 = *first;
        frame.sides = true;
        if (IsNonStateArmed(first->type) || IsForces(second->type)) {
          std::swap(frame.actor1, frame.actor2);
        }
      };
      // "Clashes between the army and the MNLA", "des affrontements entre l'armée et le MNLA":
      // the two actors after "between" are the two sides, whatever the voice around them.
      if (trigger_frame == "clash" && m.end_token + 1 < end) {
        uint32_t k = m.end_token;
        if (words.Word(k) != "between" && words.Word(k) != "entre") ++k;  // "clashes broke out between"
        if (k < end && (words.Word(k) == "between" || words.Word(k) == "entre")) {
          const ActorMention* first = nullptr;
          const ActorMention* second = nullptr;
          for (const ActorMention& a : actors) {
            if (a.first_token <= k || a.first_token > k + 3 || first) continue;
            first = &a;
          }
          for (const ActorMention& a : actors) {
            if (!first || a.first_token < first->end_token + 1 || a.first_token > first->end_token + 3) continue;
            if (!IsAndWord(words.Word(first->end_token))) break;
            second = &a;
            break;
          }
          set_sides(first, second);
        }
      }
      // "Les affrontements qui ont opposé des lycéens aux forces de l'ordre", "opposant l'armée
      // au MNLA", "clashes pitting soldiers against rebels": the actor after the verb of
      // opposing and the one after "à", "au", "aux" or "against" are the two sides.
      if (trigger_frame == "clash" && !frame.sides) {
        for (uint32_t k = m.end_token; k < end && k <= m.end_token + 3; ++k) {
          const std::string_view w = words.Word(k);
          const bool opposing = w == "oppose" || w == "opposent" || w == "oppose" || w == "opposee" || w == "opposes" ||
                                w == "opposees" || w == "opposait" || w == "opposaient" || w == "opposant" ||
                                w == "pitting" || w == "pitted" || w == "pits";
          if (!opposing) continue;
          const ActorMention* first = nullptr;
          const ActorMention* second = nullptr;
          for (const ActorMention& a : actors) {
            if (!first && a.first_token > k && a.first_token <= k + 10) {
              first = &a;
            } else if (first && !second && a.first_token > first->end_token && a.first_token <= first->end_token + 12) {
              // ("à ceux de l'organisation État islamique": "à" may stand a few words before; so
              // may the first side's acronym in brackets, "the Imghad Tuareg Self-Defence Group and
              // Allies (GATIA) against the CMA".)
              bool to = false;
              for (uint32_t j = first->end_token; j < a.first_token; ++j) {
                const std::string_view mark = tokens[j].In(text);
                if (tokens[j].kind == TokenKind::kPunctuation && mark != "'" && mark != "(" && mark != ")") break;
                const std::string_view link = words.Word(j);
                to = to || link == "a" || link == "au" || link == "aux" || link == "against";
              }
              if (to) second = &a;
            }
          }
          set_sides(first, second);
          break;
        }
      }
      // "JNIM and ISGS fighters clashed", "le JNIM et l'EIGS se sont affrontés": two actors
      // joined as the subject of a clash are its two sides too; not when the clash has an object
      // ("the army and the MSA clashed with ISGS": the subject is one side).
      const bool clash_object =
          m.end_token < end && (words.Word(m.end_token) == "with" || words.Word(m.end_token) == "avec" ||
                                words.Word(m.end_token) == "against" || words.Word(m.end_token) == "contre");
      if (trigger_frame == "clash" && !frame.sides && !clash_object && m.first_token > begin + 2) {
        uint32_t k = m.first_token;
        while (k > begin && k + 3 > m.first_token &&
               (IsAuxiliary(words.Word(k - 1), language) || words.Word(k - 1) == "se" || words.Word(k - 1) == "s'")) {
          --k;
        }
        const ActorMention* second = nullptr;
        for (const ActorMention& a : actors) {
          if (a.end_token == k) second = &a;
        }
        const ActorMention* first = nullptr;
        if (second) {
          for (const ActorMention& a : actors) {
            if (a.end_token >= second->first_token || !IsAndWord(words.Word(a.end_token))) continue;
            uint32_t w = a.end_token + 1;
            while (w < second->first_token && IsLinkWord(words.Word(w))) ++w;
            if (w == second->first_token) first = &a;
          }
        }
        set_sides(first, second);
      }
      // The parties to an agreement named together before it ("la katiba Macina et les
      // chasseurs dozos sont parvenus à un accord", "the army and the rebels signed a truce").
      if (trigger_frame == "agreement" && frame.actor1 && !frame.actor2 && frame.actor1->end_token <= m.first_token) {
        for (const ActorMention& a : actors) {
          if (a.end_token < frame.actor1->first_token && frame.actor1->first_token - a.end_token <= 3 &&
              IsAndWord(words.Word(a.end_token))) {
            frame.actor2 = a;
          }
        }
      }
      // Clashes that set the forces against a crowd named after them in the clause ("des
      // heurts ont opposé des policiers à des groupes de jeunes"): the crowd is the other side,
      // and the record a riot.
      if (trigger_frame == "clash" && !frame.actor1 && frame.actor2 && IsForces(frame.actor2->type)) {
        for (const ActorMention& a : actors) {
          if (a.first_token >= frame.actor2->end_token &&
              (a.type == ActorType::kProtesters || a.type == ActorType::kRioters) &&
              !NewClauseBetween(text, tokens, words, frame.actor2->end_token, a.first_token)) {
            frame.actor1 = a;
            break;
          }
        }
      }
      // Passive voice: "20 civils ont été tués", "des soldats ont été enlevés"; not when the
      // verb has an object of its own ("the army killed three", "ont tué deux civils").
      const bool has_object =
          m.end_token < end && (s.quantities.ParseAt(words, tokens, m.end_token, end, language) ||
                                std::any_of(actors.begin(), actors.end(),
                                            [&](const ActorMention& a) { return a.first_token == m.end_token; }));
      if (!frame.actor2 && !has_object && (trigger_frame == "kill" || trigger_frame == "abduction"))
        victim_before(false, true);
      // ACLED codes soldiers and fighters off duty as civilians: "killed an off-duty customs
      // officer", "a volunteer fighter (VDP) (assumed off-duty) on his farmland", "shot dead a
      // deputy chief of staff outside a mosque", "a gendarme assassinated at his home". The cue
      // is just before the victim, a few words after it in its clause (asides in brackets
      // aside), or right after the verb that the victim undergoes.
      if (frame.actor2 && frame.actor2->type != ActorType::kCivilians) {
        const ActorMention& victim = *frame.actor2;
        const bool off_duty = std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
          const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
          if (entry.kind != RoleKind::kOffDuty || !EntryApplies(entry.language, language)) return false;
          if (r.end_token <= victim.first_token) return victim.first_token - r.end_token <= 1;
          if (r.first_token < victim.end_token) return false;
          const bool after_victim = TokensOutsideBrackets(text, tokens, victim.end_token, r.first_token) <= 5 &&
                                    !ClauseBreakBetween(text, tokens, victim.end_token, r.first_token);
          return after_victim || (victim.end_token <= m.first_token && r.first_token == m.end_token);
        });
        if (off_duty) {
          frame.actor2 = ActorMention{victim.first_token, victim.end_token, -1, civilians, ActorType::kCivilians};
        }
      }
      frame.place = sentence_place;
      frame.date = sentence_date;
      // A day told after the trigger in its own subordinate clause is the incident's, not the
      // main clause's ("The government on Tuesday buried 34 people killed when insurgents
      // stormed Mafa village on Sunday afternoon").
      // (So is it for the people killed in that clause's incident: "34 people killed when ...".)
      const bool killed_when = m.end_token + 1 < end && SubordinateBetween(words, m.end_token, m.end_token + 1);
      if (sentence_date && sentence_date->end_token <= m.first_token &&
          (killed_when || SubordinateBetween(words, sentence_date->end_token, m.first_token))) {
        for (const TemporalMention& t : temporals) {
          if (t.first_token >= m.end_token && t.first_token <= m.end_token + (killed_when ? 20 : 12) && !t.background &&
              !t.unanchored && t.time_precision == 1 && !ClauseBreakBetween(text, tokens, m.end_token, t.first_token) &&
              (killed_when || !SubordinateBetween(words, m.end_token, t.first_token))) {
            frame.date = t;
            break;
          }
        }
      }
      // A day after "survenu", "which occurred" dates the noun it follows ("a revendiqué dimanche
      // l'enlèvement du préfet de Bilma et de plusieurs membres de sa délégation, survenu vendredi").
      for (const TemporalMention& t : temporals) {
        if (t.first_token <= m.end_token || t.first_token > m.end_token + 20 || t.background || t.unanchored ||
            t.time_precision != 1) {
          continue;
        }
        uint32_t verb_at = t.first_token - 1;
        if (words.Word(verb_at) == "on" && verb_at > m.end_token) --verb_at;  // "which happened on Friday"
        const std::string_view before = words.Word(verb_at);
        if (before == "survenu" || before == "survenue" || before == "survenus" || before == "survenues" ||
            before == "occurred" || before == "happened") {
          frame.date = t;
          break;
        }
      }
      // An undated frame right after a sentence that sets the scene on a day and tells no
      // incident happened that day: it takes the day now, so that it is not merged with another
      // day's incident. Told only in a region, it is in the scene's town too ("Vendredi
      // après-midi, c'était au tour de Bamako. Entre 3 000 et 5 000 personnes ont marché ... à
      // l'appel d'associations de la région de Mopti"); told with no place, the report's place
      // stays its place. (Not a frame dated on its own: "Tout serait parti d'un incident survenu
      // mardi".)
      if (si > 0 && !frame.date && scene_days[si - 1] &&
          std::none_of(frames.begin(), frames.end(), [&](const EventFrame& f) { return f.sentence == si - 1; })) {
        if (scene_places[si - 1] >= 0 && frame.place >= 0 &&
            places[static_cast<size_t>(frame.place)].geo_precision == 3) {
          frame.place = scene_places[si - 1];
        }
        frame.date = scene_days[si - 1];
        frame.scene_dated = true;
      }
      if (dead && !in_background(dead->first_token) && !in_period(dead->first_token, dead->end_token) &&
          dead->first_token < grievance_from)
        frame.dead = dead;
      // An unnamed crowd that storms, burns or loots riots (a mob, when it kills or beats):
      // told that way at once, so that the demonstration it belongs to is the same incident
      // ("Protesters stormed the parliament and set it on fire").
      if (frame.actor1 && frame.actor1->actor < 0 &&
          (frame.actor1->type == ActorType::kProtesters || frame.actor1->type == ActorType::kRioters) &&
          (frame.frame == "attack" || frame.frame == "destruction" || frame.frame == "looting")) {
        frame.frame = frame.actor1->type == ActorType::kProtesters ? "riot" : "mob";
      }
      // "ont attaqué ... Kayes, Nioro du Sahel, Niono et Molodo": ACLED codes one event per
      // place, so a trigger followed by a list of towns gives a frame for each.
      // So does a count of incidents, a plural noun of attack with as many towns after it in
      // the sentence ("deux attentats-suicides ont visé le camp d'Agadez et le site d'Areva à
      // Arlit"); not a count of victims ("4 wounded").
      size_t counted = 0;
      const std::string_view last_word = words.Word(m.end_token - 1);
      // (Not a count of the people the trigger names: "Trois kamikazes ... se sont fait exploser".)
      const bool plural_noun = !trigger_class.harm && !last_word.empty() &&
                               (last_word.back() == 's' || last_word.back() == 'x') &&
                               !SpanHoldsActor(actors, m.first_token, m.end_token);
      for (uint32_t k = m.first_token > begin + 3 ? m.first_token - 3 : static_cast<uint32_t>(begin);
           plural_noun && k < m.first_token && counted == 0; ++k) {
        const auto q = s.quantities.ParseAt(words, tokens, k, m.first_token, language);
        if (q && q->end_token == m.first_token && !q->approximate && q->value >= 2 && q->value <= 5) {
          counted = static_cast<size_t>(q->value);
        }
      }
      // "Dans deux attaques distinctes", "in three separate attacks": a count of incidents the
      // report tells one by one (or sums up); it names none of them. (A count of strikes or
      // suicide bombings names their kind: "deux frappes de drones".)
      frame.summary = counted >= 2 && trigger_frame == "attack";
      listed.clear();
      for (size_t i = 0; i < places.size(); ++i) {
        if (place_token[i] < m.end_token || place_token[i] >= end || dateline[i] || across_border[i] ||
            places[i].geo_precision != 1 || abroad(i)) {
          continue;
        }
        if (counted > 0) {
          if (listed.size() < counted) listed.push_back(static_cast<int32_t>(i));
          continue;
        }
        if (!listed.empty()) {
          // Only commas and "et"/"and"/"ou"/"or" between two listed towns; a town's units in
          // brackets after it ("Dori (Dori, Seno) and Gorgadji") are part of it, not listed.
          // So is "and" with a designation of the next town ("N'Djamena and the southern city of
          // Moundou", "Kaya et la ville de Kongoussi"): up to four words, the last "of" or "de".
          const uint32_t gap_from = token_at(places[static_cast<size_t>(listed.back())].mention.end);
          // So is a target named for each town, after a comma or "et"/"and" and its article
          // ("le poste du camp de Mangaïzé, la prison civile de Ouallam et une patrouille
          // militaire à Banibangou"): up to six words, the last "of", "de", "à", "at" or "in".
          const bool designated = [&] {
            uint32_t k = gap_from;
            const bool comma = k < place_token[i] && tokens[k].In(text) == ",";
            if (comma) ++k;
            if (k + 2 >= place_token[i] || place_token[i] - k > 7) return false;
            auto determiner = [&](std::string_view w) {
              return language == "fr" ? w == "le" || w == "la" || w == "les" || w == "l'" || w == "un" || w == "une"
                                      : w == "the" || w == "a" || w == "an";
            };
            const std::string_view first = words.Word(k);
            if (!IsAndWord(first) && !(comma && determiner(first))) return false;
            if (IsAndWord(first) && place_token[i] - k > 5 && !determiner(words.Word(k + 1))) return false;
            const std::string_view last = words.Word(place_token[i] - 1);
            if (last != "of" && last != "de" && last != "d'" && last != "a" && last != "at" && last != "in")
              return false;
            for (uint32_t j = k + 1; j < place_token[i]; ++j) {
              if (tokens[j].kind != TokenKind::kWord) return false;
            }
            return true;
          }();
          bool joined = true;
          int depth = 0;
          for (uint32_t k = gap_from; k < place_token[i] && !designated; ++k) {
            const std::string_view w = tokens[k].In(text);
            if (w == "(") ++depth;
            if (depth > 0) {
              if (w == ")") --depth;
              continue;
            }
            // (The preposition may be said again: "in Bandiagara, in Bankass and in Koro", "à
            // Kaya et à Kongoussi".)
            const std::string_view again = words.Word(k);
            const bool preposition = k + 1 == place_token[i] && k > gap_from &&
                                     (again == "in" || again == "at" || again == "a") &&
                                     (tokens[k - 1].In(text) == "," || IsJoinWord(words.Word(k - 1)));
            if (!(w == "," || again == "et" || again == "and" || again == "ou" || again == "or" || preposition)) {
              joined = false;
            }
          }
          if (depth > 0) continue;  // inside the brackets
          if (!joined) {
            if (listed.size() >= 2) break;
            listed.clear();
          }
        }
        listed.push_back(static_cast<int32_t>(i));
      }
      // "between Gao and Ansongo" names one road: the event is at its first end (ACLED's
      // usual choice), not at each.
      const bool route = !listed.empty() && std::any_of(roles.begin(), roles.end(), [&](const PhraseMatch& r) {
        const RoleEntry& entry = s.lexicon.roles.entries[r.entry];
        return entry.kind == RoleKind::kRoute && EntryApplies(entry.language, language) &&
               r.end_token == place_token[static_cast<size_t>(listed.front())];
      });
      // (Unless the road only situates a town named before it: "attacked army positions in
      // Bourem, on the Niger river between Gao and Timbuktu".)
      const bool town_before_route = [&] {
        if (frame.place < 0 || listed.empty() || places[static_cast<size_t>(frame.place)].geo_precision != 1) {
          return false;
        }
        const uint32_t town = place_token[static_cast<size_t>(frame.place)];
        const uint32_t first_end = place_token[static_cast<size_t>(listed.front())];
        if (town <= begin || town >= first_end || first_end - town > 8) return false;
        // (The town is where it happened, "in Bourem,", not a word of origin: "a Djibo trader on
        // the road between Dori and Gorgadji".)
        const std::string_view at = words.Word(town - 1);
        bool apposition = false;
        for (uint32_t k = town + 1; k < first_end && !apposition; ++k) {
          apposition = tokens[k].kind == TokenKind::kPunctuation && tokens[k].In(text) == ",";
        }
        return apposition && (at == "in" || at == "at" || at == "a" || at == "near");
      }();
      if (route && !town_before_route) frame.place = listed.front();
      // A count of incidents with no place ("a mené coup sur coup deux attaques contre des
      // positions de l'armée") sums up those the report tells one by one after it.
      if (counted > 0 && listed.empty() && frame.place < 0) continue;
      // "Wounded CMA combatants were brought to Kidal hospital", "the injured soldiers": an
      // English participle before the people it describes tells of the wounded, not of an
      // incident (one before it is the verb: "gunmen wounded soldiers").
      // (So is one whose people are the subject of the next verb: "while injured GATIA members
      // were taken to Gao".)
      if (const auto described = std::find_if(actors.begin(), actors.end(),
                                              [&](const ActorMention& a) { return a.first_token == m.end_token; });
          language == "en" && trigger_frame == "wound" && verb_words == 1 && described != actors.end()) {
        const std::string_view before = m.first_token > begin ? words.Word(m.first_token - 1) : std::string_view();
        // (The actor may be a name before its noun: "GATIA members were".)
        auto verb_at = [&](uint32_t k) {
          const std::string_view w = k < end ? words.Word(k) : std::string_view();
          return w == "were" || w == "was" || w == "had" || w == "have" || w == "are";
        };
        const bool opens_noun = m.first_token == begin || before == "the" || before == "a" || before == "its" ||
                                before == "their" || before == "several" || before == "many" ||
                                tokens[m.first_token - 1].kind == TokenKind::kNumber;
        const bool subject = verb_at(described->end_token) || verb_at(described->end_token + 1);
        if (opens_noun || subject) continue;
      }
      // Armed men who "marched hundreds of pupils into the bush" made them walk: no
      // demonstration has an armed group for its crowd.
      if (trigger_class.demonstration && frame.actor1 && IsNonStateArmed(frame.actor1->type) && frame.actor2 &&
          frame.actor2->type == ActorType::kCivilians) {
        continue;
      }
      // A crowd that occupies roads or a square ("des jeunes ont occupé dès l'aube plusieurs axes",
      // "protesters occupied the square") demonstrates: it takes no territory.
      if (frame.frame == "territory-taken" && frame.actor1 &&
          (frame.actor1->type == ActorType::kProtesters || frame.actor1->type == ActorType::kRioters ||
           frame.actor1->type == ActorType::kCivilians)) {
        frame.frame = "protest";
      }
      // Troops that march past ("les troupes ont défilé lors de la fête de l'indépendance") parade:
      // no demonstration.
      if (frame.frame == "protest" && frame.actor1 && frame.actor1->type == ActorType::kState &&
          words.Word(m.end_token - 1) == "defile") {
        continue;
      }
      frame.later = later_at < frame.trigger_first;
      // (Also a town or a post taken: "Par ailleurs, le JNIM a affirmé s'être emparé de deux positions".)
      const FrameClass& frame_class = s.lexicon.frame_classes.Of(frame.frame);
      if (other_incident_at <= frame.trigger_first &&
          (frame_class.violent || FrameClasses::SameFamily(frame_class, attack_class))) {
        frame.another = true;
        other_incident_at = UINT32_MAX;
      }
      if (listed.size() >= 2 && !route) {
        frame.split = static_cast<int32_t>(frames.size());
        for (int32_t place : listed) {
          EventFrame copy = frame;
          copy.place = place;
          frames.push_back(std::move(copy));
        }
      } else {
        frames.push_back(std::move(frame));
      }
      sentence_has_frame = true;
    }
    // The toll of a cancelled incident ("an earlier attack, in which four were killed") is
    // no one else's.
    if (!sentence_has_frame && !sentence_cancelled && dead) loose_tolls.push_back({si, *dead});
    if (sentence_place >= 0 && places[static_cast<size_t>(sentence_place)].geo_precision <= 2) {
      scene_places[si] = sentence_place;
    }
    differ_carried = !dead && sources_differ_from != UINT32_MAX && sources_differ_from > begin;
    // A toll beside frames that cannot take one ("Les familles des hommes interpellés lundi ont
    // découvert une vingtaine de corps": an arrest) is told apart, for the incident near it that
    // can (the killing told next).
    if (sentence_has_frame && dead) {
      const auto first =
          std::find_if(frames.begin(), frames.end(), [&](const EventFrame& f) { return f.sentence == si; });
      const bool none_takes = std::all_of(
          first, frames.end(), [&](const EventFrame& f) { return !s.lexicon.frame_classes.Of(f.frame).TakesToll(); });
      if (first != frames.end() && none_takes && std::none_of(first, frames.end(), [](const EventFrame& f) {
            return f.dead.has_value() && f.dead->quantity.value == 0;
          })) {
        for (auto f = first; f != frames.end(); ++f) f->dead.reset();
        loose_tolls.push_back({si, *dead});
      }
    }
  }
  // A crowd that armed men shot at, in a report that tells of no demonstration ("tirant sur
  // la foule d'un marché"), is a crowd of civilians, not protesters.
  if (civilians && std::none_of(frames.begin(), frames.end(), [&](const EventFrame& f) {
        return s.lexicon.frame_classes.Of(f.frame).demonstration;
      })) {
    for (EventFrame& f : frames) {
      if (f.actor2 && f.actor2->actor < 0 &&
          (f.actor2->type == ActorType::kRioters || f.actor2->type == ActorType::kProtesters) &&
          (!f.actor1 || IsNonStateArmed(f.actor1->type))) {
        f.actor2->generic = civilians;
        f.actor2->type = ActorType::kCivilians;
      }
    }
  }

  std::vector<PlaceLocation> locations(places.size());
  for (size_t i = 0; i < places.size(); ++i) {
    const fmt::PlaceRecord& p = g.Place(static_cast<uint32_t>(places[i].place));
    const bool unit = p.feature_class == 'A' &&
                      (std::strcmp(p.feature_code, "ADM1") == 0 || std::strcmp(p.feature_code, "ADM2") == 0);
    locations[i] = {places[i].place,
                    p.latitude,
                    p.longitude,
                    std::strncmp(p.feature_code, "PCL", 3) == 0,
                    std::string_view(p.country, 2),
                    unit ? places[i].place : -1,
                    p.admin1,
                    p.admin2};
  }
  std::vector<EventParts> incidents = MergeFrames(frames, loose_tolls, claims, locations, s.lexicon.frame_classes);

  // Document-level defaults for what a frame's sentence did not say: a town first (not a park
  // or a lake named to situate it: "Porga, l'une des portes du parc de la Pendjari, se trouve
  // à une cinquantaine de kilomètres de Tanguiéta").
  int32_t document_place = -1;
  for (const bool town_only : {true, false}) {
    for (size_t i = 0; i < places.size() && document_place < 0; ++i) {
      if (!dateline[i] && !across_border[i] && !not_the_scene[i] && places[i].geo_precision <= 2 && !abroad(i) &&
          (!town_only || g.Place(static_cast<uint32_t>(places[i].place)).feature_class == 'P')) {
        document_place = static_cast<int32_t>(i);
      }
    }
  }
  for (size_t i = 0; i < places.size() && document_place < 0; ++i) {
    if (!dateline[i] && !across_border[i] && !not_the_scene[i] && places[i].geo_precision <= 2) {
      document_place = static_cast<int32_t>(i);
    }
  }
  // Then a unit of the report's country before a foreign country named first ("les bandits
  // qui opèrent depuis le Nigeria ont frappé dans le département de Madarounfa").
  for (size_t i = 0; i < places.size() && document_place < 0; ++i) {
    if (!dateline[i] && !across_border[i] && !not_the_scene[i] && !abroad(i)) {
      document_place = static_cast<int32_t>(i);
    }
  }
  for (size_t i = 0; i < places.size() && document_place < 0; ++i) {
    if (!dateline[i] && !across_border[i]) document_place = static_cast<int32_t>(i);
  }
  // A report that names no place but its dateline's tells of that town ("Tombouctou (Agence) –
  // ... des barrages sur les principales rues de la ville").
  for (size_t i = 0; i < places.size() && document_place < 0; ++i) {
    if (dateline[i] && places[i].geo_precision == 1) document_place = static_cast<int32_t>(i);
  }

  // A report of a disaster (modality.tsv kind disaster: a flood, an accident) whose only
  // incident words are deaths with no cause ("at least 30 had died", "ont péri") and that names
  // no armed side nor the forces beside them tells of no violence: no event.
  const auto bare_death = [&](const EventFrame& f) {
    if (f.frame != "kill") return false;
    std::string said;
    for (uint32_t k = f.trigger_first; k < f.trigger_end; ++k) {
      if (!said.empty()) said += ' ';
      said += words.Word(k);
    }
    return said == "died" || said == "have died" || said == "had died" || said == "perdu la vie" ||
           said == "ont perdu la vie" || said == "a perdu la vie" || said == "ont peri" || said == "a peri" ||
           said == "peri" || said == "lost their lives";
  };
  // (The disaster is looked for only in a report of such deaths.)
  const auto names_a_disaster = [&] {
    for (uint32_t si = 0; si < analysed.sentences.size(); ++si) {
      for (const PhraseMatch& m : matches(si, kModality)) {
        const ModalityEntry& entry = s.lexicon.modality.entries[m.entry];
        if (entry.kind == ModalityKind::kDisaster && EntryApplies(entry.language, language)) return true;
      }
    }
    return false;
  };
  const bool deaths_only = !frames.empty() && std::all_of(frames.begin(), frames.end(), bare_death) &&
                           std::none_of(frames.begin(), frames.end(),
                                        [](const EventFrame& f) {
                                          const auto armed = [](const std::optional<ActorMention>& a) {
                                            return a && (IsNonStateArmed(a->type) || IsForces(a->type));
                                          };
                                          return armed(f.actor1) || armed(f.actor2);
                                        }) &&
                           names_a_disaster();
  if (deaths_only) {
    coded.notes.push_back("not coded: the report tells of deaths with no violence (an accident or a disaster)");
    incidents.clear();
  }

  // The place each incident names itself, before the report's place fills the others.
  std::vector<int32_t> own_places;
  own_places.reserve(incidents.size());
  for (const EventParts& event : incidents) own_places.push_back(event.place);
  std::optional<EventRecord> first_passing;
  for (EventParts& event : incidents) {
    // An incident the report gives neither a place, nor a date, nor a figure of its own is a
    // passing mention ("the attacks have displaced thousands") beside the report's own
    // events; it stands only when the report has no other.
    // An attack on another target ("s'en sont aussi pris aux habitants") is told beside the
    // report's incident, at its place and time: no passing mention; nor is what happened later
    // that day ("Dans la soirée, plusieurs responsables ont été interpellés").
    // (A day the scene before gave is none of its own, but for a crowd: "Mardi, vers 22h30, une
    // patrouille a arrêté trois pick-up. Attirés par les détonations, des habitants se sont
    // rassemblés et ont mis le feu aux véhicules".)
    const bool crowd = IsCrowd(*event.primary);
    const bool own_date = std::any_of(event.frames.begin(), event.frames.end(),
                                      [&](const EventFrame* f) { return f->date && (!f->scene_dated || crowd); });
    const bool passing = event.place < 0 && !own_date && (!event.dead || event.dead->implied) &&
                         std::none_of(event.frames.begin(), event.frames.end(),
                                      [](const EventFrame* f) { return f->another || f->later; });
    if (event.place < 0) {
      event.place = document_place;
      // Not when that place is told after the incident and is another incident's own: the last
      // place named before it, a district even, is the incident's ("Le village de Berta, dans la
      // commune de Saloba (cercle de Macina), compte ses morts. [...] Par ailleurs, le JNIM a
      // affirmé s'être emparé de deux positions [...] à une soixantaine de kilomètres de Bamako").
      const uint32_t start = IncidentStart(event);
      const auto document_record = document_place >= 0 ? places[static_cast<size_t>(document_place)].place : -1;
      if (document_place >= 0 && place_token[static_cast<size_t>(document_place)] > start &&
          std::any_of(own_places.begin(), own_places.end(), [&](int32_t own) {
            return own >= 0 && places[static_cast<size_t>(own)].place == document_record;
          })) {
        for (size_t i = 0; i < places.size() && place_token[i] < start; ++i) {
          if (!dateline[i] && !across_border[i] && !not_the_scene[i] && !abroad(i)) {
            event.place = static_cast<int32_t>(i);
          }
        }
      }
    }
    // An incident placed only in a country ("kidnapped a nun in southern Mali") is at the
    // report's first place inside that country ("at her mission in the Koutiala district").
    auto record_of = [&](int32_t place) -> const fmt::PlaceRecord& {
      return g.Place(static_cast<uint32_t>(places[static_cast<size_t>(place)].place));
    };
    // (Not one the text names for its capital: "in Burkina Faso's capital".)
    if (event.place >= 0 && std::strncmp(record_of(event.place).feature_code, "PCL", 3) == 0 &&
        !NamesTheCapital(text, places[static_cast<size_t>(event.place)].mention.start,
                         places[static_cast<size_t>(event.place)].mention.end)) {
      const std::string_view country(record_of(event.place).country, 2);
      auto inside = [&](int32_t i) {
        const fmt::PlaceRecord& p = record_of(i);
        return std::strncmp(p.feature_code, "PCL", 3) != 0 && std::string_view(p.country, 2) == country;
      };
      // (Not one people set out from or were taken to, "évacué vers l'hôpital militaire de Gao",
      // nor a town that speaks.)
      for (int32_t i = 0; i < static_cast<int32_t>(places.size()); ++i) {
        const auto k = static_cast<size_t>(i);
        if (!dateline[k] && !across_border[k] && !not_the_scene[k] && inside(i)) {
          event.place = i;
          break;
        }
      }
    }
    event.country = main_country;
    // An undated incident takes the report's first date, unless that date is told after it
    // and dates another incident ("Tuesday's ambush ... The same area saw an ambush in
    // October 2017": with no publication date to read "Tuesday" against, the first ambush
    // has no date, not the other's).
    // An undated incident told right after a sentence that sets its scene on a day, and tells no
    // incident of its own, happened that day.
    if (!event.date) {
      const uint32_t first_sentence = event.frames.front()->sentence;
      if (first_sentence > 0 && scene_days[first_sentence - 1] &&
          std::none_of(frames.begin(), frames.end(),
                       [&](const EventFrame& f) { return f.sentence == first_sentence - 1; })) {
        event.date = &*scene_days[first_sentence - 1];
      }
    }
    if (!event.date && first_date &&
        !(first_date->first_token > IncidentStart(event) && DatesAnotherIncident(incidents, event, *first_date))) {
      event.date = &*first_date;
    }
    // An armed doer left unnamed is the group the report names, when it names one and the
    // incident is violence (not a protest, not the state's own operation).
    const bool unnamed_doer = !event.actor1 || (event.actor1->actor < 0 && event.actor1->generic &&
                                                event.actor1->generic->type == ActorType::kPoliticalMilitia);
    // (Not an incident told as another one: "Toujours lundi, l'ambulance d'Ansongo a été
    // attaquée par des bandits armés" after the group's shelling of three camps.)
    const bool told_as_another =
        std::any_of(event.frames.begin(), event.frames.end(), [](const EventFrame* f) { return f->another; });
    // (Not a communal militia: "VDP", "Dozos" and the like are named when they are the doers;
    // named otherwise, they fought beside the forces, defended a village or were sought ("une
    // brigade de gendarmerie visée par une dizaine d'assaillants" in a report whose VDP fought
    // elsewhere, "des hommes armés ... affirmant ne rechercher que des VDP"). The incident's
    // doer is then left unidentified, as ACLED does when no one is blamed.)
    const bool communal_militia = main_group && main_group->type == ActorType::kIdentityMilitia;
    // (Nor for an air strike: ACLED gives one no one is named for to the state's air force.)
    const bool air_strike = event.primary->frame == "airstrike";
    if (unnamed_doer && main_group && !told_as_another && !communal_militia && !air_strike &&
        s.lexicon.frame_classes.Of(event.primary->frame).violent &&
        !(event.actor2 && event.actor2->actor == main_group->actor)) {
      event.actor1 = &*main_group;
    }
    if (event.date && event.date->unanchored) {
      // "Tuesday's ambush" with no publication date: the incident happened on no known day.
      const Token& t = tokens[event.date->first_token];
      coded.notes.push_back("not coded: an incident dated only by \"" +
                            std::string(text.substr(t.start, tokens[event.date->end_token - 1].end - t.start)) +
                            "\", and the document has no publication date (give --published)");
      continue;
    }
    // An incident dated years before the report is history told for context ("the commando that
    // killed Sankara and twelve of his companions on 15 October 1987", in a report on the trial):
    // ACLED codes what a report tells as news.
    if (event.date && published && DaysFromCivil(*published) - DaysFromCivil(event.date->date) > 2 * 365) {
      const Token& t = tokens[event.date->first_token];
      coded.notes.push_back("not coded: an incident dated \"" +
                            std::string(text.substr(t.start, tokens[event.date->end_token - 1].end - t.start)) +
                            "\", more than two years before the report, is history");
      continue;
    }
    auto record = s.records.Build(article, words, analysed, places, event, published, s.lexicon);
    if (!record) continue;
    if (passing) {
      if (!first_passing) first_passing = std::move(record);
      continue;
    }
    coded.events.push_back(std::move(*record));
  }
  if (coded.events.empty() && first_passing) coded.events.push_back(std::move(*first_passing));
  if (coded.events.empty() && frames.empty()) coded.notes.push_back("no event: no trigger outside negation, future, hypothesis or background");
  return coded;
}

}  // namespace vigie
