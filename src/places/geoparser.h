// The geoparser: recognition and resolution of the place names of one document, over a
// gazetteer and the lexicon of data/places/. What `vigie places` prints and what the
// event coder locates events with.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "places/gazetteer.h"
#include "places/place_lexicon.h"
#include "places/place_recognizer.h"
#include "places/place_resolver.h"
#include "text/text_analyzer.h"

namespace vigie {

// Immutable after Load; one geoparser may serve many threads. Cheap to move.
class Geoparser {
 public:
  // Reads the lexicon under `data_dir`/places and takes the (opened) gazetteer.
  static Result<Geoparser> Load(const std::filesystem::path& data_dir, Gazetteer gazetteer);

  // The place mentions of `text` that read as places, each resolved, in text order.
  // `analysed` is the analysis of `text` (offsets into it). Mentions overlapping one of
  // the `excluded` byte spans (names of armed groups such as "Katiba Macina") are left out
  // before resolution, so they do not sway it either. `country_hints` (ISO alpha-2 codes,
  // one per mention, such as the home countries of the actors the text names) weigh like
  // nationality words. `words`, when given, are the folded words of `analysed`'s tokens,
  // which the caller has already computed (the event coder): recognition reads them
  // instead of folding the text again. `default_countries` weigh like nationality words
  // unless the text, its source or the hints name a country outside them: a weak prior
  // toward the countries a deployment follows.
  std::vector<ResolvedPlace> Parse(std::string_view text, const AnalysedText& analysed,
                                   const std::vector<std::pair<uint32_t, uint32_t>>& excluded = {},
                                   std::string_view source_url = "", const std::vector<std::string>& country_hints = {},
                                   const TokenWords* words = nullptr,
                                   const std::vector<std::string>& default_countries = {}) const;

  // The country a source's address names by its country-code domain ("lefaso.net" names
  // none, "www.aib.media.bf" Burkina Faso, ".co.uk" the United Kingdom): a hint that weighs
  // like a nationality word. Empty when there is none.
  std::string SourceCountry(std::string_view url) const;

  // Resolves the given spans (byte offsets) as mentions, in the context of the whole text,
  // whether or not recognition finds them; for scoring resolution against gold mentions.
  // The spans may come in any order; the result has one entry per span, in their order.
  std::vector<ResolvedPlace> ResolveSpans(std::string_view text, const AnalysedText& analysed,
                                          const std::vector<std::pair<uint32_t, uint32_t>>& spans) const;

  const Gazetteer& gazetteer() const { return state_->gazetteer; }

 private:
  struct State {
    Gazetteer gazetteer;
    PlaceLexicon lexicon;
    PlaceRecognizer recognizer;
    PlaceResolver resolver;
    State(Gazetteer g, PlaceLexicon l)
        : gazetteer(std::move(g)), lexicon(std::move(l)), recognizer(gazetteer, lexicon), resolver(gazetteer) {}
  };
  explicit Geoparser(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  // "la capitale malienne", "the Malian capital": the capital the nationality word next to the
  // word for a capital names, as one more mention in text order (a town named without its name).
  void AddCapitalsNamedByNationality(std::string_view text, const AnalysedText& analysed,
                                     std::vector<ResolvedPlace>& resolved) const;
  std::shared_ptr<const State> state_;
};

}  // namespace vigie
