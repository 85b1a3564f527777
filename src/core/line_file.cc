#include "core/line_file.h"

#include <fstream>
#include <sstream>

#include "core/utf8.h"

namespace vigie {

std::string DataProblem::ToString() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

std::vector<std::string> SplitListField(const std::string& field) {
  std::vector<std::string> out;
  if (field == "-" || field.empty()) return out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string::npos) bar = field.size();
    std::string_view item = Trim(std::string_view(field).substr(start, bar - start));
    if (!item.empty()) out.emplace_back(item);
    start = bar + 1;
  }
  return out;
}

Result<std::vector<DataLine>> ReadDataLines(const std::filesystem::path& path,
                                            std::vector<DataProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path.string() + ": cannot open data file");
  std::vector<DataLine> lines;
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    std::string_view view = Trim(raw);
    if (number == 1 && view.starts_with("\xEF\xBB\xBF")) view.remove_prefix(3);
    if (view.empty() || view.front() == '#') continue;
    if (!IsValidUtf8(view)) {
      if (problems) problems->push_back({path.string(), number, "not valid UTF-8"});
      continue;
    }
    DataLine line;
    line.number = number;
    size_t start = 0;
    while (true) {
      size_t tab = view.find('\t', start);
      line.fields.emplace_back(Trim(view.substr(start, tab == std::string_view::npos ? view.npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace vigie
