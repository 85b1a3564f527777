#include "server/http_server.h"

namespace vigie {

namespace {

std::multimap<std::string, std::string> Params(const httplib::Request& request) {
  return {request.params.begin(), request.params.end()};
}

void Reply(httplib::Response& response, const ApiResponse& api) {
  response.status = api.status;
  response.set_content(api.body, "application/json; charset=utf-8");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Cache-Control", "no-store");
}

}  // namespace

HttpServer::HttpServer(StorePool& pool, const ServerOptions& options) : api_(pool), options_(options) { Route(); }

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Route() {
  server_.set_tcp_nodelay(true);
  server_.set_keep_alive_max_count(100000);
  server_.set_payload_max_length(options_.max_body_bytes);
  const int threads = std::max(1, options_.threads);
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };

  server_.Get("/api/events", [this](const httplib::Request& request, httplib::Response& response) {
    Reply(response, api_.Events(Params(request)));
  });
  server_.Get(R"(/api/events/([^/]+))", [this](const httplib::Request& request, httplib::Response& response) {
    if (!request.params.empty()) return Reply(response, ApiError(400, "this route takes no parameters"));
    Reply(response, api_.Event(request.matches[1]));
  });
  server_.Get("/api/counts", [this](const httplib::Request& request, httplib::Response& response) {
    Reply(response, api_.Counts(Params(request)));
  });
  // Anything else under /api/ is a JSON 404 (or 405 for a known path with another method).
  auto not_found = [](const httplib::Request& request, httplib::Response& response) {
    const bool known = request.path == "/api/events" || request.path.starts_with("/api/events/") ||
                       request.path == "/api/counts";
    Reply(response, known ? ApiError(405, "method " + request.method + " is not allowed here")
                          : ApiError(404, "no such route: " + request.path));
  };
  server_.Post(R"(/api/.*)", not_found);
  server_.Put(R"(/api/.*)", not_found);
  server_.Delete(R"(/api/.*)", not_found);
  server_.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (response.status == 404) {
      Reply(response, ApiError(404, "no such route: " + request.path));
    } else if (response.body.empty()) {
      Reply(response, ApiError(response.status, "the request was refused (HTTP " + std::to_string(response.status) + ")"));
    }
  });
  server_.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    Reply(response, ApiError(500, "the server failed on this request"));
  });
}

Result<int> HttpServer::Start() {
  int port = options_.port;
  if (port == 0) {
    port = server_.bind_to_any_port(options_.host);
    if (port < 0) return Status::Error("cannot listen on " + options_.host);
  } else if (!server_.bind_to_port(options_.host, port)) {
    return Status::Error("cannot listen on " + options_.host + ":" + std::to_string(port) +
                         " (in use, or not an address of this machine)");
  }
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  return port;
}

void HttpServer::Stop() {
  server_.stop();
  Wait();
}

void HttpServer::Wait() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace vigie
