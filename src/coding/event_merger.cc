// Merges the event frames of one document into incidents (see event_merger.h).
#include "coding/event_merger.h"

#include <algorithm>
#include <cstdlib>

#include "coding/civil_calendar.h"
#include "core/geodesy.h"

namespace vigie {

namespace {

// Whether `candidate` is a figure for the dead `current` told only by a vague plural ("ont tué
// plusieurs personnes ... sept morts pour les unes"): of the same side, or a side left unsaid,
// and neither a revision nor the armed group's own claim.
bool FiguresAVagueToll(const Casualties& current, const Casualties& candidate) {
  const bool sides_agree = current.side == candidate.side || current.side == Casualties::Side::kUnknown ||
                           candidate.side == Casualties::Side::kUnknown;
  return current.quantity.vague && !current.revised && !candidate.quantity.vague && !candidate.group_claim &&
         sides_agree;
}

// A toll in the next sentence or two belongs to the event before it ("Le bilan est de 12
// morts"); a toll told first ("28 corps ont été découverts") to the event right after it.
// The event is one that takes a toll (FrameClass::TakesToll): "Le bilan de ces violences est de cinq
// morts" after a riot is the riot's.
// A toll the report says was revised replaces the one the event had ("un premier bilan de
// deux morts ... a été porté à quatre"; a total told first over several incidents gives way
// too).
void AttachLooseTolls(std::vector<EventFrame>& frames, const std::vector<const FrameClass*>& kind,
                      std::span<const LooseToll> loose_tolls) {
  for (const auto& [si, toll] : loose_tolls) {
    EventFrame* target = nullptr;
    for (size_t i = frames.size(); i-- > 0;) {
      const EventFrame& f = frames[i];
      if (f.sentence > si || si - f.sentence > 2 || !kind[i]->TakesToll()) continue;
      target = &frames[i];
      break;
    }
    if (!target) {
      for (size_t i = 0; i < frames.size(); ++i) {
        if (frames[i].sentence > si && frames[i].sentence - si <= 1 && kind[i]->TakesToll()) {
          target = &frames[i];
          break;
        }
      }
    }
    // A toll told paragraphs after the only incident the report tells ("Le bilan, communiqué
    // lundi, s'établit à six morts" after the attack and two paragraphs of reactions) is its
    // toll: the toll-taking frames before it name one place and one day (or none).
    if (!target) {
      EventFrame* last = nullptr;
      int32_t place = -1;
      std::optional<CivilDate> day;
      bool one_incident = true;
      for (size_t i = 0; i < frames.size() && one_incident; ++i) {
        const EventFrame& f = frames[i];
        if (f.sentence > si || !kind[i]->TakesToll()) continue;
        if (f.place >= 0) {
          one_incident = place < 0 || place == f.place;
          place = f.place;
        }
        if (f.date && one_incident) {
          one_incident = !day || *day == f.date->date;
          day = f.date->date;
        }
        last = &frames[i];
      }
      if (one_incident) target = last;
    }
    if (!target) continue;
    // (So does a figure after a vague plural: "ont tué plusieurs personnes. Le bilan varie selon
    // les sources : sept morts pour les unes ...".)
    if (!target->dead || toll.revised || FiguresAVagueToll(*target->dead, toll)) {
      target->dead = toll;
    } else if (Casualties& told = *target->dead;
               !told.revised && !told.group_claim && !toll.group_claim && !toll.definite &&
               ((told.side == Casualties::Side::kArmed && toll.side == Casualties::Side::kOthers) ||
                (told.side == Casualties::Side::kOthers && toll.side == Casualties::Side::kArmed))) {
      // The other side's dead told apart ("47 terroristes neutralisés ... Côté ami, le bilan
      // est de 27 morts") add up, as in one sentence: in every frame of the target's sentence
      // that holds that toll ("ont été tués dans une embuscade" has two).
      const Casualties before = told;
      for (EventFrame& f : frames) {
        if (f.sentence == target->sentence && f.dead && f.dead->first_token == before.first_token &&
            f.dead->quantity.value == before.quantity.value && f.dead->side == before.side) {
          f.dead->AddOtherSide(toll.quantity.value, toll.quantity);
        }
      }
    }
  }
}

using Incident = std::vector<size_t>;  // indexes into the document's frames

// Whether `unit` is a first- or second-level unit ("Yobe state", "le cercle de Bandiagara")
// that `town` lies in.
bool UnitHolds(const PlaceLocation& unit, const PlaceLocation& town) {
  return unit.unit >= 0 && town.unit != unit.unit && (town.admin1 == unit.unit || town.admin2 == unit.unit);
}

// Whether two dates can be one incident's: days at most one apart, or a day inside the week
// or month the other names ("At least seven died during last week's protests ... On Thursday,
// police fired tear gas"), as the record spans them (DaysSpanned).
bool SameTime(const TemporalMention& a, const TemporalMention& b) {
  if (a.unanchored != b.unanchored) return false;
  const int64_t da = DaysFromCivil(a.date), db = DaysFromCivil(b.date);
  if (std::llabs(da - db) <= 1) return true;
  return (a.time_precision == 1 && b.time_precision > 1 && da >= db && da <= db + DaysSpanned(b)) ||
         (b.time_precision == 1 && a.time_precision > 1 && db >= da && db <= da + DaysSpanned(a));
}

std::vector<Incident> GroupIncidents(const std::vector<EventFrame>& frames, const std::vector<const FrameClass*>& kind,
                                     std::span<const PlaceLocation> places) {
  std::vector<Incident> merged;
  std::vector<bool> arrest(frames.size());  // compared in the inner loop below, so once here
  for (size_t i = 0; i < frames.size(); ++i) arrest[i] = frames[i].frame == "arrest";
  auto place_of = [&](const EventFrame& f) -> const PlaceLocation* {
    return f.place >= 0 ? &places[static_cast<size_t>(f.place)] : nullptr;
  };
  // The place of a group so far: the first frame that has one.
  auto group_place = [&](const Incident& m) -> const PlaceLocation* {
    for (size_t index : m) {
      if (const PlaceLocation* p = place_of(frames[index])) return p;
    }
    return nullptr;
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
    const FrameClass& fk = *kind[i];
    Incident* into = nullptr;
    // An incident the report points back to ("Au lendemain de la tuerie, le Conseil des
    // ministres, réuni dimanche à Bamako", "The rally came as leaders met in Abuja") is the
    // latest one of its family told before, whatever place and date its sentence names.
    // So is a harm told with such a pointer in its sentence ("Le garde du corps a été tué au
    // cours du rapt": the killing belongs to the abduction told before).
    // (The pointer may come first, as the subject of a harm: "the army said the bombing had
    // killed about ten soldiers and wounded others"; not "The attack came two days after three
    // peacekeepers were shot".)
    const FrameClass* pointer_kind = f.refers_back ? &fk : nullptr;
    for (size_t j = i + 1; !pointer_kind && fk.harm && j < frames.size() && frames[j].sentence == f.sentence; ++j) {
      if (frames[j].refers_back) pointer_kind = kind[j];
    }
    for (size_t j = i; !pointer_kind && fk.harm && j-- > 0 && frames[j].sentence == f.sentence;) {
      if (!frames[j].refers_back) continue;
      for (size_t k = j + 1; k <= i && !pointer_kind; ++k) {
        if (kind[k]->harm && frames[k].trigger_first <= frames[j].trigger_end + 2) pointer_kind = kind[j];
      }
    }
    if (pointer_kind && !f.another) {
      // Any of its frames may be of the family: an attack whose last frame is the burning
      // it did is still the attack ("Les assaillants ont incendié des maisons. L'attaque...").
      for (auto it = merged.rbegin(); it != merged.rend() && !into; ++it) {
        if (std::any_of(it->begin(), it->end(),
                        [&](size_t k) { return FrameClasses::SameFamily(*kind[k], *pointer_kind); })) {
          into = &*it;
        }
      }
    }
    for (auto it = merged.rbegin(); it != merged.rend() && !into && !f.another; ++it) {
      // Any earlier incident of the report may be told again further down; place and date
      // tell them apart.
      const FrameClass& last_kind = *kind[it->back()];
      // The towns of one list are separate events.
      if (f.split >= 0 && std::any_of(it->begin(), it->end(), [&](size_t k) { return frames[k].split == f.split; })) {
        continue;
      }
      const bool close = f.sentence - frames[it->back()].sentence <= 1;
      bool joins = false;
      for (size_t index : *it) {
        const EventFrame& other = frames[index];
        const FrameClass& ok = *kind[index];
        const bool same_sentence = other.sentence == f.sentence;
        // An outcome told in the sentence of the violence or the next ("des hommes armés ont
        // fait irruption dans la mission et emmené le prêtre", after "le prêtre a été enlevé").
        const bool next_to = f.sentence - other.sentence <= 1;
        joins = joins || (close && fk.harm && ok.takes_harm) || (close && fk.takes_harm && ok.harm) ||
                (next_to && fk.outcome && ok.violent) ||
                // Not to an outcome told as already known ("le rapt s'est produit après
                // l'attaque de vendredi"): that sentence relates two incidents.
                (next_to && fk.violent && ok.outcome && !other.refers_back) ||
                // Arrests at a demonstration are its intervention's ("a dispersé la marche et
                // interpellé une vingtaine de personnes"); not those of a later time of the day
                // ("Dans la soirée, plusieurs responsables ... ont été interpellés").
                (next_to && arrest[i] && ok.demonstration && !f.later) ||
                (next_to && fk.demonstration && arrest[index]) ||
                (same_sentence && (f.frame == "clash" || fk.resistance) && ok.demonstration) ||
                (same_sentence && fk.demonstration && (other.frame == "clash" || ok.resistance));
      }
      if (!FrameClasses::SameFamily(fk, last_kind) && !joins) continue;
      const PlaceLocation* pa = place_of(f);
      // Against the incident's last frame, or, when that one has no place, its first place:
      // "Le même jour, six civils ont été tués à Amalawlaw" is told apart from an attack 300 km
      // away whatever was told between, and so is "À Titao, des manifestants ont saccagé un
      // bâtiment public" from a march in Kaya and its dispersal told with no place.
      // (A frame that points back says nothing of the incident's place: its sentence's place
      // may be another incident's, "le rapt s'est produit après l'attaque de Ouagadougou".)
      const auto last = std::find_if(it->rbegin(), it->rend(), [&](size_t k) { return !frames[k].refers_back; });
      const PlaceLocation* pb = last != it->rend() ? place_of(frames[*last]) : nullptr;
      if (!pb) pb = group_place(*it);
      // A country named in passing ("the UN coordinator in Nigeria said 110 had been
      // killed") holds the town of the incident; any two points farther apart are two.
      // So does a unit named for a town in it ("a boarding school in Yobe state ... in Buni
      // Yadi").
      const bool within = pa && pb &&
                          (((pa->country || pb->country) && pa->country_code == pb->country_code) ||
                           UnitHolds(*pa, *pb) || UnitHolds(*pb, *pa));
      if (pa && pb && pa->place != pb->place && !within &&
          HaversineKm(pa->latitude, pa->longitude, pb->latitude, pb->longitude) > 100) {
        continue;
      }
      const TemporalMention* date = group_date(*it);
      // An unanchored date ("Tuesday's ambush" in an undated report) compares only with
      // another such date.
      if (f.date && date && !SameTime(*f.date, *date)) continue;
      const bool two_named_days =
          f.date && date && f.date->date != date->date && f.date->time_precision == 1 && date->time_precision == 1;
      // Crowds of two days, each told with its own day, are two events: ACLED codes a
      // demonstration or a riot per day ("Mardi soir, des habitants ont mis le feu aux
      // véhicules ... Mercredi, des barricades ont été dressées").
      if (two_named_days && IsCrowd(f) &&
          std::any_of(it->begin(), it->end(), [&](size_t k) { return IsCrowd(frames[k]); })) {
        continue;
      }
      // Two days and two places, each told with its own: two incidents ("Le vendredi, une
      // patrouille a été prise à partie près de Yorsala ... Le samedi, une action offensive a été
      // conduite dans les environs de Bourzanga"), unless one place holds the other. (Not a day
      // counted from the other: "enlevé puis retrouvé mort le lendemain" is the abduction's.)
      if (two_named_days && !f.date->unanchored && !f.date->counted_from_mentioned && !f.scene_dated &&
          !f.refers_back && pa &&
          (!pb ||
           (pa->place != pb->place && !pa->country && !pb->country && !UnitHolds(*pa, *pb) && !UnitHolds(*pb, *pa)))) {
        continue;
      }
      // Violence on a day counted from another ("Le lendemain, des hommes armés ont frappé non
      // loin d'Infoukaretane : 31 civils y ont été abattus") is another incident; the killing of
      // hostages the next day is not ("the two were killed the following day").
      if (f.date && date && f.date->counted_from_mentioned && f.date->time_precision == 1 &&
          date->time_precision == 1 && f.date->date != date->date && fk.violent &&
          std::none_of(it->begin(), it->end(), [&](size_t k) { return kind[k]->outcome; })) {
        continue;
      }
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

// A toll told over a list of towns ("ont attaqué Kayes, Nioro du Sahel, Niono et Molodo ...
// L'armée affirme avoir neutralisé quatre-vingts assaillants au total") is a total over
// several events: ACLED gives it to none of them. That is the toll of the list's sentence,
// of a frame in that sentence ("killing 14 soldiers in all"), and of any frame that joins a
// town's event without a place of its own (a toll told apart, "repoussé toutes les
// attaques"); a frame that names its town in a sentence of its own keeps its toll.
void DropTotalsOverTownLists(std::vector<EventFrame>& frames, const std::vector<Incident>& merged) {
  for (const Incident& m : merged) {
    const auto listed = std::find_if(m.begin(), m.end(), [&](size_t k) { return frames[k].split >= 0; });
    if (listed == m.end()) continue;
    const uint32_t list_sentence = frames[*listed].sentence;
    for (size_t index : m) {
      EventFrame& f = frames[index];
      if (f.split >= 0 || f.sentence == list_sentence || f.place < 0 || f.refers_back) f.dead.reset();
    }
  }
}

// Claims go to the nearest event before them (or after, when the claim comes first). A frame
// that points back is farther than one that tells an incident in the same sentence: "The
// bombing came four days after militants attacked the camp in Kidal ... that attack, which
// was claimed by JNIM" is Kidal's claim.
void AttachClaims(std::vector<EventFrame>& frames, const std::vector<Incident>& merged, std::span<const Claim> claims) {
  for (const auto& [si, actor] : claims) {
    const Incident* best = nullptr;
    uint32_t best_distance = 8;  // in half sentences
    for (const Incident& m : merged) {
      for (size_t index : m) {
        const uint32_t distance =
            2 * (frames[index].sentence > si ? frames[index].sentence - si : si - frames[index].sentence) +
            (frames[index].refers_back ? 1 : 0);
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
      } else if (f.actor1->type == ActorType::kState && actor.type != ActorType::kState &&
                 (!f.actor2 || f.actor2->type == ActorType::kState)) {
        // "L'armée a repoussé une attaque complexe... Le CSP a revendiqué l'attaque": the
        // forces that fought it off (and their soldiers killed) were its target, the group
        // that claims it the doer.
        f.actor2 = f.actor1;
        f.actor1 = actor;
        f.claimed = true;
      }
    }
  }
}

// Whether `candidate`, told after `current`, replaces it as an incident's toll: the first
// told stands, unless a later one was revised, or the first is an armed group's claim and the
// later one another source's, or the later is another source's lower count of the soldiers' or
// civilians' dead the first counted (ACLED's conservative count; not of armed men's, among whom
// the militias that fight beside the army are counted).
bool ReplacesToll(const Casualties* current, const Casualties& candidate) {
  // (A vague plural, "ont tué plusieurs personnes", is no figure: a later one of the same side
  // is the toll, "sept morts pour les unes, plus d'une dizaine pour les autres".)
  return !current || candidate.revised || (current->group_claim && !current->revised && !candidate.group_claim) ||
         FiguresAVagueToll(*current, candidate) ||
         (candidate.alternative && !current->revised && candidate.quantity.value < current->quantity.value &&
          candidate.side == Casualties::Side::kOthers && current->side == Casualties::Side::kOthers);
}

// The frame of incident `m` whose toll is the incident's, as Combine takes it (ReplacesToll over
// the frames in order), if any frame has one.
std::optional<size_t> TollFrame(const std::vector<EventFrame>& frames, const Incident& m) {
  const Casualties* toll = nullptr;
  std::optional<size_t> at;
  for (size_t index : m) {
    const std::optional<Casualties>& d = frames[index].dead;
    if (d && ReplacesToll(toll, *d)) {
      toll = &*d;
      at = index;
    }
  }
  return at;
}

// ACLED counts every death: when the incident's toll counts one side only ("dix soldats ont
// été tués") and another of its sentences counts the other side ("quarante-six assaillants
// ont été neutralisés", "63 of the attackers were killed in the fighting"), the two add up,
// in the frame the toll is read from (the first, or the latest revised one, as Combine takes
// it). The other side's largest count is taken once.
void AddTheOtherSidesDead(std::vector<EventFrame>& frames, const Incident& m) {
  const std::optional<size_t> at = TollFrame(frames, m);
  Casualties* toll = at ? &*frames[*at].dead : nullptr;
  if (!toll || toll->revised || (toll->side != Casualties::Side::kArmed && toll->side != Casualties::Side::kOthers)) {
    return;
  }
  const Casualties::Side other =
      toll->side == Casualties::Side::kArmed ? Casualties::Side::kOthers : Casualties::Side::kArmed;
  // (A figure that counts both sides gives its part: "trente civils, quatorze militaires et
  // trois VDP tués, ainsi que cinquante-huit terroristes neutralisés" gives 58 armed dead to a
  // revised count of the others told first.)
  auto part = [&](const Casualties& d) -> double {
    if (d.side == other) return d.quantity.value;
    if (d.side != Casualties::Side::kBoth) return 0;
    return other == Casualties::Side::kArmed ? d.armed_part : d.quantity.value - d.armed_part;
  };
  const Casualties* add = nullptr;
  for (size_t index : m) {
    const std::optional<Casualties>& d = frames[index].dead;
    if (d && &*d != toll && part(*d) > 0 && !d->revised && !d->definite && (!add || part(*d) > part(*add))) {
      add = &*d;
    }
  }
  if (!add) return;
  toll->AddOtherSide(part(*add), add->quantity);
}

// Dead told as more in a later sentence than the toll ("Le directeur de l'école a été abattu
// ... Un habitant du village, qui se trouvait à ses côtés, a également été tué") add to the one
// the first told of, each phrase once.
void AddTheDeadToldAsMore(std::vector<EventFrame>& frames, const Incident& m) {
  const std::optional<size_t> at = TollFrame(frames, m);
  Casualties* toll = at ? &*frames[*at].dead : nullptr;
  const size_t toll_sentence = at ? frames[*at].sentence : 0;
  // (Only to the one the singular verb told of: after a figure, "ont aussi été tuées" names some
  // of those it counted, "le chef de village figure parmi les victimes ; une femme âgée et une
  // fillette ont aussi été tuées".)
  if (!toll || toll->revised || toll->additional || !toll->implied) return;
  std::vector<uint32_t> added;  // the first tokens of the phrases already added
  for (size_t index : m) {
    const std::optional<Casualties>& d = frames[index].dead;
    if (!d || !d->additional || frames[index].sentence <= toll_sentence ||
        std::find(added.begin(), added.end(), d->first_token) != added.end()) {
      continue;
    }
    added.push_back(d->first_token);
    toll->quantity.value += d->quantity.value;
  }
}

// The event's parts, each from the frame that has it, the most specific frame first.
EventParts Combine(const std::vector<EventFrame>& frames, const std::vector<const FrameClass*>& kind, const Incident& m,
                   std::span<const PlaceLocation> places) {
  std::vector<std::pair<const EventFrame*, const FrameClass*>> parts;
  for (size_t index : m) parts.emplace_back(&frames[index], kind[index]);
  // A bomb, a grenade or a shell found or defused ("discovered and defused an IED", "a hand
  // grenade was found ... the army defused the device") did not go off.
  const bool defused =
      std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.first->frame == "weapons-seized"; });
  // A ground fight beside the shells or the grenade makes it a battle: ACLED codes a mortar
  // barrage followed by an armed assault or exchanges of fire (a "complex attack") as the
  // clash. An air strike and a suicide bombing keep their name (the dev set's car bomb
  // followed by hours of fighting in Agadez is a suicide bomb).
  const bool fight = std::any_of(parts.begin(), parts.end(),
                                 [](const auto& p) { return p.first->frame == "clash" || p.second->resistance; });
  // The attacked fought back ("attacked the village, the villagers fought back", "the attack
  // was repelled"): ACLED codes those who defend themselves as a militia, so a raid, a
  // killing or a wounding that would be violence against civilians is a clash.
  const bool resisted = std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.second->resistance; });
  // A frame pointing back to the incident names it last: its sentence is about something
  // else (a reaction, a decision), whose actors are not the incident's.
  // Shells or grenades that killed no one of their own, beside an assault that killed, are
  // its means: "a gunman opened fire at a restaurant, killing five ... also threw grenades",
  // "militants attacked the camp, 71 soldiers were killed ... the assault involved mortar
  // fire" (ACLED: the attack, the clash). A barrage alone stays shelling.
  const bool deadly_assault = std::any_of(parts.begin(), parts.end(), [](const auto& p) {
    return p.second->violent && !p.second->weapon && !p.second->harm && p.first->dead &&
           p.first->dead->quantity.value > 0;
  });
  // An attack told only as a noun beside a roadside bomb is the bomb's blast ("l'attaque qui a
  // coûté la vie à sept casques bleus ... un véhicule a heurté un engin explosif"): ACLED codes
  // the explosion, unless a verb of assault tells of a fight.
  const bool bomb = std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.first->frame == "ied"; });
  const bool assault = std::any_of(parts.begin(), parts.end(), [](const auto& p) {
    return p.second->violent && !p.second->weapon && !p.second->harm && !p.first->noun;
  });
  auto rank = [&](const std::pair<const EventFrame*, const FrameClass*>& p) {
    const EventFrame* f = p.first;
    if (f->refers_back || f->summary) return -10;
    if (bomb && !assault && f->frame == "attack") return 0;
    if (defused && p.second->weapon) return -2;
    if (fight && (f->frame == "shelling" || f->frame == "grenade")) return 1;
    // The weapons an assault used are its means ("ont employé des véhicules kamikazes").
    if (f->means && assault) return 1;
    if (deadly_assault && !f->dead && (f->frame == "shelling" || f->frame == "grenade")) return 1;
    return p.second->rank;
  };
  std::stable_sort(parts.begin(), parts.end(), [&](const auto& a, const auto& b) { return rank(a) > rank(b); });
  // An abduction in an attack's sentence names it when the raid was to take people ("stormed
  // a school and abducted its pupils"); an attack that also killed or wounded, or that hit
  // soldiers or fighters, stays the attack or the clash, as ACLED codes it. (A bare killing
  // is no attack: "kidnapped an aid worker, killing two guards" is the abduction.)
  if (parts.front().second->outcome) {
    const auto violent = std::find_if(parts.begin(), parts.end(), [](const auto& p) {
      return p.second->violent && !p.second->harm && !p.first->refers_back;
    });
    const bool harmed = std::any_of(parts.begin(), parts.end(), [](const auto& p) {
      return (p.second->violent && p.second->harm) || (p.first->dead && p.first->dead->quantity.value > 0);
    });
    const bool armed_target = std::any_of(parts.begin(), parts.end(), [](const auto& p) {
      const ActorType t = p.first->actor2 ? p.first->actor2->type : ActorType::kNone;
      return IsForces(t) || IsNonStateArmed(t);
    });
    // (Only over violence the outcome outranks by nature: a bomb defused stays defused.)
    if (violent != parts.end() && violent->second->rank < parts.front().second->rank && (harmed || armed_target)) {
      std::rotate(parts.begin(), violent, violent + 1);
    }
  }
  EventParts event;
  event.primary = parts.front().first;
  event.frame = event.primary->frame;
  // Deaths in a protest are ACLED's excessive force against protesters; else protesters who
  // clash, burn or loot are rioters.
  const bool crowd = event.frame == "protest" || event.frame == "protest-intervention";
  // Clashes told first, between the forces and a crowd the same sentence names ("des heurts ont
  // opposé des policiers à des manifestants"), are the demonstration turned riot, as when
  // the demonstration is told first; not when an armed group is a side.
  const bool crowd_clash = event.frame == "clash" &&
                           std::any_of(parts.begin(), parts.end(),
                                       [&](const auto& p) {
                                         return p.second->demonstration && p.first->sentence == event.primary->sentence;
                                       }) &&
                           std::none_of(parts.begin(), parts.end(), [](const auto& p) {
                             return (p.first->actor1 && IsNonStateArmed(p.first->actor1->type)) ||
                                    (p.first->actor2 && IsNonStateArmed(p.first->actor2->type));
                           });
  // (Not when the crowd itself burned or looted: deaths in a riot are the riot's, as ACLED
  // codes them.)
  const bool crowd_rioted = std::any_of(parts.begin(), parts.end(), [](const auto& p) {
    return p.first->frame == "riot" || p.first->frame == "looting" || p.first->frame == "destruction";
  });
  if (crowd && !crowd_rioted &&
      std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.first->frame == "kill"; })) {
    event.frame = "excessive-force";
  } else if (parts.front().second->demonstration && std::any_of(parts.begin(), parts.end(), [&](const auto& p) {
               // Rioting dispersed by the police ("fired tear gas at protesters who had burned
               // tires") is still a riot for ACLED; deaths keep excessive force.
               return p.first->frame == "clash" || p.second->resistance || p.first->frame == "destruction" ||
                      p.first->frame == "looting" || (p.first->frame == "riot" && event.frame != "excessive-force");
             })) {
    event.frame = "riot";
  } else if (crowd_clash) {
    event.frame = "riot";
  } else if (resisted && (event.frame == "attack" || event.frame == "kill" || event.frame == "wound" ||
                          event.frame == "massacre")) {
    event.frame = "clash";
  }
  // The date, the place and the toll of the incident come from where the report first
  // gives them (a later figure is usually a part, or a claim).
  // (A toll the report says was revised replaces them, and an armed group's claim gives way
  // to another source: ReplacesToll.)
  // (A frame that points back brings its toll, not its sentence's place or date: "Ces tueries
  // interviennent une semaine après le massacre de Sobane Da" places nothing at Sobane Da.
  // A day told later inside the week or month first given dates it more precisely: "last
  // week's protests ... On Thursday, police fired tear gas".)
  for (size_t index : m) {
    if (frames[index].date && !frames[index].refers_back &&
        (!event.date || (event.date->time_precision > 1 && frames[index].date->time_precision == 1))) {
      event.date = &*frames[index].date;
    }
    // (A town told after the unit it lies in is more precise, also by a frame that points
    // back: "cinq Casques bleus tués dans la région de Kidal ... l'explosion s'est produite
    // entre Aguelhok et Tessalit".)
    if (frames[index].place >= 0 && (event.place < 0 ? !frames[index].refers_back
                                                     : UnitHolds(places[static_cast<size_t>(event.place)],
                                                                 places[static_cast<size_t>(frames[index].place)]))) {
      event.place = frames[index].place;
    }
    if (frames[index].dead && ReplacesToll(event.dead, *frames[index].dead)) event.dead = &*frames[index].dead;
  }
  // (So are civilians only wounded beside the forces the incident's main frame names as its
  // target: "attacked the border police post at Dabira, killing three police officers. Two other
  // people, one of them a civilian, were wounded".)
  const EventFrame* main_frame = parts.front().first;
  const bool forces_targeted = main_frame->actor2 && IsForces(main_frame->actor2->type);
  auto caught_in_fight = [forces_targeted](const EventFrame* f) {
    return (f->frame == "clash" || (f->frame == "wound" && forces_targeted)) && f->actor2 &&
           f->actor2->type == ActorType::kCivilians;
  };
  for (const auto& part : parts) {
    // Named, not a structured binding: clang 14 (the fuzz build) does not let the lambda
    // below capture one.
    const EventFrame* f = part.first;
    event.claimed = event.claimed || f->claimed;
    event.frames.push_back(f);
    // (Unless it names the fight's two sides: "28 assailants died in the clashes between the
    // army and the MNLA".)
    if (f->refers_back && f != parts.front().first && !f->sides) continue;
    // Those who suffered the incident are not its doer ("quatre soldats ont été tués dans
    // l'explosion d'une mine": the soldiers are no doer of the explosion).
    const bool suffered = f->actor1 && std::any_of(parts.begin(), parts.end(), [&](const auto& p) {
                            return p.first->actor2 && p.first->actor2->first_token == f->actor1->first_token;
                          });
    if (!event.actor1 && f->actor1 && !suffered) event.actor1 = &*f->actor1;
    // Civilian victims anywhere in the incident make it violence against civilians.
    if (f->actor2 && (!event.actor2 || (f->actor2->type == ActorType::kCivilians && !caught_in_fight(f) &&
                                        event.actor2->type != ActorType::kCivilians))) {
      event.actor2 = &*f->actor2;
    }
  }
  // Not those caught in a fight ("a woman was hit by a stray bullet", a clash's trigger): they
  // were no target, and the side another frame names was.
  if (event.actor2 && event.actor2->type == ActorType::kCivilians) {
    const auto caught = std::find_if(parts.begin(), parts.end(), [&](const auto& p) {
      return caught_in_fight(p.first) && p.first->actor2->first_token == event.actor2->first_token;
    });
    const auto target = std::find_if(parts.begin(), parts.end(), [&](const auto& p) {
      return p.first->actor2 && !caught_in_fight(p.first) && (!p.first->refers_back || p.first->sides);
    });
    if (caught != parts.end() && target != parts.end()) event.actor2 = &*target->first->actor2;
  }
  // A crowd's event names the crowd. When the frames that gave the actors named only the
  // forces ("les forces de l'ordre les ont dispersés", after "des heurts ont opposé des
  // policiers à des groupes de jeunes"), the crowd another frame named is the other side.
  auto crowd_actor = [](const ActorMention* a) {
    return a &&
           (a->type == ActorType::kProtesters || a->type == ActorType::kRioters || a->type == ActorType::kCivilians);
  };
  auto forces_or_none = [](const ActorMention* a) { return !a || IsForces(a->type); };
  if ((event.frame == "riot" || event.frame == "protest-intervention" || event.frame == "excessive-force") &&
      forces_or_none(event.actor1) && forces_or_none(event.actor2) && (event.actor1 || event.actor2)) {
    for (const auto& part : parts) {
      const EventFrame* f = part.first;
      const ActorMention* side = crowd_actor(f->actor1 ? &*f->actor1 : nullptr)   ? &*f->actor1
                                 : crowd_actor(f->actor2 ? &*f->actor2 : nullptr) ? &*f->actor2
                                                                                  : nullptr;
      if (side) {
        (event.actor1 ? event.actor2 : event.actor1) = side;  // the forces keep their place
        break;
      }
    }
  }
  return event;
}

}  // namespace

