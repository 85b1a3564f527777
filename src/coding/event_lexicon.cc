#include "coding/event_lexicon.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <unordered_map>

#include "text/normalizer.h"

namespace vigie {

namespace {

const char* const kTargets[] = {"civilians", "state", "armed", "protesters", "*"};

bool IsLanguage(const std::string& s) { return s == "fr" || s == "en" || s == "*"; }

// Reads `file` under `dir`: each line must have `columns` fields, a valid LANG first (when
// `with_language`), then `parse` fills the entry or returns an error message.
template <typename Entry>
Status LoadLexicon(const std::filesystem::path& path, size_t columns, const char* column_names,
                   std::vector<DataProblem>* problems, Lexicon<Entry>& lexicon,
                   const std::function<std::string(const std::vector<std::string>&, Entry&)>& parse) {
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  // The matcher gives one entry per phrase, so a phrase both languages use ("raid", "IED",
  // "explosion") is one entry for both; the first line of a phrase wins.
  struct FirstLine {
    size_t entry;
    int number;
    const std::vector<std::string>* fields;
  };
  std::unordered_map<std::string, FirstLine> seen;
  for (const DataLine& line : lines.value()) {
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({path.string(), line.number, message});
    };
    if (line.fields.size() != columns) {
      report("expected " + std::string(column_names) + " separated by tabs, found " +
             std::to_string(line.fields.size()) + " field(s)");
      continue;
    }
    if (!IsLanguage(line.fields[0])) {
      report("LANG '" + line.fields[0] + "' must be fr, en or *");
      continue;
    }
    Entry entry;
    entry.language = line.fields[0];
    if (std::string error = parse(line.fields, entry); !error.empty()) {
      report(error);
      continue;
    }
    std::string key = FoldKey(line.fields[1]);
    if (auto first = seen.find(key); first != seen.end()) {
      const auto& before = *first->second.fields;
      if (std::equal(before.begin() + 2, before.end(), line.fields.begin() + 2)) {
        if (before[0] != entry.language) lexicon.entries[first->second.entry].language = "*";
      } else {
        report("PHRASE '" + line.fields[1] + "' is already on line " + std::to_string(first->second.number) +
               " with another meaning; the first line wins");
      }
      continue;
    }
    std::string error;
    if (!lexicon.matcher.Add(line.fields[1], static_cast<uint32_t>(lexicon.entries.size()), &error)) {
      report("PHRASE '" + line.fields[1] + "': " + error);
      continue;
    }
    seen.emplace(std::move(key), FirstLine{lexicon.entries.size(), line.number, &line.fields});
    lexicon.entries.push_back(std::move(entry));
  }
  return Status::Ok();
}

bool ParseInt(const std::string& text, int& value) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

Result<EventLexicon> EventLexicon::Load(const std::filesystem::path& dir, std::vector<DataProblem>* problems) {
  EventLexicon lexicon;
  // frames.tsv first: triggers are checked against its frames.
  const auto frames_path = dir / "frames.tsv";
  auto frame_lines = ReadDataLines(frames_path, problems);
  if (!frame_lines.ok()) return frame_lines.status();
  for (const DataLine& line : frame_lines.value()) {
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({frames_path.string(), line.number, message});
    };
    if (line.fields.size() != 4) {
      report("expected FRAME, TARGET, EVENT_TYPE and SUB_EVENT_TYPE separated by tabs");
      continue;
    }
    bool target_ok = false;
    for (const char* target : kTargets) target_ok = target_ok || line.fields[1] == target;
    if (!target_ok) {
      report("TARGET '" + line.fields[1] + "' must be civilians, state, armed, protesters or *");
      continue;
    }
    lexicon.frames.push_back({line.fields[0], line.fields[1], line.fields[2], line.fields[3], line.number});
  }

  auto classes = FrameClasses::Load(dir / "frame_classes.tsv", problems);
  if (!classes.ok()) return classes.status();
  lexicon.frame_classes = std::move(classes).value();

