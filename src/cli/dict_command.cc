// `vigie dict check`: reports every bad entry of the editable data files by file and line
// (lexicons, actors, the place lexicon; `vigie gazetteer check` also tries a gazetteer build).
#include <cstdio>
#include <filesystem>
#include <vector>

#include "cli/commands.h"
#include "core/data_paths.h"
#include "coding/actor_dictionary.h"
#include "coding/event_lexicon.h"
#include "coding/record_builder.h"
#include "extract/date_parser.h"
#include "places/place_lexicon.h"
#include "extract/furniture_rules.h"
#include "text/abbreviations.h"

namespace vigie {

namespace {

int RunDictCheck(const CommonOptions& common) {
  const std::filesystem::path dir = ResolveDataDir(common.data_dir);
  std::vector<DataProblem> problems;
  int unreadable = 0;
  auto report = [&](const Status& status) {
    if (!status.ok()) {
      fprintf(stderr, "%s\n", status.message().c_str());
      ++unreadable;
    }
  };
  report(AbbreviationList::Load(dir / "lexicon" / "abbreviations.tsv", &problems).status());
  report(FurnitureRules::Load(dir / "lexicon" / "furniture.tsv", &problems).status());
  report(DateParser::Load(dir / "lexicon" / "dates.tsv", &problems).status());
  report(EventLexicon::Load(dir / "lexicon", &problems).status());
  report(ActorDictionary::Load(dir / "actors", &problems).status());
  report(PlaceLexicon::Load(dir / "places", &problems).status());
  report(AcledCountries::Load(dir / "places" / "acled_countries.tsv", &problems).status());
  for (const DataProblem& problem : problems) printf("%s\n", problem.ToString().c_str());
  if (problems.empty() && unreadable == 0) {
    printf("%s: all data files are valid\n", dir.string().c_str());
    return 0;
  }
  fprintf(stderr, "vigie dict check: %zu bad entries, %d unreadable files\n", problems.size(), unreadable);
  return 1;
}

}  // namespace

void RegisterDictCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  CLI::App* dict = app.add_subcommand("dict", "Work with the editable dictionaries and lexicons in data/");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand(
      "check", "Check every data file and print each bad entry as FILE:LINE: problem (exit 1 if any)");
  check->callback([&common, exit_code] { *exit_code = RunDictCheck(common); });
}

}  // namespace vigie
