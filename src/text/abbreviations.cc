#include "text/abbreviations.h"

namespace vigie {

Result<AbbreviationList> AbbreviationList::Load(const std::filesystem::path& path,
                                                std::vector<DataProblem>* problems) {
  std::vector<DataProblem> local;
  if (problems == nullptr) problems = &local;
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  AbbreviationList list;
  for (const DataLine& line : lines.value()) {
    if (line.fields.size() != 2) {
      problems->push_back({path.string(), line.number, "expected 2 tab-separated fields (language, abbreviation)"});
      continue;
    }
    const std::string& lang = line.fields[0];
    const std::string& word = line.fields[1];
    if (lang != "fr" && lang != "en" && lang != "*") {
      problems->push_back({path.string(), line.number, "language must be fr, en or *, not \"" + lang + "\""});
      continue;
    }
    if (word.size() < 2 || word.back() != '.' || word.find(' ') != std::string::npos) {
      problems->push_back({path.string(), line.number, "abbreviation must be one word ending in '.': \"" + word + "\""});
      continue;
    }
    list.Add(lang, word);
  }
  return list;
}

void AbbreviationList::Add(std::string_view language, std::string_view word) {
  if (language == "fr" || language == "*") fr_.emplace(word);
  if (language == "en" || language == "*") en_.emplace(word);
}

bool AbbreviationList::Contains(std::string_view language, std::string_view word) const {
  auto lookup = [&](const std::unordered_set<std::string>& set) {
    if (set.count(std::string(word))) return true;
    // "Sept." → "sept.": capitalised at the start of a clause or in a dateline.
    if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
      std::string lower(word);
      lower[0] = static_cast<char>(lower[0] + 32);
      return set.count(lower) > 0;
    }
    return false;
  };
  if (language == "fr") return lookup(fr_);
  if (language == "en") return lookup(en_);
  return lookup(fr_) || lookup(en_);
}

}  // namespace vigie
