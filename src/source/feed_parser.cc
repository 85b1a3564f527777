#include "source/feed_parser.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <strings.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <utility>

#include "core/ascii.h"

namespace vigie {

namespace {

// libxml2 must be initialised once before threads use it (see html_document.cc); before main().
const bool kLibxml2Ready = (xmlInitParser(), true);

constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";
constexpr const char* kAtom03Ns = "http://purl.org/atom/ns#";
constexpr const char* kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kRss10Ns = "http://purl.org/rss/1.0/";
constexpr const char* kRss090Ns = "http://my.netscape.com/rdf/simple/0.9/";
constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr const char* kContentNs = "http://purl.org/rss/1.0/modules/content/";

struct XmlFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
  void operator()(xmlChar* text) const { xmlFree(text); }
};

std::string_view Str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : std::string_view(); }

std::string_view Namespace(const xmlNode* node) { return node->ns ? Str(node->ns->href) : std::string_view(); }

bool IsElement(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && Str(node->name) == name;
}

// RSS elements carry no namespace in RSS 2.0 and the RSS 1.0 (or 0.90) one in RDF feeds.
bool IsRss(const xmlNode* node, std::string_view name) {
  if (!IsElement(node, name)) return false;
  std::string_view ns = Namespace(node);
  return ns.empty() || ns == kRss10Ns || ns == kRss090Ns;
}

bool IsIn(const xmlNode* node, std::string_view name, std::string_view ns) {
  return IsElement(node, name) && Namespace(node) == ns;
}

bool IsAtom(const xmlNode* node, std::string_view name) {
  return IsElement(node, name) && (Namespace(node) == kAtomNs || Namespace(node) == kAtom03Ns);
}

template <typename Match>
const xmlNode* FindChild(const xmlNode* parent, Match match) {
  for (const xmlNode* child = parent->children; child; child = child->next)
    if (match(child)) return child;
  return nullptr;
}

// Text and CDATA below `node`. Entity references are not followed: that is what keeps
// a declared entity, external or not, out of the result.
void AppendText(const xmlNode* node, std::string& out) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      out.append(Str(child->content));
    } else if (child->type == XML_ELEMENT_NODE) {
      AppendText(child, out);
    }
  }
}

std::string Text(const xmlNode* node) {
  std::string out;
  if (node) AppendText(node, out);
  return out;
}

std::string Attribute(const xmlNode* node, const char* name) {
  std::unique_ptr<xmlChar, XmlFree> value(xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name)));
  return std::string(Str(value.get()));
}

// Elements that separate words: their text must not run into the next one's.
constexpr std::string_view kBlockElements[] = {
    "p",  "br", "div", "li",         "ul",  "ol",     "tr",         "td", "th",    "h1",      "h2",      "h3",
    "h4", "h5", "h6",  "blockquote", "pre", "figure", "figcaption", "hr", "table", "section", "article",
};

bool IsBlockElement(std::string_view name) {
  for (std::string_view block : kBlockElements)
    if (name == block) return true;
  return false;
}

void AppendHtmlText(const xmlNode* node, std::string& out) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      out.append(Str(child->content));
    } else if (child->type == XML_ELEMENT_NODE) {
      std::string_view name = Str(child->name);
      if (name == "script" || name == "style") continue;
      bool block = IsBlockElement(name);
      if (block) out.push_back(' ');
      AppendHtmlText(child, out);
      if (block) out.push_back(' ');
    }
  }
}

// Descriptions are HTML (escaped or in CDATA), and titles are often escaped twice
// ("&amp;#8217;"), so both go through the HTML parser when they hold markup or references.
std::string HtmlToText(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos)
    return CollapseWhitespace(html);
  if (html.size() > INT_MAX) return {};
  const int options =
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD;
  std::unique_ptr<xmlDoc, XmlFree> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root) return CollapseWhitespace(html);
  std::string out;
  AppendHtmlText(root, out);
  return CollapseWhitespace(out);
}

// An Atom text construct: type "text" (the default), "html" or "xhtml".
std::string AtomText(const xmlNode* node) {
  if (!node) return {};
  std::string type = AsciiLower(Attribute(node, "type"));
  if (type == "html" || type == "text/html") return HtmlToText(Text(node));
  return CollapseWhitespace(Text(node));
}

// `href` made absolute against the xml:base in scope at `node`, or the document's URL.
std::string Resolve(xmlDoc* doc, const xmlNode* node, std::string_view href) {
  std::string trimmed = CollapseWhitespace(href);
  if (trimmed.empty()) return {};
  std::unique_ptr<xmlChar, XmlFree> base(xmlNodeGetBase(doc, node));
  std::unique_ptr<xmlChar, XmlFree> uri(xmlBuildURI(reinterpret_cast<const xmlChar*>(trimmed.c_str()), base.get()));
  return uri ? std::string(Str(uri.get())) : trimmed;  // unparseable: kept as written
}

