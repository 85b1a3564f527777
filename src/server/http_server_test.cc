// The JSON API end to end: a server on 127.0.0.1 (any free port) over a scratch store,
// queried with an HTTP client.
#include "server/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "accounts/password_hash.h"
#include "merge/merge_test_records.h"
#include "store/scratch_database.h"

namespace vigie {
namespace {

using testing::MakeReport;
using Json = nlohmann::json;

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    {
      auto store = EventStore::Open(scratch_.path());
      ASSERT_TRUE(store.ok()) << store.status().message();
      auto a = MakeReport("a", "2024-09-17", 15.0, -1.9, "jnim", 11);
      auto b = MakeReport("b", "2024-09-20", 12.65, -8.0, "", 3);
      b.admin1 = "Bamako";
      b.country = "Mali";
      std::vector<DocumentToStore> docs(3);
      docs[0].article.doc = "a";
      docs[0].article.text = "Une attaque contre le camp de Boni a fait onze morts parmi les soldats, mardi.";
      docs[0].reports = {a};
      docs[1].article.doc = "b";
      docs[1].article.text = "Trois morts dans une fusillade au marché de Bamako <script>alert(1)</script>.";
      docs[1].reports = {b};
      // A second report of the attack at Boni: it merges into the first.
      docs[2].article.doc = "c";
      docs[2].article.text = "Le GSIM revendique l'attaque du camp de Boni, où il dit avoir tué trente soldats.";
      docs[2].reports = {MakeReport("c", "2024-09-18", 15.0, -1.9, "jnim", 30)};
      ASSERT_TRUE((*store)->AddDocuments(docs).ok());
      auto analyst_hash = HashPassword("analyst password 1");
      auto viewer_hash = HashPassword("viewer password 1");
      ASSERT_TRUE((*store)->AddUser({0, "ana", "analyst", *analyst_hash, "", false}).ok());
      ASSERT_TRUE((*store)->AddUser({0, "vic", "viewer", *viewer_hash, "", false}).ok());
    }
    pool_ = std::make_unique<StorePool>(scratch_.path(), StoreOptions{});
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.auth.max_failed_logins = 3;
    options.public_reading = public_reading_;
    options.web_dir = DefaultWebDir().string();  // `make build` installed its npm assets
    server_ = std::make_unique<HttpServer>(*pool_, options);
    auto port = server_->Start();
    ASSERT_TRUE(port.ok()) << port.status().message();
    port_ = port.value();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  }
  void TearDown() override {
    client_.reset();
    server_.reset();
    pool_.reset();
  }

  // GET `path`: the status and the parsed body (which must always be JSON).
  std::pair<int, Json> Get(const std::string& path) {
    auto result = client_->Get(path);
    EXPECT_TRUE(result) << path;
    if (!result) return {0, Json()};
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8") << path;
    Json body = Json::parse(result->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << path << ": " << result->body;
    return {result->status, body};
  }

  // Logs in; returns the cookie header and the CSRF token ("" when refused).
  std::pair<std::string, std::string> LogIn(const std::string& name, const std::string& password) {
    auto result = client_->Post("/api/login", Json{{"name", name}, {"password", password}}.dump(), "application/json");
    if (!result || result->status != 200) return {"", ""};
    const std::string cookie = result->get_header_value("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
    return {cookie.substr(0, cookie.find(';')), Json::parse(result->body)["csrf"]};
  }
  // POST `body` to `path` with a cookie and a CSRF token (each may be empty): the status.
  int Post(const std::string& path, const std::string& body, const std::string& cookie, const std::string& csrf) {
    httplib::Headers headers;
    if (!cookie.empty()) headers.emplace("Cookie", cookie);
    if (!csrf.empty()) headers.emplace("X-CSRF-Token", csrf);
    auto result = client_->Post(path, headers, body, "application/json");
    return result ? result->status : 0;
  }

  // Sends `request` as raw bytes on a new connection; returns what the server answers.
  std::string RawExchange(const std::string& request) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port_));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string answer;
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        send(fd, request.data(), request.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(request.size())) {
      timeval timeout{2, 0};
      setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
      char buffer[4096];
      for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
        answer.append(buffer, static_cast<size_t>(n));
        if (answer.find("\r\n\r\n") != std::string::npos) break;
      }
    }
    close(fd);
    return answer;
  }

  bool public_reading_ = true;
  int port_ = 0;
  testing::ScratchDatabase scratch_;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<HttpServer> server_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpServerTest, ListsEventsWithFiltersAndPages) {
  auto [status, body] = Get("/api/events");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["total"], 2);
  ASSERT_EQ(body["events"].size(), 2u);
  EXPECT_EQ(body["events"][0]["event_date"], "2024-09-20");  // newest first by default

  std::tie(status, body) = Get("/api/events?admin1=bamako");
  EXPECT_EQ(body["total"], 1);
  std::tie(status, body) = Get("/api/events?q=Boni%20soldats");
  EXPECT_EQ(body["total"], 1);
  EXPECT_EQ(body["events"][0]["fatalities"], 11);
  std::tie(status, body) = Get("/api/events?sort=date&limit=1&offset=1");
  EXPECT_EQ(body["total"], 2);
  ASSERT_EQ(body["events"].size(), 1u);
  EXPECT_EQ(body["events"][0]["event_date"], "2024-09-20");
  std::tie(status, body) = Get("/api/events?bbox=-9,12,-7,13&since=2024-09-01&until=2024-09-30");
  EXPECT_EQ(body["total"], 1);
}

