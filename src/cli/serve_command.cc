// `vigie serve`: the JSON API over the store, until Ctrl-C or SIGTERM.
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/long_run_heap.h"
#include "server/http_server.h"

namespace vigie {

namespace {

struct ServeOptions {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  int threads = 0;
  bool private_reading = false;
  bool secure_cookies = false;
  std::string web_dir;
  bool api_only = false;
};

int RunServe(const ServeOptions& options) {
  KeepLongRunHeapSmall();
  ServerOptions server_options;
  const size_t colon = options.listen.rfind(':');
  const std::string port_text = colon == std::string::npos ? "" : options.listen.substr(colon + 1);
  if (colon == std::string::npos || colon == 0 || port_text.empty() || port_text.size() > 5 ||
      port_text.find_first_not_of("0123456789") != std::string::npos || std::stoi(port_text) > 65535) {
    fprintf(stderr, "vigie serve: --listen '%s' is not HOST:PORT (e.g. 127.0.0.1:8080)\n", options.listen.c_str());
    return 2;
  }
  server_options.host = options.listen.substr(0, colon);
  server_options.public_reading = !options.private_reading;
  server_options.secure_cookies = options.secure_cookies;
  server_options.port = std::stoi(port_text);
  if (!options.api_only) server_options.web_dir = options.web_dir.empty() ? DefaultWebDir().string() : options.web_dir;
  server_options.threads =
      options.threads > 0 ? options.threads : static_cast<int>(std::max(64u, 8 * std::thread::hardware_concurrency()));

  StoreOptions store_options;
  store_options.create = false;
  const std::string location = DatabaseLocation(options.db);
  {
    auto probe = EventStore::Open(location, store_options);  // a clear error before listening
    if (!probe.ok()) {
      fprintf(stderr, "vigie serve: %s\n", probe.status().message().c_str());
      return 2;
    }
  }
  StorePool pool(location, store_options);

  // Signals go to this thread only (blocked before the server's threads start, which inherit
  // the mask), and sigwait turns them into an orderly stop.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  HttpServer server(pool, server_options);
  auto port = server.Start();
  if (!port.ok()) {
    fprintf(stderr, "vigie serve: %s\n", port.status().message().c_str());
    return 2;
  }
  fprintf(stderr, "vigie serve: %s on http://%s:%d/ (%sAPI under /api/; Ctrl-C stops)\n", location.c_str(),
          server_options.host.c_str(), port.value(), options.api_only ? "" : "the dashboard at /, the ");
  int signal = 0;
  sigwait(&stop_signals, &signal);
  fprintf(stderr, "vigie serve: stopping\n");
  server.Stop();
  return 0;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, const CommonOptions&, int* exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve",
      "Serve the database over HTTP until Ctrl-C: the dashboard at / (map, timeline, table, event pages;\n"
      "analysts log in to review, correct, merge, split and comment) and the JSON API:\n"
      "  GET /api/events?country=&admin1=&event_type=&actor=&q=&since=&until=&bbox=&sort=&limit=&offset=\n"
      "  GET /api/events/ID          an event (number or event_id_cnty) with its documents and evidence\n"
      "  GET /api/counts?by=week|event_type|country|admin1&(the same filters)\n"
      "  GET /api/points?(the same filters)&limit=  the located events for a map: id, date, type, lat, lon, fatalities\n"
      "  POST /api/login {name, password}: a session cookie (HttpOnly, SameSite=Strict) and a CSRF token\n"
      "  GET /api/session, POST /api/logout\n"
      "  POST /api/events/ID/review {review: confirmed|rejected|unreviewed}   analysts, with X-CSRF-Token\n"
      "  POST /api/events/ID/correct {field: value, ...}                        analysts, with X-CSRF-Token\n"
      "  POST /api/events/ID/split {merge: N}                                  analysts, with X-CSRF-Token\n"
      "  POST /api/events/ID/merge {from: ID2}: event ID2 joins event ID       analysts, with X-CSRF-Token\n"
      "  POST /api/events/ID/comments {body}                                   analysts, with X-CSRF-Token\n"
      "Reading is public unless --private. Accounts: vigie user add. Errors are JSON: {\"error\": \"...\"}.");
  AddDatabaseOption(*cmd, options->db);
  cmd->add_option("--listen", options->listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  cmd->add_option("--threads", options->threads, "Request threads, each serving one connection at a time (default: 64, or 8 per core if more)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--web", options->web_dir,
                  "Folder of the dashboard's files (default: web/ of the source tree, or $VIGIE_WEB)");
  cmd->add_flag("--api-only", options->api_only, "Serve the JSON API without the dashboard");
  cmd->add_flag("--private", options->private_reading, "Reading needs a login too (any role)");
  cmd->add_flag("--secure-cookies", options->secure_cookies,
                "Mark the session cookie Secure (behind a TLS proxy; X-Forwarded-Proto: https does it per request)");
  cmd->callback([options, exit_code] { *exit_code = RunServe(*options); });
}

}  // namespace vigie
