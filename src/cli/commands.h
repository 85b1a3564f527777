// The subcommands of the `vigie` binary; each registers its options and runs its job.
#pragma once

#include <CLI/CLI.hpp>

#include <filesystem>

#include "core/status.h"
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

// Each Register function adds a subcommand to `app`; its callback stores the exit status
// in `*exit_code` (0 success, 1 some input failed, 2 bad usage or configuration).
void RegisterExtractCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterDictCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterGazetteerCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterPlacesCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterCodeCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterEvalCommand(CLI::App& app, const CommonOptions& common, int* exit_code);

}  // namespace vigie
