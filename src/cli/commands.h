// The subcommands of the `vigie` binary; each registers its options and runs its job.
#pragma once

#include <CLI/CLI.hpp>

namespace vigie {

// Options every subcommand shares.
struct CommonOptions {
  std::string data_dir;   // --data; empty means $VIGIE_DATA or the built-in path
  std::string gazetteer;  // --gazetteer; empty means $VIGIE_GAZETTEER or the built index
};

// Each Register function adds a subcommand to `app`; its callback stores the exit status
// in `*exit_code` (0 success, 1 some input failed, 2 bad usage or configuration).
void RegisterExtractCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterDictCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterGazetteerCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterPlacesCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterCodeCommand(CLI::App& app, const CommonOptions& common, int* exit_code);
void RegisterEvalCommand(CLI::App& app, const CommonOptions& common, int* exit_code);

}  // namespace vigie
