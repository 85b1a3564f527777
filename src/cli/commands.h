// The subcommands of the `vigie` binary; each registers its options and runs its job.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <variant>

#include "coding/event_coder.h"
#include "core/status.h"
#include "extract/article_extractor.h"
#include "places/gazetteer.h"

namespace vigie {

// Options every subcommand shares.
struct CommonOptions {
  std::string data_dir;   // --data; empty means $VIGIE_DATA or the built-in path
  std::string gazetteer;  // --gazetteer; empty means $VIGIE_GAZETTEER or the built index
};

// The gazetteer the commands share: --gazetteer, else $VIGIE_GAZETTEER, else the built index;
// built or rebuilt from the default inputs under `data_dir` when missing, stale or damaged.
// What a (re)build says goes to standard error as "vigie COMMAND: ..." unless `quiet`.
Result<Gazetteer> OpenCommandGazetteer(const CommonOptions& common, const std::filesystem::path& data_dir,
                                       const char* command, bool quiet);

// The stages that turn a document into coded events, as code, eval and ingest load them.
struct CodingStages {
  ArticleExtractor extractor;
  EventCoder coder;
  CodingOptions options;
};

// Loads the extractor and the coder over the command's gazetteer (OpenCommandGazetteer).
// `published` is the --published option ("" or YYYY-MM-DD). On failure the error is
// printed as "vigie COMMAND: ..." and the result holds the exit status (2).
std::variant<CodingStages, int> LoadCodingStages(const CommonOptions& common, const std::string& published,
                                                 const char* command, bool quiet);

// The database a store command uses: --db when given, else $VIGIE_DB, else vigie.db in the
// working directory (DESIGN.md section 4).
std::string DatabaseLocation(const std::string& db_option);
// Adds the --db option to a store command.
void AddDatabaseOption(CLI::App& command, std::string& db_option);

// Each Register function adds a subcommand to `app`; its callback stores the exit status
// in `*exit_code` (0 success, 1 some input failed, 2 bad usage or configuration).
void RegisterExtractCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterDictCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterGazetteerCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterPlacesCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterCodeCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterEvalCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterIngestCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterExportCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterMergesCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterUserCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterServeCommand(CLI::App& app, const CommonOptions& common, int* exit_code);

}  // namespace vigie
