// Reading the line-oriented data files in data/: one entry a line, tab-separated fields,
// '#' comments, blank lines ignored. Problems are reported by file and line.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace vigie {

struct DataLine {
  int number = 0;                   // 1-based line number in the file
  std::vector<std::string> fields;  // tab-separated, each trimmed of surrounding spaces
};

// One problem found in a data file, printed as "file:line: message".
struct DataProblem {
  std::string file;
  int line = 0;
  std::string message;
  std::string ToString() const;
};

// The items of a '|'-separated list field, trimmed; "-" or "" give none.
std::vector<std::string> SplitListField(const std::string& field);

// Reads `path` as UTF-8 lines. Fails when the file is unreadable. Lines that are not
// valid UTF-8 are left out and reported in `problems`.
Result<std::vector<DataLine>> ReadDataLines(const std::filesystem::path& path,
                                            std::vector<DataProblem>* problems);

}  // namespace vigie
