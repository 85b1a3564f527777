#include "extract/html_document.h"

#include <libxml/SAX2.h>

#include <algorithm>
#include <cstring>
#include <iterator>

#include "core/ascii.h"

namespace vigie {

namespace {

// libxml2 must be initialised once before threads use it: two ingest workers parsing their
// first page at the same moment deadlocked inside xmlDictCreate. Done before main().
const bool kLibxml2Ready = (xmlInitParser(), true);

// The attributes the extractor reads. The tree keeps no others: src, srcset, data-*, on*
// and the like are most of a page's attributes, and building and freeing their nodes was
// a tenth of the extraction's instructions.
constexpr std::string_view kReadAttributes[] = {"class",    "id",   "style",   "role",       "aria-hidden", "hidden",
                                                "property", "name", "content", "http-equiv", "itemprop",    "type",
                                                "datetime", "rel",  "href",    "lang"};

bool IsReadAttribute(const xmlChar* name) {
  const std::string_view n = reinterpret_cast<const char*>(name);
  return std::find(std::begin(kReadAttributes), std::end(kReadAttributes), n) != std::end(kReadAttributes);
}

// libxml2's tree builder, given only the attributes in kReadAttributes. `attributes` is
// libxml2's null-terminated list of (name, value) pairs, names lower-cased, no name twice.
void StartElement(void* context, const xmlChar* name, const xmlChar** attributes) {
  if (attributes == nullptr) return xmlSAX2StartElement(context, name, attributes);
  const xmlChar* kept[2 * std::size(kReadAttributes) + 1];
  size_t n = 0;
  for (const xmlChar** a = attributes; a[0] != nullptr && n + 2 < std::size(kept); a += 2) {
    if (!IsReadAttribute(a[0])) continue;
    kept[n++] = a[0];
    kept[n++] = a[1];
  }
  kept[n] = nullptr;
  xmlSAX2StartElement(context, name, n > 0 ? kept : nullptr);
}

// Where the start tag whose name ends at `from` closes: the index of its '>', or npos. A
// '>' inside a quoted attribute value does not close it (<a title="x > y">).
size_t StartTagEnd(std::string_view html, size_t from) {
  for (size_t i = from; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '>') return i;
    if (c != '=') continue;
    size_t v = i + 1;
    while (v < html.size() && IsAsciiSpace(html[v])) ++v;
    if (v < html.size() && (html[v] == '"' || html[v] == '\'')) {
      const size_t close = html.find(html[v], v + 1);
      if (close == std::string_view::npos) return close;
      i = close;
    }
  }
  return std::string_view::npos;
}

// The index of the first "</name" (any case) at or after `from`, or npos. Like libxml2 in
// recovery mode, the name only has to start there ("</scripts" ends a script).
size_t ClosingTag(std::string_view html, std::string_view name, size_t from) {
  for (size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
    if (AsciiEqualsNoCase(html.substr(at + 2, name.size()), name)) return at;
  }
  return std::string_view::npos;
}

bool IsAttributeNameChar(char c) { return IsAsciiAlnum(c) || c == '-' || c == '_' || c == ':' || c == '.'; }

bool IsReadAttributeName(std::string_view name) {
  return std::any_of(std::begin(kReadAttributes), std::end(kReadAttributes),
                     [&](std::string_view read) { return AsciiEqualsNoCase(name, read); });
}

// A plainly written start tag (names of letters, digits and -_:., values quoted or plain
// words): where it ends, the attributes the extractor reads as written, and whether any other
// attribute can go. `end` is the index of the tag's '>' ("/>" included); 0 when the tag is not
// plainly written (or keeps too many attributes) and is to be copied as it is.
struct PlainStartTag {
  size_t end = 0;
  bool dropped = false;
  size_t kept_count = 0;
  std::pair<size_t, size_t> kept[8];  // [begin, end) of each kept attribute
};

PlainStartTag ReadPlainStartTag(std::string_view html, size_t name_end) {
  PlainStartTag tag;
  const size_t n = html.size();
  size_t i = name_end;
  while (true) {
    while (i < n && IsAsciiSpace(html[i])) ++i;
    if (i >= n) return {};
    if (html[i] == '>' || (html[i] == '/' && i + 1 < n && html[i + 1] == '>')) break;
    const size_t name_start = i;
    while (i < n && IsAttributeNameChar(html[i])) ++i;
    if (i == name_start) return {};
    const std::string_view name = html.substr(name_start, i - name_start);
    size_t j = i;
    while (j < n && IsAsciiSpace(html[j])) ++j;
    if (j < n && html[j] == '=') {
      ++j;
      while (j < n && IsAsciiSpace(html[j])) ++j;
      if (j >= n) return {};
      if (html[j] == '"' || html[j] == '\'') {
        const size_t close = html.find(html[j], j + 1);
        if (close == std::string_view::npos) return {};
        i = close + 1;
      } else {
        size_t v = j;
        for (; v < n && !IsAsciiSpace(html[v]) && html[v] != '>'; ++v) {
          const char c = html[v];
          if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return {};
        }
        if (v == j) return {};
        i = v;
      }
      if (i < n && !IsAsciiSpace(html[i]) && html[i] != '>' && html[i] != '/') return {};
    }
    if (!IsReadAttributeName(name)) {
      tag.dropped = true;
    } else {
      if (tag.kept_count == std::size(tag.kept)) return {};
      tag.kept[tag.kept_count++] = {name_start, i};
    }
  }
  tag.end = html[i] == '>' ? i : i + 1;
  return tag;
}

}  // namespace

