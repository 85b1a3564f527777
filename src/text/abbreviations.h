// Abbreviations that end in a period without ending a sentence ("M.", "sept.", "Gen.").
// Loaded from data/lexicon/abbreviations.tsv so analysts can add entries.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"

namespace vigie {

class AbbreviationList {
 public:
  // Reads lines "LANG<TAB>ABBREVIATION" where LANG is fr, en or * (both) and the
  // abbreviation ends with '.'. Bad lines are reported in `problems` and skipped.
  static Result<AbbreviationList> Load(const std::filesystem::path& path, std::vector<DataProblem>* problems);

  // Adds one entry (used by Load and by tests). `word` includes the final period.
  void Add(std::string_view language, std::string_view word);

  // True when `word` (with its final period, as written) is an abbreviation in
  // `language` ("fr", "en"; any other value checks both). An entry written in lower
  // case also matches its capitalised form ("sept." matches "Sept.").
  bool Contains(std::string_view language, std::string_view word) const;

  size_t size() const { return fr_.size() + en_.size(); }

 private:
  std::unordered_set<std::string> fr_;
  std::unordered_set<std::string> en_;
};

}  // namespace vigie
