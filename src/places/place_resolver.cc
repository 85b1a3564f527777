#include "places/place_resolver.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/geodesy.h"
#include "core/string_hash.h"
#include "core/utf8.h"
#include "text/char_class.h"

namespace vigie {

namespace fmt = gazetteer_format;

namespace {

// At most this many candidates per mention are weighed (the most populous come first in
// the index); enough for "San" or "Santa Rosa".
constexpr size_t kMaxCandidates = 96;

// How much the document's countries and first-level units weigh against a candidate's
// population and rank (a share of 1 adds this much to the score).
constexpr double kCountryWeight = 5.0;
constexpr double kAdmin1Weight = 3.0;

// Spatial support between the names of a document: the strongest candidates of each take
// part, and the support one candidate gathers is capped (a long list of towns in one
// state should not drown a country's name).
constexpr size_t kSupportCandidates = 8;
constexpr double kMaxSupport = 6.0;
// A candidate lends support in proportion to how likely its own name makes it:
// exp(-(leader's score - its score) / kSupportFalloff) of the closeness. Moscow, Idaho is
// no support for a Washington beside it when Moscow means Russia's capital; the counties
// and towns of one name, close in score, support each other as before. (3 was best of
// 0.5 to 8 on LGL, TR-News and GeoVirus together.)
constexpr double kSupportFalloff = 3.0;

// A region named after its seat ("Mopti", "Gao", "Kano") means the town when named alone,
// if the town is a large part of it: at least this share of the population the gazetteer
// files under the region. Quebec City holds 7% of Quebec, Oaxaca 9% of its state: there
// the bare name is the region's. (A tenth to a sixth did alike on every corpus; a quarter
// took Sahel regions whose towns are few in cities500 away from their seats.)
constexpr double kSeatShareForTown = 0.1;

// How far from a country's point a town across its border may lie: Mali's point is some
// 600 km from its farthest borders; France lies 3,000 km from it.
constexpr double kBorderReachKm = 1200.0;

struct Candidate {
  int32_t place = -1;
  uint32_t kind = 0;
  double prior = 0;    // what is known without the rest of the document
  double context = 0;  // containment and designators, fixed once computed
  double support = 0;  // spatial support from the document's other names
  double score = 0;
};

bool IsCountry(const fmt::PlaceRecord& p) { return std::strncmp(p.feature_code, "PCL", 3) == 0; }
bool IsUnit(const fmt::PlaceRecord& p) { return p.feature_class == 'A'; }
// A village, town or city (GeoNames class P), or a spot such as a military camp (S).
bool IsSettlement(const fmt::PlaceRecord& p) { return p.feature_class == 'P' || p.feature_class == 'S'; }
// Compares the code and its terminating zero as N fixed bytes: no strcmp call (the resolver
// asks this tens of thousands of times per megabyte).
template <size_t N>
bool FeatureIs(const fmt::PlaceRecord& p, const char (&code)[N]) {
  static_assert(N <= sizeof(p.feature_code));
  return std::memcmp(p.feature_code, code, N) == 0;
}

// A place no reader takes for a namesake: a country, a first-level unit, a capital or a city
// of 100,000.
bool IsBigPlace(const fmt::PlaceRecord& p) {
  return IsCountry(p) || FeatureIs(p, "ADM1") || FeatureIs(p, "PPLC") || p.population >= 100000;
}

uint16_t CountryKey(const fmt::PlaceRecord& p) {
  return static_cast<uint16_t>(static_cast<unsigned char>(p.country[0]) << 8 |
                               static_cast<unsigned char>(p.country[1]));
}

// Prior weight of a candidate. Population counts in orders of magnitude; rank adds what
// population alone misses (a capital, a country name); our own aliases are curated.
double Prior(const fmt::PlaceRecord& p, uint32_t kind) {
  // GeoNames leaves many Sahel towns without a population; a seat of government has some.
  double population = p.population;
  if (population == 0) {
    if (FeatureIs(p, "PPLA"))
      population = 50000;
    else if (FeatureIs(p, "PPLA2"))
      population = 10000;
    else if (FeatureIs(p, "PPLA3"))
      population = 3000;
    // A place we listed ourselves (data/places/) is one the news names.
    else if (kind == fmt::kMatchAlias && p.feature_class == 'P')
      population = 5000;
  }
  double prior = 0.5 * std::log10(population + 1);
  // A country's name outranks a village of that name even in a report about the
  // village's country ("Russia" in a report from Washington is no hamlet in Ohio): the
  // village needs its state named or its neighbours around it to win. A continent outranks
  // any town of its name ("Asia" is no village in the Philippines, even in a report from
  // Manila); it has no country to take a share of the document's weight, so it gets what a
  // country the whole document is about would.
  if (IsCountry(p))
    prior += 8.0;
  else if (FeatureIs(p, "CONT"))
    prior += 6.0 + kCountryWeight;
  else if (FeatureIs(p, "ADM1"))
    prior += 1.5;
  else if (FeatureIs(p, "PPLC"))
    prior += 2.0;
  else if (FeatureIs(p, "PPLA"))
    prior += 1.0;
  else if (FeatureIs(p, "PPLA2"))
    prior += 0.5;
  else if (FeatureIs(p, "ADM2"))
    prior += 0.3;
  switch (kind) {
    case fmt::kMatchName:
    case fmt::kMatchAsciiName:
      prior += 1.0;
      break;
    case fmt::kMatchAlias:
      prior += 1.5;
      break;
    // One of dozens of spellings a place has in other languages ("Koro" for Coro, "Boni"
    // for Watampone): weaker than a name of its own.
    case fmt::kMatchAlternate:
      prior -= 0.5;
      break;
    // A unit's name without its designator is our inference, not a name anyone gave it:
    // "Columbia" is more often a town than the District of Columbia.
    case fmt::kMatchShortName:
      prior -= 0.5;
      break;
    default:
      break;
  }
  return prior;
}

bool UnitLevelMatches(const fmt::PlaceRecord& p, uint8_t levels) {
  if ((levels & kLevelAdm1) && FeatureIs(p, "ADM1")) return true;
  if ((levels & kLevelAdm2) && FeatureIs(p, "ADM2")) return true;
  if ((levels & kLevelAdm3) && FeatureIs(p, "ADM3")) return true;
  if ((levels & kLevelPlace) && p.feature_class == 'P') return true;
  return false;
}

// True when `unit` (a unit or a country) contains `place`.
bool Contains(const Gazetteer& g, int32_t unit, int32_t place) {
  if (unit == place) return false;
  const auto& u = g.Place(static_cast<uint32_t>(unit));
  const auto& p = g.Place(static_cast<uint32_t>(place));
  if (IsCountry(u)) return std::memcmp(u.country, p.country, 2) == 0;
  return p.admin1 == unit || p.admin2 == unit;
}

// The most that Closeness gives.
constexpr double kMaxCloseness = 3.3;

// Distance in km, equirectangular with the cosine of the first point's latitude given:
// exact enough at the scales that matter here (tens to hundreds of km) and cheap.
double ApproxKm(const fmt::PlaceRecord& a, double cos_lat_a, const fmt::PlaceRecord& b) {
  constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
  double dlon = std::fabs(static_cast<double>(a.longitude) - b.longitude);
  if (dlon > 180) dlon = 360 - dlon;
  const double x = dlon * kDegToRad * cos_lat_a;
  const double y = (static_cast<double>(a.latitude) - b.latitude) * kDegToRad;
  return 6371.0 * std::sqrt(x * x + y * y);
}

// What the spatial support needs of a place, read once: its record and its kind.
struct PlaceView {
  int32_t place = -1;
  const fmt::PlaceRecord* record = nullptr;
  bool country = false;
  bool admin1 = false;
};

PlaceView ViewOf(const Gazetteer& g, int32_t place) {
  const auto& p = g.Place(static_cast<uint32_t>(place));
  return {place, &p, IsCountry(p), FeatureIs(p, "ADM1")};
}

// How well place `a` (cosine of its latitude given) sits with place `b`: near it, inside
// the first-level unit it is, or at least in the same country.
double Closeness(const PlaceView& a, double cos_lat_a, const PlaceView& b) {
  if (a.place == b.place) return 0;
  const auto& pa = *a.record;
  const auto& pb = *b.record;
  const bool same_country = std::memcmp(pa.country, pb.country, 2) == 0;
  if (b.country) return same_country ? 0.5 : 0;
  if (b.admin1) return pa.admin1 == b.place ? 2.0 : same_country ? 0.3 : 0;
  // The same containment seen from the unit: a town of Quebec supports the province.
  if (a.admin1) return pb.admin1 == a.place ? 2.0 : same_country ? 0.3 : 0;
  if (std::fabs(pa.latitude - pb.latitude) > 9.0) return same_country ? 0.3 : 0;  // over 1000 km
  const double km = ApproxKm(pa, cos_lat_a, pb);
  const double near = km < 25 ? 3.0 : km < 100 ? 2.5 : km < 300 ? 1.2 : km < 800 ? 0.4 : 0;
  return near + (same_country ? 0.3 : 0);
}

// The text between two mentions links them as place and container when it is short and
// opens with a comma or a bracket: "Djibo, dans la province du Soum", "Ménaka (Ménaka,".
bool LinksToContainer(std::string_view text, uint32_t from, uint32_t to) {
  if (to < from || to - from > 40) return false;
  std::string_view gap = text.substr(from, to - from);
  if (gap.find('.') != std::string_view::npos || gap.find(';') != std::string_view::npos) return false;
  size_t first = gap.find_first_not_of(' ');
  return first != std::string_view::npos && (gap[first] == ',' || gap[first] == '(');
}

// Whether the text between a place's end `from` and a country's start `to` puts the place in
// that country by a preposition or a bracket ("Saba, au Mali", "Fafa (Mali)", "Tana, in
// Mali"); a bare comma may as well join a list ("Gao, Niger and Burkina Faso").
bool PutsInCountry(std::string_view text, uint32_t from, uint32_t to) {
  if (to < from || to - from > 8) return false;
  const std::string_view gap = text.substr(from, to - from);
  for (const std::string_view link : {" (", "(", ", au ", ", en ", ", in ", " au ", " in "}) {
    if (gap == link) return true;
  }
  return false;
}

// A one-word name that is also a common word ("Patrol", "Mobile", "On").
bool IsCommonWord(const PlaceMention& mention) {
  return mention.single_word && (mention.lookup.flags & fmt::kCommonWord) != 0;
}

// Whether the mention's designator, if any, may name a unit in place `p`'s country: one
// listed for some countries only ("département": Niger, Burkina Faso, ...) says nothing of a
// place elsewhere ("Indiana Department of Workforce Development", "Police Department").
bool DesignatorFits(const PlaceMention& mention, const fmt::PlaceRecord& p) {
  const Designator* d = mention.designator;
  return d == nullptr || d->countries.empty() ||
         std::find(d->countries.begin(), d->countries.end(), std::string_view(p.country, 2)) != d->countries.end();
}

// A lower-case word right after `end` ("Russia, U.S. officials said"): the name there
// qualifies a noun; it is no container closing an apposition ("Paris, Idaho.").
bool QualifiesNoun(std::string_view text, uint32_t end) {
  size_t pos = end;
  if (pos < text.size() && text[pos] == '.') ++pos;  // "U.S." ends in the abbreviation's dot
  const size_t before_spaces = pos;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos == before_spaces || pos >= text.size()) return false;
  const char32_t next = DecodeUtf8(text, pos);
  return IsWordChar(next) && !IsUpper(next) && !IsDigit(next);
}

}  // namespace