TEST_F(HttpServerTest, AnEventComesWithItsDocumentsAndEvidence) {
  auto [status, list] = Get("/api/events?sort=date");
  const std::string code = list["events"][0]["event_id_cnty"];
  auto [event_status, page] = Get("/api/events/" + code);
  ASSERT_EQ(event_status, 200);
  EXPECT_EQ(page["event"]["event_id_cnty"], code);
  ASSERT_EQ(page["documents"].size(), 2u);  // the attack and its claim, merged
  for (const auto& document : page["documents"]) {
    const std::string text = document["text"];
    for (const auto& ev : document["evidence"]) EXPECT_LE(ev["end"].get<size_t>(), text.size());
  }
  EXPECT_EQ(page["history"][0]["action"], "merge");  // newest first
  EXPECT_EQ(page["history"][1]["action"], "create");
  EXPECT_EQ(Get("/api/events/ML999999").first, 404);
}

TEST_F(HttpServerTest, CountsByWeekTypeAndRegion) {
  auto [status, body] = Get("/api/counts?by=week");
  ASSERT_EQ(status, 200);
  ASSERT_EQ(body["counts"].size(), 1u);
  EXPECT_EQ(body["counts"][0]["key"], "2024-09-16");
  EXPECT_EQ(body["counts"][0]["events"], 2);
  EXPECT_EQ(body["counts"][0]["fatalities"], 14);
  std::tie(status, body) = Get("/api/counts?by=admin1&country=Mali");
  EXPECT_EQ(body["counts"].size(), 2u);
  std::tie(status, body) = Get("/api/counts?by=country");
  ASSERT_EQ(body["counts"].size(), 1u);
  EXPECT_EQ(body["counts"][0]["key"], "Mali");
  EXPECT_EQ(body["counts"][0]["events"], 2);
  // Several types at once, as the dashboard's type boxes ask.
  EXPECT_EQ(Get("/api/events?event_type=Protests,Battles").second["total"], 2);
  EXPECT_EQ(Get("/api/events?event_type=Protests,Riots").second["total"], 0);
  EXPECT_EQ(Get("/api/counts?by=week&event_type=battles,Riots").second["counts"][0]["events"], 2);
  EXPECT_EQ(Get("/api/counts").first, 400);
  EXPECT_EQ(Get("/api/counts?by=decade").first, 400);
}

TEST_F(HttpServerTest, PointsForTheMapAreTheLocatedEventsWithAFewFields) {
  auto [status, body] = Get("/api/points");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["total"], 2);
  EXPECT_EQ(body["limit"], 20000);
  ASSERT_EQ(body["points"].size(), 2u);
  const Json& newest = body["points"][0];
  EXPECT_EQ(newest["date"], "2024-09-20");  // newest first
  EXPECT_EQ(newest["type"], "Battles");
  EXPECT_DOUBLE_EQ(newest["lat"].get<double>(), 12.65);
  EXPECT_DOUBLE_EQ(newest["lon"].get<double>(), -8.0);
  EXPECT_EQ(newest["fatalities"], 3);
  EXPECT_EQ(newest.size(), 6u);
  EXPECT_EQ(Get("/api/events/" + newest["id"].get<std::string>()).first, 200);
  EXPECT_EQ(Get("/api/points?bbox=-9,12,-7,13").second["points"].size(), 1u);
  EXPECT_EQ(Get("/api/points?country=Niger").second["points"].size(), 0u);
  EXPECT_EQ(Get("/api/points?limit=50000").first, 200);
  EXPECT_EQ(Get("/api/points?limit=50001").first, 400);
  EXPECT_EQ(Get("/api/points?fields=all").first, 400);
}