std::string FirstDate(const xmlNode* item, std::initializer_list<std::pair<const char*, const char*>> fields) {
  for (const auto& [name, ns] : fields) {
    for (const xmlNode* child = item->children; child; child = child->next) {
      bool match = ns == nullptr                     ? IsRss(child, name)
                   : std::string_view(ns) == kAtomNs ? IsAtom(child, name)
                                                     : IsIn(child, name, ns);
      if (!match) continue;
      std::string date = FeedDate(CollapseWhitespace(Text(child)));
      if (!date.empty()) return date;
    }
  }
  return {};
}

std::string RssSummary(const xmlNode* item) {
  const xmlNode* description = FindChild(item, [](const xmlNode* n) { return IsRss(n, "description"); });
  std::string summary = description ? HtmlToText(Text(description)) : std::string();
  if (summary.empty()) {
    const xmlNode* encoded = FindChild(item, [](const xmlNode* n) { return IsIn(n, "encoded", kContentNs); });
    if (encoded) summary = HtmlToText(Text(encoded));
  }
  return summary;
}

// An RSS 2.0 or RDF item; false when it has no link.
bool ReadRssItem(xmlDoc* doc, const xmlNode* item, FeedItem& out) {
  const xmlNode* title = FindChild(item, [](const xmlNode* n) { return IsRss(n, "title"); });
  const xmlNode* link = FindChild(item, [](const xmlNode* n) { return IsRss(n, "link"); });
  const xmlNode* guid = FindChild(item, [](const xmlNode* n) { return IsRss(n, "guid"); });
  out.title = HtmlToText(Text(title));
  if (guid) {
    out.guid = CollapseWhitespace(Text(guid));
  } else {
    std::unique_ptr<xmlChar, XmlFree> about(
        xmlGetNsProp(item, reinterpret_cast<const xmlChar*>("about"), reinterpret_cast<const xmlChar*>(kRdfNs)));
    out.guid = CollapseWhitespace(Str(about.get()));
  }
  if (link) out.link = Resolve(doc, link, Text(link));
  // RSS 2.0: a guid is the item's URL unless isPermaLink="false".
  if (out.link.empty() && guid && Attribute(guid, "isPermaLink") != "false" &&
      (out.guid.starts_with("http://") || out.guid.starts_with("https://")))
    out.link = out.guid;
  out.published = FirstDate(item, {{"pubDate", nullptr}, {"date", kDcNs}});
  out.summary = RssSummary(item);
  return !out.link.empty();
}

// Atom's rel="alternate" (the default rel) is the article; an HTML one is best. Links to
// the entry itself, its comments or attachments are never the article.
const xmlNode* AtomArticleLink(const xmlNode* entry) {
  const xmlNode* best = nullptr;
  int best_rank = 0;
  for (const xmlNode* child = entry->children; child; child = child->next) {
    if (!IsAtom(child, "link") || Attribute(child, "href").empty()) continue;
    std::string rel = AsciiLower(Attribute(child, "rel"));
    std::string type = AsciiLower(Attribute(child, "type"));
    int rank = 1;
    if (rel.empty() || rel == "alternate") {
      rank = (type.empty() || type == "text/html" || type == "application/xhtml+xml") ? 3 : 2;
    } else if (rel == "self" || rel == "edit" || rel == "edit-media" || rel == "enclosure" || rel == "replies" ||
               rel == "license" || rel == "hub") {
      rank = 0;
    }
    if (rank > best_rank) {
      best = child;
      best_rank = rank;
    }
  }
  return best;
}

bool ReadAtomEntry(xmlDoc* doc, const xmlNode* entry, FeedItem& out) {
  out.title = AtomText(FindChild(entry, [](const xmlNode* n) { return IsAtom(n, "title"); }));
  const xmlNode* id = FindChild(entry, [](const xmlNode* n) { return IsAtom(n, "id"); });
  out.guid = id ? CollapseWhitespace(Text(id)) : std::string();
  if (const xmlNode* link = AtomArticleLink(entry)) out.link = Resolve(doc, link, Attribute(link, "href"));
  out.published = FirstDate(
      entry,
      {{"published", kAtomNs}, {"updated", kAtomNs}, {"issued", kAtomNs}, {"modified", kAtomNs}, {"date", kDcNs}});
  const xmlNode* summary = FindChild(entry, [](const xmlNode* n) { return IsAtom(n, "summary"); });
  if (!summary) summary = FindChild(entry, [](const xmlNode* n) { return IsAtom(n, "content"); });
  out.summary = AtomText(summary);
  return !out.link.empty();
}

// The first markup after any prolog opens an HTML document.
bool StartsLikeHtml(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while (true) {
    pos = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF", pos);
    if (pos == std::string::npos) return false;
    if (head.compare(pos, 2, "<?") == 0 || head.compare(pos, 4, "<!--") == 0) {
      size_t end = head.find('>', pos);
      if (end == std::string::npos) return false;
      pos = end + 1;
      continue;
    }
    return head.compare(pos, 14, "<!doctype html") == 0 || head.compare(pos, 5, "<html") == 0;
  }
}

}  // namespace

