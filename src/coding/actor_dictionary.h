// The actors the coder names: ACLED's named groups and forces with their aliases
// (data/actors/actors.tsv), and the generic descriptions ("des hommes armés", "villagers")
// that become ACLED's per-country actors (generic.tsv, generic_kinds.tsv).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"
#include "coding/event_lexicon.h"
#include "text/phrase_matcher.h"

namespace vigie {

// ACLED's actor types; the value is ACLED's inter code.
enum class ActorType : uint8_t {
  kNone = 0,
  kState = 1,
  kRebel = 2,
  kPoliticalMilitia = 3,
  kIdentityMilitia = 4,
  kRioters = 5,
  kProtesters = 6,
  kCivilians = 7,
  kExternal = 8,
};
// A non-state armed actor: a rebel group, a political or an identity militia.
constexpr bool IsNonStateArmed(ActorType type) {
  return type == ActorType::kRebel || type == ActorType::kPoliticalMilitia || type == ActorType::kIdentityMilitia;
}
// State forces, at home or abroad (ACLED's inter 1 and 8: armies, police, UN and foreign missions).
constexpr bool IsForces(ActorType type) { return type == ActorType::kState || type == ActorType::kExternal; }
std::optional<ActorType> ParseActorType(std::string_view label);
std::string_view ActorTypeLabel(ActorType type);

struct ActorEntry {
  std::string id;       // "jnim"
  std::string name;     // ACLED's name
  ActorType type = ActorType::kNone;
  std::string country;  // ISO alpha-2 or "*"
  std::string parent;   // id of the group it belongs to, or ""
  int line = 0;
  // The names ACLED gave the actor's events before a date (former_names.tsv), earliest first:
  // {"2019-03-01", "Islamic State (Greater Sahara)"}.
  std::vector<std::pair<std::string, std::string>> former_names;
};

struct GenericActorEntry {
  std::string language;
  std::string kind;  // armed, civilians, protesters, rioters, military, police, communal
};

struct GenericKind {
  std::string kind;
  std::string name_template;  // "Civilians ({country})"
  ActorType type = ActorType::kNone;
  std::string no_country_name;  // when no country is known ("Unidentified Military Forces"); empty: "International"
};

class ActorDictionary {
 public:
  // Loads actors.tsv, generic.tsv, generic_kinds.tsv and, when present, former_names.tsv under
  // `actors_dir`. Bad lines are reported in `problems` by file and line and skipped; fails
  // when a file is unreadable.
  static Result<ActorDictionary> Load(const std::filesystem::path& actors_dir, std::vector<DataProblem>* problems);

  const std::vector<ActorEntry>& actors() const { return actors_; }
  // Matches names and aliases; a match's entry indexes actors().
  const PhraseMatcher& names() const { return names_; }
  // Matches generic descriptions; a match's entry indexes generic().
  const Lexicon<GenericActorEntry>& generic() const { return generic_; }
  const GenericKind* Kind(std::string_view kind) const;
  // ACLED's name of the actor for an event on `date` (YYYY-MM-DD): the former name in use
  // then, else today's ("Islamic State (Greater Sahara)" in 2018, "Islamic State (Sahel)" now).
  const std::string& NameOn(const ActorEntry& actor, std::string_view date) const;
  // The actor's parent (a katiba's JNIM), or nullptr.
  const ActorEntry* Parent(const ActorEntry& actor) const;
  // The same actor for another country when the dictionary has one, by the convention that
  // such IDs end in the country code ("dozo-ml", "dozo-bf"): shared aliases ("les dozos")
  // go to the first listed, and the event's country picks the right one. Else `actor`.
  const ActorEntry& ForCountry(const ActorEntry& actor, std::string_view country_code) const;
  // ACLED's name of the generic `kind` in `country` (English name): "Civilians (Mali)".
  std::string GenericName(const GenericKind& kind, std::string_view country) const;
  // The country's own forces of a generic kind of state forces, where actors.tsv lists them:
  // the first state actor of `country_code` whose name starts as the kind's template does
  // ("soldats" in Côte d'Ivoire are the "Military Forces of the Ivory Coast"); else nullptr.
  const ActorEntry* OwnForces(const GenericKind& kind, std::string_view country_code) const;

 private:
  std::vector<ActorEntry> actors_;
  PhraseMatcher names_;
  Lexicon<GenericActorEntry> generic_;
  std::vector<GenericKind> kinds_;
};

}  // namespace vigie
