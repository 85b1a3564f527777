// `vigie ingest SOURCE...`: extract, code and store documents; idempotent, with a progress
// line on a terminal and a summary at the end.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/long_run_heap.h"
#include "coding/event_coder.h"
#include "core/data_paths.h"
#include "ingest/feed_poller.h"
#include "ingest/ingest_pipeline.h"
#include "source/input_reader.h"
#include "store/event_store.h"

namespace vigie {

namespace {

// Set by SIGINT or SIGTERM while feeds are polled at an interval: stop after this round.
std::atomic<bool> g_stop_polling{false};
extern "C" void StopPolling(int) { g_stop_polling = true; }

struct IngestCommandOptions {
  std::vector<std::string> sources;
  bool once = false;
  double interval_seconds = 0;
  std::string db;
  std::string published;
  int jobs = 0;
  double wait_seconds = 10;
  size_t max_mib = 32;
  bool quiet = false;
};

// "12,345"
std::string Grouped(int64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The inputs that could not be read, or only in part (a truncated WARC.gz, a missing file):
// their documents never reached the count of documents read.
struct FailedInputs {
  static constexpr size_t kListed = 10;
  int64_t count = 0;
  std::vector<std::string> first;  // "INPUT: MESSAGE" of the first kListed
};

void PrintSummary(const IngestSummary& s, const FailedInputs& failed, const StoreCounts* totals, double seconds,
                  const std::string& where) {
  fprintf(stderr, "vigie ingest: into %s in %.1f s\n", where.c_str(), seconds);
  if (failed.count > 0) {
    fprintf(stderr, "  %-36s %10s\n", "inputs not read, or read in part", Grouped(failed.count).c_str());
    for (const std::string& line : failed.first) fprintf(stderr, "      %s\n", line.substr(0, 100).c_str());
    if (failed.count > static_cast<int64_t>(failed.first.size())) {
      fprintf(stderr, "      (and %s more, named above)\n",
              Grouped(failed.count - static_cast<int64_t>(failed.first.size())).c_str());
    }
  }
  fprintf(stderr, "  %-36s %10s\n", "documents read", Grouped(s.read).c_str());
  fprintf(stderr, "  %-36s %10s\n", "  stored (new)", Grouped(s.stored).c_str());
  fprintf(stderr, "  %-36s %10s\n", "  already stored (skipped)", Grouped(s.duplicates).c_str());
  fprintf(stderr, "  %-36s %10s\n", "  near-duplicates (added as sources)", Grouped(s.near_duplicates).c_str());
  fprintf(stderr, "  %-36s %10s\n", "  skipped", Grouped(s.skipped).c_str());
  for (const auto& [reason, n] : s.skip_reasons) {
    fprintf(stderr, "      %-32s %10s\n", reason.substr(0, 60).c_str(), Grouped(n).c_str());
  }
  fprintf(stderr, "  %-36s %10s\n", "events new", Grouped(s.events_new).c_str());
  fprintf(stderr, "  %-36s %10s\n", "reports merged into stored events", Grouped(s.events_merged).c_str());
  if (totals != nullptr) {
    fprintf(stderr, "  %-36s %10s documents, %s events\n", "the database now holds", Grouped(totals->documents).c_str(),
            Grouped(totals->events).c_str());
  }
}

int RunIngest(const IngestCommandOptions& options, const CommonOptions& common) {
  KeepLongRunHeapSmall();
  auto loaded = LoadCodingStages(common, options.published, "ingest", options.quiet);
  if (auto* status = std::get_if<int>(&loaded)) return *status;
  auto& stages = std::get<CodingStages>(loaded);
  StoreOptions store_options;
  store_options.busy_timeout_ms = static_cast<int>(options.wait_seconds * 1000);
  // No memory map: a long ingest would map up to 1 GiB of the file, and its resident memory
  // would grow with the database to that bound (1.26 GB at 300,000 documents against 230 MB
  // unmapped), for 7-10% of speed at that size (docs/PERFORMANCE.md).
  store_options.memory_map_bytes = 0;
  auto store = EventStore::Open(DatabaseLocation(options.db), store_options);
  if (!store.ok()) {
    fprintf(stderr, "vigie ingest: %s\n", store.status().message().c_str());
    return 2;
  }

  IngestOptions ingest_options;
  ingest_options.workers = options.jobs > 0 ? options.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Each worker asks its own connection whether a document is stored before coding it.
  const std::string location = DatabaseLocation(options.db);
  std::mutex readers_mutex;
  std::map<std::thread::id, std::unique_ptr<EventStore>> readers;
  // Their lookups touch a page or two of an index each: a small page cache, or each would
  // grow to 64 MiB as the indexes grow.
  StoreOptions reader_options = store_options;
  reader_options.page_cache_bytes = int64_t{4} << 20;
  auto is_stored = [&](const DocumentFingerprint& fingerprint) {
    EventStore* reader = nullptr;
    {
      std::lock_guard lock(readers_mutex);
      auto& slot = readers[std::this_thread::get_id()];
      if (!slot) {
        auto opened = EventStore::Open(location, reader_options);
        if (!opened.ok()) return false;  // the writer will tell duplicates apart anyway
        slot = std::move(opened).value();
      }
      reader = slot.get();
    }
    auto found = reader->HasDocument(fingerprint);
    return found.ok() && found.value();
  };
  IngestPipeline pipeline(**store, MakeDocumentPreparer(stages.extractor, stages.coder, stages.options, is_stored),
                          ingest_options);

  const bool terminal = isatty(STDERR_FILENO) && !options.quiet;
  const auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); };
  std::atomic<bool> progress_shown{false};
  double last_progress = -1;
  // Files have a known size: the progress line then starts with a bar of the bytes read.
  uint64_t total_bytes = 0;  // known once the sources are sorted, below
  std::atomic<uint64_t> bytes_read{0};
  IngestObserver observer;
  observer.on_progress = [&](const IngestSummary& s) {
    if (!terminal) return;
    const double seconds = elapsed();
    if (seconds - last_progress < 0.1) return;  // at most ten updates a second
    last_progress = seconds;
    fprintf(stderr, "\r\033[K");
    if (total_bytes > 0) {
      const double done = std::min(1.0, static_cast<double>(bytes_read) / static_cast<double>(total_bytes));
      constexpr int kWidth = 24;
      const int filled = static_cast<int>(done * kWidth);
      fprintf(stderr, "  [%s%s] %3.0f%%", std::string(static_cast<size_t>(filled), '#').c_str(),
              std::string(static_cast<size_t>(kWidth - filled), '.').c_str(), 100 * done);
    }
    fprintf(stderr, "  %s read · %s stored · %s duplicates · %s events new · %s merged · %.0f docs/s",
            Grouped(s.read).c_str(), Grouped(s.stored).c_str(), Grouped(s.duplicates + s.near_duplicates).c_str(),
            Grouped(s.events_new).c_str(), Grouped(s.events_merged).c_str(),
            seconds > 0 ? static_cast<double>(s.stored + s.duplicates + s.near_duplicates + s.skipped) / seconds : 0.0);
    progress_shown = true;
  };
  FailedInputs failed_inputs;
  auto clear_progress = [&] {
    if (progress_shown.exchange(false)) fprintf(stderr, "\r\033[K");
  };
  observer.on_skip = [&](const std::string&, const std::string& message) {
    if (options.quiet) return;
    clear_progress();
    fprintf(stderr, "vigie ingest: skipped: %s\n", message.c_str());
  };

