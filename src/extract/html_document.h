// A parsed HTML page (libxml2's recovering HTML parser) and small DOM accessors.
#pragma once

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace vigie {

// Owns a libxml2 document tree. Parsing never touches the network (NONET) and recovers
// from any malformed markup; it fails only when nothing at all can be built.
class HtmlDocument {
 public:
  // Parses `utf8_html` (already converted to UTF-8; any <meta charset> is ignored). The
  // tree keeps only the attributes the extractor reads (kReadAttributes in the .cc: class,
  // id, style, role, aria-hidden, hidden, property, name, content, http-equiv, itemprop,
  // type, datetime, rel, href, lang); reading another one needs it added there.
  static Result<HtmlDocument> Parse(std::string_view utf8_html);

  xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }
  // The <body> element, or the root when there is none. May be null for an empty tree.
  xmlNode* body() const;
  xmlNode* head() const;

 private:
  struct Free {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
  };
  std::unique_ptr<xmlDoc, Free> doc_;
};

// `html` without what the extractor never reads and libxml2 would read a character at a
// time: the bodies of <script> (JSON-LD kept) and <style> elements, comments, and in plainly
// written start tags every attribute but kReadAttributes. Elements stay (<script></script>,
// <img/>); text inside <title>, <textarea> and <xmp> is left alone; a tag written otherwise
// is copied as it is; an unclosed comment or element leaves the rest as it is.
// HtmlDocument::Parse applies it.
std::string WithoutUnreadMarkup(std::string_view html);

// Lower-case element name ("p", "div"); empty for non-elements.
std::string_view ElementName(const xmlNode* node);
// The value of attribute `name`, or empty (also for an attribute HtmlDocument::Parse drops).
std::string Attribute(const xmlNode* node, const char* name);
// The element's text content with whitespace runs collapsed to single spaces, trimmed.
std::string CollapsedText(const xmlNode* node);

}  // namespace vigie
