#include "extract/content_selector.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/dom_text.h"
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
  size_t prose_bytes = 0;  // in blocks that count as prose (IsProse)
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

// Headings are not prose, except on pages that style their paragraphs as headings (<h4>
// holding whole sentences): no headline runs past this length.
constexpr size_t kMaxHeadingBytes = 150;

bool IsProse(const TextBlock& block) {
  return block.text.size() >= kMinProseBytes && block.LinkDensity() <= kMaxProseLinkDensity &&
         (!block.is_heading || block.text.size() > kMaxHeadingBytes);
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

double LinkDensity(const ElementStats& s) {
  return s.text_bytes ? static_cast<double>(s.link_bytes) / s.text_bytes : 0;
}

// The prose score discounted by link density.
double FinalScore(const ElementStats& s) { return s.score * (1 - LinkDensity(s)); }

// An article cut into sections (a container per paragraph group, each with its own layout
// wrappers) scores several near-equal candidates. When at least three of the runners-up
// within three quarters of the best score sit under one ancestor of the best, that ancestor
// is the article (Readability's rule). `ranked` is sorted best first.
constexpr size_t kRankedCandidates = 5;
constexpr double kRunnerUpShare = 0.75;
constexpr int kMinSharingCandidates = 3;
const xmlNode* SharedAncestor(const std::vector<std::pair<double, const xmlNode*>>& ranked) {
  if (ranked.size() < kMinSharingCandidates + 1) return nullptr;
  std::vector<const xmlNode*> runners_up;
  for (size_t i = 1; i < ranked.size() && i < kRankedCandidates; ++i)
    if (ranked[i].first >= kRunnerUpShare * ranked.front().first) runners_up.push_back(ranked[i].second);
  if (runners_up.size() < kMinSharingCandidates) return nullptr;
  for (const xmlNode* ancestor = ranked.front().second->parent; ancestor && ancestor->type == XML_ELEMENT_NODE;
       ancestor = ancestor->parent) {
    if (ElementName(ancestor) == "body") break;
    int inside = 0;
    for (const xmlNode* n : runners_up)
      for (const xmlNode* up = n->parent; up; up = up->parent)
        if (up == ancestor) {
          ++inside;
          break;
        }
    if (inside >= kMinSharingCandidates) return ancestor;
  }
  return nullptr;
}

// The best candidate is often one section of the article: widen it to each enclosing
// element whose additional text is itself prose with few links (more sections, their
// headings and captions), and stop at the first that adds furniture.
constexpr double kMinAddedProseShare = 0.7;  // headings and captions between sections fit in the rest
constexpr double kMaxAddedLinkShare = 0.1;   // teaser lists (linked headline + summary) have more
const xmlNode* WidenWhileProseContinues(const xmlNode* top,
                                        const std::unordered_map<const xmlNode*, ElementStats>& stats) {
  for (const xmlNode* up = top->parent; up && up->type == XML_ELEMENT_NODE && ElementName(up) != "body";
       up = up->parent) {
    const ElementStats& inner = stats.at(top);
    const ElementStats& outer = stats.at(up);
    const double added = static_cast<double>(outer.text_bytes - inner.text_bytes);
    if (added > 0 && (static_cast<double>(outer.prose_bytes - inner.prose_bytes) < kMinAddedProseShare * added ||
                      static_cast<double>(outer.link_bytes - inner.link_bytes) > kMaxAddedLinkShare * added))
      break;
    top = up;
  }
  return top;
}

// schema.org's articleBody: the publisher's own mark of the article's text. It wins over
// the scored candidates when it holds this much prose (a photo gallery of fifty captions
// outscores a seven-paragraph article beside it); it is neither widened nor joined by
// siblings (the gallery next to it is prose too).
constexpr size_t kMinMarkedBodyProse = 500;
bool MarkedArticleBody(const xmlNode* node) {
  const xmlAttr* attr = xmlHasProp(node, reinterpret_cast<const xmlChar*>("itemprop"));
  return attr != nullptr && attr->children != nullptr &&
         MarksArticleBody(reinterpret_cast<const char*>(attr->children->content));
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
  // Text, link and prose totals for every ancestor.
  for (const TextBlock& block : blocks) {
    const size_t prose = IsProse(block) ? block.text.size() : 0;
    for (const xmlNode* n = block.element; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
      ElementStats& s = stats[n];
      s.text_bytes += block.text.size();
      s.link_bytes += block.link_chars;
      s.prose_bytes += prose;
    }
  }
  // Prose scores flow up five levels, as in Readability's heuristic.
  // Candidates in the order they are first scored (document order), so that ties between
  // equal scores go to the earlier element whatever the heap addresses are.
  std::unordered_set<const xmlNode*> scored;
  std::vector<const xmlNode*> candidates;
  const xmlNode* marked_body = nullptr;  // the articleBody with the most prose
  for (const TextBlock& block : blocks) {
    if (!IsProse(block)) continue;
    const double score = ProseScore(block);
    const xmlNode* n = block.element ? block.element->parent : nullptr;
    static constexpr double kLevelDivisor[] = {1, 2, 6, 9, 12};
    for (size_t level = 0; level < std::size(kLevelDivisor) && n && n->type == XML_ELEMENT_NODE;
         ++level, n = n->parent) {
      ElementStats& s = stats[n];
      if (scored.insert(n).second) {
        candidates.push_back(n);
        s.score += TagPrior(ElementName(n));
        if (rules.MarksContent(ClassAndId(n))) s.score += kContentClassBonus;
        if (MarkedArticleBody(n) && (marked_body == nullptr || s.prose_bytes > stats[marked_body].prose_bytes)) {
          marked_body = n;
        }
      }
      s.score += score / kLevelDivisor[level];
    }
  }
  std::vector<std::pair<double, const xmlNode*>> ranked;  // (final score, candidate), best first
  ranked.reserve(candidates.size());
  for (const xmlNode* n : candidates) ranked.emplace_back(FinalScore(stats[n]), n);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  const xmlNode* top = ranked.empty() ? nullptr : ranked.front().second;
  double top_score = ranked.empty() ? 0 : ranked.front().first;
  if (const xmlNode* shared = SharedAncestor(ranked)) {
    top = shared;
    top_score = std::max(top_score, FinalScore(stats[shared]));
  }
  const bool publisher_marked = marked_body != nullptr && stats[marked_body].prose_bytes >= kMinMarkedBodyProse;
  if (publisher_marked) {
    top = marked_body;
  } else if (top != nullptr) {
    top = WidenWhileProseContinues(top, stats);
  }

  std::unordered_set<const xmlNode*> selected;
  if (top != nullptr) selected.insert(top);
  if (top != nullptr && !publisher_marked) {
    const xmlNode* parent = top->parent;
    const double threshold = std::max(10.0, top_score * kSiblingShare);
    for (const xmlNode* sibling = parent ? parent->children : nullptr; sibling; sibling = sibling->next) {
      if (sibling == top || sibling->type != XML_ELEMENT_NODE) continue;
      auto it = stats.find(sibling);
      if (it == stats.end()) continue;
      const ElementStats& s = it->second;
      if (FinalScore(s) >= threshold) selected.insert(sibling);
      // A lone paragraph next to the article body continues it.
      else if (ElementName(sibling) == "p" && s.text_bytes > 80 && LinkDensity(s) < 0.25)
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