  // Sources: feeds (http:// and https:// URLs) and everything else the input reader takes.
  std::vector<std::string> paths, feeds;
  for (const std::string& source : options.sources) {
    (source.starts_with("http://") || source.starts_with("https://") ? feeds : paths).push_back(source);
  }
  if (terminal) total_bytes = InputBytes(paths);

  std::unique_ptr<EventStore> feed_state;  // a connection of its own: the writer uses the other
  if (!feeds.empty()) {
    auto opened = EventStore::Open(DatabaseLocation(options.db), store_options);
    if (!opened.ok()) {
      fprintf(stderr, "vigie ingest: %s\n", opened.status().message().c_str());
      return 2;
    }
    feed_state = std::move(opened).value();
  }
  auto on_problem = [&](const InputProblem& problem) {
    clear_progress();
    if (problem.is_warning) {
      if (!options.quiet) fprintf(stderr, "vigie ingest: warning: %s: %s\n", problem.input.c_str(), problem.message.c_str());
      return;
    }
    if (failed_inputs.first.size() < FailedInputs::kListed)
      failed_inputs.first.push_back(problem.input + ": " + problem.message);
    ++failed_inputs.count;
    fprintf(stderr, "vigie ingest: %s: %s\n", problem.input.c_str(), problem.message.c_str());
  };
  InputOptions input_options;
  input_options.max_document_bytes = options.max_mib << 20;
  input_options.on_bytes_read = [&](uint64_t bytes) { bytes_read += bytes; };
  InputReader reader(input_options);
  FetchOptions fetch;
  fetch.max_bytes = options.max_mib << 20;
  if (options.interval_seconds > 0) {
    std::signal(SIGINT, StopPolling);
    std::signal(SIGTERM, StopPolling);
  }
  auto summary = pipeline.Run(
      [&](const std::function<void(Document&&)>& sink) {
        auto forward = [&](Document&& document) { sink(std::move(document)); };
        if (!paths.empty()) reader.Read(paths, forward, on_problem);
        if (feeds.empty()) return;
        FeedPoller poller(*feed_state, fetch);
        for (;;) {
          const FeedPollSummary polled = poller.PollOnce(feeds, forward, on_problem);
          if (!options.quiet && options.interval_seconds > 0) {
            clear_progress();
            fprintf(stderr, "vigie ingest: polled %d feeds: %d unchanged, %d items, %d already stored, %d pages fetched\n",
                    polled.feeds, polled.not_modified, polled.items, polled.known, polled.pages);
          }
          if (options.interval_seconds <= 0 || options.once) break;
          // Sleep in small steps so that Ctrl-C ends the run promptly.
          const auto wake = std::chrono::steady_clock::now() + std::chrono::duration<double>(options.interval_seconds);
          while (!g_stop_polling && std::chrono::steady_clock::now() < wake) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
          }
          if (g_stop_polling) break;
        }
      },
      observer);
  clear_progress();
  if (!summary.ok()) {
    fprintf(stderr, "vigie ingest: %s\nvigie ingest: stopped; what was stored before stays stored; run the same command again to go on\n",
            summary.status().message().c_str());
    return 1;
  }
  if (!options.quiet) {
    auto totals = (*store)->Counts();
    PrintSummary(summary.value(), failed_inputs, totals.ok() ? &totals.value() : nullptr, elapsed(),
                 (*store)->Describe());
  }
  return failed_inputs.count > 0 || summary->skipped > 0 ? 1 : 0;
}

}  // namespace

