// Event records for the merge and store tests: a report as the coder would make it.
#pragma once

#include <string>

#include "coding/event_record.h"

namespace vigie::testing {

// An attack on a town on `date` by `actor_id` (empty: unidentified armed men) against the
// army, located at (lat, lon) with geo_precision 1, reported by document `doc`.
inline EventRecord MakeReport(const std::string& doc, const std::string& date, double lat, double lon,
                              const std::string& actor_id = "", int fatalities = 0) {
  EventRecord r;
  r.event_id_cnty = "ML" + std::to_string(std::hash<std::string>()(doc) % 100000);
  r.event_date = r.date_start = r.date_end = date;
  r.year = std::stoi(date.substr(0, 4));
  r.disorder_type = "Political violence";
  r.event_type = "Battles";
  r.sub_event_type = "Armed clash";
  if (actor_id.empty()) {
    r.actor1 = "Unidentified Armed Group (Mali)";
    r.inter1 = 3;
  } else {
    r.actor1 = actor_id == "jnim" ? "JNIM: Group for Support of Islam and Muslims" : "Islamic State (Sahel)";
    r.actor1_id = actor_id;
    r.inter1 = 2;
  }
  r.actor2 = "Military Forces of Mali";
  r.actor2_id = "fama";
  r.inter2 = 1;
  r.interaction = 10 * std::min(r.inter1, r.inter2) + std::max(r.inter1, r.inter2);
  r.country = "Mali";
  r.iso = 466;
  r.region = "Western Africa";
  r.admin1 = "Mopti";
  r.admin2 = "Douentza";
  r.location = "Boni";
  r.latitude = lat;
  r.longitude = lon;
  r.located = true;
  r.geo_precision = 1;
  r.source = doc + "-outlet";
  r.fatalities = r.fatalities_low = fatalities;
  r.fatalities_high = fatalities;
  r.language = "fr";
  r.confidence = 0.6;
  r.notes = "On " + date + ", " + r.actor1 + " clashed with Military Forces of Mali in Boni (Mopti).";
  r.evidence.push_back({doc, 0, 7, "attaque", "trigger"});
  if (fatalities > 0) r.evidence.push_back({doc, 10, 20, std::to_string(fatalities) + " morts", "fatalities"});
  r.sources.push_back({doc, "https://" + doc + ".example/article", "Titre " + doc, date});
  return r;
}

}  // namespace vigie::testing
