#include "coding/actor_dictionary.h"

#include <algorithm>
#include <unordered_map>

#include "core/ascii.h"
#include "extract/date_parser.h"
#include "text/normalizer.h"

namespace vigie {

namespace {

constexpr std::pair<ActorType, std::string_view> kTypeLabels[] = {
    {ActorType::kState, "State forces"},           {ActorType::kRebel, "Rebel group"},
    {ActorType::kPoliticalMilitia, "Political militia"}, {ActorType::kIdentityMilitia, "Identity militia"},
    {ActorType::kRioters, "Rioters"},              {ActorType::kProtesters, "Protesters"},
    {ActorType::kCivilians, "Civilians"},          {ActorType::kExternal, "External/Other forces"},
};

bool IsId(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

}  // namespace

std::optional<ActorType> ParseActorType(std::string_view label) {
  for (const auto& [type, name] : kTypeLabels) {
    if (name == label) return type;
  }
  return std::nullopt;
}

std::string_view ActorTypeLabel(ActorType type) {
  for (const auto& [t, name] : kTypeLabels) {
    if (t == type) return name;
  }
  return "";
}

Result<ActorDictionary> ActorDictionary::Load(const std::filesystem::path& dir, std::vector<DataProblem>* problems) {
  ActorDictionary dictionary;
  const auto actors_path = dir / "actors.tsv";
  auto lines = ReadDataLines(actors_path, problems);
  if (!lines.ok()) return lines.status();
  std::unordered_map<std::string, int> seen_ids;
  // Folded name, a tab and the country -> the actor ID and line that listed it first.
  std::unordered_map<std::string, std::pair<std::string, int>> seen_names;
  std::vector<int> parent_lines;
  for (const DataLine& line : lines.value()) {
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({actors_path.string(), line.number, message});
    };
    const auto& f = line.fields;
    if (f.size() != 6) {
      report("expected ID, NAME, TYPE, COUNTRY, PARENT and ALIASES separated by tabs, found " +
             std::to_string(f.size()) + " field(s)");
      continue;
    }
    ActorEntry actor;
    actor.id = f[0];
    actor.name = f[1];
    actor.country = f[3];
    actor.parent = f[4] == "-" ? "" : f[4];
    actor.line = line.number;
    if (!IsId(actor.id)) {
      report("ID '" + f[0] + "' must be lower-case letters, digits and '-'");
      continue;
    }
    if (auto it = seen_ids.find(actor.id); it != seen_ids.end()) {
      report("ID '" + actor.id + "' is already used on line " + std::to_string(it->second));
      continue;
    }
    auto type = ParseActorType(f[2]);
    if (!type) {
      report("TYPE '" + f[2] + "' must be one of ACLED's: State forces, Rebel group, Political militia, "
             "Identity militia, Rioters, Protesters, Civilians, External/Other forces");
      continue;
    }
    actor.type = *type;
    if (!(actor.country == "*" || (actor.country.size() == 2 && actor.country[0] >= 'A' && actor.country[0] <= 'Z' &&
                                   actor.country[1] >= 'A' && actor.country[1] <= 'Z'))) {
      report("COUNTRY '" + f[3] + "' must be an ISO 3166 alpha-2 code or *");
      continue;
    }
    if (actor.name.empty() || actor.name == "-") {
      report("NAME is empty");
      continue;
    }
    const auto index = static_cast<uint32_t>(dictionary.actors_.size());
    // A name is looked up folded, so "FAMa" and "fama" are one name: listed twice it is a slip,
    // and under two actors of one country only the first could ever be found. (One name under
    // several countries' actors, "dozo" in Mali and in Burkina Faso, is resolved by country.)
    auto add_name = [&](const std::string& name, std::string_view what) {
      auto [before, inserted] = seen_names.try_emplace(FoldKey(name) + '\t' + actor.country, actor.id, line.number);
      if (!inserted) {
        if (before->second.first == actor.id) {
          report(std::string(what) + " '" + name + "' repeats a name this actor already has");
        } else {
          report(std::string(what) + " '" + name + "' already names '" + before->second.first + "' on line " +
                 std::to_string(before->second.second) + "; the first line wins");
        }
        return;
      }
      std::string error;
      if (!dictionary.names_.Add(name, index, &error)) report(std::string(what) + " '" + name + "': " + error);
    };
    add_name(actor.name, "NAME");
    for (const std::string& alias : SplitListField(f[5])) add_name(alias, "alias");
    seen_ids.emplace(actor.id, line.number);
    dictionary.actors_.push_back(std::move(actor));
  }
  for (const ActorEntry& actor : dictionary.actors_) {
    if (!actor.parent.empty() && !seen_ids.contains(actor.parent) && problems) {
      problems->push_back({actors_path.string(), actor.line, "PARENT '" + actor.parent + "' is not an actor ID"});
    }
  }

  const auto kinds_path = dir / "generic_kinds.tsv";
  auto kind_lines = ReadDataLines(kinds_path, problems);
  if (!kind_lines.ok()) return kind_lines.status();
  for (const DataLine& line : kind_lines.value()) {
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({kinds_path.string(), line.number, message});
    };
    if (line.fields.size() != 3 && line.fields.size() != 4) {
      report("expected KIND, NAME_TEMPLATE, TYPE and an optional NO_COUNTRY_NAME separated by tabs");
      continue;
    }
    auto type = ParseActorType(line.fields[2]);
    if (!type) {
      report("TYPE '" + line.fields[2] + "' is not one of ACLED's actor types");
      continue;
    }
    if (line.fields[1].find("{country}") == std::string::npos) {
      report("NAME_TEMPLATE must hold {country}");
      continue;
    }
    dictionary.kinds_.push_back({line.fields[0], line.fields[1], *type, line.fields.size() == 4 ? line.fields[3] : ""});
  }

