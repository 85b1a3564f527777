// vigie: news reports in, events out. This shell parses arguments and calls the library.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "vigie: turns news reports (French and English) into geolocated events of political violence "
      "and demonstrations.\nRun 'vigie COMMAND --help' for the options of a command."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "vigie 0.1.0");
  vigie::CommonOptions common;
  app.add_option("--data", common.data_dir,
                 "Directory of the editable data files (default: $VIGIE_DATA, else the built-in data/)")
      ->check(CLI::ExistingDirectory);
  app.add_option("--gazetteer", common.gazetteer,
                 "Gazetteer index (default: $VIGIE_GAZETTEER, else the one `make build` compiles); "
                 "built or rebuilt when missing or stale");
  int exit_code = 0;
  vigie::RegisterExtractCommand(app, common, &exit_code);
  vigie::RegisterDictCommand(app, common, &exit_code);
  vigie::RegisterGazetteerCommand(app, common, &exit_code);
  vigie::RegisterPlacesCommand(app, common, &exit_code);
  vigie::RegisterCodeCommand(app, common, &exit_code);
  vigie::RegisterEvalCommand(app, common, &exit_code);
  vigie::RegisterIngestCommand(app, common, &exit_code);
  vigie::RegisterExportCommand(app, common, &exit_code);
  vigie::RegisterMergesCommand(app, common, &exit_code);
  vigie::RegisterUserCommand(app, common, &exit_code);
  vigie::RegisterServeCommand(app, common, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
