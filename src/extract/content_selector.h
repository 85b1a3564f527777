// Finds the article among a page's text blocks: the element whose paragraphs carry the
// most prose, plus siblings that continue it.
#pragma once

#include <string>
#include <vector>

#include "extract/dom_text.h"
#include "extract/furniture_rules.h"

namespace vigie {

// Returns the article's paragraphs in document order. Each block of prose (25+ characters,
// mostly not links) scores its five nearest ancestors (1 + commas + length/100, capped at 3,
// divided by 1, 2, 6, 9, 12 with distance); the best-scoring element, discounted by its link
// density and favoured when its class marks content, is the article. When three runners-up
// share an ancestor with it, that ancestor is the article instead; it is then widened to each
// enclosing element that adds only prose with few links (an article cut into sections), and
// joined by siblings scoring at least a fifth of it. Link lists and blocks made mostly of
// links are left out. When no block qualifies, every low-link block is returned. Linear in
// the number of blocks times the depth of the tree.
std::vector<std::string> SelectArticleParagraphs(std::vector<TextBlock>& blocks, const FurnitureRules& rules);

}  // namespace vigie
