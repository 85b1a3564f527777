// `vigie serve`: the JSON API (and, next, the dashboard) over HTTP, with cpp-httplib. Tuned as
// DESIGN.md section 7 says Debian's build needs: TCP_NODELAY and long keep-alive.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include "server/event_api.h"
#include "server/store_pool.h"

namespace vigie {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;          // 0: any free port (tests)
  int threads = 8;          // request threads; each leases its own store connection
  size_t max_body_bytes = 1 << 20;
};

class HttpServer {
 public:
  HttpServer(StorePool& pool, const ServerOptions& options);
  ~HttpServer();

  // Binds and starts serving on a thread of its own. Returns the port (the one bound when
  // options.port is 0), or why it could not bind.
  Result<int> Start();
  // Stops accepting, finishes the requests in flight, joins.
  void Stop();
  // Blocks until the server stops.
  void Wait();

 private:
  void Route();

  EventApi api_;
  ServerOptions options_;
  httplib::Server server_;
  std::thread thread_;
};

}  // namespace vigie
