// The event coder's lexicons, from data/lexicon/: triggers and how their frames become ACLED
// types, number words, fatality words, modality (negation, future, hypothesis,
// background), role words and relative dates, and how the merger treats each frame. Each is a PhraseMatcher over the
// text's folded words plus what each entry means.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "coding/frame_classes.h"
#include "core/line_file.h"
#include "core/status.h"
#include "text/phrase_matcher.h"

namespace vigie {

// What the victims or opponents of an event are, as far as the coder can tell.
enum class TargetKind : uint8_t { kUnknown, kCivilians, kState, kArmed, kProtesters };

struct TriggerEntry {
  std::string language;  // "fr", "en" or "*"
  std::string frame;     // "attack", "abduction", "claim"...
};

// frames.tsv: FRAME, TARGET, EVENT_TYPE, SUB_EVENT_TYPE; first matching row wins.
struct FrameRule {
  std::string frame;
  std::string target;  // civilians, state, armed, protesters or *
  std::string event_type;
  std::string sub_event_type;
  int line = 0;
};

// kVague: a plural with no unit ("plusieurs", "several"), approximate and no figure of its own.
enum class NumberKind : uint8_t { kExact, kApprox, kVague, kMin, kMax, kApproxModifier };
struct NumberEntry {
  std::string language;
  double value = -1;  // -1 for modifiers
  NumberKind kind = NumberKind::kExact;
};

// kOneDead: a phrase that tells of one death by itself ("was killed", "a été tué").
// kRisesTo: the figure right after it is the dead when a dead word comes before it in the
// sentence ("the death toll has risen to 53", "le bilan s'est alourdi à 20 morts").
// kOtherSource: a dead figure after it in the sentence is another source's estimate ("d'autres
// sources évoquent plus d'une trentaine de morts"): an alternative to the one told before it,
// of which ACLED keeps the lower.
// kOtherFigure: as kOtherSource, and a figure after it that opens its sentence's count is an
// alternative to the toll told before in the report ("Le communiqué avance un autre chiffre :
// sept gardes tués").
// kMeasure: a figure right before it measures time or distance, and counts no one ("un deuil
// de 72 heures", "a boy of 12 years").
// kDeadAtEnd: as kDead, but only where the clause ends after it ("huit militaires et
// trente-deux VDP tombés,"): "tombés dans une embuscade" fell into an ambush.
// kLost: the figure right after it counts the dead when people follow it ("lost about 40
// soldiers", "a perdu 42 de ses hommes"), not when things do ("lost two vehicles").
// kRaisesToll: a revision of the toll whose new figure comes after "to" / "à" further on
// ("raised the death toll from Sunday's attack to 62", "a porté le bilan de l'attaque à 25").
// kNotPeople: a figure right before it counts animals or things; a verb of killing whose object
// they are counts no one ("killed two sheep", "abattu une dizaine de têtes de bétail", "abattu
// un avion").
// kNoDeath: a phrase that holds a word of death but tells of none ("menaces de mort", "death
// threats", "condamné à mort"): listed so that the longer phrase hides the dead word.
enum class CasualtyKind : uint8_t {
  kDead,
  kOneDead,
  kWounded,
  kMissing,
  kRisesTo,
  kOtherSource,
  kOtherFigure,
  kMeasure,
  kDeadAtEnd,
  kLost,
  kRaisesToll,
  kNotPeople,
  kNoDeath,
  kSourcesDiffer
};
struct CasualtyEntry {
  std::string language;
  CasualtyKind kind = CasualtyKind::kDead;
};

// kReference: a determiner that points back to an incident already told ("cette attaque",
// "the killings"); it cancels nothing, it merges.
// kNoToll: a nil toll ("aucune victime", "no casualties"): the event stands, nothing is cancelled.
// kAddition: "aussi", "également" at an attack: another target was hit, another incident.
// kCharge: what a court tries or a person is indicted for ("doivent répondre de l'enlèvement",
// "convicted of"): an earlier incident, cancelled in its clause whatever the sentence's date.
// kAnniversary: background ("deux ans après", "ten years after") whose clause names the older
// incident even when the sentence dates its main clause.
// kPeriod: a span of years or months ("in recent years", "ces dernières années"): the triggers
// of its clause, before or after it, sum up many incidents when the sentence has no day.
// kOtherIncident: "dans une autre attaque", "in a separate incident", "plus au nord": the first
// violent frame after it in its sentence starts an incident of its own. Cancels nothing.
// kLater: a later time of the same day ("dans la soirée", "later that day"): an arrest told
// after it is no intervention at the demonstration told before. Cancels nothing.
// kGeneral: what a kind of incident is in law or in general ("attacks on peacekeepers may
// amount to war crimes"): the triggers of its clause, before or after it, whatever the date.
// kDisaster: a flood, an accident, an epidemic; a report that names one, whose only incident
// words are deaths with no cause and no armed side, tells of no violence.
enum class ModalityKind : uint8_t {
  kNegation,
  kFuture,
  kHypothetical,
  kBackground,
  kAnniversary,
  kReport,
  kOpinion,
  kReference,
  kNoToll,
  kAddition,
  kCharge,
  kPeriod,
  kOtherIncident,
  kGeneral,
  kLater,
  kDisaster
};
struct ModalityEntry {
  std::string language;
  ModalityKind kind = ModalityKind::kNegation;
  // Kind "reaction" in modality.tsv: a report whose speaker reacts to an incident named as its
  // object ("a condamné une attaque", "condemned the killing"); otherwise a report.
  bool reaction = false;
  // Kind "new-item" in modality.tsv: an other-incident phrase that counts only when it opens
  // the sentence ("Par ailleurs, le JNIM a affirmé ...", "Separately, gunmen killed ...").
  bool opening = false;
};

// kRoute: the two places after it are the ends of one road ("between Gao and Ansongo").
// kOffDuty: the soldier or fighter named beside it is a civilian for ACLED ("off-duty").
// kUndergoer: the actor before it suffered the trigger after it ("subjected to an attack").
// kBorder: the country right after it, or right before it, is across a border from the
// incident ("near the Niger border", "à la frontière avec le Burkina Faso").
// kElsewhere: the place right after it is where people came from or were taken to ("partie
// de Diabaly", "évacués vers Mopti"): no place of the incident when the sentence names another.
// kLandmark: the forces named right after it stand for their post, which situates the incident
// ("à deux pas de la gendarmerie"): no party to it.
// kSamePlace: names without its name the last town the text named before its sentence
// ("cette commune", "ce village", "this town"): the sentence's incident is there.
// kHolder: "tenus par", "held by": the actor after it holds or leads what is named before it;
// listed so that the longer phrase hides the agent word inside it ("par", "by").
// kOwnSide: the dead counted after it are the reporting forces' own ("Côté ami, on déplore
// deux morts"), to be added to the enemy's dead told apart.
// kAttempt: the taking of control right after it was only tried ("ont tenté de s'emparer de la
// position"): a fight for a position its holders kept, no territory taken.
// kMeans: the weapon trigger right after it was the means of an assault ("ont employé des
// véhicules kamikazes", "using car bombs"): the assault names the incident.
enum class RoleKind : uint8_t {
  kAgent,
  kTarget,
  kVictim,
  kAffiliation,
  kRoute,
  kOffDuty,
  kUndergoer,
  kBorder,
  kGrievance,
  kCircumstance,
  kBuilding,
  kElsewhere,
  kHolder,
  kMeans,
  kAttempt,
  kOwnSide,
  kCarried,
  kSamePlace,
  kLandmark
};
// A word that begins no object ("in", "around", "dans"): a verb it follows has none.
struct AdjunctEntry {
  std::string language;
};
struct RoleEntry {
  std::string language;
  RoleKind kind = RoleKind::kAgent;
  // Kinds "moved" and "carried" in roles.tsv: people were moved to or from the town named
  // ("évacués vers Mopti", "partie de Diabaly"), which is never the report's place either.
  // A "moved" phrase is otherwise an elsewhere one.
  bool moves_people = false;
  // Kind "undertaking" in roles.tsv: the agent word of another noun's undertaking ("lancée par",
  // "launched by"); an agent when that noun is an incident's ("l'attaque lancée par le JNIM").
  bool undertaking = false;
  // Kind "recipient" in roles.tsv: the people and the town named right after it are who goods
  // were meant for ("des vivres destinés aux réfugiés de Léré"): neither its victims nor its
  // place. Otherwise an elsewhere phrase.
  bool recipient = false;
};

enum class RelativeDateKind : uint8_t {
  kDayOffset,
  kMentionedDayOffset,  // days from the date last mentioned ("la veille", "the next day")
  kLastModifier,
  kThisModifier,
  kNightSpan,
  kWeekend,
  kPeriod,
  kNameHead,   // not a date: a noun that, capitalised, makes the date next to it a name
  kDatedNoun,  // not a date: a noun the date next to it dates ("la présidentielle du 12 août")
  kMonthLead,  // before a month name alone ("en novembre", "in November"): that month
};
struct RelativeDateEntry {
  std::string language;
  RelativeDateKind kind = RelativeDateKind::kDayOffset;
  int value = 0;           // days from publication (a period's "-1w" is -7, "-1m" -30)
  int time_precision = 1;  // a period: 2 for days and weeks, 3 for months
};

// A matcher and the meaning of each of its entries (the match's `entry` indexes `entries`).
template <typename Entry>
struct Lexicon {
  PhraseMatcher matcher;
  std::vector<Entry> entries;
};

class EventLexicon {
 public:
  // Loads the ten files under `lexicon_dir`. Bad lines are reported in `problems` (file
  // and line) and skipped; fails when a file is unreadable.
  static Result<EventLexicon> Load(const std::filesystem::path& lexicon_dir, std::vector<DataProblem>* problems);

  Lexicon<TriggerEntry> triggers;
  std::vector<FrameRule> frames;
  FrameClasses frame_classes;
  Lexicon<NumberEntry> numbers;
  Lexicon<CasualtyEntry> casualties;
  Lexicon<ModalityEntry> modality;
  Lexicon<RoleEntry> roles;
  // Looked up only after a verb of attack (MatchAt), not over every sentence: the words are
  // among the commonest of both languages.
  Lexicon<AdjunctEntry> adjuncts;
  Lexicon<RelativeDateEntry> relative_dates;
  // focus_countries.tsv: the countries the deployment follows (ISO alpha-2), a weak prior
  // for the places of a report that names no country.
  std::vector<std::string> focus_countries;

  // The ACLED type of `frame` against `target`, or nullptr when no row applies (a claim
  // alone is no event).
  const FrameRule* Classify(std::string_view frame, TargetKind target) const;
};

// True when an entry for `entry_language` ("fr", "en", "*") applies to text in `language`.
bool EntryApplies(std::string_view entry_language, std::string_view language);

}  // namespace vigie