TEST_F(HttpServerTest, BadRequestsGetClearJsonErrors) {
  for (const char* path : {"/api/events?since=2024-13-01", "/api/events?limit=100000", "/api/events?limit=-1",
                           "/api/events?bbox=1,2,3", "/api/events?sort=random", "/api/events?colour=red",
                           "/api/events?country=Mali&country=Niger", "/api/events/ML1?x=1"}) {
    auto [status, body] = Get(path);
    EXPECT_EQ(status, 400) << path;
    EXPECT_TRUE(body.contains("error")) << path;
  }
  auto [status, body] = Get("/api/events?since=2024-13-01");
  EXPECT_EQ(body["error"], "'2024-13-01' is not a date like 2024-09-17");
  EXPECT_EQ(Get("/api/nothing").first, 404);
  EXPECT_EQ(Get("/api/events?country=" + std::string(300, 'x')).first, 400);
}

TEST_F(HttpServerTest, InjectionAttemptsAreOnlyValues) {
  for (const char* path : {"/api/events?country=Mali%27%20OR%201%3D1%20--", "/api/events?actor=%25%27%3B%20DROP%20TABLE%20events%3B",
                           "/api/events?q=%22%20OR%20*", "/api/events/1%20OR%201%3D1"}) {
    auto [status, body] = Get(path);
    EXPECT_TRUE(status == 200 || status == 404) << path;
    if (status == 200) {
      EXPECT_EQ(body["total"], 0) << path;
    }
  }
  EXPECT_EQ(Get("/api/events").second["total"], 2);  // nothing was dropped
}

TEST_F(HttpServerTest, ReviewNeedsAnAnalystLoginAndTheCsrfToken) {
  const std::string code = Get("/api/events?sort=date").second["events"][0]["event_id_cnty"];
  const std::string path = "/api/events/" + code + "/review";
  const std::string confirm = R"({"review":"confirmed"})";
  EXPECT_EQ(Post(path, confirm, "", ""), 401);  // anonymous
  auto [viewer_cookie, viewer_csrf] = LogIn("vic", "viewer password 1");
  ASSERT_FALSE(viewer_cookie.empty());
  EXPECT_EQ(Post(path, confirm, viewer_cookie, viewer_csrf), 403);  // under-privileged
  auto [cookie, csrf] = LogIn("ana", "analyst password 1");
  ASSERT_FALSE(cookie.empty());
  EXPECT_EQ(Post(path, confirm, cookie, ""), 403);                  // no CSRF token
  EXPECT_EQ(Post(path, confirm, cookie, viewer_csrf), 403);         // another session's token
  EXPECT_EQ(Post(path, R"({"review":"deleted"})", cookie, csrf), 400);
  EXPECT_EQ(Post(path, R"({"review":"confirmed","x":1})", cookie, csrf), 400);
  EXPECT_EQ(Post(path, "not json", cookie, csrf), 400);
  EXPECT_EQ(Post("/api/events/ML999999/review", confirm, cookie, csrf), 404);
  EXPECT_EQ(Get("/api/events/" + code).second["event"]["review"], "unreviewed");  // nothing stored so far
  EXPECT_EQ(Post(path, confirm, cookie, csrf), 200);
  auto page = Get("/api/events/" + code).second;
  EXPECT_EQ(page["event"]["review"], "confirmed");
  EXPECT_EQ(page["changes"][0]["user"], "ana");
  EXPECT_EQ(page["changes"][0]["detail"]["from"], "unreviewed");
}