  Status status = LoadLexicon<TriggerEntry>(
      dir / "triggers.tsv", 3, "LANG, PHRASE and FRAME", problems, lexicon.triggers,
      [&](const std::vector<std::string>& f, TriggerEntry& e) -> std::string {
        e.frame = f[2];
        if (e.frame == "claim" || e.frame == "none") return "";
        if (!lexicon.frame_classes.Has(e.frame)) return "FRAME '" + e.frame + "' has no row in frame_classes.tsv";
        for (const FrameRule& rule : lexicon.frames) {
          if (rule.frame == e.frame) return "";
        }
        return "FRAME '" + e.frame + "' has no row in frames.tsv";
      });
  if (!status.ok()) return status;

  status = LoadLexicon<NumberEntry>(
      dir / "numbers.tsv", 4, "LANG, PHRASE, VALUE and KIND", problems, lexicon.numbers,
      [](const std::vector<std::string>& f, NumberEntry& e) -> std::string {
        const std::string& kind = f[3];
        if (kind == "exact") e.kind = NumberKind::kExact;
        else if (kind == "approx") e.kind = NumberKind::kApprox;
        else if (kind == "vague")
          e.kind = NumberKind::kVague;
        else if (kind == "min") e.kind = NumberKind::kMin;
        else if (kind == "max") e.kind = NumberKind::kMax;
        else if (kind == "approx-modifier") e.kind = NumberKind::kApproxModifier;
        else
          return "KIND '" + kind + "' must be exact, approx, vague, min, max or approx-modifier";
        const bool modifier = e.kind == NumberKind::kMin || e.kind == NumberKind::kMax ||
                              e.kind == NumberKind::kApproxModifier;
        if (modifier) {
          if (f[2] != "-") return "a " + kind + " modifier takes '-' as VALUE";
          return "";
        }
        int value = 0;
        if (!ParseInt(f[2], value) || value < 0) return "VALUE '" + f[2] + "' is not a whole number";
        e.value = value;
        return "";
      });
  if (!status.ok()) return status;

  status = LoadLexicon<CasualtyEntry>(
      dir / "fatalities.tsv", 3, "LANG, PHRASE and KIND", problems, lexicon.casualties,
      [](const std::vector<std::string>& f, CasualtyEntry& e) -> std::string {
        if (f[2] == "dead") e.kind = CasualtyKind::kDead;
        else if (f[2] == "one-dead") e.kind = CasualtyKind::kOneDead;
        else if (f[2] == "wounded") e.kind = CasualtyKind::kWounded;
        else if (f[2] == "missing") e.kind = CasualtyKind::kMissing;
        else if (f[2] == "rises-to")
          e.kind = CasualtyKind::kRisesTo;
        else if (f[2] == "other-source")
          e.kind = CasualtyKind::kOtherSource;
        else if (f[2] == "other-figure")
          e.kind = CasualtyKind::kOtherFigure;
        else if (f[2] == "measure")
          e.kind = CasualtyKind::kMeasure;
        else if (f[2] == "dead-at-end")
          e.kind = CasualtyKind::kDeadAtEnd;
        else if (f[2] == "lost")
          e.kind = CasualtyKind::kLost;
        else if (f[2] == "raises-toll")
          e.kind = CasualtyKind::kRaisesToll;
        else if (f[2] == "not-people")
          e.kind = CasualtyKind::kNotPeople;
        else if (f[2] == "no-death")
          e.kind = CasualtyKind::kNoDeath;
        else if (f[2] == "sources-differ")
          e.kind = CasualtyKind::kSourcesDiffer;
        else
          return "KIND '" + f[2] +
                 "' must be dead, one-dead, wounded, missing, rises-to, other-source, other-figure, measure, "
                 "dead-at-end, lost, raises-toll, not-people, no-death or sources-differ";
        return "";
      });
  if (!status.ok()) return status;

