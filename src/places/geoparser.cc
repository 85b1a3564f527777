#include "places/geoparser.h"

#include <algorithm>
#include <cstring>

#include "places/gazetteer_format.h"
#include "places/place_key.h"

namespace vigie {

Result<Geoparser> Geoparser::Load(const std::filesystem::path& data_dir, Gazetteer gazetteer) {
  auto lexicon = PlaceLexicon::Load(data_dir / "places");
  if (!lexicon.ok()) return lexicon.status();
  return Geoparser(std::make_shared<const State>(std::move(gazetteer), std::move(lexicon).value()));
}

std::string Geoparser::SourceCountry(std::string_view url) const {
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : start + 3;
  // (A loop, not find_first_of, which calls memchr on its four characters for every byte.)
  size_t end = start;
  while (end < url.size() && url[end] != '/' && url[end] != ':' && url[end] != '?' && url[end] != '#') ++end;
  std::string_view host = url.substr(start, end - start);
  const size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || host.size() - dot != 3) return "";
  std::string code;
  for (char c : host.substr(dot + 1)) code.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
  if (code == "UK") code = "GB";  // the one country-code domain that is not the ISO code
  return state_->gazetteer.CountryPlace(code.c_str()) >= 0 ? code : "";
}

std::vector<ResolvedPlace> Geoparser::Parse(std::string_view text, const AnalysedText& analysed,
                                            const std::vector<std::pair<uint32_t, uint32_t>>& excluded,
                                            std::string_view source_url, const std::vector<std::string>& country_hints,
                                            const TokenWords* words,
                                            const std::vector<std::string>& default_countries) const {
  std::unordered_map<int32_t, int> demonyms;
  std::vector<PlaceMention> mentions = state_->recognizer.Recognize(text, analysed, &demonyms, words);
  std::unordered_map<int32_t, int> hints;
  if (const std::string country = SourceCountry(source_url); !country.empty()) {
    ++hints[state_->gazetteer.CountryPlace(country.c_str())];
  }
  for (const std::string& country : country_hints) {
    const int32_t place = state_->gazetteer.CountryPlace(country.c_str());
    if (place >= 0) ++hints[place];
  }
  // The followed countries stand unless the report names a country outside them.
  auto outside = [&](const std::unordered_map<int32_t, int>& countries) {
    return std::any_of(countries.begin(), countries.end(), [&](const auto& d) {
      const std::string_view code(state_->gazetteer.Place(static_cast<uint32_t>(d.first)).country, 2);
      return std::none_of(default_countries.begin(), default_countries.end(),
                          [&](const std::string& c) { return c == code; });
    });
  };
  if (!outside(demonyms) && !outside(hints)) {
    for (const std::string& country : default_countries) {
      const int32_t place = state_->gazetteer.CountryPlace(country.c_str());
      if (place >= 0) ++hints[place];
    }
  }
  if (!excluded.empty()) {
    std::erase_if(mentions, [&](const PlaceMention& m) {
      return std::any_of(excluded.begin(), excluded.end(),
                         [&](const auto& span) { return m.start < span.second && span.first < m.end; });
    });
  }
  std::vector<ResolvedPlace> resolved =
      state_->resolver.Resolve(text, std::move(mentions), demonyms, hints, /*keep_doubtful=*/false);
  AddCapitalsNamedByNationality(text, analysed, resolved);
  return resolved;
}