bool IsCrowd(const EventFrame& f) {
  return f.frame == "protest" || f.frame == "protest-intervention" || f.frame == "excessive-force" ||
         f.frame == "riot" || f.frame == "mob";
}

std::vector<EventParts> MergeFrames(std::vector<EventFrame>& frames, std::span<const LooseToll> loose_tolls,
                                    std::span<const Claim> claims, std::span<const PlaceLocation> places,
                                    const FrameClasses& classes) {
  std::vector<const FrameClass*> kind(frames.size());
  for (size_t i = 0; i < frames.size(); ++i) kind[i] = &classes.Of(frames[i].frame);
  // A determiner points back only to an incident told before: the first frame of its family
  // in the report is a first mention, told with an article ("tués par l'explosion d'un
  // engin", "the blast of a roadside bomb killed four"), and names its incident like any other.
  for (size_t i = 0; i < frames.size(); ++i) {
    if (!frames[i].refers_back) continue;
    bool told_before = false;
    for (size_t j = 0; j < i && !told_before; ++j) {
      told_before = FrameClasses::SameFamily(*kind[j], *kind[i]) && frames[j].sentence < frames[i].sentence;
    }
    if (!told_before) frames[i].refers_back = false;
  }
  AttachLooseTolls(frames, kind, loose_tolls);
  const std::vector<Incident> merged = GroupIncidents(frames, kind, places);
  DropTotalsOverTownLists(frames, merged);
  AttachClaims(frames, merged, claims);
  for (const Incident& m : merged) {
    AddTheOtherSidesDead(frames, m);
    AddTheDeadToldAsMore(frames, m);
  }
  std::vector<EventParts> events;
  events.reserve(merged.size());
  for (const Incident& m : merged) events.push_back(Combine(frames, kind, m, places));
  return events;
}

}  // namespace vigie