TEST_F(HttpServerTest, CommentsAreStoredAsTextAndServedAsJson) {
  const std::string code = Get("/api/events?sort=date").second["events"][0]["event_id_cnty"];
  const std::string path = "/api/events/" + code + "/comments";
  const std::string hostile = R"({"body":"<script>alert('x')</script> vu sur place"})";
  EXPECT_EQ(Post(path, hostile, "", ""), 401);
  auto [cookie, csrf] = LogIn("ana", "analyst password 1");
  EXPECT_EQ(Post(path, hostile, cookie, ""), 403);
  EXPECT_EQ(Post(path, R"({"body":"   "})", cookie, csrf), 400);
  EXPECT_EQ(Post(path, Json{{"body", std::string(6000, 'x')}}.dump(), cookie, csrf), 400);
  EXPECT_EQ(Post(path, hostile, cookie, csrf), 201);
  auto result = client_->Get("/api/events/" + code);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->get_header_value("X-Content-Type-Options"), "nosniff");  // never sniffed as HTML
  auto page = Json::parse(result->body);
  ASSERT_EQ(page["comments"].size(), 1u);
  EXPECT_EQ(page["comments"][0]["body"], "<script>alert('x')</script> vu sur place");
  EXPECT_EQ(page["comments"][0]["user"], "ana");
}

TEST_F(HttpServerTest, LoginsAreThrottledAndLogoutEndsTheSession) {
  EXPECT_TRUE(LogIn("ana", "wrong password!").first.empty());
  EXPECT_TRUE(LogIn("nobody", "analyst password 1").first.empty());
  auto refused = client_->Post("/api/login", R"({"name":"ana"})", "application/json");
  EXPECT_EQ(refused->status, 400);
  for (int i = 0; i < 2; ++i) LogIn("ana", "wrong password!");
  auto throttled = client_->Post("/api/login", Json{{"name", "ana"}, {"password", "analyst password 1"}}.dump(),
                                 "application/json");
  EXPECT_EQ(throttled->status, 429);  // even the right password, for a while
  auto [cookie, csrf] = LogIn("vic", "viewer password 1");
  ASSERT_FALSE(cookie.empty());
  httplib::Headers with_cookie = {{"Cookie", cookie}};
  EXPECT_EQ(client_->Get("/api/session", with_cookie)->status, 200);
  EXPECT_EQ(Post("/api/logout", "", cookie, ""), 403);  // logging out is a change: CSRF
  EXPECT_EQ(Post("/api/logout", "", cookie, csrf), 200);
  auto session_user = [&](const httplib::Headers& headers) {
    auto answer = client_->Get("/api/session", headers);
    EXPECT_EQ(answer->status, 200);
    return Json::parse(answer->body)["user"];
  };
  EXPECT_TRUE(session_user(with_cookie).is_null());  // logged out
  EXPECT_TRUE(session_user({{"Cookie", "vigie_session=" + std::string(64, 'a')}}).is_null());  // a forged token
}

class PrivateServerTest : public HttpServerTest {
 protected:
  void SetUp() override {
    public_reading_ = false;
    HttpServerTest::SetUp();
  }
};

TEST_F(PrivateServerTest, ReadingNeedsALoginWhenNotPublic) {
  EXPECT_EQ(client_->Get("/api/events")->status, 401);
  EXPECT_EQ(client_->Get("/api/counts?by=week")->status, 401);
  auto [cookie, csrf] = LogIn("vic", "viewer password 1");
  EXPECT_EQ(client_->Get("/api/events", httplib::Headers{{"Cookie", cookie}})->status, 200);
}

