// Rules for page furniture (menus, share bars, comment forms...), loaded from
// data/lexicon/furniture.tsv so that analysts can extend them without recompiling.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"
#include "core/string_hash.h"

namespace vigie {

class FurnitureRules {
 public:
  // Reads the rule file; bad lines are reported in `problems` and skipped.
  static Result<FurnitureRules> Load(const std::filesystem::path& path, std::vector<DataProblem>* problems);

  // What the class rules say of an element with this lower-cased "class id" string.
  enum class ClassVerdict {
    kNone,
    kFurniture,        // a widget (share bar, sidebar...): dropped unless it holds the page
    kFurnitureAnySize  // comment threads and the like, which grow with the page: always dropped
  };
  ClassVerdict Classify(std::string_view class_and_id) const;
  // True when the class/id marks article content (used to weigh candidates).
  bool MarksContent(std::string_view class_and_id) const;

  // Removes furniture paragraphs: whole-line, prefix and notice rules anywhere, and from the
  // first cut line in the last 70% of the text onwards. Keeps order; linear in the text size.
  void TrimParagraphs(std::vector<std::string>& paragraphs) const;

  // Adds a rule (as a line of the file would); returns false for an unknown rule name.
  bool Add(std::string_view rule, std::string_view pattern);

 private:
  // The class/id patterns of one rule. A pattern with a '-' ("read-more") matches anywhere
  // in the "class id" string; a plain word ("promo") must equal one of its words, words
  // being split at spaces, '-' and '_', so that "promo" drops "promo-box" but not
  // "node-promoted". Matching splits the string once, whatever the number of patterns.
  class ClassPatterns {
   public:
    void Add(std::string_view pattern);
    bool Matches(std::string_view class_and_id) const;

   private:
    std::vector<std::string> anywhere_;
    std::unordered_set<std::string, StringHash, std::equal_to<>> words_;
  };
  // True when the paragraph key is a cut-heading: one of the headings, or a short one
  // starting with the words of a "WORDS *" pattern.
  bool IsCutHeading(const std::string& key) const;

  ClassPatterns drop_class_;
  ClassPatterns drop_class_always_;
  ClassPatterns keep_class_;
  // Whole-paragraph rules, and their longest key: a longer paragraph key (most of them) is
  // not hashed to be looked for.
  std::unordered_set<std::string> lines_;
  size_t longest_line_ = 0;
  std::vector<std::string> prefixes_;
  std::vector<std::string> cuts_;
  // A notice's words as WordsKey gives them (a space at each end), and its longest word:
  // a paragraph key without that word is not searched further (most paragraphs). The word is
  // looked for with Horspool's skips (`shift`: how far its last byte lets the search jump).
  struct Notice {
    std::string words;
    std::string anchor;
    std::array<uint8_t, 256> shift{};
    bool In(std::string_view text) const;
  };
  std::vector<Notice> notices_;
  bool IsNotice(std::string_view key) const;
  std::unordered_set<std::string> cut_headings_;
  size_t longest_cut_heading_ = 0;
  std::vector<std::string> cut_heading_starts_;  // "also in *": the words a heading starts with
};

}  // namespace vigie
