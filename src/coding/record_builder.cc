#include "coding/record_builder.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

#include "coding/acled_taxonomy.h"
#include "coding/civil_calendar.h"

namespace vigie {

namespace fmt = gazetteer_format;

Result<AcledCountries> AcledCountries::Load(const std::filesystem::path& path, std::vector<DataProblem>* problems) {
  AcledCountries countries;
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  for (const DataLine& line : lines.value()) {
    if (line.fields.size() < 2 || line.fields.size() > 3 || line.fields[0].size() != 2 || line.fields[1].empty() ||
        (line.fields.size() == 3 && line.fields[2].empty())) {
      if (problems) {
        problems->push_back({path.string(), line.number,
                             "expected COUNTRY (ISO alpha-2), REGION and optionally NAME, separated by tabs"});
      }
      continue;
    }
    countries.countries_[line.fields[0]] = {line.fields[1], line.fields.size() == 3 ? line.fields[2] : ""};
  }
  return countries;
}

std::string AcledCountries::Region(std::string_view country_code) const {
  auto it = countries_.find(std::string(country_code));
  return it == countries_.end() ? "" : it->second.region;
}

std::string AcledCountries::Name(std::string_view country_code) const {
  auto it = countries_.find(std::string(country_code));
  return it == countries_.end() ? "" : it->second.name;
}

namespace {

// The verb of the English note for each sub-event type.
const char* NoteVerb(const std::string& sub_event_type) {
  static const std::pair<const char*, const char*> kVerbs[] = {
      {"Armed clash", "clashed with"},
      {"Attack", "attacked"},
      {"Abduction/forced disappearance", "abducted"},
      {"Sexual violence", "committed sexual violence against"},
      {"Remote explosive/landmine/IED", "used an explosive device against"},
      {"Air/drone strike", "carried out an air or drone strike against"},
      {"Shelling/artillery/missile attack", "shelled"},
      {"Suicide bomb", "carried out a suicide bombing against"},
      {"Grenade", "threw a grenade at"},
      {"Peaceful protest", "demonstrated"},
      {"Protest with intervention", "demonstrated and were dispersed by"},
      {"Excessive force against protesters", "were met with lethal force by"},
      {"Violent demonstration", "rioted"},
      {"Mob violence", "attacked, as a mob,"},
      {"Arrests", "arrested"},
      {"Looting/property destruction", "looted or destroyed property of"},
      {"Non-state actor overtakes territory", "took control of territory from"},
      {"Government regains territory", "regained territory from"},
      {"Agreement", "reached an agreement with"},
      {"Disrupted weapons use", "seized or defused weapons of"},
      {"Headquarters or base established", "established a base"},
      {"Change to group/activity", "changed group or activity"},
  };
  for (const auto& [sub, verb] : kVerbs) {
    if (sub_event_type == sub) return verb;
  }
  return "was involved in an event with";
}

uint64_t Fnv(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::string Host(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  const size_t start = scheme + 3;
  // (A loop, not find_first_of, which calls memchr on its four characters for every byte.)
  size_t end = start;
  while (end < url.size() && url[end] != '/' && url[end] != ':' && url[end] != '?' && url[end] != '#') ++end;
  std::string host = url.substr(start, end - start);
  if (host.starts_with("www.")) host = host.substr(4);
  return host;
}

TargetKind TargetOf(ActorType type) {
  switch (type) {
    case ActorType::kCivilians: return TargetKind::kCivilians;
    case ActorType::kState: return TargetKind::kState;
    case ActorType::kRebel:
    case ActorType::kPoliticalMilitia:
    case ActorType::kIdentityMilitia:
    case ActorType::kExternal: return TargetKind::kArmed;
    case ActorType::kProtesters:
    case ActorType::kRioters: return TargetKind::kProtesters;
    default: return TargetKind::kUnknown;
  }
}

}  // namespace

std::optional<EventRecord> RecordBuilder::Build(const ExtractedArticle& article, const TokenWords& words,
                                                const AnalysedText& analysed, const std::vector<ResolvedPlace>& places,
                                                const EventParts& parts, const std::optional<CivilDate>& published,
                                                const EventLexicon& lexicon) const {
  (void)words;
  const auto& tokens = analysed.tokens;
  const std::string& text = article.text;
  const ActorMention* actor1 = parts.actor1;
  const ActorMention* actor2 = parts.actor2;
  // A victim named first ("des civils ... tués par des hommes armés") is the second actor.
  if (actor1 && actor1->type == ActorType::kCivilians && parts.frame != "protest" && parts.frame != "riot" &&
      parts.frame != "mob" && (!actor2 || actor2->type != ActorType::kCivilians)) {
    std::swap(actor1, actor2);
  }
  // The forces that disperse or fire on a crowd are a demonstration's second actor; the
  // crowd is its first (ACLED's protest with intervention, excessive force, and a riot the
  // police broke up).
  if (actor1 && IsForces(actor1->type) &&
      (parts.frame == "protest-intervention" || parts.frame == "excessive-force" || parts.frame == "riot") &&
      (!actor2 || actor2->type == ActorType::kProtesters || actor2->type == ActorType::kCivilians)) {
    std::swap(actor1, actor2);
  }
  const TargetKind target = actor2 ? TargetOf(actor2->type) : TargetKind::kUnknown;
  // Violence or damage done by an unnamed crowd is a riot (ACLED): demonstrators who storm
  // or vandalise riot, a mob that beats or burns is mob violence.
  std::string_view frame = parts.frame;
  const bool crowd_doer =
      actor1 && actor1->actor < 0 && (actor1->type == ActorType::kProtesters || actor1->type == ActorType::kRioters);
  if (crowd_doer && (frame == "attack" || frame == "clash" || lexicon.frame_classes.Of(frame).resistance ||
                     frame == "destruction" || frame == "looting" || frame == "kill" || frame == "wound")) {
    frame = actor1->type == ActorType::kProtesters ? "riot" : "mob";
  }
  const FrameRule* rule = lexicon.Classify(frame, target);
  if (rule == nullptr) return std::nullopt;

  EventRecord r;
  r.event_type = rule->event_type;
  r.sub_event_type = rule->sub_event_type;
  // Who takes a town says which of ACLED's two sub-types it is.
  const bool state_doer = actor1 && IsForces(actor1->type);
  if (r.sub_event_type == "Non-state actor overtakes territory" && state_doer) {
    r.sub_event_type = "Government regains territory";
  } else if (r.sub_event_type == "Government regains territory" && actor1 && !state_doer) {
    r.sub_event_type = "Non-state actor overtakes territory";
  }
  r.disorder_type = AcledDisorderType(r.event_type);
  r.language = article.language;

  // Place: a unit or a country stands for its seat (ACLED's geo_precision 3 convention).
  std::string country_code;
  if (parts.place >= 0) {
    const ResolvedPlace& resolved = places[static_cast<size_t>(parts.place)];
    const auto* p = &gazetteer_.Place(static_cast<uint32_t>(resolved.place));
    r.geo_precision = resolved.geo_precision;
    if (p->feature_class == 'A' && p->capital >= 0) {
      p = &gazetteer_.Place(static_cast<uint32_t>(p->capital));
      r.geo_precision = 3;
    }
    country_code.assign(p->country, 2);
    r.location = std::string(gazetteer_.Name(*p));
    r.latitude = std::round(p->latitude * 1e4) / 1e4;
    r.longitude = std::round(p->longitude * 1e4) / 1e4;
    r.located = true;
    r.geonameid = p->geonameid;
    if (p->admin1 >= 0) r.admin1 = std::string(gazetteer_.Name(gazetteer_.Place(static_cast<uint32_t>(p->admin1))));
    if (p->admin2 >= 0) r.admin2 = std::string(gazetteer_.Name(gazetteer_.Place(static_cast<uint32_t>(p->admin2))));
    r.evidence.push_back({article.doc, resolved.mention.start, resolved.mention.end,
                          text.substr(resolved.mention.start, resolved.mention.end - resolved.mention.start), "location"});
  }
  // With no place, the report's country, else a national actor's: forces abroad (France's
  // Barkhane in Mali) do not say where they acted.
  auto actor_country = [&](const ActorMention* a) -> std::string {
    if (a && a->actor >= 0) {
      const ActorEntry& entry = actors_.actors()[static_cast<size_t>(a->actor)];
      if (entry.country != "*" && entry.type != ActorType::kExternal) return entry.country;
    }
    return "";
  };
  if (country_code.empty() || country_code == "  ") country_code = std::string(parts.country);
  if (country_code.empty() || country_code == "  ") country_code = actor_country(actor1);
  if (country_code.empty() || country_code == "  ") country_code = actor_country(actor2);
  if (country_code.size() == 2 && country_code != "  ") {
    r.country = countries_.Name(country_code);
    if (r.country.empty()) r.country = std::string(gazetteer_.CountryName(country_code.c_str()));
    r.iso = gazetteer_.CountryNumeric(country_code.c_str());
    r.region = countries_.Region(country_code);
  }

  // Date: the frame's, else the report's own date at week precision.
  CivilDate date;
  if (parts.date) {
    date = parts.date->date;
    r.time_precision = parts.date->time_precision;
    const auto& t0 = tokens[parts.date->first_token];
    const auto& t1 = tokens[parts.date->end_token - 1];
    r.evidence.push_back({article.doc, t0.start, t1.end, text.substr(t0.start, t1.end - t0.start), "date"});
  } else if (published) {
    date = *published;
    r.time_precision = 2;
  } else {
    return std::nullopt;  // no date at all: not an ACLED event
  }
  r.event_date = date.ToString();
  r.year = date.year;
  r.date_start = r.event_date;
  r.date_end =
      parts.date && parts.date->time_precision > 1 ? AddDays(date, DaysSpanned(*parts.date)).ToString() : r.event_date;

  // Actors in ACLED's names; an unnamed doer is an unidentified armed group, a crowd event's
  // doer the crowd, the victims of violence against civilians the country's civilians.
  auto describe = [&](const ActorMention* a, std::string& name, std::string& assoc, int& inter, std::string& id) {
    if (a == nullptr) return;
    if (a->actor >= 0) {
      // Two groups given as either one are named in the dictionary's order, whichever the
      // report names first, as ACLED does ("JNIM: ... and/or Islamic State ...").
      const int32_t first = a->alternative >= 0 ? std::min(a->actor, a->alternative) : a->actor;
      const ActorEntry& entry = actors_.ForCountry(actors_.actors()[static_cast<size_t>(first)], country_code);
      name = actors_.NameOn(entry, r.event_date);
      if (a->alternative >= 0) {
        const int32_t second = std::max(a->actor, a->alternative);
        const ActorEntry& other = actors_.ForCountry(actors_.actors()[static_cast<size_t>(second)], country_code);
        name += " and/or " + actors_.NameOn(other, r.event_date);
      }
      id = entry.id;
      inter = static_cast<int>(entry.type);
      // ACLED types a country's forces acting in another country as external forces.
      if (entry.type == ActorType::kState && entry.country != "*" && country_code.size() == 2 &&
          country_code != "  " && entry.country != country_code) {
        inter = static_cast<int>(ActorType::kExternal);
      }
      if (const ActorEntry* parent = actors_.Parent(entry)) assoc = actors_.NameOn(*parent, r.event_date);
    } else if (a->generic) {
      // The country's own forces where the dictionary names them ("soldats" in Côte d'Ivoire
      // are the "Military Forces of the Ivory Coast", as "soldats ivoiriens" are).
      if (const ActorEntry* own = actors_.OwnForces(*a->generic, country_code)) {
        name = own->name;
        id = own->id;
      } else {
        name = actors_.GenericName(*a->generic, r.country);
      }
      inter = static_cast<int>(a->generic->type);
    }
  };
  describe(actor1, r.actor1, r.assoc_actor_1, r.inter1, r.actor1_id);
  describe(actor2, r.actor2, r.assoc_actor_2, r.inter2, r.actor2_id);
  auto generic = [&](const char* kind, std::string& name, int& inter) {
    if (const GenericKind* k = actors_.Kind(kind)) {
      const ActorEntry* own = actors_.OwnForces(*k, country_code);
      name = own ? own->name : actors_.GenericName(*k, r.country);
      inter = static_cast<int>(k->type);
    }
  };
  // ACLED names the unnamed crowd of a demonstration by what it did: "villagers staged a
  // demonstration" are protesters, "youths burned tires" rioters.
  const bool crowd = r.event_type == "Protests" || r.event_type == "Riots";
  const bool unnamed_crowd = actor1 && actor1->actor < 0 &&
                             (actor1->type == ActorType::kCivilians || actor1->type == ActorType::kProtesters ||
                              actor1->type == ActorType::kRioters);
  // An air or drone strike no one is named for is the country's air force's (ACLED: the
  // state forces).
  if (r.actor1.empty() && r.sub_event_type == "Air/drone strike") generic("military", r.actor1, r.inter1);
  // So are arrests no one is named for the police's.
  if (r.actor1.empty() && r.sub_event_type == "Arrests") generic("police", r.actor1, r.inter1);
  if (r.actor1.empty() || (crowd && unnamed_crowd)) {
    generic(r.event_type == "Protests" ? "protesters" : r.event_type == "Riots" ? "rioters" : "armed", r.actor1, r.inter1);
  }
  if (r.actor2.empty() && r.event_type == "Violence against civilians") generic("civilians", r.actor2, r.inter2);
  if (r.actor2 == r.actor1) {
    r.actor2.clear();
    r.inter2 = 0;
  }
  r.interaction = r.inter2 == 0 ? r.inter1 * 10 : std::min(r.inter1, r.inter2) * 10 + std::max(r.inter1, r.inter2);
  if (r.inter2 == static_cast<int>(ActorType::kCivilians) &&
      (r.event_type == "Violence against civilians" || r.event_type == "Explosions/Remote violence")) {
    r.civilian_targeting = "Civilian targeting";
  }

  // Toll: ACLED's conservative figure; "au moins 70" has no upper bound.
  if (parts.dead) {
    r.fatalities = static_cast<int>(parts.dead->quantity.value);
    r.fatalities_low = r.fatalities;
    r.fatalities_high = parts.dead->quantity.at_least ? -1 : r.fatalities;
    const auto& t0 = tokens[parts.dead->first_token];
    const auto& t1 = tokens[parts.dead->end_token - 1];
    r.evidence.push_back({article.doc, t0.start, t1.end, text.substr(t0.start, t1.end - t0.start), "fatalities"});
  } else {
    r.fatalities_high = 0;
  }

  // Evidence for the trigger and the actors.
  const auto& trigger_first = tokens[parts.primary->trigger_first];
  const auto& trigger_last = tokens[parts.primary->trigger_end - 1];
  r.evidence.insert(r.evidence.begin(),
                    {article.doc, trigger_first.start, trigger_last.end,
                     text.substr(trigger_first.start, trigger_last.end - trigger_first.start), "trigger"});
  auto actor_evidence = [&](const ActorMention* a, const char* role) {
    if (!a) return;
    const auto& t0 = tokens[a->first_token];
    const auto& t1 = tokens[a->end_token - 1];
    r.evidence.push_back({article.doc, t0.start, t1.end, text.substr(t0.start, t1.end - t0.start), role});
  };
  actor_evidence(actor1, "actor1");
  actor_evidence(actor2, "actor2");

  // Confidence: a trigger alone is a guess; every argument found in the text adds to it.
  double confidence = 0.4;
  if (actor1 && actor1->actor >= 0) confidence += 0.15;
  if (parts.place >= 0 && r.geo_precision <= 2) confidence += 0.15;
  if (parts.date) confidence += 0.15;
  if (parts.dead) confidence += 0.05;
  if (parts.frames.size() > 1) confidence += 0.05;
  r.confidence = std::min(0.95, confidence);

  // Source and identity.
  r.source = !article.site_name.empty() ? article.site_name : Host(article.url);
  if (r.source.empty()) r.source = article.doc;
  r.sources.push_back({article.doc, article.url, article.title, article.published});
  const std::string key = article.doc + "#" + std::to_string(trigger_first.start);
  // The country code (XX when none), then the key's hash as eight lower-case hex digits.
  r.event_id_cnty = country_code.size() == 2 && country_code != "  " ? country_code.c_str() : "XX";
  const auto hash = static_cast<uint32_t>(Fnv(key) & 0xFFFFFFFFull);
  for (int shift = 28; shift >= 0; shift -= 4) r.event_id_cnty += "0123456789abcdef"[(hash >> shift) & 0xF];
  r.timestamp = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();

  // One sentence in English: who did what to whom, where, when, with what toll.
  std::string verb = NoteVerb(r.sub_event_type);
  const bool with_object = !r.actor2.empty() && r.sub_event_type != "Peaceful protest" &&
                           r.sub_event_type != "Violent demonstration";
  if (!with_object) {
    // "clashed with", "shelled": without a second actor the verb stands alone.
    for (const char* tail : {" with", " of", " against", " at", " from", ","}) {
      if (verb.ends_with(tail)) verb.erase(verb.size() - std::strlen(tail));
    }
  }
  std::string note = "On " + r.event_date + ", " + r.actor1 + " " + verb;
  if (with_object) note += " " + r.actor2;
  if (r.located) {
    note += " in " + r.location;
    if (!r.admin1.empty() && r.admin1 != r.location) note += " (" + r.admin1 + ")";
  }
  note += ".";
  if (parts.claimed) note += " " + r.actor1 + " claimed it.";
  if (parts.dead) note += " Reported fatalities: " + std::to_string(r.fatalities) + (parts.dead->quantity.at_least ? " or more." : ".");
  r.notes = note;
  return r;
}

}  // namespace vigie