std::string WithoutUnreadMarkup(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t copied = 0;  // html[copied, ...) is still to be copied
  size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos && at + 1 < html.size()) {
    if (html.compare(at, 4, "<!--") == 0) {
      const size_t end = html.find("-->", at + 4);
      if (end == std::string_view::npos) break;  // an unclosed comment: libxml2 decides
      out.append(html.substr(copied, at - copied));
      at = copied = end + 3;
      continue;
    }
    // Element names as libxml2 reads them: a letter, then letters, digits and -_:. (<NYT_BYLINE>).
    size_t name_end = at + 1;
    while (name_end < html.size() && IsAttributeNameChar(html[name_end])) ++name_end;
    const std::string_view name = html.substr(at + 1, name_end - at - 1);
    if (name.empty() || !IsAsciiAlnum(name.front()) || (name.front() >= '0' && name.front() <= '9')) {
      ++at;
      continue;
    }
    size_t tag_end;
    const PlainStartTag tag = ReadPlainStartTag(html, name_end);
    if (tag.end == 0) {
      tag_end = StartTagEnd(html, name_end);
      if (tag_end == std::string_view::npos) break;
    } else {
      tag_end = tag.end;
      if (tag.dropped) {
        // Attributes the extractor never reads (src, srcset, data-*, on*...) are most of a
        // page's markup, and libxml2 reads and copies each of them a character at a time.
        out.append(html.substr(copied, name_end - copied));
        for (size_t k = 0; k < tag.kept_count; ++k) {
          out.push_back(' ');
          out.append(html.substr(tag.kept[k].first, tag.kept[k].second - tag.kept[k].first));
        }
        if (html[tag_end - 1] == '/') out.push_back('/');
        out.push_back('>');
        copied = tag_end + 1;
      }
    }
    at = tag_end + 1;
    const bool script = AsciiEqualsNoCase(name, "script");
    const bool style = AsciiEqualsNoCase(name, "style");
    // Elements whose content is text, not markup: nothing in them is a comment or a tag.
    const bool raw_text = script || style || AsciiEqualsNoCase(name, "title") || AsciiEqualsNoCase(name, "textarea") ||
                          AsciiEqualsNoCase(name, "xmp");
    if (!raw_text || html[tag_end - 1] == '/') continue;  // libxml2 closes <script ... /> at once
    const size_t close = ClosingTag(html, name, at);
    if (close == std::string_view::npos) break;  // unclosed: the rest stays as it is
    const std::string_view start_tag = html.substr(name_end, tag_end - name_end);
    const bool json_ld = script && AsciiLower(start_tag).find("ld+json") != std::string::npos;
    if ((script || style) && !json_ld) {
      out.append(html.substr(copied, at - copied));
      copied = close;
    }
    at = close;
  }
  out.append(html.substr(copied));
  return out;
}

namespace {

struct FreeParserContext {
  void operator()(htmlParserCtxt* context) const { htmlFreeParserCtxt(context); }
};

}  // namespace

Result<HtmlDocument> HtmlDocument::Parse(std::string_view utf8_html) {
  if (utf8_html.size() > static_cast<size_t>(INT32_MAX)) return Status::Error("HTML page too large to parse");
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD;
  std::unique_ptr<htmlParserCtxt, FreeParserContext> context(htmlNewParserCtxt());
  if (context == nullptr) return Status::Error("HTML parser could not be created");
  context->sax->startElement = StartElement;  // the context's own copy of the handlers
  const std::string html = WithoutUnreadMarkup(utf8_html);
  htmlDocPtr doc =
      htmlCtxtReadMemory(context.get(), html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options);
  if (doc == nullptr) return Status::Error("HTML could not be parsed");
  HtmlDocument result;
  result.doc_.reset(doc);
  if (result.root() == nullptr) return Status::Error("HTML holds no elements");
  return result;
}

namespace {
xmlNode* FindChild(xmlNode* parent, const char* name, int depth) {
  for (xmlNode* child = parent ? parent->children : nullptr; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (ElementName(child) == name) return child;
    if (depth > 0)
      if (xmlNode* found = FindChild(child, name, depth - 1)) return found;
  }
  return nullptr;
}
}  // namespace

xmlNode* HtmlDocument::body() const {
  xmlNode* body = FindChild(root(), "body", 1);
  return body ? body : root();
}

xmlNode* HtmlDocument::head() const { return FindChild(root(), "head", 1); }

std::string_view ElementName(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);  // libxml2's HTML parser lower-cases names
}

std::string Attribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  for (xmlAttr* attr = node->properties; attr; attr = attr->next) {
    if (attr->name && strcasecmp(reinterpret_cast<const char*>(attr->name), name) == 0) {
      if (attr->children && attr->children->content) return reinterpret_cast<const char*>(attr->children->content);
      return {};
    }
  }
  return {};
}

namespace {
void AppendCollapsed(const xmlNode* node, std::string& out, bool& pending_space) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      for (const xmlChar* p = child->content; p && *p; ++p) {
        char c = static_cast<char>(*p);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
          pending_space = true;
        } else {
          if (pending_space && !out.empty()) out.push_back(' ');
          pending_space = false;
          out.push_back(c);
        }
      }
    } else if (child->type == XML_ELEMENT_NODE) {
      std::string_view name = ElementName(child);
      if (name == "script" || name == "style" || name == "noscript" || name == "template") continue;
      AppendCollapsed(child, out, pending_space);
    }
  }
}
}  // namespace

std::string CollapsedText(const xmlNode* node) {
  std::string out;
  bool pending_space = false;
  if (node) AppendCollapsed(node, out, pending_space);
  return out;
}

}  // namespace vigie
