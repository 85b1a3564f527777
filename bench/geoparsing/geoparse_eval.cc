// Scores the geoparser against gold place mentions: the GeoNames-tagged news corpora of
// ../shared/data/geoparsing/ (LGL and TR-News XML, GeoVirus XML) and our own French check
// set (eval/places/*.jsonl). Prints, per corpus:
//   - resolution on the gold spans: share of gold mentions resolved within 161 km and 10 km
//     of the gold coordinates (the figure Mordecai and CamCoder publish);
//   - end to end: mention precision and recall of `vigie places` (a predicted mention
//     matches a gold one when their spans overlap), and accuracy within 161/10 km over the
//     matched pairs.
// Usage: geoparse_eval [--errors N] [--misses] [--choices] [--by-feature] [--split dev|test] CORPUS...
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/data_paths.h"
#include "core/geodesy.h"
#include "places/geoparser.h"
#include "places/place_key.h"
#include "text/text_analyzer.h"

namespace {

struct GoldMention {
  uint32_t start = 0, end = 0;  // bytes
  bool has_coordinates = false;
  double latitude = 0, longitude = 0;
  bool region = false;          // our set: score against the resolved unit's seat
  std::string text;
  std::string feature;          // gold feature code when the corpus gives one
};

struct GoldDocument {
  std::string id;
  std::string language;
  std::string text;
  std::vector<GoldMention> mentions;
};

std::string ChildText(xmlNode* node, const char* name) {
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(child->name), name) == 0) {
      xmlChar* content = xmlNodeGetContent(child);
      std::string out = content ? reinterpret_cast<const char*>(content) : "";
      xmlFree(content);
      return out;
    }
  }
  return "";
}

xmlNode* Child(xmlNode* node, const char* name) {
  for (xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(child->name), name) == 0) return child;
  }
  return nullptr;
}

// The corpora count offsets in characters (code points); the geoparser in bytes.
std::vector<uint32_t> CharToByte(const std::string& text) {
  std::vector<uint32_t> map;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) map.push_back(i);
  }
  map.push_back(static_cast<uint32_t>(text.size()));
  return map;
}

// LGL/TR-News (<toponym><start><end><gaztag><lat><lon>) and GeoVirus (<location>).
std::vector<GoldDocument> ReadXmlCorpus(const std::string& path) {
  std::vector<GoldDocument> docs;
  xmlDoc* xml = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_HUGE);
  if (!xml) {
    fprintf(stderr, "%s: not readable XML\n", path.c_str());
    return docs;
  }
  int number = 0;
  for (xmlNode* article = xmlDocGetRootElement(xml)->children; article; article = article->next) {
    if (article->type != XML_ELEMENT_NODE) continue;
    GoldDocument doc;
    doc.id = path + "#" + std::to_string(++number);
    doc.language = "en";
    doc.text = ChildText(article, "text");
    const std::vector<uint32_t> map = CharToByte(doc.text);
    auto add = [&](xmlNode* item, xmlNode* coords) {
      GoldMention m;
      const long start = std::atol(ChildText(item, "start").c_str());
      const long end = std::atol(ChildText(item, "end").c_str());
      if (start < 0 || end <= start || static_cast<size_t>(end) >= map.size()) return;
      // GeoVirus counts from one place further than LGL, and some TR-News articles drift by
      // a few characters more with every curly quote or dash before the mention: take the
      // nearest place within 16 characters of the given offsets where the name is written.
      const std::string name = ChildText(item, "phrase").empty() ? ChildText(item, "name") : ChildText(item, "phrase");
      long shift = 0;
      for (long step = 0; step <= 32; ++step) {
        const long d = step % 2 == 0 ? -step / 2 : (step + 1) / 2;
        if (start + d < 0 || static_cast<size_t>(end + d) >= map.size()) continue;
        const uint32_t b = map[static_cast<size_t>(start + d)], e = map[static_cast<size_t>(end + d)];
        if (doc.text.compare(b, e - b, name) == 0) {
          shift = d;
          break;
        }
      }
      m.start = map[static_cast<size_t>(start + shift)];
      m.end = map[static_cast<size_t>(end + shift)];
      m.text = doc.text.substr(m.start, m.end - m.start);
      if (coords) m.feature = ChildText(coords, "fcode");
      if (coords) {
        const std::string lat = ChildText(coords, "lat"), lon = ChildText(coords, "lon");
        if (!lat.empty() && !lon.empty()) {
          m.has_coordinates = true;
          m.latitude = std::atof(lat.c_str());
          m.longitude = std::atof(lon.c_str());
        }
      }
      doc.mentions.push_back(m);
    };
    if (xmlNode* toponyms = Child(article, "toponyms")) {
      for (xmlNode* t = toponyms->children; t; t = t->next) {
        if (t->type == XML_ELEMENT_NODE) add(t, Child(t, "gaztag"));
      }
    }
    if (xmlNode* locations = Child(article, "locations")) {
      for (xmlNode* l = locations->children; l; l = l->next) {
        if (l->type == XML_ELEMENT_NODE) add(l, l);
      }
    }
    docs.push_back(std::move(doc));
  }
  xmlFreeDoc(xml);
  return docs;
}