  status = LoadLexicon<ModalityEntry>(
      dir / "modality.tsv", 3, "LANG, PHRASE and KIND", problems, lexicon.modality,
      [](const std::vector<std::string>& f, ModalityEntry& e) -> std::string {
        if (f[2] == "negation") e.kind = ModalityKind::kNegation;
        else if (f[2] == "future") e.kind = ModalityKind::kFuture;
        else if (f[2] == "hypothetical") e.kind = ModalityKind::kHypothetical;
        else if (f[2] == "background") e.kind = ModalityKind::kBackground;
        else if (f[2] == "anniversary")
          e.kind = ModalityKind::kAnniversary;
        else if (f[2] == "report") e.kind = ModalityKind::kReport;
        else if (f[2] == "reaction") {
          e.kind = ModalityKind::kReport;
          e.reaction = true;
        } else if (f[2] == "quote-opinion")
          e.kind = ModalityKind::kOpinion;
        else if (f[2] == "reference")
          e.kind = ModalityKind::kReference;
        else if (f[2] == "no-toll")
          e.kind = ModalityKind::kNoToll;
        else if (f[2] == "addition")
          e.kind = ModalityKind::kAddition;
        else if (f[2] == "charge")
          e.kind = ModalityKind::kCharge;
        else if (f[2] == "period")
          e.kind = ModalityKind::kPeriod;
        else if (f[2] == "other-incident")
          e.kind = ModalityKind::kOtherIncident;
        else if (f[2] == "new-item") {
          e.kind = ModalityKind::kOtherIncident;
          e.opening = true;
        } else if (f[2] == "general")
          e.kind = ModalityKind::kGeneral;
        else if (f[2] == "later")
          e.kind = ModalityKind::kLater;
        else if (f[2] == "disaster")
          e.kind = ModalityKind::kDisaster;
        else
          return "KIND '" + f[2] +
                 "' must be negation, future, hypothetical, background, anniversary, report, reaction, quote-opinion, "
                 "reference, no-toll, addition, charge, period, other-incident, new-item, general, later or disaster";
        return "";
      });
  if (!status.ok()) return status;

  status = LoadLexicon<RoleEntry>(
      dir / "roles.tsv", 3, "LANG, PHRASE and ROLE", problems, lexicon.roles,
      [](const std::vector<std::string>& f, RoleEntry& e) -> std::string {
        if (f[2] == "agent") e.kind = RoleKind::kAgent;
        else if (f[2] == "target") e.kind = RoleKind::kTarget;
        else if (f[2] == "victim") e.kind = RoleKind::kVictim;
        else if (f[2] == "affiliation") e.kind = RoleKind::kAffiliation;
        else if (f[2] == "route") e.kind = RoleKind::kRoute;
        else if (f[2] == "off-duty") e.kind = RoleKind::kOffDuty;
        else if (f[2] == "undergoer")
          e.kind = RoleKind::kUndergoer;
        else if (f[2] == "border")
          e.kind = RoleKind::kBorder;
        else if (f[2] == "grievance")
          e.kind = RoleKind::kGrievance;
        else if (f[2] == "circumstance")
          e.kind = RoleKind::kCircumstance;
        else if (f[2] == "building")
          e.kind = RoleKind::kBuilding;
        else if (f[2] == "elsewhere")
          e.kind = RoleKind::kElsewhere;
        else if (f[2] == "moved") {
          e.kind = RoleKind::kElsewhere;
          e.moves_people = true;
        } else if (f[2] == "undertaking") {
          e.kind = RoleKind::kAgent;
          e.undertaking = true;
        } else if (f[2] == "holder")
          e.kind = RoleKind::kHolder;
        else if (f[2] == "means")
          e.kind = RoleKind::kMeans;
        else if (f[2] == "attempt")
          e.kind = RoleKind::kAttempt;
        else if (f[2] == "own-side")
          e.kind = RoleKind::kOwnSide;
        else if (f[2] == "carried") {
          e.kind = RoleKind::kCarried;
          e.moves_people = true;
        } else if (f[2] == "same-place")
          e.kind = RoleKind::kSamePlace;
        else if (f[2] == "landmark")
          e.kind = RoleKind::kLandmark;
        else if (f[2] == "recipient") {
          e.kind = RoleKind::kElsewhere;
          e.recipient = true;
        } else
          return "ROLE '" + f[2] +
                 "' must be agent, target, victim, affiliation, route, off-duty, undergoer, border, grievance, "
                 "circumstance, building, elsewhere, moved, holder, means, attempt, own-side, carried, same-place, "
                 "undertaking, landmark or recipient";
        return "";
      });
  if (!status.ok()) return status;

  status = LoadLexicon<AdjunctEntry>(dir / "adjuncts.tsv", 2, "LANG and PHRASE", problems, lexicon.adjuncts,
                                     [](const std::vector<std::string>&, AdjunctEntry&) { return std::string(); });
  if (!status.ok()) return status;

