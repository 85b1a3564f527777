// Event frames: what the coder finds in one sentence before merging (a trigger and the
// arguments attached to it), and the mentions they point at.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coding/actor_dictionary.h"
#include "coding/date_resolver.h"
#include "coding/quantity_parser.h"

namespace vigie {

// A named actor or a generic description, by token span.
struct ActorMention {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  int32_t actor = -1;                  // index into ActorDictionary::actors(), or -1
  const GenericKind* generic = nullptr; // when the mention is a description
  ActorType type = ActorType::kNone;
  // A second group the report gives as the other possible doer ("JNIM or ISGS militants",
  // "le JNIM ou l'EIGS"): ACLED names both, "A and/or B". Index into actors(), or -1.
  int32_t alternative = -1;
};

// A toll: a quantity of dead (or wounded, missing) people, by token span.
struct Casualties {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  Quantity quantity;
  bool implied = false;  // no figure: a singular verb told of one death ("the mayor was killed")
  bool revised = false;  // a figure that replaces an earlier one ("revised to 86", "a été porté à cinq")
  // Whose dead the figure counts, when the sentence tells: armed men ("46 assaillants
  // neutralisés"), the others (soldiers, civilians), or both added up.
  enum class Side : uint8_t { kUnknown, kArmed, kOthers, kBoth };
  Side side = Side::kUnknown;
  double armed_part = 0;     // of a kBoth figure, the armed men's dead in it
  bool group_claim = false;  // told by the armed group that did it ("saying its fighters killed 107")
  // Another source's figure for a toll told before it in the report ("Le communiqué avance un
  // autre chiffre : sept gardes tués"): of the two, the lower stands (ACLED's conservative count).
  bool alternative = false;
  // Dead told as more besides those counted before ("Un habitant du village ... a également été
  // tué", "was also killed"): in a later sentence, they add to the incident's toll.
  bool additional = false;
  // Named again with a definite article ("Les deux victimes ont été identifiées", "the two
  // victims"): those already counted, never the other side's dead.
  bool definite = false;

  // Adds `dead` of the other side, counted by `told`: the toll then counts both sides.
  void AddOtherSide(double dead, const Quantity& told) {
    if (side == Side::kArmed) armed_part = quantity.value;
    if (side == Side::kOthers) armed_part = dead;
    quantity.value += dead;
    quantity.at_least = quantity.at_least || told.at_least;
    quantity.approximate = quantity.approximate || told.approximate;
    side = Side::kBoth;
  }
};

struct EventFrame {
  std::string frame;  // attack, kill, abduction... (data/lexicon/frames.tsv)
  uint32_t sentence = 0;
  uint32_t trigger_first = 0;  // tokens
  uint32_t trigger_end = 0;
  std::optional<ActorMention> actor1;
  std::optional<ActorMention> actor2;
  int32_t place = -1;  // index into the document's resolved places
  std::optional<TemporalMention> date;
  std::optional<Casualties> dead;
  bool claimed = false;  // the sentence reports a claim of responsibility
  int32_t split = -1;    // frames made from one trigger and a list of towns share this id
  bool refers_back = false;  // "cette attaque", "the killings": an incident already told
  bool another = false;      // "a lui aussi été attaqué": an attack on another target, not one told before
  bool noun = false;         // an article or a demonstrative right before it: "l'attaque", "an attack"
  bool sides = false;        // its two actors named after "between" / "entre": the fight's sides
  bool means = false;        // a weapon the doers used in an assault: "ont employé des véhicules kamikazes"
  bool later = false;        // told after a later time of the day: "Dans la soirée, ... ont été interpellés"
  bool summary = false;      // counted incidents: "dans deux attaques distinctes", "in three attacks"
  bool scene_dated = false;  // dated by the sentence before, which set a scene and told no incident
};

}  // namespace vigie