void Geoparser::AddCapitalsNamedByNationality(std::string_view text, const AnalysedText& analysed,
                                              std::vector<ResolvedPlace>& resolved) const {
  const auto& tokens = analysed.tokens;
  const Gazetteer& g = state_->gazetteer;
  std::vector<ResolvedPlace> capitals;
  // Only where the bytes hold the word: most texts name no capital.
  // (memmem: find() would stop at every 'a' of the text.)
  auto find_word = [&](size_t from) -> size_t {
    if (from >= text.size()) return std::string_view::npos;
    const void* hit = memmem(text.data() + from, text.size() - from, "apital", 6);
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - text.data()) : std::string_view::npos;
  };
  for (size_t at = find_word(0); at != std::string_view::npos; at = find_word(at + 6)) {
    if (at == 0) continue;
    const auto token = std::lower_bound(tokens.begin(), tokens.end(), static_cast<uint32_t>(at - 1),
                                        [](const Token& tk, uint32_t offset) { return tk.end <= offset; });
    if (token == tokens.end() || token->start != at - 1 || token->kind != TokenKind::kWord) continue;
    const size_t t = static_cast<size_t>(token - tokens.begin());
    const std::string key = PlaceKey(tokens[t].In(text));
    // French puts the nationality word after the noun, English before it; with its article
    // ("Chinese capital" may be money).
    size_t first = t, last = t;
    if (key == "capitale" && t + 1 < tokens.size() && t > 0 && PlaceKey(tokens[t - 1].In(text)) == "la") {
      last = t + 1;
    } else if (key == "capital" && t > 1 && PlaceKey(tokens[t - 2].In(text)) == "the") {
      first = t - 1;
    } else {
      continue;
    }
    const size_t nationality = first == t ? last : first;
    if (tokens[nationality].kind != TokenKind::kWord) continue;
    const NameLookup lookup = g.Find(PlaceKey(tokens[nationality].In(text)));
    if ((lookup.flags & gazetteer_format::kHasDemonym) == 0) continue;
    int32_t capital = -1;
    for (uint32_t posting : lookup.postings) {
      if ((posting & gazetteer_format::kMatchMask) != gazetteer_format::kMatchDemonym) continue;
      const auto country = static_cast<uint32_t>(posting >> gazetteer_format::kMatchBits);
      if (country < g.size()) capital = g.Place(country).capital;
      break;
    }
    if (capital < 0) continue;
    const uint32_t start = tokens[first].start, end = tokens[last].end;
    // (Nor when the capital's name follows: "the Sudanese capital Khartoum", "la capitale
    // malienne, Bamako".)
    size_t next = last + 1;
    if (next < tokens.size() && tokens[next].In(text) == ",") ++next;
    const uint32_t named_from = next < tokens.size() ? tokens[next].start : end;
    if (std::any_of(resolved.begin(), resolved.end(), [&](const ResolvedPlace& r) {
          return (r.mention.start < end && start < r.mention.end) || r.mention.start == named_from;
        })) {
      continue;
    }
    ResolvedPlace r;
    r.mention.start = start;
    r.mention.end = end;
    r.mention.key = key;
    r.place = capital;
    r.geo_precision = 1;
    r.confidence = 1;
    capitals.push_back(std::move(r));
  }
  if (capitals.empty()) return;
  for (ResolvedPlace& r : capitals) resolved.push_back(std::move(r));
  std::stable_sort(resolved.begin(), resolved.end(),
                   [](const ResolvedPlace& a, const ResolvedPlace& b) { return a.mention.start < b.mention.start; });
}

std::vector<ResolvedPlace> Geoparser::ResolveSpans(std::string_view text, const AnalysedText& analysed,
                                                   const std::vector<std::pair<uint32_t, uint32_t>>& spans) const {
  // The document's nationality words come from a normal pass over the text.
  std::unordered_map<int32_t, int> demonyms;
  state_->recognizer.Recognize(text, analysed, &demonyms);
  // Resolution reads the mentions in text order ("Paris, Idaho": the container follows).
  std::vector<size_t> order(spans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return spans[a] < spans[b]; });
  std::vector<std::pair<uint32_t, uint32_t>> sorted;
  sorted.reserve(spans.size());
  for (size_t i : order) sorted.push_back(spans[i]);
  std::vector<PlaceMention> mentions = state_->recognizer.MentionsAt(text, analysed, sorted);
  std::vector<ResolvedPlace> resolved =
      state_->resolver.Resolve(text, std::move(mentions), demonyms, {}, /*keep_doubtful=*/true);
  std::vector<ResolvedPlace> in_order(resolved.size());
  for (size_t i = 0; i < order.size() && i < resolved.size(); ++i) in_order[order[i]] = std::move(resolved[i]);
  return in_order;
}

}  // namespace vigie
