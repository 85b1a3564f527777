// Resolution: picks, for each place mention, the gazetteer entry the text means, from the
// population and rank of each candidate, the countries the document is about, containment
// ("Djibo, dans la province du Soum"), designators and the other places of the document.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "places/gazetteer.h"
#include "places/place_recognizer.h"

namespace vigie {

struct ResolvedPlace {
  PlaceMention mention;
  int32_t place = -1;        // gazetteer index; -1 when the mention was not resolved
  uint8_t geo_precision = 1; // ACLED: 1 the place itself, 2 near it or part of it, 3 a region
  float confidence = 0;      // 0..1: the winner's share of the candidates' weight
};

class PlaceResolver {
 public:
  explicit PlaceResolver(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Resolves `mentions` (in text order) together: the document's countries and the
  // places resolved with confidence inform the others. `nationality_words` counts the
  // countries the text's nationality words name, `country_hints` those known otherwise (the
  // source's domain, the actors named, the countries a deployment follows), each as place
  // index of the country → count. Both weigh alike in choosing among a name's candidates,
  // but nationality words say who is there, not where: they never make a town named by its
  // own name a foreign, doubtful one. When `keep_doubtful` is false, mentions that read as
  // something else (a common word, part of a person's name) are left out; when true, every
  // mention is returned, resolved if it has candidates.
  std::vector<ResolvedPlace> Resolve(std::string_view text, std::vector<PlaceMention> mentions,
                                     const std::unordered_map<int32_t, int>& nationality_words,
                                     const std::unordered_map<int32_t, int>& country_hints, bool keep_doubtful) const;

 private:
  const Gazetteer& gazetteer_;
};

}  // namespace vigie