  // Former names: optional, so that a data folder from before the file still loads.
  const auto former_path = dir / "former_names.tsv";
  std::error_code exists_error;
  if (std::filesystem::exists(former_path, exists_error)) {
    auto former_lines = ReadDataLines(former_path, problems);
    if (!former_lines.ok()) return former_lines.status();
    for (const DataLine& line : former_lines.value()) {
      auto report = [&](const std::string& message) {
        if (problems) problems->push_back({former_path.string(), line.number, message});
      };
      const auto& f = line.fields;
      if (f.size() != 3) {
        report("expected ID, BEFORE and NAME separated by tabs, found " + std::to_string(f.size()) + " field(s)");
        continue;
      }
      const auto actor = std::find_if(dictionary.actors_.begin(), dictionary.actors_.end(),
                                      [&](const ActorEntry& a) { return a.id == f[0]; });
      if (actor == dictionary.actors_.end()) {
        report("ID '" + f[0] + "' is not an actor ID of actors.tsv");
        continue;
      }
      if (!ParseIsoDay(f[1])) {
        report("BEFORE '" + f[1] + "' must be a date written YYYY-MM-DD");
        continue;
      }
      if (f[2].empty() || f[2] == "-") {
        report("NAME is empty");
        continue;
      }
      if (std::any_of(actor->former_names.begin(), actor->former_names.end(),
                      [&](const auto& former) { return former.first == f[1]; })) {
        report("ID '" + f[0] + "' already has a former name before " + f[1]);
        continue;
      }
      actor->former_names.emplace_back(f[1], f[2]);
      std::sort(actor->former_names.begin(), actor->former_names.end());
    }
  }

  const auto generic_path = dir / "generic.tsv";
  auto generic_lines = ReadDataLines(generic_path, problems);
  if (!generic_lines.ok()) return generic_lines.status();
  for (const DataLine& line : generic_lines.value()) {
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({generic_path.string(), line.number, message});
    };
    if (line.fields.size() != 3) {
      report("expected KIND, LANG and PHRASE separated by tabs");
      continue;
    }
    if (dictionary.Kind(line.fields[0]) == nullptr) {
      report("KIND '" + line.fields[0] + "' has no row in generic_kinds.tsv");
      continue;
    }
    if (line.fields[1] != "fr" && line.fields[1] != "en" && line.fields[1] != "*") {
      report("LANG '" + line.fields[1] + "' must be fr, en or *");
      continue;
    }
    std::string error;
    if (!dictionary.generic_.matcher.Add(line.fields[2], static_cast<uint32_t>(dictionary.generic_.entries.size()),
                                         &error)) {
      report("PHRASE '" + line.fields[2] + "': " + error);
      continue;
    }
    dictionary.generic_.entries.push_back({line.fields[1], line.fields[0]});
  }
  return dictionary;
}

const GenericKind* ActorDictionary::Kind(std::string_view kind) const {
  for (const GenericKind& k : kinds_) {
    if (k.kind == kind) return &k;
  }
  return nullptr;
}

const std::string& ActorDictionary::NameOn(const ActorEntry& actor, std::string_view date) const {
  // ISO dates compare as strings; the earliest period that ends after the date is its own.
  if (date.empty()) return actor.name;
  for (const auto& [before, name] : actor.former_names) {
    if (date < before) return name;
  }
  return actor.name;
}

const ActorEntry* ActorDictionary::Parent(const ActorEntry& actor) const {
  if (actor.parent.empty()) return nullptr;
  for (const ActorEntry& candidate : actors_) {
    if (candidate.id == actor.parent) return &candidate;
  }
  return nullptr;
}

const ActorEntry& ActorDictionary::ForCountry(const ActorEntry& actor, std::string_view country_code) const {
  if (actor.country == "*" || country_code.size() != 2 || actor.country == country_code) return actor;
  const std::string suffix = "-" + AsciiLower(actor.country);
  if (!actor.id.ends_with(suffix)) return actor;
  const std::string wanted = actor.id.substr(0, actor.id.size() - suffix.size()) + "-" + AsciiLower(country_code);
  for (const ActorEntry& candidate : actors_) {
    if (candidate.id == wanted) return candidate;
  }
  return actor;
}

const ActorEntry* ActorDictionary::OwnForces(const GenericKind& kind, std::string_view country_code) const {
  const size_t at = kind.name_template.find("{country}");
  if (kind.type != ActorType::kState || at == std::string::npos || at == 0 || country_code.size() != 2) {
    return nullptr;
  }
  const std::string_view prefix = std::string_view(kind.name_template).substr(0, at);
  for (const ActorEntry& candidate : actors_) {
    if (candidate.type == ActorType::kState && candidate.country == country_code &&
        std::string_view(candidate.name).starts_with(prefix)) {
      return &candidate;
    }
  }
  return nullptr;
}

std::string ActorDictionary::GenericName(const GenericKind& kind, std::string_view country) const {
  if (country.empty() && !kind.no_country_name.empty()) return kind.no_country_name;
  std::string name = kind.name_template;
  const size_t at = name.find("{country}");
  if (at != std::string::npos) name.replace(at, 9, country.empty() ? "International" : std::string(country));
  return name;
}

}  // namespace vigie
