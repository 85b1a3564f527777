// The visible text of a page as a sequence of blocks (paragraphs, headings, list items),
// with furniture elements left out.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "extract/furniture_rules.h"

namespace vigie {

struct TextBlock {
  std::string text;             // whitespace collapsed, trimmed, valid UTF-8
  size_t link_chars = 0;        // bytes of `text` inside <a> elements
  const xmlNode* element = nullptr;  // the block-level element the text belongs to
  bool is_heading = false;      // h1..h6
  double LinkDensity() const { return text.empty() ? 0 : static_cast<double>(link_chars) / text.size(); }
};

// How much markup evidence of furniture CollectTextBlocks trusts.
enum class FurnitureMarkup {
  kTrusted,  // drop <nav>, <header>, <footer>, <aside>, <menu>, ARIA landmarks that are not
             // content (role="navigation", "banner"...) and furniture classes and ids
  // Keep them: layout classes sometimes name furniture words ("panel-two-col-sidebar-right"),
  // and the parser nests an unclosed <aside> or <header> around the rest of the page.
  kIgnored,
};

// Collects the text blocks under `root` in document order. Leaves out scripts, styles,
// forms, hidden elements and (with kTrusted) the furniture elements above. A line break (<br>) ends a block. Linear in the size of the tree.
std::vector<TextBlock> CollectTextBlocks(const xmlNode* root, const FurnitureRules& rules,
                                         FurnitureMarkup markup = FurnitureMarkup::kTrusted);

// The lower-cased "class id" string of an element, as the furniture rules match it.
std::string ClassAndId(const xmlNode* element);
// True when an itemprop attribute's value (may be null) names schema.org's articleBody: the
// publisher's own mark of the article's text.
bool MarksArticleBody(const char* itemprop);

}  // namespace vigie
