// Merges the event frames of one document into incidents (see event_merger.h).
#include "coding/event_merger.h"

#include <algorithm>
#include <cstdlib>

#include "coding/civil_calendar.h"
#include "core/geodesy.h"

namespace vigie {

// Frames that a bare killing ("20 civils ont été tués") joins when they are close: the
// killing is the toll of the attack, not another event.
bool IsViolent(std::string_view frame) {
  return frame == "attack" || frame == "clash" || frame == "ambush" || frame == "massacre" || IsWeapon(frame) ||
         frame == "kill" || frame == "wound";
}

bool IsWeapon(std::string_view frame) {
  return frame == "ied" || frame == "shelling" || frame == "grenade" || frame == "suicide-bomb" || frame == "airstrike";
}

namespace {

// Frames of one family describe one incident when they share place and date: an ambush
// and the clash that followed, the offensive and the town it took, a protest and its
// dispersal.
int Family(std::string_view frame) {
  if (IsViolent(frame) || frame == "territory-taken" || frame == "territory-regained") return 1;
  // A demonstration that turns violent is one riot, not a protest and a riot.
  if (frame == "protest" || frame == "protest-intervention" || frame == "excessive-force" || frame == "riot" ||
      frame == "mob") {
    return 2;
  }
  if (frame == "abduction") return 4;
  if (frame == "looting" || frame == "destruction") return 5;
  return 10 + static_cast<int>(frame.size());  // the rest merge only with themselves
}

// How specific a frame is, to choose the one that names a merged event.
int Specificity(std::string_view frame) {
  // What an armed incident also did (burned, looted, arrested, seized weapons) does not
  // name it: ACLED codes the battle or the attack.
  if (frame == "destruction" || frame == "looting" || frame == "arrest" || frame == "weapons-seized") return -1;
  if (frame == "kill" || frame == "wound") return 0;
  // A bomb that opens a fight is part of it: ACLED codes an IED followed by gunfire (a
  // "complex attack") as the clash or the attack.
  if (frame == "ied") return 1;
  if (frame == "territory-taken" || frame == "territory-regained") return 4;  // the outcome names it
  // The means name an attack more precisely than the bomb or the shot does: a suicide
  // bomber's car bomb is a suicide bomb, a drone's missiles an air strike, a dispersed march
  // a protest with intervention.
  if (frame == "suicide-bomb" || frame == "airstrike") return 4;
  if (frame == "protest-intervention" || frame == "excessive-force") return 4;
  if (frame == "attack" || frame == "clash" || frame == "protest") return 2;
  return 3;
}

// A killing, burning or looting told beside an attack, a protest or an abduction is part of
// it (the police firing on a crowd, a hostage killed).
bool IsHarm(std::string_view frame) {
  return frame == "kill" || frame == "wound" || frame == "destruction" || frame == "looting";
}
bool TakesHarm(std::string_view frame) {
  return IsViolent(frame) || frame == "protest" || frame == "protest-intervention" || frame == "excessive-force" ||
         frame == "riot" || frame == "mob" || frame == "abduction";
}
// A demonstration, peaceful or dispersed: clashes, burning or looting in its sentence make it a
// riot ("protests in Bamako, clashes erupted with the police", "protesters ransacked the town
// hall").
bool IsDemonstration(std::string_view frame) {
  return frame == "protest" || frame == "protest-intervention" || frame == "excessive-force";
}
// Arrests and seized weapons told in the sentence of a battle or an attack are its outcome
// ("killed 10 militants, arrested 6 others and seized arms").
bool IsOutcome(std::string_view frame) { return frame == "arrest" || frame == "weapons-seized"; }

// A toll in the next sentence or two belongs to the event before it ("Le bilan est de 12
// morts"); a toll told first ("28 corps ont été découverts") to the event right after it.
void AttachLooseTolls(std::vector<EventFrame>& frames, std::span<const LooseToll> loose_tolls) {
  for (const auto& [si, toll] : loose_tolls) {
    EventFrame* target = nullptr;
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
      if (it->sentence > si || si - it->sentence > 2 || !IsViolent(it->frame)) continue;
      target = &*it;
      break;
    }
    if (!target) {
      for (EventFrame& f : frames) {
        if (f.sentence > si && f.sentence - si <= 1 && IsViolent(f.frame)) {
          target = &f;
          break;
        }
      }
    }
    if (target && !target->dead) target->dead = toll;
  }
}

using Incident = std::vector<size_t>;  // indexes into the document's frames

std::vector<Incident> GroupIncidents(const std::vector<EventFrame>& frames, std::span<const PlaceLocation> places) {
  std::vector<Incident> merged;
  auto place_of = [&](const EventFrame& f) -> const PlaceLocation* {
    return f.place >= 0 ? &places[static_cast<size_t>(f.place)] : nullptr;
  };
  // The date of a group so far: the first frame that has one.
  auto group_date = [&](const Incident& m) -> const TemporalMention* {
    for (size_t index : m) {
      if (frames[index].date) return &*frames[index].date;
    }
    return nullptr;
  };
  for (size_t i = 0; i < frames.size(); ++i) {
    const EventFrame& f = frames[i];
    Incident* into = nullptr;
    // An incident the report points back to ("Au lendemain de la tuerie, le Conseil des
    // ministres, réuni dimanche à Bamako", "The rally came as leaders met in Abuja") is the
    // latest one of its family told before, whatever place and date its sentence names.
    if (f.refers_back) {
      // Any of its frames may be of the family: an attack whose last frame is the burning
      // it did is still the attack ("Les assaillants ont incendié des maisons. L'attaque...").
      for (auto it = merged.rbegin(); it != merged.rend() && !into; ++it) {
        if (std::any_of(it->begin(), it->end(), [&](size_t k) { return Family(frames[k].frame) == Family(f.frame); })) {
          into = &*it;
        }
      }
    }
    for (auto it = merged.rbegin(); it != merged.rend() && !into; ++it) {
      // Any earlier incident of the report may be told again further down; place and date
      // tell them apart.
      const EventFrame& last = frames[it->back()];
      // The towns of one list are separate events.
      if (f.split >= 0 && std::any_of(it->begin(), it->end(), [&](size_t k) { return frames[k].split == f.split; })) {
        continue;
      }
      const bool close = f.sentence - frames[it->back()].sentence <= 1;
      bool joins = false;
      for (size_t index : *it) {
        const EventFrame& other = frames[index];
        const bool same_sentence = other.sentence == f.sentence;
        joins = joins || (close && IsHarm(f.frame) && TakesHarm(other.frame)) ||
                (close && TakesHarm(f.frame) && IsHarm(other.frame)) ||
                (same_sentence && IsOutcome(f.frame) && IsViolent(other.frame)) ||
                (same_sentence && IsViolent(f.frame) && IsOutcome(other.frame)) ||
                (same_sentence && f.frame == "clash" && IsDemonstration(other.frame)) ||
                (same_sentence && IsDemonstration(f.frame) && other.frame == "clash");
      }
      if (Family(f.frame) != Family(last.frame) && !joins) continue;
      const PlaceLocation* pa = place_of(f);
      const PlaceLocation* pb = place_of(last);
      if (pa && pb && pa->place != pb->place &&
          HaversineKm(pa->latitude, pa->longitude, pb->latitude, pb->longitude) > 100) {
        continue;
      }
      const TemporalMention* date = group_date(*it);
      if (f.date && date && std::llabs(DaysFromCivil(f.date->date) - DaysFromCivil(date->date)) > 1) continue;
      into = &*it;
    }
    if (into) {
      into->push_back(i);
    } else {
      merged.push_back({i});
    }
  }
  return merged;
}

// Claims go to the nearest event before them (or after, when the claim comes first).
void AttachClaims(std::vector<EventFrame>& frames, const std::vector<Incident>& merged, std::span<const Claim> claims) {
  for (const auto& [si, actor] : claims) {
    const Incident* best = nullptr;
    uint32_t best_distance = 4;
    for (const Incident& m : merged) {
      for (size_t index : m) {
        const uint32_t distance =
            frames[index].sentence > si ? frames[index].sentence - si : si - frames[index].sentence;
        if (distance < best_distance) {
          best_distance = distance;
          best = &m;
        }
      }
    }
    if (!best) continue;
    for (size_t index : *best) {
      EventFrame& f = frames[index];
      if (!f.actor1 || f.actor1->actor < 0) {
        f.actor1 = actor;
        f.claimed = true;
      }
    }
  }
}

// The event's parts, each from the frame that has it, the most specific frame first.
EventParts Combine(const std::vector<EventFrame>& frames, const Incident& m) {
  std::vector<const EventFrame*> parts;
  for (size_t index : m) parts.push_back(&frames[index]);
  // A bomb found or defused ("discovered and defused an IED") did not go off.
  const bool defused =
      std::any_of(parts.begin(), parts.end(), [](const EventFrame* f) { return f->frame == "weapons-seized"; });
  // A ground fight beside the shells or the grenade makes it a battle: ACLED codes a mortar
  // barrage followed by an armed assault or exchanges of fire (a "complex attack") as the
  // clash. An air strike and a suicide bombing keep their name (the dev set's car bomb
  // followed by hours of fighting in Agadez is a suicide bomb).
  const bool fight = std::any_of(parts.begin(), parts.end(), [](const EventFrame* f) { return f->frame == "clash"; });
  // A frame pointing back to the incident names it last: its sentence is about something
  // else (a reaction, a decision), whose actors are not the incident's.
  auto rank = [&](const EventFrame* f) {
    if (f->refers_back) return -10;
    if (defused && f->frame == "ied") return -2;
    if (fight && (f->frame == "shelling" || f->frame == "grenade")) return 1;
    return Specificity(f->frame);
  };
  std::stable_sort(parts.begin(), parts.end(),
                   [&](const EventFrame* a, const EventFrame* b) { return rank(a) > rank(b); });
  EventParts event;
  event.primary = parts.front();
  event.frame = event.primary->frame;
  // Deaths in a protest are ACLED's excessive force against protesters; else protesters who
  // clash, burn or loot are rioters.
  const bool crowd = event.frame == "protest" || event.frame == "protest-intervention";
  if (crowd && std::any_of(parts.begin(), parts.end(), [](const EventFrame* f) { return f->frame == "kill"; })) {
    event.frame = "excessive-force";
  } else if (IsDemonstration(event.frame) && std::any_of(parts.begin(), parts.end(), [](const EventFrame* f) {
               return f->frame == "clash" || f->frame == "destruction" || f->frame == "looting";
             })) {
    event.frame = "riot";
  }
  // The date, the place and the toll of the incident come from where the report first
  // gives them (a later figure is usually a part, or a claim).
  for (size_t index : m) {
    if (!event.date && frames[index].date) event.date = &*frames[index].date;
    if (event.place < 0 && frames[index].place >= 0) event.place = frames[index].place;
    if (!event.dead && frames[index].dead) event.dead = &*frames[index].dead;
  }
  for (const EventFrame* f : parts) {
    event.claimed = event.claimed || f->claimed;
    event.frames.push_back(f);
    if (f->refers_back && f != parts.front()) continue;
    if (!event.actor1 && f->actor1) event.actor1 = &*f->actor1;
    // Civilian victims anywhere in the incident make it violence against civilians.
    if (f->actor2 &&
        (!event.actor2 || (f->actor2->type == ActorType::kCivilians && event.actor2->type != ActorType::kCivilians))) {
      event.actor2 = &*f->actor2;
    }
  }
  return event;
}

}  // namespace

std::vector<EventParts> MergeFrames(std::vector<EventFrame>& frames, std::span<const LooseToll> loose_tolls,
                                    std::span<const Claim> claims, std::span<const PlaceLocation> places) {
  AttachLooseTolls(frames, loose_tolls);
  const std::vector<Incident> merged = GroupIncidents(frames, places);
  AttachClaims(frames, merged, claims);
  std::vector<EventParts> events;
  events.reserve(merged.size());
  for (const Incident& m : merged) events.push_back(Combine(frames, m));
  return events;
}

}  // namespace vigie