  status = LoadLexicon<RelativeDateEntry>(
      dir / "relative_dates.tsv", 4, "LANG, PHRASE, KIND and VALUE", problems, lexicon.relative_dates,
      [](const std::vector<std::string>& f, RelativeDateEntry& e) -> std::string {
        static constexpr std::pair<std::string_view, RelativeDateKind> kKinds[] = {
            {"day-offset", RelativeDateKind::kDayOffset},
            {"mentioned-day-offset", RelativeDateKind::kMentionedDayOffset},
            {"last-weekday-modifier", RelativeDateKind::kLastModifier},
            {"this-weekday-modifier", RelativeDateKind::kThisModifier},
            {"night-span", RelativeDateKind::kNightSpan},
            {"weekend", RelativeDateKind::kWeekend},
            {"period", RelativeDateKind::kPeriod},
            {"name-head", RelativeDateKind::kNameHead},
            {"dated-noun", RelativeDateKind::kDatedNoun},
            {"month-lead", RelativeDateKind::kMonthLead},
        };
        const auto known =
            std::find_if(std::begin(kKinds), std::end(kKinds), [&](const auto& k) { return k.first == f[2]; });
        if (known == std::end(kKinds)) {
          std::string names;
          for (const auto& k : kKinds) names += (names.empty() ? "" : ", ") + std::string(k.first);
          return "KIND '" + f[2] + "' must be one of " + names;
        }
        e.kind = known->second;
        if (f[3] == "-") return "";
        if (e.kind == RelativeDateKind::kPeriod && f[3].size() >= 2) {
          // A signed count and a unit: "-1w" last week, "-1m" last month, "-2d" two days.
          const char unit = f[3].back();
          int count = 0;
          if (!ParseInt(f[3].substr(0, f[3].size() - 1), count) || (unit != 'd' && unit != 'w' && unit != 'm')) {
            return "VALUE '" + f[3] + "' must be a signed count and a unit d, w or m (\"-1w\")";
          }
          e.value = count * (unit == 'd' ? 1 : unit == 'w' ? 7 : 30);
          e.time_precision = unit == 'm' ? 3 : 2;
          return "";
        }
        if (!ParseInt(f[3], e.value)) return "VALUE '" + f[3] + "' is not a whole number";
        return "";
      });
  if (!status.ok()) return status;

  const auto focus_path = dir / "focus_countries.tsv";
  auto focus_lines = ReadDataLines(focus_path, problems);
  if (!focus_lines.ok()) return focus_lines.status();
  for (const DataLine& line : focus_lines.value()) {
    const std::string code = line.fields.empty() ? "" : line.fields[0];
    if (line.fields.size() != 2 || code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
        !std::isupper(static_cast<unsigned char>(code[1]))) {
      if (problems) {
        problems->push_back({focus_path.string(), line.number,
                             "expected an ISO 3166 alpha-2 CODE in capitals and a NAME separated by a tab"});
      }
      continue;
    }
    lexicon.focus_countries.push_back(code);
  }
  return lexicon;
}

const FrameRule* EventLexicon::Classify(std::string_view frame, TargetKind target) const {
  const char* wanted = target == TargetKind::kCivilians    ? "civilians"
                       : target == TargetKind::kState      ? "state"
                       : target == TargetKind::kArmed      ? "armed"
                       : target == TargetKind::kProtesters ? "protesters"
                                                           : "";
  for (const FrameRule& rule : frames) {
    if (rule.frame != frame) continue;
    if (rule.target == "*" || rule.target == wanted) return &rule;
  }
  return nullptr;
}

// Called for every candidate phrase: the comparisons are written out on the bytes (`==`
// with a literal was a call to memcmp). Out of line on purpose: inlined, it grew its
// callers past the size at which g++ inlines their own per-token lambdas.
bool EntryApplies(std::string_view entry_language, std::string_view language) {
  if (entry_language.size() == 1 && entry_language[0] == '*') return true;
  if (language.size() != 2) return true;  // empty, or neither "fr" nor "en"
  if (!(language[0] == 'f' && language[1] == 'r') && !(language[0] == 'e' && language[1] == 'n')) return true;
  return entry_language.size() == 2 && entry_language[0] == language[0] && entry_language[1] == language[1];
}

}  // namespace vigie