// Our JSON Lines check sets (eval/places/README.md).
std::vector<GoldDocument> ReadJsonlCorpus(const std::string& path, const std::string& split) {
  std::vector<GoldDocument> docs;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded()) continue;
    if (!split.empty() && json.value("split", "") != split) continue;
    GoldDocument doc;
    doc.id = json.value("doc", "");
    doc.language = "fr";
    doc.text = json.value("text", "");
    for (const auto& m : json["mentions"]) {
      GoldMention g;
      g.start = m["start"].get<uint32_t>();
      g.end = m["end"].get<uint32_t>();
      g.text = m.value("text", "");
      g.region = m.value("kind", "") == "region";
      if (m["latitude"].is_number() && m["longitude"].is_number()) {
        g.has_coordinates = true;
        g.latitude = m["latitude"].get<double>();
        g.longitude = m["longitude"].get<double>();
      }
      doc.mentions.push_back(g);
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

// The point a resolution stands for: the place, or for a region scored by its seat, the seat.
void PointOf(const vigie::Gazetteer& g, const vigie::ResolvedPlace& r, bool seat, double& lat, double& lon) {
  const auto* p = &g.Place(static_cast<uint32_t>(r.place));
  if (seat && p->capital >= 0) p = &g.Place(static_cast<uint32_t>(p->capital));
  lat = p->latitude;
  lon = p->longitude;
}

}  // namespace