std::string FeedDate(std::string_view text) {
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  auto number = [](std::string_view s) { return std::stoi(std::string(s)); };
  int year = 0, month = 0, day = 0;
  if (text.size() >= 10 && digits(text.substr(0, 4)) && text[4] == '-' && digits(text.substr(5, 2)) && text[7] == '-' &&
      digits(text.substr(8, 2))) {
    year = number(text.substr(0, 4));
    month = number(text.substr(5, 2));
    day = number(text.substr(8, 2));
  } else {
    // RFC 822: [Day,] DD Mon YYYY ...; "Mon DD, YYYY" is also seen in the wild.
    static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    std::vector<std::string_view> words;
    size_t pos = 0;
    while (words.size() < 5 && pos < text.size()) {
      size_t start = text.find_first_not_of(" ,\t", pos);
      if (start == std::string_view::npos) break;
      size_t end = text.find_first_of(" ,\t", start);
      words.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
      pos = end == std::string_view::npos ? text.size() : end;
    }
    auto month_of = [&](std::string_view word) {
      if (word.size() < 3 ||
          word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.") != std::string_view::npos)
        return 0;
      for (int m = 0; m < 12; ++m)
        if (strncasecmp(word.data(), kMonths[m], 3) == 0) return m + 1;
      return 0;
    };
    for (size_t i = 0; i + 2 < words.size(); ++i) {
      std::string_view a = words[i], b = words[i + 1], y = words[i + 2];
      if (digits(a) && a.size() <= 2 && month_of(b)) {
        day = number(a), month = month_of(b);
      } else if (month_of(a) && digits(b) && b.size() <= 2) {
        month = month_of(a), day = number(b);
      } else {
        continue;
      }
      if (!digits(y) || (y.size() != 2 && y.size() != 4)) return {};
      year = number(y);
      // RFC 822 allowed two-digit years (RFC 1123 made them four): 70-99 are 19xx.
      if (y.size() == 2) year += year < 70 ? 2000 : 1900;
      break;
    }
  }
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return {};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29 && !leap) return {};
  char out[32];
  snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

Result<Feed> ParseFeed(std::string_view bytes, std::string_view feed_url) {
  const std::string name = feed_url.empty() ? "feed" : std::string(feed_url);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Status::Error(name + ": empty body, not an RSS or Atom feed");
  if (bytes.size() > INT_MAX) return Status::Error(name + ": feed too large to parse");
  // No XML_PARSE_NOENT or DTD loading: entities stay unexpanded and nothing is fetched (XXE).
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlParserCtxt, XmlFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Error(name + ": cannot start the XML parser");
  const std::string url(feed_url);
  std::unique_ptr<xmlDoc, XmlFree> doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()),
                                                         url.empty() ? nullptr : url.c_str(), nullptr, options));
  if (!doc) {
    if (StartsLikeHtml(bytes)) return Status::Error(name + " is an HTML page, not an RSS or Atom feed");
    const xmlError* error = xmlCtxtGetLastError(ctxt.get());
    std::string detail = "malformed XML";
    if (error && error->message) {
      detail += " (line " + std::to_string(error->line) + ": " + CollapseWhitespace(error->message) + ")";
    }
    return Status::Error(name + ": " + detail);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return Status::Error(name + ": no root element, not an RSS or Atom feed");
  std::string_view root_name = Str(root->name);
  if (AsciiLower(root_name) == "html") return Status::Error(name + " is an HTML page, not an RSS or Atom feed");

  Feed feed;
  if (IsElement(root, "rss")) {
    const xmlNode* channel = FindChild(root, [](const xmlNode* n) { return IsRss(n, "channel"); });
    if (!channel) return Status::Error(name + ": <rss> has no <channel>");
    feed.title = HtmlToText(Text(FindChild(channel, [](const xmlNode* n) { return IsRss(n, "title"); })));
    for (const xmlNode* child = channel->children; child; child = child->next) {
      FeedItem item;
      if (IsRss(child, "item") && ReadRssItem(doc.get(), child, item)) feed.items.push_back(std::move(item));
    }
  } else if (IsIn(root, "RDF", kRdfNs)) {
    const xmlNode* channel = FindChild(root, [](const xmlNode* n) { return IsRss(n, "channel"); });
    if (channel) feed.title = HtmlToText(Text(FindChild(channel, [](const xmlNode* n) { return IsRss(n, "title"); })));
    for (const xmlNode* child = root->children; child; child = child->next) {
      FeedItem item;
      if (IsRss(child, "item") && ReadRssItem(doc.get(), child, item)) feed.items.push_back(std::move(item));
    }
  } else if (IsAtom(root, "feed")) {
    feed.title = AtomText(FindChild(root, [](const xmlNode* n) { return IsAtom(n, "title"); }));
    for (const xmlNode* child = root->children; child; child = child->next) {
      FeedItem item;
      if (IsAtom(child, "entry") && ReadAtomEntry(doc.get(), child, item)) feed.items.push_back(std::move(item));
    }
  } else {
    return Status::Error(name + ": root element <" + std::string(root_name) +
                         "> is not rss, rdf:RDF or an Atom feed; not an RSS or Atom feed");
  }
  return feed;
}

}  // namespace vigie
