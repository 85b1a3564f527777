// Scoring coded events against gold (DESIGN.md section 5): within a document a predicted
// event matches a gold one when the type is acceptable, the date within tolerance and the
// place within tolerance; pairs are taken greedily, closest first, one to one.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "coding/event_record.h"
#include "core/line_file.h"
#include "core/status.h"
#include "extract/date_parser.h"

namespace vigie {

struct GoldEvent {
  std::vector<std::string> event_types;  // any of them is acceptable
  std::string sub_event_type;            // empty when the gold does not say
  CivilDate date;
  int date_tolerance_days = 1;
  std::vector<std::string> actors;  // each must match actor1, actor2 or an associated actor
  std::string location;
  bool has_coordinates = false;
  double latitude = 0, longitude = 0;
  double location_tolerance_km = 25;
  std::optional<int> fatalities;
};

struct GoldDocument {
  std::string doc;
  std::string published;
  std::vector<GoldEvent> events;
  int line = 0;
};

// Reads gold JSON Lines; a malformed line is reported as file:line and skipped.
Result<std::vector<GoldDocument>> LoadGold(const std::filesystem::path& path, std::vector<DataProblem>* problems);

struct EventScores {
  size_t documents = 0;
  size_t gold = 0, predicted = 0, matched = 0;
  size_t sub_event_scored = 0, sub_event_correct = 0;
  size_t actors_scored = 0, actors_correct = 0;
  size_t fatalities_scored = 0, fatalities_correct = 0;
  size_t located_scored = 0, located_within_10km = 0;
  double Precision() const { return predicted == 0 ? 0 : static_cast<double>(matched) / static_cast<double>(predicted); }
  double Recall() const { return gold == 0 ? 0 : static_cast<double>(matched) / static_cast<double>(gold); }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

// Scores the events predicted for each gold document (`predicted` by doc id). Documents
// of `predicted` that the gold does not list are not counted. When `details` is given, a
// line per unmatched gold or predicted event is appended for reading.
EventScores ScoreEvents(const std::vector<GoldDocument>& gold,
                        const std::map<std::string, std::vector<EventRecord>>& predicted,
                        std::vector<std::string>* details = nullptr);

}  // namespace vigie
