#include "coding/frame_classes.h"

#include <charconv>

namespace vigie {

Result<FrameClasses> FrameClasses::Load(const std::filesystem::path& path, std::vector<DataProblem>* problems) {
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  FrameClasses result;
  std::unordered_map<std::string, int> families;
  for (const DataLine& line : lines.value()) {
    auto report = [&](const std::string& message) {
      if (problems) problems->push_back({path.string(), line.number, message});
    };
    if (line.fields.size() != 4) {
      report("expected FRAME, FAMILY, RANK and CLASSES separated by tabs, found " + std::to_string(line.fields.size()) +
             " field(s)");
      continue;
    }
    FrameClass c;
    c.frame = line.fields[0];
    c.line = line.number;
    if (auto first = result.index_.find(c.frame); first != result.index_.end()) {
      report("FRAME '" + c.frame + "' is already on line " + std::to_string(result.classes_[first->second].line) +
             "; the first line wins");
      continue;
    }
    const std::string& rank = line.fields[2];
    auto [end, error] = std::from_chars(rank.data(), rank.data() + rank.size(), c.rank);
    if (error != std::errc() || end != rank.data() + rank.size() || c.rank < -10 || c.rank > 10) {
      report("RANK '" + rank + "' must be a whole number from -10 to 10");
      continue;
    }
    std::string bad;
    for (const std::string& name : SplitListField(line.fields[3])) {
      if (name == "violent")
        c.violent = true;
      else if (name == "weapon")
        c.weapon = true;
      else if (name == "harm")
        c.harm = true;
      else if (name == "takes-harm")
        c.takes_harm = true;
      else if (name == "demonstration")
        c.demonstration = true;
      else if (name == "outcome")
        c.outcome = true;
      else if (name == "resistance")
        c.resistance = true;
      else
        bad = name;
    }
    if (!bad.empty()) {
      report("CLASS '" + bad + "' must be violent, weapon, harm, takes-harm, demonstration, outcome or resistance");
      continue;
    }
    // A family name given once is the frame's own family.
    c.family = families.emplace(line.fields[1], static_cast<int>(families.size())).first->second;
    result.index_.emplace(c.frame, result.classes_.size());
    result.classes_.push_back(std::move(c));
  }
  return result;
}

const FrameClass& FrameClasses::Of(std::string_view frame) const {
  static const FrameClass kUnlisted;
  auto it = index_.find(frame);
  return it == index_.end() ? kUnlisted : classes_[it->second];
}

}  // namespace vigie