void RegisterIngestCommand(CLI::App& app, const CommonOptions& common, int* exit_code) {
  auto options = std::make_shared<IngestCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Extract, code and store documents in the database: files and folders (recursive), JSON Lines,\n"
      "WARC and WARC.gz, - for standard input (inputs as for `vigie extract`), and RSS or Atom feeds\n"
      "(http:// or https:// URLs: the page of each new item is fetched; --interval polls again, with\n"
      "conditional GET, until Ctrl-C; pages already stored are not fetched again). Each report joins the\n"
      "stored event of the same incident (compatible type, dates within 2 days, places within 10 km or\n"
      "the same admin2, no contradicting actors) or becomes a new event; `vigie merges` shows and undoes\n"
      "merges. Idempotent: a document already stored (same text or canonical URL) adds nothing, and a\n"
      "near-duplicate (a syndicated copy) is kept as another source of its original's events.\n"
      "Interrupted, it loses at most the documents in flight: run it again to complete the job.\n"
      "Exit status: 0, or 1 when an input or a document was skipped or the store failed.");
  cmd->add_option("sources", options->sources, "Files, directories, feed URLs, or - for standard input")->required();
  AddDatabaseOption(*cmd, options->db);
  cmd->add_option("--published", options->published, "Publication date (YYYY-MM-DD) for documents that carry none");
  cmd->add_option("-j,--jobs", options->jobs, "Worker threads extracting and coding (default: one per core)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--wait", options->wait_seconds,
                  "Seconds to wait for a database another process is writing to (default 10)")
      ->check(CLI::Range(0.0, 3600.0));
  cmd->add_flag("--once", options->once, "Read each feed once and stop (the default without --interval)");
  cmd->add_option("--interval", options->interval_seconds, "Poll the feeds again every this many seconds, until Ctrl-C")
      ->check(CLI::Range(1.0, 86400.0));
  cmd->add_option("--max-mib", options->max_mib, "Refuse documents (and feed or page bodies) larger than this many MiB")
      ->default_val(32)
      ->check(CLI::Range(1, 4096));
  cmd->add_flag("-q,--quiet", options->quiet, "Print only errors; no progress line, no summary");
  cmd->callback([options, &common, exit_code] { *exit_code = RunIngest(*options, common); });
}

}  // namespace vigie
