// `vigie eval --gold GOLD.jsonl FILE...`: code the files and score the events against the
// gold (DESIGN.md section 5): event precision, recall and F1, then over matched pairs the
// sub-event, actor, fatality and location accuracies.
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "coding/event_coder.h"
#include "core/data_paths.h"
#include "evaluation/event_scorer.h"
#include "source/input_reader.h"

namespace vigie {

namespace {

struct EvalOptions {
  std::string gold;
  std::string db;
  std::vector<std::string> inputs;
  bool details = false;
  bool quiet = false;
};

std::string Ratio(size_t a, size_t b) {
  char buffer[64];
  if (b == 0) return "-";
  std::snprintf(buffer, sizeof buffer, "%.3f (%zu/%zu)", static_cast<double>(a) / static_cast<double>(b), a, b);
  return buffer;
}

int RunEval(const EvalOptions& options, const CommonOptions& common) {
  if (!options.db.empty()) {
    fprintf(stderr, "vigie eval: --db needs the event store, which is not built yet; give the coded FILEs instead\n");
    return 2;
  }
  std::vector<DataProblem> problems;
  auto gold = LoadGold(options.gold, &problems);
  for (const DataProblem& problem : problems) fprintf(stderr, "vigie eval: %s\n", problem.ToString().c_str());
  if (!gold.ok()) {
    fprintf(stderr, "vigie eval: %s\n", gold.status().message().c_str());
    return 2;
  }
  auto loaded = LoadCodingStages(common, "", "eval", /*quiet=*/false);
  if (auto* status = std::get_if<int>(&loaded)) return *status;
  auto& stages = std::get<CodingStages>(loaded);
  std::map<std::string, std::string> published_by_doc;
  for (const GoldDocument& doc : gold.value()) published_by_doc[doc.doc] = doc.published;
  std::map<std::string, std::vector<EventRecord>> predicted;
  size_t failed = 0;
  InputReader reader;
  reader.Read(
      options.inputs,
      [&](Document&& document) {
        // A gold line's publication date stands in when the document has none.
        if (document.published.empty()) {
          auto it = published_by_doc.find(document.id);
          if (it != published_by_doc.end()) document.published = it->second;
        }
        auto article = stages.extractor.Extract(document);
        if (!article.ok()) {
          fprintf(stderr, "vigie eval: %s\n", article.status().message().c_str());
          ++failed;
          return;
        }
        predicted[article->doc] = stages.coder.Code(article.value()).events;
      },
      [&](const InputProblem& problem) {
        if (!problem.is_warning) ++failed;
        if (!options.quiet || !problem.is_warning) {
          fprintf(stderr, "vigie eval: %s: %s\n", problem.input.c_str(), problem.message.c_str());
        }
      });
  size_t missing = 0;
  for (const GoldDocument& doc : gold.value()) missing += !predicted.contains(doc.doc);
  if (missing > 0) {
    fprintf(stderr, "vigie eval: warning: %zu gold documents are not among the inputs (they count as coded empty)\n",
            missing);
  }
  std::vector<std::string> details;
  const EventScores s = ScoreEvents(gold.value(), predicted, options.details ? &details : nullptr);
  for (const std::string& line : details) printf("  %s\n", line.c_str());
  printf("documents            %zu\n", s.documents);
  printf("gold events          %zu\n", s.gold);
  printf("predicted events     %zu\n", s.predicted);
  printf("matched              %zu\n", s.matched);
  printf("event precision      %.3f\n", s.Precision());
  printf("event recall         %.3f\n", s.Recall());
  printf("event F1             %.3f\n", s.F1());
  printf("sub_event_type       %s\n", Ratio(s.sub_event_correct, s.sub_event_scored).c_str());
  printf("actors               %s\n", Ratio(s.actors_correct, s.actors_scored).c_str());
  printf("fatalities exact     %s\n", Ratio(s.fatalities_correct, s.fatalities_scored).c_str());
  printf("located within 10 km %s\n", Ratio(s.located_within_10km, s.located_scored).c_str());
  return failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterEvalCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Code FILEs and score the events against GOLD (JSON Lines, one document a line:\n"
      "{doc, published, events: [{event_type, sub_event_type?, event_date, date_tolerance_days?,\n"
      "actors?, location?, latitude?, longitude?, location_tolerance_km?, fatalities?}]}).\n"
      "A predicted event matches a gold one when its type is acceptable and its date and place are\n"
      "within tolerance; pairs are taken closest first, one to one. Prints event precision, recall\n"
      "and F1, then sub-event, actor, fatality and location accuracy over the matched pairs.");
  cmd->add_option("--gold", options->gold, "Gold events (JSON Lines)")->required()->check(CLI::ExistingFile);
  cmd->add_option("--db", options->db, "Score the events of a store instead of coding FILEs (not available yet)");
  cmd->add_option("inputs", options->inputs, "The documents the gold describes (files, directories, JSON Lines)");
  cmd->add_flag("--details", options->details, "List every missed and every extra event");
  cmd->add_flag("-q,--quiet", options->quiet, "Print only errors on standard error");
  cmd->callback([options, &common, exit_code] {
    if (options->inputs.empty() && options->db.empty()) {
      fprintf(stderr, "vigie eval: give the documents to code (FILE...) or --db\n");
      *exit_code = 2;
      return;
    }
    *exit_code = RunEval(*options, common);
  });
}

}  // namespace vigie
