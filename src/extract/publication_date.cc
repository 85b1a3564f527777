#include "extract/publication_date.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

#include "core/ascii.h"
#include "core/utf8.h"
#include "extract/html_document.h"

namespace vigie {

namespace {

constexpr int kEarliestYear = 1990;  // news pages on the web
constexpr int kLatestYear = 2100;

bool Plausible(const CivilDate& d) { return d.year >= kEarliestYear && d.year <= kLatestYear; }

// <meta> names/properties/itemprops that carry the first publication time.
bool IsPublicationMeta(const std::string& key) {
  static constexpr const char* kKeys[] = {
      "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
      "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate",
      "publishdate", "publish-date", "publish_date", "publication_date", "sailthru.date", "parsely-pub-date",
      "article.published", "article_date_original", "originalpublicationdate", "cxenseparse:recs:publishtime",
      "article:published", "published_time", "release_date", "dc.date.created"};
  return std::any_of(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return key == k; });
}

struct Finder {
  const DateParser& parser;
  std::optional<CivilDate> meta, json_ld, time_element, dated_element;

  void Visit(const xmlNode* node) {
    for (const xmlNode* n = node; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string_view name = ElementName(n);
      if (name == "meta" && !meta) {
        for (const char* attr : {"property", "name", "itemprop", "http-equiv"}) {
          if (IsPublicationMeta(AsciiLower(Attribute(n, attr)))) {
            if (auto d = parser.FindDate(Attribute(n, "content")); d && Plausible(*d)) meta = d;
            break;
          }
        }
      } else if (name == "script" && !json_ld && AsciiLower(Attribute(n, "type")) == "application/ld+json") {
        json_ld = FromJsonLd(CollapsedText(n));
      } else if (name == "time" && !time_element) {
        std::string value = Attribute(n, "datetime");
        if (value.empty()) value = CollapsedText(n);
        if (auto d = parser.FindDate(value); d && Plausible(*d)) time_element = d;
      } else if (!time_element && AsciiLower(Attribute(n, "itemprop")) == "datepublished") {
        std::string value = Attribute(n, "content");
        if (value.empty()) value = CollapsedText(n);
        if (auto d = parser.FindDate(value); d && Plausible(*d)) time_element = d;
      }
      if (!dated_element && name != "script" && name != "style") {
        // A visible date in an element named for it: <span class="post-date">.
        std::string cls = AsciiLower(Attribute(n, "class"));
        if (cls.find("date") != std::string::npos || cls.find("time") != std::string::npos ||
            cls.find("publi") != std::string::npos) {
          std::string text = CollapsedText(n);
          if (text.size() < 200)
            if (auto d = parser.FindDate(text); d && Plausible(*d)) dated_element = d;
        }
      }
      if (n->children) Visit(n->children);
    }
  }

  std::optional<CivilDate> FromJsonLd(const std::string& text) {
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) {
      // Broken JSON-LD is common: look for the key in the raw text.
      size_t key = text.find("\"datePublished\"");
      if (key == std::string::npos) return std::nullopt;
      auto d = parser.FindDate(std::string_view(text).substr(key + 15, 40));
      return d && Plausible(*d) ? d : std::nullopt;
    }
    return Search(json, 0);
  }

  std::optional<CivilDate> Search(const nlohmann::json& j, int depth) {
    if (depth > 8) return std::nullopt;
    if (j.is_object()) {
      auto it = j.find("datePublished");
      if (it != j.end() && it->is_string())
        if (auto d = parser.FindDate(it->get<std::string>()); d && Plausible(*d)) return d;
      for (const auto& [key, value] : j.items())
        if (value.is_structured())
          if (auto d = Search(value, depth + 1)) return d;
    } else if (j.is_array()) {
      for (const auto& value : j)
        if (auto d = Search(value, depth + 1)) return d;
    }
    return std::nullopt;
  }
};

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<CivilDate> DateFromUrl(std::string_view url) {
  // Path segments /YYYY/MM/DD/ or a YYYY-MM-DD / YYYYMMDD run in the path.
  size_t path_start = url.find("://");
  path_start = url.find('/', path_start == std::string_view::npos ? 0 : path_start + 3);
  if (path_start == std::string_view::npos) return std::nullopt;
  std::string_view path = url.substr(path_start);
  for (size_t i = 0; i + 10 <= path.size(); ++i) {
    if (i > 0 && path[i - 1] >= '0' && path[i - 1] <= '9') continue;
    std::string_view y = path.substr(i, 4);
    if (!AllDigits(y)) continue;
    char sep = path[i + 4];
    if (sep != '/' && sep != '-' && sep != '_') continue;
    std::string_view m = path.substr(i + 5, 2);
    if (!AllDigits(m) || path[i + 7] != sep) continue;
    std::string_view d = path.substr(i + 8, 2);
    if (!AllDigits(d) || (i + 10 < path.size() && path[i + 10] >= '0' && path[i + 10] <= '9')) continue;
    CivilDate date{std::stoi(std::string(y)), std::stoi(std::string(m)), std::stoi(std::string(d))};
    if (IsValidDate(date.year, date.month, date.day) && Plausible(date)) return date;
  }
  return std::nullopt;
}

std::optional<PublicationDate> FindPublicationDate(const xmlNode* root, std::string_view url,
                                                   std::string_view lead_text, const DateParser& parser) {
  Finder finder{parser, {}, {}, {}};
  if (root) finder.Visit(root);
  if (finder.meta) return PublicationDate{*finder.meta, DateEvidence::kMetaTag};
  if (finder.json_ld) return PublicationDate{*finder.json_ld, DateEvidence::kJsonLd};
  if (finder.time_element) return PublicationDate{*finder.time_element, DateEvidence::kTimeElement};
  if (auto d = DateFromUrl(url)) return PublicationDate{*d, DateEvidence::kUrl};
  // A dateline sits in the first lines of the article ("BAMAKO, 17 sept. 2024 (AFP) -").
  constexpr size_t kDatelineWindow = 400;
  std::string_view lead = lead_text.substr(0, Utf8PrefixLength(lead_text, kDatelineWindow));
  if (auto d = parser.FindDate(lead); d && Plausible(*d)) return PublicationDate{*d, DateEvidence::kDateline};
  if (finder.dated_element) return PublicationDate{*finder.dated_element, DateEvidence::kDateline};
  return std::nullopt;
}

}  // namespace vigie
