// `vigie export`: stored events as ACLED CSV, JSON Lines or GeoJSON, filtered.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "export/event_export.h"
#include "store/event_store.h"

namespace vigie {

namespace {

struct ExportCommandOptions {
  std::string db;
  std::string format;
  std::string output;
  std::string bbox;
  EventFilter filter;
};

int RunExport(ExportCommandOptions& options) {
  for (const std::string* day : {&options.filter.since, &options.filter.until}) {
    if (!day->empty() && !ParseIsoDay(*day)) {
      fprintf(stderr, "vigie export: '%s' is not a date like 2024-09-17\n", day->c_str());
      return 2;
    }
  }
  if (!options.bbox.empty()) {
    std::array<double, 4> box{};
    char extra = 0;
    if (std::sscanf(options.bbox.c_str(), "%lf,%lf,%lf,%lf%c", &box[0], &box[1], &box[2], &box[3], &extra) != 4 ||
        box[0] > box[2] || box[1] > box[3] || box[1] < -90 || box[3] > 90 || box[0] < -180 || box[2] > 180) {
      fprintf(stderr, "vigie export: --bbox '%s' is not MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees\n", options.bbox.c_str());
      return 2;
    }
    options.filter.bbox = box;
  }
  StoreOptions store_options;
  store_options.create = false;
  auto store = EventStore::Open(DatabaseLocation(options.db), store_options);
  if (!store.ok()) {
    fprintf(stderr, "vigie export: %s\n", store.status().message().c_str());
    return 2;
  }
  FILE* out = stdout;
  std::unique_ptr<FILE, int (*)(FILE*)> file(nullptr, fclose);
  if (!options.output.empty() && options.output != "-") {
    file.reset(fopen(options.output.c_str(), "wb"));
    if (!file) {
      fprintf(stderr, "vigie export: %s: cannot write: %s\n", options.output.c_str(), strerror(errno));
      return 2;
    }
    out = file.get();
  }
  auto summary = ExportEvents(**store, options.filter, *ParseExportFormat(options.format), out);
  if (!summary.ok()) {
    fprintf(stderr, "vigie export: %s\n", summary.status().message().c_str());
    return 1;
  }
  if (file && fclose(file.release()) != 0) {
    fprintf(stderr, "vigie export: %s: cannot write: %s\n", options.output.c_str(), strerror(errno));
    return 1;
  }
  fprintf(stderr, "vigie export: %lld events%s\n", static_cast<long long>(summary->events),
          summary->unlocated > 0 ? (" (" + std::to_string(summary->unlocated) + " without coordinates)").c_str() : "");
  return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App& app, const CommonOptions&, int* exit_code) {
  auto options = std::make_shared<ExportCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the stored events, in event-date order: csv (ACLED's columns and order, a drop-in for\n"
      "tools written for ACLED exports), jsonl (the whole record with evidence and sources, as\n"
      "`vigie code` prints it) or geojson (a FeatureCollection of points; the record in properties).\n"
      "Filters combine: vigie export --format csv --country Mali --since 2024-01-01 --event-type Battles");
  AddDatabaseOption(*cmd, options->db);
  cmd->add_option("--format", options->format, "csv, jsonl or geojson")
      ->required()
      ->check(CLI::IsMember({"csv", "jsonl", "geojson"}));
  cmd->add_option("-o,--output", options->output, "Write to this file instead of standard output");
  cmd->add_option("--country", options->filter.country, "Only this country (ACLED's name, e.g. \"Burkina Faso\")");
  cmd->add_option("--admin1", options->filter.admin1, "Only this first-level region (e.g. Mopti)");
  cmd->add_option("--since", options->filter.since, "Only events on or after this day (YYYY-MM-DD)");
  cmd->add_option("--until", options->filter.until, "Only events on or before this day (YYYY-MM-DD)");
  cmd->add_option("--event-type", options->filter.event_type, "Only this ACLED event type (e.g. \"Violence against civilians\"), or these (comma-separated)");
  cmd->add_option("--actor", options->filter.actor, "Only events with an actor whose name contains this (e.g. JNIM)");
  cmd->add_option("--bbox", options->bbox, "Only events inside MIN_LON,MIN_LAT,MAX_LON,MAX_LAT");
  cmd->add_option("--limit", options->filter.limit, "At most this many events")->check(CLI::NonNegativeNumber);
  cmd->callback([options, exit_code] { *exit_code = RunExport(*options); });
}

}  // namespace vigie
