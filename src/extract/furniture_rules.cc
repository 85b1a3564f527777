#include "extract/furniture_rules.h"

#include <string.h>  // memmem

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/ascii.h"
#include "text/normalizer.h"

namespace vigie {

namespace {

// The comparison key of a paragraph: folded, with spaces and punctuation trimmed at both
// ends and inner whitespace collapsed.
std::string LineKey(std::string_view text) {
  std::string out = FoldKey(text);
  if (HasLooseWhitespace(out)) out = CollapseWhitespace(out);
  auto is_trim = [](char c) {
    return c == ' ' || c == ':' || c == '.' || c == '!' || c == '|' || c == '-' || c == '>';
  };
  while (!out.empty() && is_trim(out.back())) out.pop_back();
  size_t first = 0;
  while (first < out.size() && is_trim(out[first])) ++first;
  out.erase(0, first);  // in place: most keys start with a letter, and nothing is moved
  return out;
}

// A LineKey with every ASCII punctuation mark made a space, runs of spaces collapsed and one
// space at each end, so that a phrase is found as whole words whatever the commas between them.
std::string WordsKey(std::string_view key) {
  std::string out = " ";
  for (char c : key) {
    const bool mark =
        (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    if (mark || c == ' ') {
      if (out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

// True when `key` starts with `word` followed by a non-letter (or nothing).
bool StartsWithWord(const std::string& key, const std::string& word) {
  if (!key.starts_with(word)) return false;
  if (key.size() == word.size()) return true;
  unsigned char next = static_cast<unsigned char>(key[word.size()]);
  return !((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') || next >= 0x80);
}

constexpr size_t kMaxListedHeadline = 200;  // a linked headline; longer means the article goes on

// True when every paragraph after `from` is short enough to be a listed headline.
bool OnlyShortParagraphsAfter(const std::vector<std::string>& paragraphs, const std::string* from) {
  for (const std::string* p = from + 1; p < paragraphs.data() + paragraphs.size(); ++p)
    if (p->size() > kMaxListedHeadline) return false;
  return true;
}

constexpr size_t kMaxPrefixParagraph = 160;  // a "Lire aussi : ..." line is a headline, not prose
constexpr size_t kMaxCutParagraph = 100;     // a comment-section heading is short
// A legal notice is a sentence or three; an article paragraph quoting one runs longer.
constexpr size_t kMaxNoticeParagraph = 600;

}  // namespace

bool FurnitureRules::Add(std::string_view rule, std::string_view pattern) {
  if (rule == "drop-class") {
    drop_class_.Add(pattern);
  } else if (rule == "drop-class-always") {
    drop_class_always_.Add(pattern);
  } else if (rule == "keep-class") {
    keep_class_.Add(pattern);
  } else if (rule == "line") {
    const std::string key = LineKey(pattern);
    longest_line_ = std::max(longest_line_, key.size());
    lines_.insert(key);
  } else if (rule == "prefix") {
    prefixes_.push_back(LineKey(pattern));
  } else if (rule == "cut") {
    cuts_.push_back(LineKey(pattern));
  } else if (rule == "notice") {
    Notice notice{WordsKey(LineKey(pattern)), {}};
    for (size_t start = 1, end; start < notice.words.size(); start = end + 1) {
      end = notice.words.find(' ', start);
      if (end - start > notice.anchor.size()) notice.anchor = notice.words.substr(start, end - start);
    }
    const size_t n = notice.anchor.size();
    notice.shift.fill(static_cast<uint8_t>(std::min<size_t>(n, 255)));
    for (size_t j = 0; j + 1 < n; ++j) {
      notice.shift[static_cast<unsigned char>(notice.anchor[j])] =
          static_cast<uint8_t>(std::min<size_t>(n - 1 - j, 255));
    }
    notices_.push_back(std::move(notice));
  } else if (rule == "cut-heading") {
    if (pattern.ends_with(" *")) {
      cut_heading_starts_.push_back(LineKey(pattern.substr(0, pattern.size() - 2)));
    } else {
      const std::string key = LineKey(pattern);
      longest_cut_heading_ = std::max(longest_cut_heading_, key.size());
      cut_headings_.insert(key);
    }
  } else {
    return false;
  }
  return true;
}

Result<FurnitureRules> FurnitureRules::Load(const std::filesystem::path& path, std::vector<DataProblem>* problems) {
  std::vector<DataProblem> local;
  if (problems == nullptr) problems = &local;
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  FurnitureRules rules;
  for (const DataLine& line : lines.value()) {
    if (line.fields.size() != 2 || line.fields[1].empty()) {
      problems->push_back({path.string(), line.number, "expected 2 tab-separated fields (rule, pattern)"});
      continue;
    }
    const std::string& pattern = line.fields[1];
    if ((line.fields[0] == "drop-class" || line.fields[0] == "drop-class-always" || line.fields[0] == "keep-class") &&
        std::any_of(pattern.begin(), pattern.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      problems->push_back({path.string(), line.number, "class patterns are matched in lower case: \"" + pattern + "\""});
      continue;
    }
    if (!rules.Add(line.fields[0], pattern)) {
      problems->push_back(
          {path.string(), line.number,
           "unknown rule \"" + line.fields[0] +
               "\" (drop-class, drop-class-always, keep-class, line, prefix, notice, cut, cut-heading)"});
    }
  }
  return rules;
}

void FurnitureRules::ClassPatterns::Add(std::string_view pattern) {
  if (pattern.find('-') != std::string_view::npos) anywhere_.emplace_back(pattern);
  else words_.emplace(pattern);
}

bool FurnitureRules::ClassPatterns::Matches(std::string_view class_and_id) const {
  for (const std::string& pattern : anywhere_)
    if (class_and_id.find(pattern) != std::string_view::npos) return true;
  if (words_.empty()) return false;
  size_t start = 0;
  while (start < class_and_id.size()) {
    size_t end = start;
    while (end < class_and_id.size() && class_and_id[end] != ' ' && class_and_id[end] != '-' && class_and_id[end] != '_')
      ++end;
    if (words_.find(class_and_id.substr(start, end - start)) != words_.end()) return true;
    start = end + 1;
  }
  return false;
}

FurnitureRules::ClassVerdict FurnitureRules::Classify(std::string_view class_and_id) const {
  if (class_and_id.empty()) return ClassVerdict::kNone;
  const bool always = drop_class_always_.Matches(class_and_id);
  if (!always && !drop_class_.Matches(class_and_id)) return ClassVerdict::kNone;
  if (MarksContent(class_and_id)) return ClassVerdict::kNone;
  return always ? ClassVerdict::kFurnitureAnySize : ClassVerdict::kFurniture;
}

bool FurnitureRules::IsCutHeading(const std::string& key) const {
  if (key.size() <= longest_cut_heading_ && cut_headings_.count(key)) return true;
  return key.size() <= kMaxCutParagraph && std::any_of(cut_heading_starts_.begin(), cut_heading_starts_.end(),
                                                       [&](const std::string& s) { return StartsWithWord(key, s); });
}

bool FurnitureRules::Notice::In(std::string_view text) const {
  const size_t n = anchor.size();
  if (n == 0) return true;
  const char last = anchor[n - 1];
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen places at a time: those where the anchor's first and last bytes both stand,
  // rare in prose, are compared in full (one mispredicted branch per block at most, where
  // Horspool's skips paid a dozen instructions each few bytes).
  const __m128i first_byte = _mm_set1_epi8(anchor[0]);
  const __m128i last_byte = _mm_set1_epi8(last);
  for (; i + n - 1 + 16 <= text.size(); i += 16) {
    const __m128i at_first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i at_last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + n - 1));
    auto starts = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(at_first, first_byte), _mm_cmpeq_epi8(at_last, last_byte))));
    for (; starts != 0; starts &= starts - 1) {
      const size_t at = i + static_cast<size_t>(std::countr_zero(starts));
      if (n <= 2 || std::memcmp(text.data() + at + 1, anchor.data() + 1, n - 2) == 0) return true;
    }
  }
#endif
  for (; i + n <= text.size(); i += shift[static_cast<unsigned char>(text[i + n - 1])]) {
    if (text[i + n - 1] == last && std::memcmp(text.data() + i, anchor.data(), n - 1) == 0) return true;
  }
  return false;
}

bool FurnitureRules::IsNotice(std::string_view key) const {
  std::string words;  // WordsKey(key), made once a notice's anchor word is found
  for (const Notice& notice : notices_) {
    if (!notice.In(key)) continue;
    if (words.empty()) words = WordsKey(key);
    if (words.find(notice.words) != std::string::npos) return true;
  }
  return false;
}

bool FurnitureRules::MarksContent(std::string_view class_and_id) const { return keep_class_.Matches(class_and_id); }

void FurnitureRules::TrimParagraphs(std::vector<std::string>& paragraphs) const {
  size_t total = 0;
  for (const auto& p : paragraphs) total += p.size();
  size_t seen = 0;
  std::vector<std::string> kept;
  kept.reserve(paragraphs.size());
  for (auto& paragraph : paragraphs) {
    const size_t before = seen;
    seen += paragraph.size();
    if (paragraph.size() > 4 * kMaxPrefixParagraph) {  // long prose is never furniture
      kept.push_back(std::move(paragraph));
      continue;
    }
    std::string key = LineKey(paragraph);
    if (!key.empty() && paragraph.size() <= kMaxCutParagraph && before * 10 >= total * 3 &&
        std::any_of(cuts_.begin(), cuts_.end(), [&](const std::string& c) { return StartsWithWord(key, c); }))
      break;
    if (IsCutHeading(key) && before * 10 >= total * 3 && OnlyShortParagraphsAfter(paragraphs, &paragraph)) break;
    if (key.empty() || (key.size() <= longest_line_ && lines_.count(key))) continue;
    if (paragraph.size() <= kMaxPrefixParagraph &&
        std::any_of(prefixes_.begin(), prefixes_.end(), [&](const std::string& p) { return StartsWithWord(key, p); }))
      continue;
    if (paragraph.size() <= kMaxNoticeParagraph && IsNotice(key)) continue;
    kept.push_back(std::move(paragraph));
  }
  paragraphs.swap(kept);
}

}  // namespace vigie
