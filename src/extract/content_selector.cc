#include "extract/content_selector.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/html_document.h"

namespace vigie {

namespace {

constexpr size_t kMinProseBytes = 25;     // shorter blocks are captions, labels, buttons
constexpr double kMaxProseLinkDensity = 0.5;
constexpr double kContentClassBonus = 25;
constexpr double kSiblingShare = 0.2;     // a sibling scoring a fifth of the best one continues it

struct ElementStats {
  double score = 0;
  size_t text_bytes = 0;
  size_t link_bytes = 0;
};

size_t CountCommas(const std::string& text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') ++n;
    // U+060C Arabic comma and U+FF0C fullwidth comma count too.
    if (text[i] == '\xD8' && i + 1 < text.size() && text[i + 1] == '\x8C') ++n;
  }
  return n;
}

double ProseScore(const TextBlock& block) {
  return 1.0 + static_cast<double>(CountCommas(block.text)) +
         std::min(static_cast<double>(block.text.size()) / 100.0, 3.0);
}

double TagPrior(std::string_view name) {
  if (name == "article" || name == "main") return 8;
  if (name == "div" || name == "section") return 5;
  if (name == "pre" || name == "td" || name == "blockquote") return 3;
  if (name == "ol" || name == "ul" || name == "dl" || name == "dd" || name == "dt" || name == "li") return -3;
  if (name.size() == 2 && name[0] == 'h') return -5;
  return 0;
}

bool IsInside(const xmlNode* node, const std::unordered_set<const xmlNode*>& roots) {
  for (const xmlNode* n = node; n; n = n->parent)
    if (roots.count(n)) return true;
  return false;
}

}  // namespace

std::vector<std::string> SelectArticleParagraphs(std::vector<TextBlock>& blocks, const FurnitureRules& rules) {
  std::unordered_map<const xmlNode*, ElementStats> stats;
  stats.reserve(blocks.size() * 4);
  // Text and link totals for every ancestor, for link density.
  for (const TextBlock& block : blocks) {
    for (const xmlNode* n = block.element; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
      ElementStats& s = stats[n];
      s.text_bytes += block.text.size();
      s.link_bytes += block.link_chars;
    }
  }
  // Prose scores flow up three levels, as in Readability's heuristic.
  // Candidates in the order they are first scored (document order), so that ties between
  // equal scores go to the earlier element whatever the heap addresses are.
  std::unordered_set<const xmlNode*> scored;
  std::vector<const xmlNode*> candidates;
  for (const TextBlock& block : blocks) {
    if (block.text.size() < kMinProseBytes || block.LinkDensity() > kMaxProseLinkDensity || block.is_heading)
      continue;
    const double score = ProseScore(block);
    const xmlNode* n = block.element ? block.element->parent : nullptr;
    static constexpr double kLevelDivisor[3] = {1, 2, 6};
    for (int level = 0; level < 3 && n && n->type == XML_ELEMENT_NODE; ++level, n = n->parent) {
      ElementStats& s = stats[n];
      if (scored.insert(n).second) {
        candidates.push_back(n);
        s.score += TagPrior(ElementName(n));
        if (rules.MarksContent(ClassAndId(n))) s.score += kContentClassBonus;
      }
      s.score += score / kLevelDivisor[level];
    }
  }
  const xmlNode* top = nullptr;
  double top_score = 0;
  for (const xmlNode* n : candidates) {
    const ElementStats& s = stats[n];
    const double density = s.text_bytes ? static_cast<double>(s.link_bytes) / s.text_bytes : 0;
    const double final_score = s.score * (1 - density);
    if (top == nullptr || final_score > top_score) {
      top = n;
      top_score = final_score;
    }
  }

  std::unordered_set<const xmlNode*> selected;
  if (top != nullptr) {
    selected.insert(top);
    const xmlNode* parent = top->parent;
    const double threshold = std::max(10.0, top_score * kSiblingShare);
    for (const xmlNode* sibling = parent ? parent->children : nullptr; sibling; sibling = sibling->next) {
      if (sibling == top || sibling->type != XML_ELEMENT_NODE) continue;
      auto it = stats.find(sibling);
      if (it == stats.end()) continue;
      const ElementStats& s = it->second;
      const double density = s.text_bytes ? static_cast<double>(s.link_bytes) / s.text_bytes : 0;
      if (s.score * (1 - density) >= threshold) selected.insert(sibling);
      // A lone paragraph next to the article body continues it.
      else if (ElementName(sibling) == "p" && s.text_bytes > 80 && density < 0.25)
        selected.insert(sibling);
    }
  }

  std::vector<std::string> paragraphs;
  for (TextBlock& block : blocks) {
    if (top != nullptr && !IsInside(block.element, selected)) continue;
    // Lists of links (tags, "related" lists) inside the article are not prose.
    if (block.LinkDensity() > kMaxProseLinkDensity && block.text.size() < 200) continue;
    paragraphs.push_back(std::move(block.text));
  }
  return paragraphs;
}

}  // namespace vigie