TEST_F(HttpServerTest, AnalystsCorrectAndSplitEvents) {
  auto [cookie, csrf] = LogIn("ana", "analyst password 1");
  const std::string code = Get("/api/events?sort=date").second["events"][0]["event_id_cnty"];
  const std::string correct = "/api/events/" + code + "/correct";
  EXPECT_EQ(Post(correct, R"({"fatalities": 14})", "", ""), 401);
  auto [viewer_cookie, viewer_csrf] = LogIn("vic", "viewer password 1");
  EXPECT_EQ(Post(correct, R"({"fatalities": 14})", viewer_cookie, viewer_csrf), 403);
  EXPECT_EQ(Post(correct, R"({"fatalities": 14})", cookie, ""), 403);
  EXPECT_EQ(Post(correct, R"({"event_type": "Protests"})", cookie, csrf), 400);  // not with "Armed clash"
  EXPECT_EQ(Post(correct, R"({"colour": "red"})", cookie, csrf), 400);
  EXPECT_EQ(Post(correct, R"({"latitude": 14.1})", cookie, csrf), 400);
  EXPECT_EQ(Post(correct, R"({"fatalities": "many"})", cookie, csrf), 400);
  EXPECT_EQ(Post(correct, R"({"event_date": "2024-02-30"})", cookie, csrf), 400);
  EXPECT_EQ(Post(correct,
                 R"({"fatalities": 14, "event_type": "Violence against civilians", "sub_event_type": "Attack",)"
                 R"( "latitude": 14.5, "longitude": -1.5, "event_date": "2024-09-16"})",
                 cookie, csrf),
            200);
  auto page = Get("/api/events/" + code).second;
  EXPECT_EQ(page["event"]["review"], "corrected");
  EXPECT_EQ(page["event"]["fatalities"], 14);
  EXPECT_EQ(page["event"]["disorder_type"], "Political violence");
  EXPECT_EQ(page["event"]["event_date"], "2024-09-16");
  EXPECT_EQ(page["event"]["date_start"], "2024-09-16");
  EXPECT_EQ(page["event"]["latitude"], 14.5);
  EXPECT_FALSE(page["event"]["sources"].empty());  // the sources and evidence stay
  EXPECT_EQ(page["changes"][0]["action"], "correct");
  EXPECT_EQ(page["changes"][0]["detail"]["fatalities"]["from"], 11);
  EXPECT_EQ(page["changes"][0]["detail"]["fatalities"]["to"], 14);

  // The attack's second report was merged into it; an analyst splits it out again.
  int64_t merge = 0;
  for (const auto& line : page["history"]) {
    if (line["action"] == "merge") merge = line["id"];
  }
  ASSERT_NE(merge, 0);
  const std::string split = "/api/events/" + code + "/split";
  EXPECT_EQ(Post(split, R"({"merge": 999})", cookie, csrf), 400);
  EXPECT_EQ(Post(split, Json{{"merge", merge}}.dump(), cookie, csrf), 200);
  EXPECT_EQ(Get("/api/events").second["total"], 3);
  EXPECT_EQ(Post(split, Json{{"merge", merge}}.dump(), cookie, csrf), 400);  // done already
}