std::vector<ResolvedPlace> PlaceResolver::Resolve(std::string_view text, std::vector<PlaceMention> mentions,
                                                  const std::unordered_map<int32_t, int>& nationality_words,
                                                  const std::unordered_map<int32_t, int>& country_hints,
                                                  bool keep_doubtful) const {
  const size_t n = mentions.size();
  std::vector<std::vector<Candidate>> candidates(n);
  for (size_t m = 0; m < n; ++m) {
    const PlaceMention& mention = mentions[m];
    candidates[m].reserve(std::min(mention.lookup.postings.size(), kMaxCandidates));  // one allocation
    for (uint32_t posting : mention.lookup.postings) {
      const uint32_t kind = posting & fmt::kMatchMask;
      const auto place = static_cast<int32_t>(posting >> fmt::kMatchBits);
      if (kind == fmt::kMatchDemonym || static_cast<size_t>(place) >= gazetteer_.size()) continue;
      Candidate c;
      c.place = place;
      c.kind = kind;
      const auto& p = gazetteer_.Place(static_cast<uint32_t>(place));
      c.prior = Prior(p, kind);
      if (mention.unit_levels != 0) {
        // "région de Mopti": the unit, not the town; "ville de Mopti": the town.
        // A designator counts only in the countries it names: "Indiana Department of
        // Workforce Development" is no Nigerien département, and says nothing against the state.
        if (!DesignatorFits(mention, p)) {
          // neither for nor against this candidate
        } else if (UnitLevelMatches(p, mention.unit_levels)) {
          c.context += 6.0;
        } else if (IsUnit(p) || IsCountry(p)) {
          c.context -= 3.0;
        }
      } else if (FeatureIs(p, "ADM2") || FeatureIs(p, "ADM3")) {
        // A bare name rarely means the district rather than the town it is named after.
        c.context -= 1.0;
      }
      candidates[m].push_back(c);
      if (candidates[m].size() == kMaxCandidates) break;
    }
    // Asked to resolve a nationality word as a place (a gold span: "Malian", "Spanish"),
    // give its country, ahead of a town of that name.
    if (keep_doubtful && (mention.lookup.flags & fmt::kHasDemonym) != 0) {
      for (uint32_t posting : mention.lookup.postings) {
        const auto place = static_cast<int32_t>(posting >> fmt::kMatchBits);
        if ((posting & fmt::kMatchMask) != fmt::kMatchDemonym || static_cast<size_t>(place) >= gazetteer_.size())
          continue;
        Candidate c;
        c.place = place;
        c.kind = fmt::kMatchDemonym;
        c.prior = Prior(gazetteer_.Place(static_cast<uint32_t>(place)), c.kind) + 3.0;
        candidates[m].push_back(c);
      }
    }
    // A mention that its form alone makes doubtful ("On" opening "On Monday, ...", a
    // lower-case word, a listed not-place without its designator) is dropped below whatever
    // it resolves to: its candidates must not sway the document's countries meanwhile (the
    // Belgian village "On" made every town after "On April 6," a foreign one).
    if (!keep_doubtful) {
      const bool uncued = mention.cue == PlaceCue::kNone && mention.unit_levels == 0;
      const bool common_word = IsCommonWord(mention);
      if ((!mention.capitalised && mention.single_word) || (mention.listed_not_place && mention.unit_levels == 0)) {
        candidates[m].clear();
      } else if (common_word && mention.sentence_start && uncued) {
        std::erase_if(candidates[m],
                      [&](const Candidate& c) { return !IsCountry(gazetteer_.Place(static_cast<uint32_t>(c.place))); });
      }
    }
    // "le village de Saba", "the town of Tana": a settlement or a camp, not a country, a unit
    // or a region of that name (Saba of the Caribbean Netherlands). Where the gazetteer knows
    // no settlement so named, the mention names one it does not know (dropped below).
    if (mention.cue == PlaceCue::kSettlement) {
      for (Candidate& c : candidates[m]) {
        if (!IsSettlement(gazetteer_.Place(static_cast<uint32_t>(c.place)))) c.context -= 10.0;
      }
    }
    // A region named after its seat ("Gao", "Mopti"): the bare name means the town, when
    // the town is a large part of the region.
    if (mention.unit_levels == 0) {
      for (Candidate& unit : candidates[m]) {
        const auto& u = gazetteer_.Place(static_cast<uint32_t>(unit.place));
        if (!IsUnit(u) || IsCountry(u) || u.capital < 0) continue;
        const auto& seat = gazetteer_.Place(static_cast<uint32_t>(u.capital));
        if (static_cast<double>(seat.population) < kSeatShareForTown * u.population) continue;
        for (const Candidate& other : candidates[m]) {
          if (other.place == u.capital) unit.context -= 2.5;
        }
      }
    }
  }
  // Containment: a place followed by its unit or country ("Djibo, dans la province du
  // Soum", "Ménaka (Ménaka, Ménaka)", "Alexandria, Louisiana").
  std::vector<int32_t> container_of(n, -1);  // the first unit named with its designator after it
  std::vector<int32_t> country_of(n, -1);    // a country the text puts the place in, right after it
  for (size_t m = 0; m < n; ++m) {
    uint32_t end = mentions[m].end;
    if (m + 1 < n && PutsInCountry(text, end, mentions[m + 1].start) &&
        std::any_of(candidates[m + 1].begin(), candidates[m + 1].end(),
                    [&](const Candidate& c) { return IsCountry(gazetteer_.Place(static_cast<uint32_t>(c.place))); })) {
      country_of[m] = static_cast<int32_t>(m + 1);
    }
    for (size_t k = m + 1; k < n && k <= m + 2; ++k) {
      if (!LinksToContainer(text, end, mentions[k].start)) break;
      if (mentions[k].unit_levels == 0 && QualifiesNoun(text, mentions[k].end)) break;
      if (container_of[m] < 0 && mentions[k].unit_levels != 0) container_of[m] = static_cast<int32_t>(k);
      for (Candidate& inner : candidates[m]) {
        for (Candidate& outer : candidates[k]) {
          if (Contains(gazetteer_, outer.place, inner.place)) {
            inner.context += 5.0;
            outer.context += 3.0;
          }
        }
      }
      end = mentions[k].end;
    }
  }

  // Spatial support: how well each candidate sits with the best-placed candidate of every
  // other name in the document ("Athens" beside "Henderson County" is the Texas one). One
  // group per distinct name; the few strongest candidates of each take part.
  std::vector<int> group_of(n, -1);
  std::vector<size_t> group_rep;
  {
    std::unordered_map<std::string_view, int, StringHash> group_by_key;
    for (size_t m = 0; m < n; ++m) {
      if (candidates[m].empty()) continue;
      auto [it, added] = group_by_key.emplace(mentions[m].key, static_cast<int>(group_rep.size()));
      if (added) group_rep.push_back(m);
      group_of[m] = it->second;
    }
  }
  // Each group's strongest candidates, strongest first, with what each lends as support.
  struct Supporter {
    const Candidate* candidate;
    double weight;
    PlaceView view;
  };
  std::vector<std::vector<Supporter>> top(group_rep.size());
  for (size_t g = 0; g < group_rep.size(); ++g) {
    top[g].reserve(candidates[group_rep[g]].size());
    for (const Candidate& c : candidates[group_rep[g]]) top[g].push_back({&c, 0, {}});
    std::sort(top[g].begin(), top[g].end(), [](const Supporter& a, const Supporter& b) {
      return a.candidate->prior + a.candidate->context > b.candidate->prior + b.candidate->context;
    });
    if (top[g].size() > kSupportCandidates) top[g].resize(kSupportCandidates);
    const double lead = top[g].empty() ? 0 : top[g].front().candidate->prior + top[g].front().candidate->context;
    for (Supporter& s : top[g]) {
      s.weight = std::exp((s.candidate->prior + s.candidate->context - lead) / kSupportFalloff);
      s.view = ViewOf(gazetteer_, s.candidate->place);
    }
  }
  if (group_rep.size() > 1) {
    for (size_t g = 0; g < group_rep.size(); ++g) {
      if (candidates[group_rep[g]].size() < 2) continue;  // nothing to choose
      for (const Supporter& supported : top[g]) {
        const Candidate* c = supported.candidate;
        const auto& p = *supported.view.record;
        if (supported.view.country) continue;
        const double cos_lat = std::cos(p.latitude * (3.14159265358979323846 / 180.0));
        double total = 0;
        for (size_t h = 0; h < group_rep.size(); ++h) {
          if (h == g) continue;
          double best = 0;
          for (const Supporter& other : top[h]) {
            if (other.weight * kMaxCloseness <= best) break;  // the weights only fall from here
            best = std::max(best, Closeness(supported.view, cos_lat, other.view) * other.weight);
          }
          total += best;
        }
        // Mentions of one name have the same candidates in the same order.
        const auto index = static_cast<size_t>(c - candidates[group_rep[g]].data());
        for (size_t m = group_rep[g]; m < n; ++m) {
          if (group_of[m] == static_cast<int>(g) && index < candidates[m].size()) {
            candidates[m][index].support = std::min(total, kMaxSupport);
          }
        }
      }
    }
  }

  // The document's countries and first-level units, weighed from nationality words and
  // from what the mentions resolve to: first only the clear-cut ones (a single candidate,
  // or one far ahead), then every choice of the previous round by its confidence.
  std::unordered_map<uint16_t, double> country_weight;
  std::unordered_map<int32_t, double> admin1_weight;
  double total_weight = 0, admin1_total = 0;
  double nationality_weight = 0;  // the part of total_weight the text's nationality words give
  std::vector<int32_t> chosen(n, -1);
  std::vector<double> confidence(n, 0);
  auto admin1_of = [&](int32_t place) {
    const auto& p = gazetteer_.Place(static_cast<uint32_t>(place));
    return FeatureIs(p, "ADM1") ? place : p.admin1;
  };
  // What each group (one name, all its mentions) gives the weights itself, so that a name
  // repeated three times does not vouch for its own country.
  struct OwnWeight {
    std::vector<std::pair<uint16_t, double>> countries;
    std::vector<std::pair<int32_t, double>> admin1s;
    double country_total = 0, admin1_total = 0;
  };
  std::vector<OwnWeight> own_weight(group_rep.size());
  auto add_to = [](auto& pairs, auto key, double w) {
    for (auto& [k, v] : pairs) {
      if (k == key) {
        v += w;
        return;
      }
    }
    pairs.emplace_back(key, w);
  };
  auto own_of = [](const auto& pairs, auto key) {
    for (const auto& [k, v] : pairs) {
      if (k == key) return v;
    }
    return 0.0;
  };
  auto weigh = [&](bool seeds_only) {
    // Zeroed rather than cleared: a key at 0 reads as an absent one (rest_share), and the
    // next round finds its entry again instead of allocating it anew.
    for (auto& entry : country_weight) entry.second = 0;
    for (auto& entry : admin1_weight) entry.second = 0;
    total_weight = admin1_total = nationality_weight = 0;
    for (OwnWeight& own : own_weight) {  // emptied, keeping the lists' storage for the next round
      own.countries.clear();
      own.admin1s.clear();
      own.country_total = own.admin1_total = 0;
    }
    for (const auto* countries : {&nationality_words, &country_hints}) {
      for (const auto& [place, count] : *countries) {
        // A continent's word ("European") says nothing of the countries.
        if (!IsCountry(gazetteer_.Place(static_cast<uint32_t>(place)))) continue;
        country_weight[CountryKey(gazetteer_.Place(static_cast<uint32_t>(place)))] += count;
        total_weight += count;
        if (countries == &nationality_words) nationality_weight += count;
      }
    }
    for (size_t m = 0; m < n; ++m) {
      int32_t place = chosen[m];
      double weight = confidence[m];
      if (seeds_only) {
        if (candidates[m].empty()) continue;
        double first = -1e9, second = -1e9;
        for (const Candidate& c : candidates[m]) {
          const double v = c.prior + c.context;
          if (v > first) {
            second = first;
            first = v;
            place = c.place;
          } else if (v > second) {
            second = v;
          }
        }
        if (first - second < 2.5) continue;
        weight = 1.0;
      }
      if (place < 0) continue;
      const auto& p = gazetteer_.Place(static_cast<uint32_t>(place));
      const double w = (IsCountry(p) ? 2.0 : 1.0) * weight;
      country_weight[CountryKey(p)] += w;
      total_weight += w;
      OwnWeight* own = group_of[m] >= 0 ? &own_weight[static_cast<size_t>(group_of[m])] : nullptr;
      if (own) {
        add_to(own->countries, CountryKey(p), w);
        own->country_total += w;
      }
      if (!IsCountry(p)) {
        const int32_t a1 = admin1_of(place);
        if (a1 >= 0) {
          admin1_weight[a1] += weight;
          admin1_total += weight;
          if (own) {
            add_to(own->admin1s, a1, weight);
            own->admin1_total += weight;
          }
        }
      }
    }
  };
  // The share of the weight the rest of the document gives country `country` / unit `a1`,
  // leaving out group `g`'s own mentions.
  auto rest_share = [&](const auto& weights, double total, const auto& own_pairs, double own_total, auto key) {
    auto it = weights.find(key);
    const double w = it == weights.end() ? 0 : it->second;
    const double rest = total - own_total;
    return rest > 1e-9 ? std::max(0.0, w - own_of(own_pairs, key)) / rest : 0.0;
  };
  static const OwnWeight kNoOwnWeight;
  auto own_of_group = [&](int g) -> const OwnWeight& {
    return g >= 0 ? own_weight[static_cast<size_t>(g)] : kNoOwnWeight;
  };
  auto country_share = [&](int g, uint16_t country) {
    const OwnWeight& own = own_of_group(g);
    return rest_share(country_weight, total_weight, own.countries, own.country_total, country);
  };
  auto admin1_share = [&](int g, int32_t a1) {
    const OwnWeight& own = own_of_group(g);
    return rest_share(admin1_weight, admin1_total, own.admin1s, own.admin1_total, a1);
  };
  weigh(/*seeds_only=*/true);
  for (int round = 0; round < 3; ++round) {
    std::vector<int32_t> next(n, -1);
    std::vector<double> next_confidence(n, 0);
    for (size_t m = 0; m < n; ++m) {
      if (candidates[m].empty()) continue;
      double best = -1e9;
      size_t best_index = 0;
      for (size_t c = 0; c < candidates[m].size(); ++c) {
        Candidate& candidate = candidates[m][c];
        const auto& p = gazetteer_.Place(static_cast<uint32_t>(candidate.place));
        double score = candidate.prior + candidate.context + candidate.support;
        score += kCountryWeight * country_share(group_of[m], CountryKey(p));
        if (!IsCountry(p)) score += kAdmin1Weight * admin1_share(group_of[m], admin1_of(candidate.place));
        candidate.score = score;
        if (score > best) {
          best = score;
          best_index = c;
        }
      }
      double sum = 0;
      for (const Candidate& candidate : candidates[m]) sum += std::exp(candidate.score - best);
      next[m] = candidates[m][best_index].place;
      next_confidence[m] = 1.0 / sum;
    }
    chosen = std::move(next);
    confidence = std::move(next_confidence);
    weigh(/*seeds_only=*/false);
  }

  // Whether anything but alternate spellings of small places speaks for the country of `p`:
  // the country's name, a nationality word or hint, a big place, or a place named by its own
  // name, outside mention `m`'s name.
  auto country_vouched_for = [&](size_t m, const fmt::PlaceRecord& p) {
    const uint16_t country = CountryKey(p);
    // (Nor when the name is that country's own name for another of its places: "Tombouctou",
    // Timbuktu's French spelling, is the name of its region.)
    for (const Candidate& c : candidates[m]) {
      if (c.kind != fmt::kMatchAlternate && CountryKey(gazetteer_.Place(static_cast<uint32_t>(c.place))) == country)
        return true;
    }
    for (const auto* countries : {&nationality_words, &country_hints}) {
      for (const auto& [place, count] : *countries) {
        if (count > 0 && CountryKey(gazetteer_.Place(static_cast<uint32_t>(place))) == country) return true;
      }
    }
    for (size_t o = 0; o < n; ++o) {
      if (o == m || chosen[o] < 0 || (group_of[o] >= 0 && group_of[o] == group_of[m])) continue;
      const auto& q = gazetteer_.Place(static_cast<uint32_t>(chosen[o]));
      if (CountryKey(q) != country) continue;
      if (IsBigPlace(q)) return true;
      for (const Candidate& c : candidates[o]) {
        if (c.place == chosen[o] && c.kind != fmt::kMatchAlternate) return true;
      }
    }
    return false;
  };
  // Whether `p` lies within kBorderReachKm of the point of a country that the rest of the
  // document (leaving out group `g`) gives weight to.
  auto near_a_document_country = [&](int g, const fmt::PlaceRecord& p) {
    for (const auto& [key, weight] : country_weight) {
      if (country_share(g, key) <= 0) continue;
      const char code[2] = {static_cast<char>(key >> 8), static_cast<char>(key & 0xFF)};
      const int32_t country = gazetteer_.CountryPlace(code);
      if (country < 0) continue;
      const auto& c = gazetteer_.Place(static_cast<uint32_t>(country));
      if (HaversineKm(p.latitude, p.longitude, c.latitude, c.longitude) <= kBorderReachKm) return true;
    }
    return false;
  };
  std::vector<ResolvedPlace> resolved;
  resolved.reserve(n);
  for (size_t m = 0; m < n; ++m) {
    PlaceMention& mention = mentions[m];
    ResolvedPlace out;
    out.place = chosen[m];
    out.confidence = static_cast<float>(confidence[m]);
    if (out.place >= 0) {
      const auto& p = gazetteer_.Place(static_cast<uint32_t>(out.place));
      const auto best = std::find_if(candidates[m].begin(), candidates[m].end(),
                                     [&](const Candidate& c) { return c.place == out.place; });
      const bool big = IsBigPlace(p);
      // What a person's or an organisation's name may hold and still be a place in it
      // ("the Mali government", "President of Niger").
      const bool landmark = IsCountry(p) || FeatureIs(p, "ADM1") || FeatureIs(p, "PPLC");
      // A common word stands for a place only when the place is a country or a city: a
      // region called "West" or "Centre" needs its designator.
      const bool big_for_word = IsCountry(p) || (!IsUnit(p) && p.population >= 100000);
      // A designator vouches for the place only when it names the place's kind of unit in
      // the place's country ("Police Department" is no Nigerien département).
      const bool designated =
          mention.unit_levels != 0 && UnitLevelMatches(p, mention.unit_levels) && DesignatorFits(mention, p);
      const bool cued = mention.cue != PlaceCue::kNone || designated;
      const bool common_word = IsCommonWord(mention);
      // The share of the document's country weight that the rest of it gives this country.
      const double share = country_share(group_of[m], CountryKey(p));
      const double rest_weight =
          total_weight - (group_of[m] >= 0 ? own_weight[static_cast<size_t>(group_of[m])].country_total : 0);
      bool doubtful = false;
      if (mention.listed_not_place && !designated) doubtful = true;
      if (mention.person_context && !landmark) doubtful = true;
      // Inside a longer capitalised name ("Chiquita Raquel Henry", "Pine Needle Drive") a
      // single word needs a strong cue; a matched multiword name ("Henderson County" in
      // "Henderson County Jail") stands.
      // (Nor a foreign capital or region, in a document the rest of which is about other
      // countries, whatever cue comes before: "in the area of Bangui Mallam", near Ménaka.)
      const bool foreign_landmark = big && share < 1e-9 && rest_weight >= 1 && best->context <= 0;
      if (mention.in_longer_name && mention.single_word && !designated &&
          ((!big && !mention.strong_cue) || foreign_landmark)) {
        doubtful = true;
      }
      if (mention.street && !mention.strong_cue) doubtful = true;
      if (mention.cue == PlaceCue::kSettlement && !IsSettlement(p)) doubtful = true;
      // A common word ("Patrol", "Mobile", "Nice") is a place when a cue says so, when it is
      // a country, or when it is a city in a country the document is about.
      if (common_word && !cued && best->context <= 0 && !IsCountry(p) && !(big_for_word && share >= 0.2))
        doubtful = true;
      if (common_word && mention.sentence_start && !cued && !IsCountry(p)) doubtful = true;
      if (!mention.capitalised && mention.single_word) doubtful = true;
      // A village known only by an alternate spelling, with nothing else pointing at it.
      if (best->kind == fmt::kMatchAlternate && !big && !cued && share < 0.1 && best->context <= 0) {
        doubtful = true;
      }
      // A place in a country the document is otherwise not about: an alternate spelling of
      // a foreign town, or a small place with nothing else pointing at it. Against a place's
      // own name the text's nationality words do not count: they say who is there
      // (peacekeepers, foreign workers, hostages), not where ("un soldat chinois tué à Gao").
      // A locative cue ("le village de Mora", "in the area of Yoro") says that a name is a place,
      // not whose: it does not make a small foreign place likelier. A town a distance or a
      // bearing is measured from may lie across a border ("north of Banikoara").
      const bool foreign = share < 1e-9 && rest_weight >= 1 && best->context <= 0;
      // (Across a border, not across a continent: "near Baye" in a report on Mali is no French
      // village.)
      const bool reference_point = (mention.cue == PlaceCue::kNear || mention.cue == PlaceCue::kDistance) &&
                                   near_a_document_country(group_of[m], p);
      if (foreign && best->kind == fmt::kMatchAlternate && !landmark) doubtful = true;
      if (foreign && !big && !(mention.strong_cue && reference_point) && rest_weight - nationality_weight >= 2)
        doubtful = true;
      // An acronym ("ONU", "UN") that is some town's alternate spelling.
      if (mention.acronym && best->kind == fmt::kMatchAlternate) doubtful = true;
      // A small place known only by an alternate spelling, in a country for which nothing else
      // speaks: no country name, nationality word or hint, and no other place of that country
      // named by its own name ("Dan" for Dannes and "Karé" for Calais in a report on Maradi do
      // not vouch for each other).
      if (!doubtful && best->kind == fmt::kMatchAlternate && !big && !landmark && !country_vouched_for(m, p)) {
        doubtful = true;
      }
      // A place the text puts inside a unit of another country, named with its designator
      // ("le village de Bangui, dans le département de Madaoua" is no capital of the Central
      // African Republic): a namesake the gazetteer does not know.
      if (const int32_t k = container_of[m]; k >= 0 && chosen[static_cast<size_t>(k)] >= 0 && !IsCountry(p)) {
        const auto& unit = gazetteer_.Place(static_cast<uint32_t>(chosen[static_cast<size_t>(k)]));
        if (IsUnit(unit) && CountryKey(unit) != CountryKey(p)) doubtful = true;
      }
      // Nor a small place the text puts in another country ("la ville de Saba, au Mali": no
      // town of Honduras); but "20 km north of Banikoara, in Burkina Faso" puts the fighting
      // there, not the town it is measured from.
      if (const int32_t k = country_of[m]; k >= 0 && chosen[static_cast<size_t>(k)] >= 0 && !big && !reference_point) {
        const auto& country = gazetteer_.Place(static_cast<uint32_t>(chosen[static_cast<size_t>(k)]));
        if (IsCountry(country) && CountryKey(country) != CountryKey(p)) doubtful = true;
      }
      if (doubtful && !keep_doubtful) continue;
      out.geo_precision = p.precision;
      // Near the place, or a part of it ("North London"): ACLED's precision 2.
      if ((mention.cue == PlaceCue::kNear || mention.cue == PlaceCue::kDistance || mention.part) &&
          out.geo_precision < 2) {
        out.geo_precision = 2;
      }
    } else if (!keep_doubtful) {
      continue;
    }
    out.mention = std::move(mention);
    resolved.push_back(std::move(out));
  }
  return resolved;
}

}  // namespace vigie
