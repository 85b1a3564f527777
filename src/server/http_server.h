// `vigie serve`: the JSON API and the dashboard over HTTP, with cpp-httplib. Tuned as
// DESIGN.md section 7 says Debian's build needs: TCP_NODELAY and long keep-alive.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include "server/auth_service.h"
#include "server/dashboard_files.h"
#include "server/event_api.h"
#include "server/store_pool.h"

namespace vigie {

struct ServerOptions {
  std::string host = "127.0.0.1";
  bool public_reading = true;   // false: reading too needs a login (any role)
  bool secure_cookies = false;  // mark the session cookie Secure (the server is behind TLS)
  AuthOptions auth;
  int port = 8080;          // 0: any free port (tests)
  // Request threads. cpp-httplib gives a connection a thread for as long as it is kept
  // alive, and a browser opens six: too few threads and its last files wait for another
  // connection's keep-alive to time out.
  int threads = 64;
  size_t max_body_bytes = 1 << 20;
  std::string web_dir;      // the dashboard's files (DashboardFiles); empty: the API only
};

class HttpServer {
 public:
  HttpServer(StorePool& pool, const ServerOptions& options);
  ~HttpServer();

  // Loads the dashboard's files, binds and starts serving on a thread of its own. Returns the
  // port (the one bound when options.port is 0), or why it could not start.
  Result<int> Start();
  // Stops accepting, finishes the requests in flight, joins.
  void Stop();
  // Blocks until the server stops.
  void Wait();

 private:
  void Route();
  // The session of a request's cookie, if any.
  std::optional<UserSession> SessionOf(const httplib::Request& request);
  // For a change: the session, when the request has one of at least `role` and carries its
  // CSRF token in X-CSRF-Token; else the 401 or 403 is written to `response`.
  std::optional<UserSession> Authorize(const httplib::Request& request, httplib::Response& response, Role role);
  // For a read: false (with a 401 written) when reading needs a login and there is none.
  bool MayRead(const httplib::Request& request, httplib::Response& response);
  // GET of a dashboard file, with its ETag (304 when the browser has it).
  void ServeFile(const httplib::Request& request, httplib::Response& response);

  EventApi api_;
  AuthService auth_;
  ServerOptions options_;
  std::optional<DashboardFiles> dashboard_;
  httplib::Server server_;
  std::thread thread_;
};

}  // namespace vigie
