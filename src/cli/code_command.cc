// `vigie code FILE...|-`: extract, analyse and code each input; print its events as JSON
// Lines (the record of DESIGN.md section 3) or ACLED CSV. No database needed.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "coding/event_record_json.h"
#include "export/acled_csv.h"
#include "coding/event_coder.h"
#include "core/data_paths.h"
#include "source/input_reader.h"

namespace vigie {

namespace {

struct CodeOptions {
  std::vector<std::string> inputs;
  std::string published;
  std::string format = "jsonl";
  size_t max_mib = 32;
  bool quiet = false;
};

int RunCode(const CodeOptions& options, const CommonOptions& common) {
  auto loaded = LoadCodingStages(common, options.published, "code", options.quiet);
  if (auto* status = std::get_if<int>(&loaded)) return *status;
  auto& stages = std::get<CodingStages>(loaded);
  if (options.format == "csv") WriteAcledCsvHeader(stdout);
  InputOptions input_options;
  input_options.max_document_bytes = options.max_mib << 20;
  InputReader reader(input_options);
  size_t documents = 0, events = 0, failed = 0;
  reader.Read(
      options.inputs,
      [&](Document&& document) {
        auto article = stages.extractor.Extract(document);
        if (!article.ok()) {
          fprintf(stderr, "vigie code: %s\n", article.status().message().c_str());
          ++failed;
          return;
        }
        ++documents;
        CodedDocument coded = stages.coder.Code(article.value(), stages.options);
        if (!options.quiet) {
          for (const std::string& note : coded.notes) fprintf(stderr, "vigie code: %s: %s\n", article->doc.c_str(), note.c_str());
        }
        for (const EventRecord& event : coded.events) {
          if (options.format == "csv") {
            WriteAcledCsvRow(event, stdout);
          } else {
            std::string line = EventToJsonLine(event);
            line += '\n';
            fwrite(line.data(), 1, line.size(), stdout);
          }
          ++events;
        }
      },
      [&](const InputProblem& problem) {
        if (problem.is_warning) {
          if (!options.quiet) fprintf(stderr, "vigie code: warning: %s: %s\n", problem.input.c_str(), problem.message.c_str());
          return;
        }
        ++failed;
        fprintf(stderr, "vigie code: %s: %s\n", problem.input.c_str(), problem.message.c_str());
      });
  fflush(stdout);
  if (!options.quiet) fprintf(stderr, "vigie code: %zu documents, %zu events, %zu failed\n", documents, events, failed);
  return failed > 0 ? 1 : 0;
}

}  // namespace

void RegisterCodeCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "code",
      "Extract, analyse and code each input; print its events as JSON Lines, one ACLED event\n"
      "record per line (ACLED's columns, then date_start, date_end, fatalities_low/high, actor ids,\n"
      "geonameid, language, confidence, evidence [{doc, start, end, text, role}], sources, review),\n"
      "or as ACLED CSV (--format csv). Relative dates (\"hier\", \"last Tuesday\") are resolved against\n"
      "each document's publication date, else --published. Documents in other languages than\n"
      "French and English are skipped with a note. Inputs as for `vigie extract`.");
  cmd->add_option("inputs", options->inputs, "Files, directories, or - for standard input")->required();
  cmd->add_option("--published", options->published,
                  "Publication date (YYYY-MM-DD) for documents that carry none");
  cmd->add_option("--format", options->format, "jsonl (default) or csv (ACLED's columns)")
      ->default_val("jsonl")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("--max-mib", options->max_mib, "Refuse documents larger than this many MiB")
      ->default_val(32)
      ->check(CLI::Range(1, 4096));
  cmd->add_flag("-q,--quiet", options->quiet, "Print only errors on standard error");
  cmd->callback([options, &common, exit_code] { *exit_code = RunCode(*options, common); });
}

}  // namespace vigie
