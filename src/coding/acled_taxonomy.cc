#include "coding/acled_taxonomy.h"

#include <initializer_list>
#include <utility>

namespace vigie {

namespace {

struct EventTypeEntry {
  const char* event_type;
  std::initializer_list<const char*> sub_event_types;
};

const EventTypeEntry kTaxonomy[] = {
    {"Battles", {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}},
    {"Explosions/Remote violence",
     {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
      "Remote explosive/landmine/IED", "Grenade"}},
    {"Violence against civilians", {"Sexual violence", "Attack", "Abduction/forced disappearance"}},
    {"Protests", {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}},
    {"Riots", {"Violent demonstration", "Mob violence"}},
    {"Strategic developments",
     {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
      "Looting/property destruction", "Non-violent transfer of territory", "Other"}},
};

}  // namespace

bool IsAcledEventType(std::string_view event_type) {
  for (const EventTypeEntry& entry : kTaxonomy) {
    if (event_type == entry.event_type) return true;
  }
  return false;
}

bool IsAcledSubEventType(std::string_view event_type, std::string_view sub_event_type) {
  for (const EventTypeEntry& entry : kTaxonomy) {
    if (event_type != entry.event_type) continue;
    for (const char* sub : entry.sub_event_types) {
      if (sub_event_type == sub) return true;
    }
  }
  return false;
}

std::string AcledDisorderType(std::string_view event_type) {
  if (event_type == "Protests" || event_type == "Riots") return "Demonstrations";
  if (event_type == "Strategic developments") return "Strategic developments";
  return "Political violence";
}

}  // namespace vigie
