// Turns the parts of one merged incident into an ACLED event record: type from the frame
// and the target, actors in ACLED's names with their types and interaction code, date,
// place (a region stands for its seat, geo_precision 3), toll, a one-sentence English
// note, evidence spans and a confidence.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "coding/actor_dictionary.h"
#include "coding/event_frame.h"
#include "coding/event_lexicon.h"
#include "coding/event_record.h"
#include "extract/article_extractor.h"
#include "places/geoparser.h"

namespace vigie {

// ACLED's world region of each country, and its name where ACLED writes it otherwise than
// the gazetteer (data/places/acled_countries.tsv: COUNTRY, REGION, NAME).
class AcledCountries {
 public:
  static Result<AcledCountries> Load(const std::filesystem::path& path, std::vector<DataProblem>* problems);
  std::string Region(std::string_view country_code) const;
  // ACLED's name for the country, or "" where it is the gazetteer's.
  std::string Name(std::string_view country_code) const;

 private:
  struct Country {
    std::string region;
    std::string name;
  };
  std::unordered_map<std::string, Country> countries_;
};

// One incident's parts, each from the frame that had it. Pointers into the coder's frames.
struct EventParts {
  const EventFrame* primary = nullptr;
  std::string frame;  // the frame that names the incident (usually primary->frame)
  std::vector<const EventFrame*> frames;
  const ActorMention* actor1 = nullptr;
  const ActorMention* actor2 = nullptr;
  int32_t place = -1;  // index into the document's places
  const TemporalMention* date = nullptr;
  const Casualties* dead = nullptr;
  bool claimed = false;
  // The country the report is about (ISO alpha-2), for an incident it places nowhere; empty
  // when no country leads.
  std::string_view country;
};

class RecordBuilder {
 public:
  RecordBuilder(const ActorDictionary& actors, const Gazetteer& gazetteer, AcledCountries countries)
      : actors_(actors), gazetteer_(gazetteer), countries_(std::move(countries)) {}

  // The record, or nothing when the frame has no ACLED type for this target (frames.tsv).
  std::optional<EventRecord> Build(const ExtractedArticle& article, const TokenWords& words,
                                   const AnalysedText& analysed, const std::vector<ResolvedPlace>& places,
                                   const EventParts& parts, const std::optional<CivilDate>& published,
                                   const EventLexicon& lexicon) const;

 private:
  const ActorDictionary& actors_;
  const Gazetteer& gazetteer_;
  AcledCountries countries_;
};

}  // namespace vigie
