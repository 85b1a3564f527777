// How the merger treats each event frame (data/lexicon/frame_classes.tsv): which frames tell
// of one incident, which one names it, and which are the harm, outcome or means of another.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"
#include "core/string_hash.h"

namespace vigie {

struct FrameClass {
  std::string frame;
  // Frames of one family told at one place and date are one incident. -1: a frame the file
  // does not list, which merges with none (the trigger loader refuses such frames).
  int family = -1;
  // How specific the frame is: the highest-ranked frame of an incident names it.
  int rank = 3;
  bool violent = false;        // a bare killing or a loose toll near it is its toll
  bool weapon = false;         // named by its means: next to an attack verb, it names the attack
  bool harm = false;           // a killing, wounding, burning or looting done in another incident
  bool takes_harm = false;     // an incident that harm told beside it is part of
  bool demonstration = false;  // clashes, burning or looting in its sentence make it a riot
  bool outcome = false;        // an arrest or a seizure in a battle's sentence is its outcome
  bool resistance = false;     // the attacked fought back: a fight, and a raid on civilians it ends is a clash
  int line = 0;

  // Whether a toll told apart from any trigger can be this incident's: violence, or an incident
  // that takes harm and is no demonstration (a riot, a mob, an abduction); a peaceful march has
  // no toll of its own.
  bool TakesToll() const { return violent || (takes_harm && !demonstration); }
};

class FrameClasses {
 public:
  // Reads FRAME, FAMILY, RANK and CLASSES lines. Bad lines are reported in `problems` (file
  // and line) and skipped; fails when the file is unreadable.
  static Result<FrameClasses> Load(const std::filesystem::path& path, std::vector<DataProblem>* problems);

  // The class of `frame`; for a frame the file does not list, one of no family, rank 3 and
  // no class. Cost: one hash lookup.
  const FrameClass& Of(std::string_view frame) const;
  bool Has(std::string_view frame) const { return index_.find(frame) != index_.end(); }

  // Whether frames of classes `a` and `b` belong to one family.
  static bool SameFamily(const FrameClass& a, const FrameClass& b) { return a.family >= 0 && a.family == b.family; }

 private:
  std::vector<FrameClass> classes_;
  std::unordered_map<std::string, size_t, StringHash, std::equal_to<>> index_;
};

}  // namespace vigie
