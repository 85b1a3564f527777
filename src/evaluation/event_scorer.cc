#include "evaluation/event_scorer.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "coding/civil_calendar.h"
#include "core/ascii.h"
#include "core/geodesy.h"

namespace vigie {

namespace {

std::optional<CivilDate> ParseDate(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  CivilDate d{std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str()), std::atoi(s.substr(8, 2).c_str())};
  if (!IsValidDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

bool ContainsFolded(const std::string& haystack, const std::string& needle) {
  return AsciiLower(haystack).find(AsciiLower(needle)) != std::string::npos;
}

}  // namespace

Result<std::vector<GoldDocument>> LoadGold(const std::filesystem::path& path, std::vector<DataProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path.string() + ": cannot open the gold file");
  std::vector<GoldDocument> gold;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({path.string(), number, message});
    };
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
      report("not a JSON object");
      continue;
    }
    if (!json.contains("doc") || !json["doc"].is_string() || !json.contains("events") || !json["events"].is_array()) {
      report("needs \"doc\" (a string) and \"events\" (an array)");
      continue;
    }
    GoldDocument doc;
    doc.doc = json["doc"];
    doc.line = number;
    if (json.contains("published") && json["published"].is_string()) doc.published = json["published"];
    bool ok = true;
    for (const auto& e : json["events"]) {
      GoldEvent event;
      if (e.contains("event_type") && e["event_type"].is_string()) event.event_types.push_back(e["event_type"]);
      if (e.contains("event_type") && e["event_type"].is_array()) {
        for (const auto& t : e["event_type"]) {
          if (t.is_string()) event.event_types.push_back(t);
        }
      }
      auto date = e.contains("event_date") && e["event_date"].is_string() ? ParseDate(e["event_date"]) : std::nullopt;
      if (event.event_types.empty() || !date) {
        report("an event needs \"event_type\" and \"event_date\" (YYYY-MM-DD)");
        ok = false;
        break;
      }
      event.date = *date;
      if (e.contains("sub_event_type") && e["sub_event_type"].is_string()) event.sub_event_type = e["sub_event_type"];
      if (e.contains("date_tolerance_days") && e["date_tolerance_days"].is_number_integer()) {
        event.date_tolerance_days = e["date_tolerance_days"];
      }
      if (e.contains("actors") && e["actors"].is_array()) {
        for (const auto& a : e["actors"]) {
          if (a.is_string()) event.actors.push_back(a);
        }
      }
      if (e.contains("location") && e["location"].is_string()) event.location = e["location"];
      if (e.contains("latitude") && e["latitude"].is_number() && e.contains("longitude") && e["longitude"].is_number()) {
        event.has_coordinates = true;
        event.latitude = e["latitude"];
        event.longitude = e["longitude"];
      }
      if (e.contains("location_tolerance_km") && e["location_tolerance_km"].is_number()) {
        event.location_tolerance_km = e["location_tolerance_km"];
      }
      if (e.contains("fatalities") && e["fatalities"].is_number_integer()) event.fatalities = e["fatalities"].get<int>();
      doc.events.push_back(std::move(event));
    }
    if (ok) gold.push_back(std::move(doc));
  }
  return gold;
}

