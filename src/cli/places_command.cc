// `vigie places FILE...`: every place mention of each document, resolved, as JSON Lines
// (the geoparser on its own, as Mordecai and CLIFF are used).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/json_output.h"
#include "core/data_paths.h"
#include "extract/article_extractor.h"
#include "places/geoparser.h"
#include "source/input_reader.h"
#include "text/text_analyzer.h"

namespace vigie {

namespace {

struct PlacesOptions {
  std::vector<std::string> inputs;
  size_t max_mib = 32;
  bool quiet = false;
};

nlohmann::ordered_json NameOrNull(const Gazetteer& gazetteer, int32_t place) {
  if (place < 0) return nullptr;
  return std::string(gazetteer.Name(gazetteer.Place(static_cast<uint32_t>(place))));
}

nlohmann::ordered_json MentionJson(const std::string& doc, std::string_view text, const Gazetteer& gazetteer,
                                   const ResolvedPlace& resolved) {
  const PlaceMention& mention = resolved.mention;
  const auto& place = gazetteer.Place(static_cast<uint32_t>(resolved.place));
  const std::string_view country = gazetteer.CountryName(place.country);
  const bool is_country = std::string_view(place.feature_code).starts_with("PCL");
  const bool is_admin1 = std::string_view(place.feature_code) == "ADM1";
  nlohmann::ordered_json out = {
      {"doc", doc},
      {"start", mention.start},
      {"end", mention.end},
      {"text", std::string(text.substr(mention.start, mention.end - mention.start))},
      {"name", std::string(gazetteer.Name(place))},
      {"geonameid", place.geonameid == 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(place.geonameid)},
      {"feature_code", std::string(place.feature_code)},
      {"country", country.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(std::string(country))},
      {"admin1", is_country ? nullptr : is_admin1 ? nlohmann::ordered_json(std::string(gazetteer.Name(place)))
                                                   : NameOrNull(gazetteer, place.admin1)},
      {"admin2", NameOrNull(gazetteer, place.admin2)},
      {"latitude", std::round(place.latitude * 1e5) / 1e5},
      {"longitude", std::round(place.longitude * 1e5) / 1e5},
      {"geo_precision", resolved.geo_precision},
      {"capital", NameOrNull(gazetteer, place.capital)},
      {"confidence", std::round(resolved.confidence * 100) / 100},
  };
  return out;
}

int RunPlaces(const PlacesOptions& options, const CommonOptions& common) {
  const auto data_dir = ResolveDataDir(common.data_dir);
  auto extractor = ArticleExtractor::Load(data_dir);
  auto analyzer = TextAnalyzer::Load(data_dir);
  if (!extractor.ok() || !analyzer.ok()) {
    fprintf(stderr, "vigie places: %s\n",
            (!extractor.ok() ? extractor.status() : analyzer.status()).message().c_str());
    return 2;
  }
  auto gazetteer = OpenCommandGazetteer(common, data_dir, "places", options.quiet);
  if (!gazetteer.ok()) {
    fprintf(stderr, "vigie places: %s\n", gazetteer.status().message().c_str());
    return 2;
  }
  auto geoparser = Geoparser::Load(data_dir, std::move(gazetteer).value());
  if (!geoparser.ok()) {
    fprintf(stderr, "vigie places: %s\n", geoparser.status().message().c_str());
    return 2;
  }
  InputOptions input_options;
  input_options.max_document_bytes = options.max_mib << 20;
  InputReader reader(input_options);
  size_t documents = 0, mentions = 0, failed = 0;
  reader.Read(
      options.inputs,
      [&](Document&& document) {
        auto article = extractor->Extract(document);
        if (!article.ok()) {
          fprintf(stderr, "vigie places: %s\n", article.status().message().c_str());
          ++failed;
          return;
        }
        ++documents;
        const AnalysedText analysed = analyzer->Analyse(article->text, article->language);
        for (const ResolvedPlace& place : geoparser->Parse(article->text, analysed, {}, article->url)) {
          WriteJsonLine(MentionJson(article->doc, article->text, geoparser->gazetteer(), place), stdout);
          ++mentions;
        }
      },
      [&](const InputProblem& problem) {
        if (problem.is_warning) {
          if (!options.quiet) fprintf(stderr, "vigie places: warning: %s: %s\n", problem.input.c_str(), problem.message.c_str());
          return;
        }
        ++failed;
        fprintf(stderr, "vigie places: %s: %s\n", problem.input.c_str(), problem.message.c_str());
      });
  fflush(stdout);
  if (!options.quiet) fprintf(stderr, "vigie places: %zu documents, %zu place mentions, %zu failed\n", documents, mentions, failed);
  return failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterPlacesCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  auto options = std::make_shared<PlacesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "places",
      "Print every place mention of each document, resolved, as JSON Lines:\n"
      "  {doc, start, end, text, name, geonameid, feature_code, country, admin1, admin2,\n"
      "   latitude, longitude, geo_precision, capital, confidence}\n"
      "start/end are byte offsets into the text `vigie extract` prints. geo_precision is ACLED's:\n"
      "1 the place, 2 near it (\"30 km north of Djibo\"), 3 a region or country (its centre; the\n"
      "seat is in `capital`). Inputs as for `vigie extract`.");
  cmd->add_option("inputs", options->inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("--max-mib", options->max_mib, "Refuse documents larger than this many MiB")
      ->default_val(32)
      ->check(CLI::Range(1, 4096));
  cmd->add_flag("-q,--quiet", options->quiet, "Print only errors on standard error");
  cmd->callback([options, &common, exit_code] { *exit_code = RunPlaces(*options, common); });
}

}  // namespace vigie
