#include "server/http_server.h"

#include <functional>
#include <nlohmann/json.hpp>

#include "accounts/session_token.h"
#include "coding/event_record_json.h"
#include "server/api_request.h"

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

HttpServer::HttpServer(StorePool& pool, const ServerOptions& options)
    : api_(pool), auth_(pool, options.auth), options_(options) {
  Route();
}

namespace {

constexpr char kSessionCookie[] = "vigie_session";

std::string CookieValue(const httplib::Request& request, const std::string& name) {
  const std::string header = request.get_header_value("Cookie");
  size_t at = 0;
  while (at < header.size()) {
    const size_t end = std::min(header.find(';', at), header.size());
    std::string_view part(header.data() + at, end - at);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.starts_with(name + "=")) return std::string(part.substr(name.size() + 1));
    at = end + 1;
  }
  return {};
}

std::string SessionJson(const UserSession& session) {
  std::string body = "{\"user\":";
  AppendJsonString(session.user.name, body);
  body += ",\"role\":";
  AppendJsonString(session.user.role, body);
  body += ",\"csrf\":";
  AppendJsonString(session.csrf_token, body);
  return body + ",\"expires_at\":" + std::to_string(session.expires_at) + "}";
}

}  // namespace

std::optional<UserSession> HttpServer::SessionOf(const httplib::Request& request) {
  const std::string token = CookieValue(request, kSessionCookie);
  if (token.empty()) return std::nullopt;
  return auth_.Authenticate(token);
}

std::optional<UserSession> HttpServer::Authorize(const httplib::Request& request, httplib::Response& response,
                                                 Role role) {
  std::optional<UserSession> session = SessionOf(request);
  if (!session) {
    Reply(response, ApiError(401, "log in to do this"));
    return std::nullopt;
  }
  if (RoleFromName(session->user.role) < role) {
    Reply(response, ApiError(403, "your account (" + session->user.role + ") may not do this"));
    return std::nullopt;
  }
  if (!TokensEqual(request.get_header_value("X-CSRF-Token"), session->csrf_token)) {
    Reply(response, ApiError(403, "missing or wrong CSRF token (send the X-CSRF-Token the session gave)"));
    return std::nullopt;
  }
  return session;
}

bool HttpServer::MayRead(const httplib::Request& request, httplib::Response& response) {
  if (options_.public_reading || SessionOf(request)) return true;
  Reply(response, ApiError(401, "log in to read this database"));
  return false;
}

HttpServer::~HttpServer() { Stop(); }