TEST_F(HttpServerTest, AnalystsMergeTwoEvents) {
  const Json events = Get("/api/events?sort=date").second["events"];
  const std::string into = events[0]["event_id_cnty"];  // the attack at Boni
  const std::string from = events[1]["event_id_cnty"];  // the shooting in Bamako
  const std::string path = "/api/events/" + into + "/merge";
  const std::string body = Json{{"from", from}}.dump();
  EXPECT_EQ(Post(path, body, "", ""), 401);  // anonymous
  auto [viewer_cookie, viewer_csrf] = LogIn("vic", "viewer password 1");
  EXPECT_EQ(Post(path, body, viewer_cookie, viewer_csrf), 403);
  auto [cookie, csrf] = LogIn("ana", "analyst password 1");
  ASSERT_FALSE(cookie.empty());
  EXPECT_EQ(Post(path, body, cookie, ""), 403);  // no CSRF token
  for (const std::string& bad :
       std::vector<std::string>{"not json", "[]", "{}", R"({"from": 2})", R"({"from": ""})", R"({"merge": "ML1"})",
                                Json{{"from", from}, {"into", into}}.dump(), Json{{"from", into}}.dump()}) {
    EXPECT_EQ(Post(path, bad, cookie, csrf), 400) << bad;
  }
  EXPECT_EQ(Post(path, Json{{"from", into.substr(2)}}.dump(), cookie, csrf), 400);  // itself, by number
  EXPECT_EQ(Post(path, R"({"from": "ML999999"})", cookie, csrf), 404);
  EXPECT_EQ(Post("/api/events/ML999999/merge", body, cookie, csrf), 404);
  EXPECT_EQ(Get("/api/events").second["total"], 2);  // nothing merged so far

  auto result =
      client_->Post(path, httplib::Headers{{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, body, "application/json");
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, 200) << result->body;
  EXPECT_EQ(Json::parse(result->body), (Json{{"event_id_cnty", into}, {"merged", from}}));
  EXPECT_EQ(Get("/api/events").second["total"], 1);
  EXPECT_EQ(Get("/api/events/" + from).first, 404);
  auto page = Get("/api/events/" + into).second;
  EXPECT_EQ(page["documents"].size(), 3u);
  EXPECT_EQ(page["history"][0]["action"], "merge");
  EXPECT_EQ(page["history"][0]["by"], "ana");
  EXPECT_EQ(page["history"][0]["reason"], "merged by hand from " + from);
  EXPECT_EQ(Post(path, body, cookie, csrf), 404);  // merged away already
  // The merge is undone like any other.
  EXPECT_EQ(Post("/api/events/" + into + "/split", Json{{"merge", page["history"][0]["id"]}}.dump(), cookie, csrf),
            200);
  EXPECT_EQ(Get("/api/events").second["total"], 2);
}

// Every route that changes something, with a body it would accept: anonymous calls get 401,
// a viewer 403, an analyst without the session's CSRF token 403, and none of them changes
// anything; a body over the limit is refused and the server stays up.
TEST_F(HttpServerTest, EveryChangeRouteRefusesAnonymousViewersAndMissingTokens) {
  const Json events = Get("/api/events?sort=date").second["events"];
  const std::string first = events[0]["event_id_cnty"];
  const std::string second = events[1]["event_id_cnty"];
  const std::string before = Get("/api/events/" + first).second.dump() + Get("/api/events/" + second).second.dump();
  const std::vector<std::pair<std::string, std::string>> changes = {
      {"/api/events/" + first + "/review", R"({"review": "rejected"})"},
      {"/api/events/" + first + "/correct", R"({"fatalities": 99})"},
      {"/api/events/" + first + "/merge", Json{{"from", second}}.dump()},
      {"/api/events/" + first + "/split", R"({"merge": 1})"},
      {"/api/events/" + first + "/comments", R"({"body": "not allowed"})"},
  };
  auto [viewer_cookie, viewer_csrf] = LogIn("vic", "viewer password 1");
  auto [cookie, csrf] = LogIn("ana", "analyst password 1");
  ASSERT_FALSE(viewer_cookie.empty());
  ASSERT_FALSE(cookie.empty());
  for (const auto& [path, body] : changes) {
    EXPECT_EQ(Post(path, body, "", ""), 401) << path;
    EXPECT_EQ(Post(path, body, "", csrf), 401) << path;  // a token without its session
    EXPECT_EQ(Post(path, body, viewer_cookie, viewer_csrf), 403) << path;
    EXPECT_EQ(Post(path, body, cookie, ""), 403) << path;
    EXPECT_EQ(Post(path, body, cookie, viewer_csrf), 403) << path;
    EXPECT_EQ(Post(path, body, cookie, csrf + "0"), 403) << path;
    EXPECT_EQ(Post(path, body, "vigie_session=" + std::string(64, 'f'), csrf), 401) << path;  // a forged session
  }
  EXPECT_EQ(Post("/api/logout", "", "", ""), 401);
  EXPECT_EQ(Post("/api/logout", "", cookie, ""), 403);
  EXPECT_EQ(Get("/api/events/" + first).second.dump() + Get("/api/events/" + second).second.dump(), before);

  const std::string huge(3 << 20, 'x');  // 3 MiB, over the 1 MiB limit
  EXPECT_EQ(Post("/api/events/" + first + "/comments", R"({"body": ")" + huge + R"("})", cookie, csrf), 413);
  EXPECT_EQ(Post("/api/login", huge, "", ""), 413);
  EXPECT_EQ(Get("/api/events/" + first).second["comments"].size(), 0u);
  EXPECT_EQ(Get("/api/events").first, 200);  // still serving
}

// What no route accepts, refused before the body is read or parsed; the server stays up.
TEST_F(HttpServerTest, HostileRequestsAreRefusedBeforeTheyCostMemory) {
  const std::string code = Get("/api/events?sort=date").second["events"][0]["event_id_cnty"];
  auto [cookie, csrf] = LogIn("ana", "analyst password 1");
  ASSERT_FALSE(cookie.empty());
  // A deeply nested body (once a stack overflow when the correction was copied).
  const std::string nested = R"({"notes":)" + std::string(200000, '[') + std::string(200000, ']') + "}";
  EXPECT_EQ(Post("/api/events/" + code + "/correct", nested, cookie, csrf), 400);
  EXPECT_EQ(Post("/api/events/" + code + "/review", R"({"review": ["confirmed"]})", cookie, csrf), 400);
  // A chunked body (no Content-Length: cpp-httplib would read it whole).
  const std::string chunked = RawExchange("POST /api/events/" + code + "/comments HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                                          "Cookie: " + cookie + "\r\nX-CSRF-Token: " + csrf +
                                          "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "d\r\n{\"body\": \"x\"}\r\n0\r\n\r\n");
  EXPECT_TRUE(chunked.starts_with("HTTP/1.1 411")) << chunked;
  // Many ranges of one file (each would be a copy of it in the answer).
  auto ranges = client_->Get("/vendor/countries-50m.json", {{"Range", "bytes=0-,0-,0-,0-"}});
  ASSERT_TRUE(ranges);
  EXPECT_EQ(ranges->status, 416);
  // A change that a form on another site could send: not JSON, or from another origin.
  auto form = client_->Post("/api/login", R"({"name": "ana", "password": "analyst password 1"})", "text/plain");
  EXPECT_EQ(form->status, 415);
  auto other_site = client_->Post("/api/login", {{"Origin", "http://evil.example"}},
                                  R"({"name": "ana", "password": "analyst password 1"})", "application/json");
  EXPECT_EQ(other_site->status, 403);
  // Behind a proxy that rewrites Host, the site is the one it forwards.
  auto proxied = client_->Post("/api/login", {{"Origin", "https://vigie.example"}, {"X-Forwarded-Host", "vigie.example"}},
                               R"({"name": "vic", "password": "viewer password 1"})", "application/json");
  EXPECT_EQ(proxied->status, 200);
  auto fetched_cross_site = client_->Post("/api/events/" + code + "/comments",
                                          {{"Cookie", cookie}, {"X-CSRF-Token", csrf}, {"Sec-Fetch-Site", "cross-site"}},
                                          R"({"body": "x"})", "application/json");
  EXPECT_EQ(fetched_cross_site->status, 403);
  EXPECT_EQ(Get("/api/events/" + code).second["comments"].size(), 0u);
  EXPECT_EQ(Get("/api/events/" + code).second["event"]["review"], "unreviewed");
  EXPECT_EQ(Post("/api/events/" + code + "/comments", R"({"body": "still up"})", cookie, csrf), 201);
}

// The dashboard's files: a fixed table, nothing else on disk is reachable.
TEST_F(HttpServerTest, ServesTheDashboardFilesAndNothingElse) {
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("/dashboard.js"), std::string::npos);
  const std::string policy = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
  for (const char* asset : {"/vendor/leaflet.js", "/vendor/leaflet.markercluster.js", "/vendor/countries-50m.json",
                            "/vendor/images/marker-icon.png", "/dashboard.css", "/strings.js"}) {
    auto file = client_->Get(asset);
    ASSERT_TRUE(file) << asset;
    EXPECT_EQ(file->status, 200) << asset;
    EXPECT_GT(file->body.size(), 100u) << asset;
  }
  // Unchanged files are not sent again.
  auto again = client_->Get("/dashboard.js", {{"If-None-Match", client_->Get("/dashboard.js")->get_header_value("ETag")}});
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
  for (const char* outside : {"/../CMakeLists.txt", "/%2e%2e/%2e%2e/etc/passwd", "/node_modules/leaflet/package.json",
                              "/index.html/", "/vendor/../dashboard.js.map", "/package.json"}) {
    auto answer = client_->Get(outside);
    ASSERT_TRUE(answer) << outside;
    EXPECT_EQ(answer->status, 404) << outside;
    EXPECT_EQ(answer->body.find("root:"), std::string::npos) << outside;
  }
  EXPECT_EQ(Get("/api/nothing").first, 404);  // the API's own 404 is still JSON
}

TEST(HttpServerStartTest, MissingDashboardFilesAreNamed) {
  testing::ScratchDatabase scratch;
  ASSERT_TRUE(EventStore::Open(scratch.path()).ok());
  StorePool pool(scratch.path(), StoreOptions{});
  ServerOptions options;
  options.port = 0;
  options.web_dir = scratch.path() + ".no-such-folder";
  HttpServer server(pool, options);
  auto port = server.Start();
  ASSERT_FALSE(port.ok());
  EXPECT_NE(port.status().message().find("index.html is missing"), std::string::npos) << port.status().message();
}

}  // namespace
}  // namespace vigie
