// `vigie merges`: the merge log of the store, and undoing a merge.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "store/event_store.h"

namespace vigie {

namespace {

struct MergesOptions {
  std::string db;
  int64_t event_id = 0;
  int64_t limit = 50;
  int64_t undo = 0;
  std::string by = "cli";
};

int RunMerges(const MergesOptions& options) {
  StoreOptions store_options;
  store_options.create = false;
  auto store = EventStore::Open(DatabaseLocation(options.db), store_options);
  if (!store.ok()) {
    fprintf(stderr, "vigie merges: %s\n", store.status().message().c_str());
    return 2;
  }
  if (options.undo != 0) {
    auto new_event = (*store)->UndoMerge(options.undo, options.by);
    if (!new_event.ok()) {
      fprintf(stderr, "vigie merges: %s\n", new_event.status().message().c_str());
      return 1;
    }
    auto log = (*store)->MergeLog(new_event.value(), 1);
    fprintf(stderr, "vigie merges: merge %lld undone; the report is now event %s\n",
            static_cast<long long>(options.undo),
            log.ok() && !log->empty() ? log->front().event_id_cnty.c_str() : std::to_string(new_event.value()).c_str());
    return 0;
  }
  auto log = (*store)->MergeLog(options.event_id, options.limit);
  if (!log.ok()) {
    fprintf(stderr, "vigie merges: %s\n", log.status().message().c_str());
    return 1;
  }
  printf("%6s  %-20s  %-6s  %-12s  %-5s  %s\n", "id", "at", "action", "event", "score", "document / reason");
  for (const MergeLogEntry& e : log.value()) {
    printf("%6lld  %-20s  %-6s  %-12s  %5.2f  %s%s\n       %s (by %s)\n", static_cast<long long>(e.id), e.at.c_str(),
           e.action.c_str(), e.event_id_cnty.c_str(), e.score, e.doc.c_str(), e.undone ? "  [undone]" : "",
           e.reason.c_str(), e.by.c_str());
  }
  return 0;
}

}  // namespace

void RegisterMergesCommand(CLI::App& app, const CommonOptions&, int* exit_code) {
  auto options = std::make_shared<MergesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "merges",
      "Show the merge log, newest first: each report that became an event (create), joined a stored\n"
      "event (merge, with the reason), or was split out again (split). --undo ID takes the report of\n"
      "merge ID out of its event into an event of its own and recomputes both.");
  AddDatabaseOption(*cmd, options->db);
  cmd->add_option("--event", options->event_id, "Only the lines of this event (its numeric id)");
  cmd->add_option("--limit", options->limit, "At most this many lines (0: all)")->default_val(50);
  cmd->add_option("--undo", options->undo, "Undo the merge with this log id")->check(CLI::PositiveNumber);
  cmd->add_option("--by", options->by, "Who undoes it, for the log")->default_val("cli");
  cmd->callback([options, exit_code] { *exit_code = RunMerges(*options); });
}

}  // namespace vigie
