// The JSON API end to end: a server on 127.0.0.1 (any free port) over a scratch store,
// queried with an HTTP client.
#include "server/http_server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>

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
      std::vector<DocumentToStore> docs(2);
      docs[0].article.doc = "a";
      docs[0].article.text = "Une attaque contre le camp de Boni a fait onze morts parmi les soldats, mardi.";
      docs[0].reports = {a};
      docs[1].article.doc = "b";
      docs[1].article.text = "Trois morts dans une fusillade au marché de Bamako <script>alert(1)</script>.";
      docs[1].reports = {b};
      ASSERT_TRUE((*store)->AddDocuments(docs).ok());
    }
    pool_ = std::make_unique<StorePool>(scratch_.path(), StoreOptions{});
    ServerOptions options;
    options.port = 0;
    options.threads = 2;
    server_ = std::make_unique<HttpServer>(*pool_, options);
    auto port = server_->Start();
    ASSERT_TRUE(port.ok()) << port.status().message();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port.value());
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
  ASSERT_EQ(page["documents"].size(), 1u);
  const std::string text = page["documents"][0]["text"];
  for (const auto& ev : page["documents"][0]["evidence"]) {
    EXPECT_LE(ev["end"].get<size_t>(), text.size());
  }
  EXPECT_EQ(page["history"][0]["action"], "create");
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
  EXPECT_EQ(Get("/api/counts").first, 400);
  EXPECT_EQ(Get("/api/counts?by=decade").first, 400);
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

}  // namespace
}  // namespace vigie
