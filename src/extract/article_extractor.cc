#include "extract/article_extractor.h"

#include <algorithm>

#include "core/ascii.h"
#include "extract/content_selector.h"
#include "extract/dom_text.h"
#include "extract/html_document.h"
#include "extract/publication_date.h"
#include "text/charset.h"
#include "text/language_identifier.h"
#include "text/normalizer.h"

namespace vigie {

namespace {

struct PageMetadata {
  std::string og_title, html_title, h1, site_name, canonical_url, language_hint;
};

void CollectMetadata(const xmlNode* node, PageMetadata& meta) {
  for (const xmlNode* n = node; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    std::string_view name = ElementName(n);
    if (name == "meta") {
      std::string key = AsciiLower(Attribute(n, "property"));
      if (key.empty()) key = AsciiLower(Attribute(n, "name"));
      if ((key == "og:title" || key == "twitter:title") && meta.og_title.empty()) meta.og_title = Attribute(n, "content");
      if ((key == "og:site_name" || key == "application-name") && meta.site_name.empty())
        meta.site_name = Attribute(n, "content");
      if (key == "og:url" && meta.canonical_url.empty()) meta.canonical_url = Attribute(n, "content");
      if (AsciiLower(Attribute(n, "http-equiv")) == "content-language" && meta.language_hint.empty())
        meta.language_hint = Attribute(n, "content");
    } else if (name == "title" && meta.html_title.empty()) {
      // An unclosed <title> holds the rest of the page: its first text is the title.
      const xmlNode* first = n->children;
      meta.html_title = first && first->type == XML_TEXT_NODE && first->content && first->next
                            ? CollapseWhitespace(reinterpret_cast<const char*>(first->content))
                            : CollapsedText(n);
    } else if (name == "h1" && meta.h1.empty()) {
      meta.h1 = CollapsedText(n);
    } else if (name == "link" && AsciiLower(Attribute(n, "rel")) == "canonical") {
      meta.canonical_url = Attribute(n, "href");
    } else if (name == "html" && meta.language_hint.empty()) {
      meta.language_hint = Attribute(n, "lang");
    }
    if (n->children && name != "script" && name != "style") CollectMetadata(n->children, meta);
  }
}

size_t TotalSize(const std::vector<std::string>& paragraphs) {
  size_t n = 0;
  for (const auto& p : paragraphs) n += p.size();
  return n;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// "Headline | Site" → "Headline": split at every separator; the h1 when it is one of the
// parts, else the part with the most words once the site name is left out (sites put their
// name first or last, sometimes with a slogan), else the whole title.
std::string CleanTitle(std::string title, const std::string& h1, const std::string& site_name) {
  title = CollapseWhitespace(title);
  static constexpr std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", " :: ", " » ", " · "};
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= title.size()) {
    size_t best = std::string::npos, best_len = 0;
    for (std::string_view sep : kSeparators) {
      size_t at = title.find(sep, start);
      if (at < best) {
        best = at;
        best_len = sep.size();
      }
    }
    parts.push_back(CollapseWhitespace(title.substr(start, best == std::string::npos ? std::string::npos : best - start)));
    if (best == std::string::npos) break;
    start = best + best_len;
  }
  if (parts.size() < 2) return title;
  const std::string h1_key = FoldKey(h1);
  for (const auto& part : parts)
    if (!h1_key.empty() && FoldKey(part) == h1_key) return part;
  const std::string site_key = FoldKey(site_name);
  const std::string* longest = nullptr;
  for (const auto& part : parts) {
    if (!site_key.empty() && FoldKey(part) == site_key) continue;
    if (longest == nullptr || WordCount(part) > WordCount(*longest)) longest = &part;
  }
  constexpr size_t kMinHeadlineWords = 4;  // shorter parts are section or site names
  if (longest != nullptr && WordCount(*longest) >= kMinHeadlineWords) return *longest;
  return title;
}

// Plain text: blank lines separate paragraphs. Inside a paragraph, a line break after a
// long line that stops mid-sentence is a hard wrap and is joined; other lines (headings,
// "Partager :", "Facebook" pasted with the article) stay paragraphs of their own.
bool EndsUnit(std::string_view line) {
  constexpr size_t kMinWrappedLine = 40;  // shorter lines are labels or headings, not wrapped prose
  if (line.size() < kMinWrappedLine) return true;
  const char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || line.ends_with("\u00bb") ||
         line.ends_with("\u2026") || last == '"';
}

std::vector<std::string> TextParagraphs(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::string current;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    // Most lines need no collapsing: they are read where they lie, not copied.
    const std::string_view raw = std::string_view(text).substr(start, end - start);
    const bool loose = HasLooseWhitespace(raw);
    const std::string collapsed = loose ? CollapseWhitespace(raw) : std::string();
    const std::string_view line = loose ? std::string_view(collapsed) : raw;
    start = end + 1;
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (!current.empty()) current.push_back(' ');
    current += line;
    if (EndsUnit(line)) {
      paragraphs.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

}  // namespace

Result<ArticleExtractor> ArticleExtractor::Load(const std::filesystem::path& data_dir) {
  auto furniture = FurnitureRules::Load(data_dir / "lexicon" / "furniture.tsv", nullptr);
  if (!furniture.ok()) return furniture.status();
  auto dates = DateParser::Load(data_dir / "lexicon" / "dates.tsv", nullptr);
  if (!dates.ok()) return dates.status();
  return ArticleExtractor(std::move(furniture).value(), std::move(dates).value());
}

Result<ExtractedArticle> ArticleExtractor::Extract(const Document& document) const {
  const bool is_html = document.type == ContentType::kHtml;
  CharsetGuess charset = DetectCharset(document.bytes, document.charset, is_html);
  auto utf8 = ConvertToUtf8(document.bytes, charset.name);
  if (!utf8.ok()) return Status::Error(document.id + ": " + utf8.status().message());
  auto article = is_html ? ExtractHtml(document, std::move(utf8).value()) : ExtractText(document, std::move(utf8).value());
  if (article.ok() && charset.source == CharsetSource::kFallback)
    article->warnings.push_back("no charset declared and not UTF-8: read as windows-1252");
  return article;
}

Result<ExtractedArticle> ArticleExtractor::ExtractHtml(const Document& document, std::string utf8) const {
  auto page = HtmlDocument::Parse(utf8);
  if (!page.ok()) return Status::Error(document.id + ": " + page.status().message());
  PageMetadata meta;
  CollectMetadata(page->root(), meta);

  ExtractedArticle article;
  article.url = document.url.empty() ? meta.canonical_url : document.url;
  article.site_name = CollapseWhitespace(meta.site_name);
  if (!document.title.empty()) {
    article.title = CollapseWhitespace(document.title);
  } else if (!meta.og_title.empty()) {
    article.title = CleanTitle(CollapseWhitespace(meta.og_title), meta.h1, meta.site_name);
  } else if (!meta.html_title.empty()) {
    article.title = CleanTitle(meta.html_title, meta.h1, meta.site_name);
  } else {
    article.title = meta.h1;
  }

  // The whole tree, not only <body>: after a stray </body> or an unknown tag in <head>, the
  // parser leaves the page's content outside <body>. <head>'s own elements hold no text.
  std::vector<TextBlock> blocks = CollectTextBlocks(page->root(), furniture_);
  std::vector<std::string> paragraphs = SelectArticleParagraphs(blocks, furniture_);
  // When the furniture markup leaves almost nothing, it may be wrong (see FurnitureMarkup):
  // try again without it, and take that article when it is over twice as long (a short
  // article is not traded for one padded with its page's footer).
  constexpr size_t kShortArticleBytes = 500;
  if (TotalSize(paragraphs) < kShortArticleBytes) {
    std::vector<TextBlock> all_blocks = CollectTextBlocks(page->root(), furniture_, FurnitureMarkup::kIgnored);
    std::vector<std::string> retry = SelectArticleParagraphs(all_blocks, furniture_);
    if (TotalSize(retry) > 2 * TotalSize(paragraphs)) paragraphs.swap(retry);
  }
  // The headline repeated at the top of the body is the title, not the article.
  const std::string title_key = FoldKey(article.title);
  while (!paragraphs.empty() && !title_key.empty() && FoldKey(paragraphs.front()) == title_key)
    paragraphs.erase(paragraphs.begin());
  Finish(document, std::move(paragraphs), article);

  if (!document.published.empty()) {
    article.published = document.published;
  } else if (auto date = FindPublicationDate(page->root(), article.url.empty() ? document.id : article.url,
                                             article.text, dates_)) {
    article.published = date->date.ToString();
  }
  article.language = IdentifyLanguage(article.text.empty() ? article.title : article.text, meta.language_hint).code;
  if (article.text.empty()) return Status::Error(document.id + ": no article text found in the page");
  return article;
}

Result<ExtractedArticle> ArticleExtractor::ExtractText(const Document& document, std::string utf8) const {
  ExtractedArticle article;
  article.url = document.url;
  std::vector<std::string> paragraphs = TextParagraphs(utf8);
  if (!document.title.empty()) {
    article.title = CollapseWhitespace(document.title);
  } else if (!paragraphs.empty() && paragraphs.front().size() <= 200 && paragraphs.size() > 1 &&
             paragraphs.front().back() != '.') {
    article.title = paragraphs.front();  // a headline line; it stays in the text as well
  }
  Finish(document, std::move(paragraphs), article);
  if (!document.published.empty()) {
    article.published = document.published;
  } else if (auto date = DateFromUrl(document.url)) {
    article.published = date->ToString();
  } else if (auto found = FindPublicationDate(nullptr, "", article.text, dates_)) {
    article.published = found->date.ToString();
  }
  article.language = IdentifyLanguage(article.text).code;
  if (article.text.empty()) return Status::Error(document.id + ": no text left after removing page furniture");
  return article;
}

void ArticleExtractor::Finish(const Document& document, std::vector<std::string> paragraphs,
                              ExtractedArticle& article) const {
  article.doc = document.id;
  furniture_.TrimParagraphs(paragraphs);
  std::string text;
  for (const std::string& p : paragraphs) {
    if (p.empty()) continue;
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  article.text = ToNfc(text);
  article.title = ToNfc(article.title);
}

}  // namespace vigie
