// The Code, Resolve and Merge stages for one document: event triggers become frames,
// arguments attach by pattern and proximity (actors, place, date, toll), frames of one
// incident merge, and each event becomes an ACLED record with evidence for every field.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coding/actor_dictionary.h"
#include "coding/date_resolver.h"
#include "coding/event_lexicon.h"
#include "coding/event_record.h"
#include "coding/quantity_parser.h"
#include "core/status.h"
#include "extract/article_extractor.h"
#include "extract/date_parser.h"
#include "places/geoparser.h"
#include "text/text_analyzer.h"

namespace vigie {

struct CodingOptions {
  // The publication date to resolve relative dates against when the document has none
  // (`vigie code --published`).
  std::optional<CivilDate> default_published;
};

// What coding one document gave: its events and why nothing came out when nothing did.
struct CodedDocument {
  std::vector<EventRecord> events;
  std::vector<std::string> notes;  // "skipped: language de is not coded", ...
};

// Immutable after Load; one coder may serve many threads.
class EventCoder {
 public:
  // Loads the lexicons (data/lexicon/), the actors (data/actors/) and the place lexicon
  // under `data_dir`, over an opened gazetteer. Fails with the first unreadable file; bad
  // lines are reported in `problems` when given (`vigie dict check` lists them all).
  static Result<EventCoder> Load(const std::filesystem::path& data_dir, Gazetteer gazetteer,
                                 std::vector<DataProblem>* problems = nullptr);

  // Codes one extracted article (text, language, published date). Documents in other
  // languages than French and English, and empty ones, give no event and a note.
  CodedDocument Code(const ExtractedArticle& article, const CodingOptions& options = {}) const;

 private:
  struct State;
  explicit EventCoder(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

}  // namespace vigie
