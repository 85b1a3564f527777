#include "extract/dom_text.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#include "core/ascii.h"
#include "extract/html_document.h"

namespace vigie {

namespace {

// Elements that never hold article text.
bool IsSkippedTag(std::string_view name) {
  static constexpr std::string_view kSkipped[] = {
      "script", "style",  "template", "svg",    "canvas", "iframe", "object", "embed", "button", "input",
      "select", "textarea", "option", "dialog", "video",  "audio",  "map",   "title", "link",   "meta"};
  return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}

// A <title> holds text only; one holding elements was never closed, and the parser put the
// rest of the page in it (a page saved with its </title> cut out).
bool IsUnclosedTitle(const xmlNode* element, std::string_view name) {
  if (name != "title") return false;
  for (const xmlNode* child = element->children; child; child = child->next)
    if (child->type == XML_ELEMENT_NODE) return true;
  return false;
}

// Elements that mark page furniture (HTML5 sectioning for navigation and page chrome).
bool IsFurnitureTag(std::string_view name) {
  return name == "nav" || name == "footer" || name == "aside" || name == "header" || name == "menu";
}

// Counts <p> descendants, stopping at `enough`.
int CountParagraphs(const xmlNode* node, int enough) {
  int count = 0;
  for (const xmlNode* child = node->children; child && count < enough; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (ElementName(child) == "p") ++count;
    count += CountParagraphs(child, enough - count);
  }
  return count;
}

// Counts the non-space bytes of text under `node` outside scripts and styles, stopping at
// `enough`.
size_t CountTextBytes(const xmlNode* node, size_t enough) {
  size_t count = 0;
  for (const xmlNode* child = node->children; child && count < enough; child = child->next) {
    if (child->type == XML_TEXT_NODE && child->content) {
      for (const xmlChar* p = child->content; *p; ++p)
        if (*p > ' ') ++count;
    } else if (child->type == XML_ELEMENT_NODE) {
      std::string_view name = ElementName(child);
      if (name != "script" && name != "style") count += CountTextBytes(child, enough - count);
    }
  }
  return count;
}

// An element holding this many paragraphs is a page wrapper, not a widget (measured on the
// development sets: share bars, sidebars and menus that are furniture hold fewer).
constexpr int kMinWrapperParagraphs = 10;

// A <form> is a comment box or a search field and a <noscript> a notice or a tracking
// pixel, except when the element wraps the page: ASP.NET sites put the whole page in one
// <form>, and an unclosed <div> inside a <noscript> pulls the rest of the page into it.
// Those hold many paragraphs, or (pages laid out with <div> and <br>) much more text than
// labels and notices, or most of the page's text when that is a short report's worth (an
// ASP.NET page with four paragraphs of news). `page_text` is the text bytes of the whole
// page, counted up to twice kMinWrapperText, which is exact for the comparison.
constexpr size_t kMinWrapperText = 2000;
constexpr size_t kMinShortReportText = 500;  // a parked domain's one-line welcome is less
bool WrapsThePage(const xmlNode* element, size_t page_text) {
  if (CountParagraphs(element, 3) >= 3) return true;
  const size_t text = CountTextBytes(element, kMinWrapperText);
  return text >= kMinWrapperText || (text >= kMinShortReportText && 2 * text > page_text);
}

bool IsBlockTag(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr",
      "html", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "tr", "ul", "caption"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

// The attributes the collector looks at, read in one pass over the element's attributes.
struct ElementAttributes {
  const char* class_name = nullptr;
  const char* id = nullptr;
  const char* style = nullptr;
  const char* role = nullptr;
  const char* aria_hidden = nullptr;
  const char* itemprop = nullptr;
  bool hidden = false;
};

ElementAttributes ReadAttributes(const xmlNode* element) {
  ElementAttributes a;
  for (const xmlAttr* attr = element->properties; attr; attr = attr->next) {
    const char* name = reinterpret_cast<const char*>(attr->name);
    const char* value = attr->children && attr->children->content
                            ? reinterpret_cast<const char*>(attr->children->content) : "";
    if (strcmp(name, "class") == 0) a.class_name = value;
    else if (strcmp(name, "id") == 0) a.id = value;
    else if (strcmp(name, "style") == 0) a.style = value;
    else if (strcmp(name, "role") == 0) a.role = value;
    else if (strcmp(name, "aria-hidden") == 0) a.aria_hidden = value;
    else if (strcmp(name, "itemprop") == 0)
      a.itemprop = value;
    else if (strcmp(name, "hidden") == 0) a.hidden = true;
  }
  return a;
}

bool IsHidden(const ElementAttributes& a) {
  if (a.hidden) return true;
  if (a.aria_hidden && strcmp(a.aria_hidden, "true") == 0) return true;
  if (a.style) {
    std::string style;
    for (const char* p = a.style; *p; ++p)
      if (*p != ' ') style.push_back(*p);
    style = AsciiLower(style);
    if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

// ARIA landmarks that are not content.
bool HasFurnitureRole(const ElementAttributes& a) {
  if (a.role == nullptr) return false;
  std::string_view role = a.role;
  return role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
         role == "dialog" || role == "alertdialog" || role == "menu" || role == "menubar" || role == "search";
}

// Lower-cased "class id", or empty when the element has neither.
std::string ClassAndIdOf(const ElementAttributes& a) {
  std::string value;
  if (a.class_name) value = a.class_name;
  if (a.id) {
    value.push_back(' ');
    value += a.id;
  }
  return AsciiLower(value);
}

class BlockCollector {
 public:
  BlockCollector(const FurnitureRules& rules, FurnitureMarkup markup)
      : rules_(rules), trust_markup_(markup == FurnitureMarkup::kTrusted) {}

  std::vector<TextBlock> Run(const xmlNode* root) {
    root_ = root;
    current_element_ = root;
    Walk(root, false);
    Flush();
    return std::move(blocks_);
  }

 private:
  void Walk(const xmlNode* node, bool in_link) {
    for (const xmlNode* child = node->children; child; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        AppendText(reinterpret_cast<const char*>(child->content), in_link);
        continue;
      }
      if (child->type != XML_ELEMENT_NODE) continue;
      std::string_view name = ElementName(child);
      if ((IsSkippedTag(name) && !IsUnclosedTitle(child, name)) ||
          ((name == "form" || name == "noscript") && !WrapsThePage(child, PageText())))
        continue;
      if (trust_markup_ && IsFurnitureTag(name)) continue;
      // <body>'s classes describe the page's layout ("has-sidebar"), not furniture.
      bool article_body = false;
      if (child->properties != nullptr && name != "body") {
        const ElementAttributes attributes = ReadAttributes(child);
        if (IsHidden(attributes)) continue;
        // The publisher's own mark of the article (schema.org articleBody) overrides what
        // its class or id seems to say ("gigya-share-btns-2_gig_containerParent").
        article_body = MarksArticleBody(attributes.itemprop);
        if (trust_markup_ && !article_body && (HasFurnitureRole(attributes) || DroppedByClass(child, attributes))) {
          continue;
        }
      }
      if (name == "br") {
        Flush();
        continue;
      }
      const bool was_in_article_body = in_article_body_;
      in_article_body_ = in_article_body_ || article_body;
      if (IsBlockTag(name)) {
        Flush();
        const xmlNode* saved = current_element_;
        current_element_ = child;
        Walk(child, false);
        Flush();
        current_element_ = saved;
      } else {
        Walk(child, in_link || name == "a");
      }
      in_article_body_ = was_in_article_body;
    }
  }

  void AppendText(const char* text, bool in_link) {
    if (text == nullptr) return;
    for (const char* p = text; *p; ++p) {
      char c = *p;
      // MS Word's conditional markup ("<![if !supportLists]>", "<![endif]>") reaches us as
      // text; browsers read it as a comment up to the next '>'.
      if (c == '<' && p[1] == '!' && p[2] == '[') {
        if (const char* end = strchr(p, '>')) {
          p = end;
          continue;
        }
      }
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pending_space_ = true;
        continue;
      }
      // U+00A0 (C2 A0) and U+202F (E2 80 AF) are spaces too: French typography uses them.
      if (c == '\xC2' && p[1] == '\xA0') {
        pending_space_ = true;
        ++p;
        continue;
      }
      if (c == '\xE2' && p[1] == '\x80' && p[2] == '\xAF') {
        pending_space_ = true;
        p += 2;
        continue;
      }
      if (pending_space_ && !buffer_.empty()) {
        buffer_.push_back(' ');
        if (in_link) ++link_chars_;
      }
      pending_space_ = false;
      buffer_.push_back(c);
      if (in_link) ++link_chars_;
    }
  }

  void Flush() {
    if (!buffer_.empty()) {
      TextBlock block;
      block.text = std::move(buffer_);
      block.link_chars = std::min(link_chars_, block.text.size());
      block.element = current_element_;
      std::string_view name = ElementName(current_element_);
      block.is_heading = name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
      blocks_.push_back(std::move(block));
    }
    buffer_.clear();
    link_chars_ = 0;
    pending_space_ = false;
  }

  bool DroppedByClass(const xmlNode* element, const ElementAttributes& attributes) const {
    if (attributes.class_name == nullptr && attributes.id == nullptr) return false;
    switch (rules_.Classify(ClassAndIdOf(attributes))) {
      case FurnitureRules::ClassVerdict::kNone: return false;
      case FurnitureRules::ClassVerdict::kFurnitureAnySize: return true;
      case FurnitureRules::ClassVerdict::kFurniture: break;
    }
    // Widgets are small: an element holding many paragraphs is a page wrapper whose class
    // or id only mentions one ("has-sidebar", "js-social-anchor", "gigya-share-btns-parent").
    // Inside the publisher's article body nothing wraps the page: a gallery or a related
    // list embedded there goes whatever its size.
    return in_article_body_ || CountParagraphs(element, kMinWrapperParagraphs) < kMinWrapperParagraphs;
  }

  const FurnitureRules& rules_;
  const bool trust_markup_;
  std::vector<TextBlock> blocks_;
  std::string buffer_;
  size_t link_chars_ = 0;
  bool pending_space_ = false;
  // The page's text bytes up to twice kMinWrapperText, counted the first time a form asks.
  size_t PageText() {
    if (page_text_ == SIZE_MAX) page_text_ = CountTextBytes(root_, 2 * kMinWrapperText);
    return page_text_;
  }

  const xmlNode* root_ = nullptr;
  size_t page_text_ = SIZE_MAX;
  bool in_article_body_ = false;  // inside an element marked itemprop="articleBody"
  const xmlNode* current_element_ = nullptr;
};

}  // namespace

bool MarksArticleBody(const char* itemprop) {
  return itemprop != nullptr && AsciiLower(itemprop).find("articlebody") != std::string::npos;
}

std::string ClassAndId(const xmlNode* element) {
  if (element == nullptr || element->type != XML_ELEMENT_NODE) return {};
  return ClassAndIdOf(ReadAttributes(element));
}

std::vector<TextBlock> CollectTextBlocks(const xmlNode* root, const FurnitureRules& rules, FurnitureMarkup markup) {
  if (root == nullptr) return {};
  return BlockCollector(rules, markup).Run(root);
}

}  // namespace vigie