int main(int argc, char** argv) {
  int show_errors = 0;
  bool by_feature = false;
  bool show_misses = false;
  bool show_choices = false;
  std::string split;
  std::vector<std::string> corpora;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--errors" && i + 1 < argc) {
      show_errors = std::atoi(argv[++i]);
    } else if (arg == "--choices") {
      show_choices = true;
    } else if (arg == "--misses") {
      show_misses = true;
    } else if (arg == "--by-feature") {
      by_feature = true;
    } else if (arg == "--split" && i + 1 < argc) {
      split = argv[++i];
    } else {
      corpora.push_back(arg);
    }
  }
  if (corpora.empty()) {
    fprintf(stderr, "usage: geoparse_eval [--errors N] [--split dev|test] CORPUS.xml|CORPUS.jsonl...\n");
    return 2;
  }
  const auto data_dir = vigie::ResolveDataDir();
  auto analyzer = vigie::TextAnalyzer::Load(data_dir);
  auto gazetteer = vigie::Gazetteer::OpenOrBuild(
      vigie::ResolveGazetteerIndex(), vigie::DefaultGazetteerSources(vigie::DefaultGazetteerNpmDir(), data_dir),
      [](const std::string& note) { fprintf(stderr, "geoparse_eval: %s\n", note.c_str()); });
  if (!analyzer.ok() || !gazetteer.ok()) {
    fprintf(stderr, "%s\n", (!analyzer.ok() ? analyzer.status() : gazetteer.status()).message().c_str());
    return 2;
  }
  auto geoparser = vigie::Geoparser::Load(data_dir, gazetteer.value());
  if (!geoparser.ok()) {
    fprintf(stderr, "%s\n", geoparser.status().message().c_str());
    return 2;
  }
  const vigie::Gazetteer& g = geoparser->gazetteer();
  printf("| corpus | docs | gold | on gold spans: ≤161 km | ≤10 km | mention P | mention R | end-to-end ≤161 km | ≤10 km |\n");
  printf("|---|---|---|---|---|---|---|---|---|\n");
  for (const std::string& corpus : corpora) {
    const bool jsonl = corpus.size() > 6 && corpus.ends_with(".jsonl");
    std::vector<GoldDocument> docs = jsonl ? ReadJsonlCorpus(corpus, split) : ReadXmlCorpus(corpus);
    size_t gold_total = 0, scored = 0, within161 = 0, within10 = 0;
    size_t predicted = 0, predicted_matched = 0, gold_found = 0, pairs = 0, pair161 = 0, pair10 = 0;
    int errors_left = show_errors;
    std::map<std::string, std::pair<size_t, size_t>> feature_scores;  // feature -> (within 161, all)
    std::map<std::string, size_t> miss_reasons;
    for (const GoldDocument& doc : docs) {
      const vigie::AnalysedText analysed = analyzer->Analyse(doc.text, doc.language);
      std::vector<std::pair<uint32_t, uint32_t>> spans;
      for (const auto& m : doc.mentions) spans.emplace_back(m.start, m.end);
      const auto on_gold = geoparser->ResolveSpans(doc.text, analysed, spans);
      for (size_t i = 0; i < doc.mentions.size(); ++i) {
        const GoldMention& m = doc.mentions[i];
        ++gold_total;
        if (!m.has_coordinates) continue;
        ++scored;
        double km = 1e9;
        if (on_gold[i].place >= 0) {
          double lat, lon;
          PointOf(g, on_gold[i], m.region, lat, lon);
          km = vigie::HaversineKm(lat, lon, m.latitude, m.longitude);
        }
        within161 += km <= 161;
        within10 += km <= 10;
        if (km > 161) {
          // Why: no place of that name at all, none near the gold point, or a wrong choice.
          bool any = false, near = false;
          for (uint32_t posting : g.Find(vigie::PlaceKey(m.text)).postings) {
            any = true;
            const auto& p = g.Place(posting >> vigie::gazetteer_format::kMatchBits);
            const auto* point = &p;
            if (m.region && p.capital >= 0) point = &g.Place(static_cast<uint32_t>(p.capital));
            near = near || vigie::HaversineKm(point->latitude, point->longitude, m.latitude, m.longitude) <= 161;
          }
          const char* reason = !any ? "no place of that name" : near ? "a place near the gold was not chosen"
                                                                  : "no place of that name near the gold";
          ++miss_reasons[reason];
          if (show_choices && near) fprintf(stderr, "%s: choice: '%s'\n", doc.id.c_str(), m.text.c_str());
        }
        auto& fs = feature_scores[m.feature.empty() ? "?" : m.feature.substr(0, 4)];
        fs.first += km <= 161;
        ++fs.second;
        if (km > 161 && errors_left > 0) {
          --errors_left;
          const std::string got = on_gold[i].place >= 0 ? std::string(g.Name(g.Place(on_gold[i].place))) + " (" +
                                                              std::string(g.Place(on_gold[i].place).country, 2) + " " +
                                                              g.Place(on_gold[i].place).feature_code + ")"
                                                        : "nothing";
          fprintf(stderr, "%s: '%s' -> %s, %.0f km off (gold %.3f %.3f)\n", doc.id.c_str(), m.text.c_str(), got.c_str(),
                  km, m.latitude, m.longitude);
        }
      }
      const auto found = geoparser->Parse(doc.text, analysed);
      predicted += found.size();
      std::vector<bool> gold_hit(doc.mentions.size(), false);
      for (const auto& r : found) {
        bool matched = false;
        for (size_t i = 0; i < doc.mentions.size(); ++i) {
          const GoldMention& m = doc.mentions[i];
          if (r.mention.start >= m.end || m.start >= r.mention.end) continue;
          matched = true;
          if (gold_hit[i]) continue;
          gold_hit[i] = true;
          if (!m.has_coordinates) continue;
          double lat, lon;
          PointOf(g, r, m.region, lat, lon);
          const double km = vigie::HaversineKm(lat, lon, m.latitude, m.longitude);
          ++pairs;
          pair161 += km <= 161;
          pair10 += km <= 10;
        }
        predicted_matched += matched;
      }
      for (size_t i = 0; i < gold_hit.size(); ++i) {
        gold_found += gold_hit[i];
        if (!gold_hit[i] && show_misses) fprintf(stderr, "%s: not found: '%s'\n", doc.id.c_str(), doc.mentions[i].text.c_str());
      }
    }
    auto pct = [](size_t a, size_t b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); };
    printf("| %s%s | %zu | %zu | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |\n",
           corpus.substr(corpus.rfind('/') + 1).c_str(), split.empty() ? "" : (" (" + split + ")").c_str(), docs.size(),
           scored, pct(within161, scored), pct(within10, scored), pct(predicted_matched, predicted),
           pct(gold_found, gold_total), pct(pair161, pairs), pct(pair10, pairs));
    if (by_feature) {
      size_t below = 0, all = 0;
      for (const auto& [feature, score] : feature_scores) {
        if (feature.starts_with("PCL") || feature == "CONT") continue;
        below += score.first;
        all += score.second;
      }
      fprintf(stderr, "  without countries and continents: %zu mentions, %.1f%% within 161 km\n", all, pct(below, all));
      for (const auto& [reason, count] : miss_reasons) fprintf(stderr, "  missed: %-40s %zu\n", reason.c_str(), count);
      for (const auto& [feature, score] : feature_scores) {
        if (score.second >= 10) fprintf(stderr, "  %-5s %5zu mentions, %.1f%% within 161 km\n", feature.c_str(), score.second, pct(score.first, score.second));
      }
    }
    fflush(stdout);
  }
  return 0;
}