void HttpServer::Route() {
  server_.set_tcp_nodelay(true);
  server_.set_keep_alive_max_count(100000);
  server_.set_keep_alive_timeout(2);  // an idle connection gives its thread back soon
  server_.set_payload_max_length(options_.max_body_bytes);
  const int threads = std::max(1, options_.threads);
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };

  // Before any route, and before a body is read: what no route accepts.
  server_.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    auto refuse = [&](int status, const std::string& message) {
      Reply(response, ApiError(status, message));
      return httplib::Server::HandlerResponse::Handled;
    };
    if (request.headers.size() > 100) return refuse(431, "too many header fields (100 at most)");
    // cpp-httplib 0.11 reads a chunked body whole whatever its size, and builds a response
    // for every range of a Range header: only bodies with a Content-Length, one range at most.
    if (request.has_header("Transfer-Encoding")) return refuse(411, "send the body with a Content-Length");
    if (request.get_header_value("Range").find(',') != std::string::npos) return refuse(416, "one range at most");
    if (request.method == "POST" || request.method == "PUT" || request.method == "DELETE") {
      // A change comes from this site's own page, as JSON: a form on another site can send
      // neither (login CSRF included).
      const std::string type = request.get_header_value("Content-Type");
      if (!type.starts_with("application/json")) return refuse(415, "send the body as application/json");
      if (request.get_header_value("Sec-Fetch-Site") == "cross-site") return refuse(403, "a change must come from this site");
      // The site is the Host the browser asked for (or, behind a proxy that rewrites Host,
      // the X-Forwarded-Host it passes on).
      const std::string origin = request.get_header_value("Origin");
      auto same_site = [&](const std::string& host) {
        return !host.empty() && (origin == "http://" + host || origin == "https://" + host);
      };
      if (!origin.empty() && !same_site(request.get_header_value("Host")) &&
          !same_site(request.get_header_value("X-Forwarded-Host"))) {
        return refuse(403, "a change must come from this site (Origin " + origin.substr(0, 100) + ")");
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server_.Get("/api/events", [this](const httplib::Request& request, httplib::Response& response) {
    if (MayRead(request, response)) Reply(response, api_.Events(Params(request)));
  });
  server_.Get(R"(/api/events/([^/]+))", [this](const httplib::Request& request, httplib::Response& response) {
    if (!MayRead(request, response)) return;
    if (!request.params.empty()) return Reply(response, ApiError(400, "this route takes no parameters"));
    Reply(response, api_.Event(request.matches[1]));
  });
  server_.Get("/api/points", [this](const httplib::Request& request, httplib::Response& response) {
    if (MayRead(request, response)) Reply(response, api_.Points(Params(request)));
  });
  server_.Get("/api/counts", [this](const httplib::Request& request, httplib::Response& response) {
    if (MayRead(request, response)) Reply(response, api_.Counts(Params(request)));
  });

  // Accounts: log in (a session cookie, HttpOnly and SameSite=Strict, and a CSRF token for
  // the page to send back), the current session, log out.
  server_.Post("/api/login", [this](const httplib::Request& request, httplib::Response& response) {
    auto body = ParseFlatJsonObject(request.body);
    if (!body.ok() || !body->contains("name") || !body->contains("password") || !(*body)["name"].is_string() ||
        !(*body)["password"].is_string() || body->size() != 2) {
      return Reply(response, ApiError(400, "the body must be {\"name\": \"...\", \"password\": \"...\"}"));
    }
    LoginResult login = auth_.Login((*body)["name"], (*body)["password"], request.remote_addr);
    switch (login.outcome) {
      case LoginResult::Outcome::kRefused: return Reply(response, ApiError(401, "wrong name or password"));
      case LoginResult::Outcome::kThrottled:
        return Reply(response, ApiError(429, "too many failed logins; try again in a quarter of an hour"));
      case LoginResult::Outcome::kFailed: return Reply(response, StoreFailure(Status::Error(login.message)));
      case LoginResult::Outcome::kOk: break;
    }
    const bool secure = options_.secure_cookies || request.get_header_value("X-Forwarded-Proto") == "https";
    response.set_header("Set-Cookie", std::string(kSessionCookie) + "=" + login.token +
                                          "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                                          std::to_string(auth_.session_seconds()) + (secure ? "; Secure" : ""));
    Reply(response, {200, SessionJson(login.session)});
  });
  server_.Get("/api/session", [this](const httplib::Request& request, httplib::Response& response) {
    std::optional<UserSession> session = SessionOf(request);
    // Nobody logged in is an answer, not an error: the dashboard asks on every visit.
    if (!session) return Reply(response, {200, "{\"user\":null}"});
    Reply(response, {200, SessionJson(*session)});
  });
  server_.Post("/api/logout", [this](const httplib::Request& request, httplib::Response& response) {
    if (!Authorize(request, response, Role::kViewer)) return;
    auth_.Logout(CookieValue(request, kSessionCookie));
    response.set_header("Set-Cookie", std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    Reply(response, {200, "{\"logged_out\":true}"});
  });

  // Changes to one event (POST /api/events/ID/ACTION): analysts and admins, with the
  // session's CSRF token; `change` gets the event's id, the body and the user.
  using EventChange = std::function<ApiResponse(const std::string& id, const std::string& body, const UserAccount& user)>;
  auto event_change = [this](const std::string& action, EventChange change) {
    server_.Post("/api/events/([^/]+)/" + action,
                 [this, change](const httplib::Request& request, httplib::Response& response) {
                   if (auto session = Authorize(request, response, Role::kAnalyst)) {
                     Reply(response, change(request.matches[1], request.body, session->user));
                   }
                 });
  };
  event_change("review", [this](auto& id, auto& body, auto& user) { return api_.Review(id, body, user.id); });
  event_change("correct", [this](auto& id, auto& body, auto& user) { return api_.Correct(id, body, user.id); });
  event_change("split", [this](auto& id, auto& body, auto& user) { return api_.Split(id, body, user.name); });
  event_change("merge", [this](auto& id, auto& body, auto& user) { return api_.Merge(id, body, user.name); });
  event_change("comments", [this](auto& id, auto& body, auto& user) { return api_.Comment(id, body, user.id); });
  // Anything else under /api/ is a JSON 404 (or 405 for a known path with another method).
  auto not_found = [](const httplib::Request& request, httplib::Response& response) {
    const bool known = request.path == "/api/events" || request.path.starts_with("/api/events/") ||
                       request.path == "/api/counts" || request.path == "/api/points" || request.path == "/api/login" ||
                       request.path == "/api/logout" || request.path == "/api/session";
    Reply(response, known ? ApiError(405, "method " + request.method + " is not allowed here")
                          : ApiError(404, "no such route: " + request.path));
  };
  server_.Post(R"(/api/.*)", not_found);
  server_.Get(R"(/api/.*)", not_found);
  server_.Get(R"(/.*)", [this](const httplib::Request& request, httplib::Response& response) {
    ServeFile(request, response);
  });
  server_.Put(R"(/api/.*)", not_found);
  server_.Delete(R"(/api/.*)", not_found);
  server_.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;  // the handler's own answer
    if (response.status == 404) {
      Reply(response, ApiError(404, "no such route: " + request.path));
    } else {
      Reply(response, ApiError(response.status, "the request was refused (HTTP " + std::to_string(response.status) + ")"));
    }
  });
  server_.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    Reply(response, ApiError(500, "the server failed on this request"));
  });
}

void HttpServer::ServeFile(const httplib::Request& request, httplib::Response& response) {
  const DashboardFile* file = dashboard_ ? dashboard_->Find(request.path) : nullptr;
  if (file == nullptr) {
    response.status = 404;
    response.set_content(dashboard_ ? "Not found. The dashboard is at /.\n" : "Not found. This server serves the API only (/api/).\n",
                         "text/plain; charset=utf-8");
    return;
  }
  // The page runs only its own scripts and styles and talks only to this server; nothing
  // from an article or a comment can run, even if it were ever inserted as markup.
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                      "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                      "frame-ancestors 'none'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Cache-Control", "no-cache");
  response.set_header("ETag", file->etag);
  if (request.get_header_value("If-None-Match") == file->etag) {
    response.status = 304;
    return;
  }
  response.set_content(file->body, file->content_type);
}

Result<int> HttpServer::Start() {
  if (!options_.web_dir.empty() && !dashboard_) {
    auto files = DashboardFiles::Load(options_.web_dir);
    if (!files.ok()) return files.status();
    dashboard_ = std::move(files).value();
  }
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