EventScores ScoreEvents(const std::vector<GoldDocument>& gold,
                        const std::map<std::string, std::vector<EventRecord>>& predicted,
                        std::vector<std::string>* details) {
  EventScores scores;
  static const std::vector<EventRecord> kNone;
  for (const GoldDocument& doc : gold) {
    ++scores.documents;
    auto found = predicted.find(doc.doc);
    const std::vector<EventRecord>& events = found == predicted.end() ? kNone : found->second;
    scores.gold += doc.events.size();
    scores.predicted += events.size();
    // Every acceptable pair with its closeness (km, plus a day counting as 10 km).
    struct Pair {
      double cost;
      size_t gold, predicted;
    };
    std::vector<Pair> pairs;
    for (size_t g = 0; g < doc.events.size(); ++g) {
      const GoldEvent& ge = doc.events[g];
      for (size_t p = 0; p < events.size(); ++p) {
        const EventRecord& pe = events[p];
        if (std::find(ge.event_types.begin(), ge.event_types.end(), pe.event_type) == ge.event_types.end()) continue;
        auto date = ParseDate(pe.event_date);
        if (!date) continue;
        const int64_t days = std::llabs(DaysFromCivil(*date) - DaysFromCivil(ge.date));
        if (days > ge.date_tolerance_days) continue;
        double km = 0;
        if (ge.has_coordinates) {
          if (!pe.located) continue;
          km = HaversineKm(pe.latitude, pe.longitude, ge.latitude, ge.longitude);
          if (km > ge.location_tolerance_km) continue;
        }
        pairs.push_back({km + 10.0 * static_cast<double>(days), g, p});
      }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.cost < b.cost; });
    std::vector<bool> gold_used(doc.events.size()), predicted_used(events.size());
    for (const Pair& pair : pairs) {
      if (gold_used[pair.gold] || predicted_used[pair.predicted]) continue;
      gold_used[pair.gold] = predicted_used[pair.predicted] = true;
      ++scores.matched;
      const GoldEvent& ge = doc.events[pair.gold];
      const EventRecord& pe = events[pair.predicted];
      if (!ge.sub_event_type.empty()) {
        ++scores.sub_event_scored;
        scores.sub_event_correct += pe.sub_event_type == ge.sub_event_type;
        if (details && pe.sub_event_type != ge.sub_event_type) {
          details->push_back(doc.doc + ": sub-event " + pe.sub_event_type + ", gold " + ge.sub_event_type);
        }
      }
      if (!ge.actors.empty()) {
        ++scores.actors_scored;
        bool all = true;
        for (const std::string& actor : ge.actors) {
          all = all && (ContainsFolded(pe.actor1, actor) || ContainsFolded(pe.actor2, actor) ||
                        ContainsFolded(pe.assoc_actor_1, actor) || ContainsFolded(pe.assoc_actor_2, actor));
        }
        scores.actors_correct += all;
        if (details && !all) {
          std::string wanted;
          for (const std::string& actor : ge.actors) wanted += (wanted.empty() ? "" : ", ") + actor;
          details->push_back(doc.doc + ": actors " + pe.actor1 + " / " + pe.actor2 + ", gold " + wanted);
        }
      }
      if (ge.fatalities) {
        ++scores.fatalities_scored;
        scores.fatalities_correct += pe.fatalities == *ge.fatalities;
        if (details && pe.fatalities != *ge.fatalities) {
          details->push_back(doc.doc + ": toll " + std::to_string(pe.fatalities) + ", gold " +
                             std::to_string(*ge.fatalities) + " (" + ge.event_types.front() + " on " +
                             ge.date.ToString() + ")");
        }
      }
      if (ge.has_coordinates && pe.located) {
        ++scores.located_scored;
        scores.located_within_10km += HaversineKm(pe.latitude, pe.longitude, ge.latitude, ge.longitude) <= 10;
      }
    }
    if (details) {
      for (size_t g = 0; g < doc.events.size(); ++g) {
        if (gold_used[g]) continue;
        const GoldEvent& ge = doc.events[g];
        details->push_back(doc.doc + ": missed " + ge.event_types.front() + " on " + ge.date.ToString() + " at " +
                           ge.location);
      }
      for (size_t p = 0; p < events.size(); ++p) {
        if (predicted_used[p]) continue;
        const EventRecord& pe = events[p];
        details->push_back(doc.doc + ": extra " + pe.event_type + " / " + pe.sub_event_type + " on " + pe.event_date +
                           " at " + pe.location + " (" + pe.actor1 + " vs " + pe.actor2 + ")");
      }
    }
  }
  return scores;
}

}  // namespace vigie
