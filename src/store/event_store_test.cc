// The store's behaviour, the same for every engine: deduplication, merging across
// documents, the merge log and its undo, filters, migrations, and failures that leave what
// was stored intact.
#include "store/event_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <pqxx/pqxx>
#include <set>

#include "coding/civil_calendar.h"
#include "merge/merge_test_records.h"
#include "store/event_columns.h"
#include "store/scratch_database.h"
#include "store/sqlite_schema.h"

namespace vigie {
namespace {

using testing::MakeReport;

// A fresh database per test (ctest runs tests in parallel): a SQLite file, or a database of
// its own on the PostgreSQL server VIGIE_TEST_POSTGRES names (tests/store/with_postgres.sh
// starts one; without it the PostgreSQL cases are skipped).
class StoreFixture : public ::testing::Test {
 protected:
  void OpenEngine(const std::string& engine) {
    if (engine == "sqlite") {
      location_ = scratch_.path();
    } else {
      const char* server = std::getenv("VIGIE_TEST_POSTGRES");
      if (server == nullptr || *server == '\0') GTEST_SKIP() << "VIGIE_TEST_POSTGRES is not set";
      const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
      database_ = "vigie_test_" + std::to_string(std::hash<std::string>()(info->name()) % 1000000000);
      pqxx::connection admin(server);
      pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + database_);
      pqxx::nontransaction(admin).exec("CREATE DATABASE " + database_);
      const std::string url = server;
      location_ = url.substr(0, url.rfind('/') + 1) + database_;
      server_ = server;
    }
    auto store = EventStore::Open(location_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
  }
  void TearDown() override {
    store_.reset();
    if (!database_.empty()) {
      pqxx::connection admin(server_);
      pqxx::nontransaction(admin).exec("DROP DATABASE IF EXISTS " + database_);
    }
  }

  static DocumentToStore Document(const std::string& doc, const std::string& text, std::vector<EventRecord> reports,
                                  const std::string& url = "") {
    DocumentToStore d;
    d.article.doc = doc;
    d.article.url = url;
    d.article.text = text;
    d.article.language = "fr";
    d.article.title = "Titre " + doc;
    d.reports = std::move(reports);
    return d;
  }

  StoreOutcome Add(const DocumentToStore& document) {
    auto outcomes = store_->AddDocuments(std::span(&document, 1));
    EXPECT_TRUE(outcomes.ok()) << outcomes.status().message();
    return outcomes.ok() ? outcomes->front() : StoreOutcome{};
  }

  std::vector<StoredEvent> Events(const EventFilter& filter = {}) {
    std::vector<StoredEvent> events;
    Status s = store_->ForEachEvent(filter, [&](const StoredEvent& e) {
      events.push_back(e);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.message();
    return events;
  }

  testing::ScratchDatabase scratch_;
  std::string location_, database_, server_;
  std::unique_ptr<EventStore> store_;
};

// What every engine does the same.
class EventStoreTest : public StoreFixture, public ::testing::WithParamInterface<std::string> {
 protected:
  void SetUp() override { OpenEngine(GetParam()); }
};
INSTANTIATE_TEST_SUITE_P(Engines, EventStoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& engine) { return engine.param; });

// What only the SQLite file does.
class SqliteStoreTest : public StoreFixture {
 protected:
  void SetUp() override { OpenEngine("sqlite"); }
  void Remove() { scratch_.Remove(); }
  // Runs `sql` on a connection of its own; its result code.
  int Exec(const char* sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
  }
  // The rows of `sql`, each as its columns joined by '|' (NULL as "NULL").
  std::vector<std::string> Rows(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    std::vector<std::string> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::string row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* text = sqlite3_column_text(st, i);
        row += (i > 0 ? "|" : "") + std::string(text == nullptr ? "NULL" : reinterpret_cast<const char*>(text));
      }
      rows.push_back(row);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
  }
  // The CREATE statement of table `name` as sqlite_schema holds it.
  std::string Definition(const char* name) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE name = ?1", -1, &st, nullptr), SQLITE_OK);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    std::string sql = sqlite3_step(st) == SQLITE_ROW ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0)) : "";
    sqlite3_finalize(st);
    sqlite3_close(db);
    return sql;
  }
  // How SQLite runs `sql`: the details of its query plan, one a line.
  std::string QueryPlan(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, ("EXPLAIN QUERY PLAN " + sql).c_str(), -1, &st, nullptr), SQLITE_OK);
    std::string plan;
    while (sqlite3_step(st) == SQLITE_ROW)
      plan += reinterpret_cast<const char*>(sqlite3_column_text(st, 3)) + std::string("\n");
    sqlite3_finalize(st);
    sqlite3_close(db);
    return plan;
  }
  // "doc start-end role text" for each row of the evidence view, in report order.
  std::vector<std::string> EvidenceRows() {
    sqlite3* db = nullptr;
    std::vector<std::string> rows;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(
                  db,
                  "SELECT d.doc || ' ' || e.start || '-' || e.\"end\" || ' ' || e.role || ' ' || e.text "
                  "FROM evidence AS e JOIN documents AS d ON d.id = e.document_id ORDER BY e.report_id, e.start",
                  -1, &st, nullptr),
              SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) rows.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rows;
  }
  const std::string& path_ = scratch_.path();
};

const char* const kTextA =
    "Des hommes armés ont attaqué dimanche à l'aube le poste de la gendarmerie de la commune, tuant trois gendarmes et "
    "blessant deux civils, selon une source sécuritaire jointe par téléphone. Les assaillants, arrivés à bord d'une "
    "trentaine de motos, ont incendié deux véhicules et emporté des armes avant de se replier vers la frontière. Une "
    "opération de ratissage a été lancée dans la zone, a indiqué l'état-major dans un communiqué publié lundi, sans "
    "préciser le nombre d'assaillants neutralisés. Les habitants du village voisin disent avoir entendu des tirs "
    "pendant près de deux heures. Plusieurs familles ont quitté leurs maisons pour se réfugier au chef-lieu du cercle, "
    "où les autorités locales ont ouvert une école pour les accueillir. C'est la troisième attaque contre un poste de "
    "sécurité dans la région depuis le début du mois.";
const char* const kTextB =
    "Le JNIM a revendiqué l'attaque du camp de Boni, où trente-sept militaires auraient péri selon le groupe.";

TEST_P(EventStoreTest, TheSameDocumentIsStoredOnce) {
  auto doc = Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}, "https://a.example/x");
  EXPECT_EQ(Add(doc).fate, DocumentFate::kStored);
  EXPECT_EQ(Add(doc).fate, DocumentFate::kDuplicate);
  // The same address with tracking parameters is the same document, whatever its text.
  auto same_url = Document("a2", kTextB, {}, "https://www.a.example/x?utm_source=rss");
  EXPECT_EQ(Add(same_url).fate, DocumentFate::kDuplicate);
  auto counts = store_->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 1);
  EXPECT_EQ(counts->events, 1);
  EXPECT_EQ(counts->reports, 1);
}

TEST_P(EventStoreTest, ReportsOfOneIncidentBecomeOneEventWithBothSources) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  const StoreOutcome second = Add(Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.01, -1.91, "jnim", 37)}));
  EXPECT_EQ(second.events_merged, 1);
  EXPECT_EQ(second.events_new, 0);
  const auto events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].record.fatalities, 11);  // the conservative figure
  EXPECT_EQ(events[0].record.actor1_id, "jnim");
  EXPECT_NE(events[0].json.find("\"doc\":\"a\""), std::string::npos);
  EXPECT_NE(events[0].json.find("\"doc\":\"b\""), std::string::npos);
  EXPECT_EQ(events[0].record.event_id_cnty.substr(0, 2), "ML");
}

TEST_P(EventStoreTest, AnotherIncidentStaysApart) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "jnim")}));
  Add(Document("b", kTextB, {MakeReport("b", "2022-09-26", 15.0, -1.9, "is-sahel")}));
  Add(Document("c", "Autre texte sur Boni, une semaine plus tard, avec un autre bilan.",
               {MakeReport("c", "2022-10-05", 15.0, -1.9)}));
  EXPECT_EQ(Events().size(), 3u);
}

TEST_P(EventStoreTest, TwoEventsOfOneDocumentNeverMerge) {
  // The coder kept them apart (an attack and a reprisal the same day, same place).
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9), MakeReport("a", "2022-09-26", 15.0, -1.9)}));
  EXPECT_EQ(Events().size(), 2u);
}

TEST_P(EventStoreTest, ReportsOfOneBatchMeetTheEventAsTheBatchHasMadeIt) {
  // One transaction: the third report is four days after the first, but two after the
  // second, which widened the event's dates: it joins only the event as the batch left it.
  const std::vector<DocumentToStore> batch = {
      Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}),
      Document("b", kTextB, {MakeReport("b", "2022-09-28", 15.01, -1.91, "", 9)}),
      Document("c", "Le bilan de l'attaque de Boni est désormais de douze morts, selon des sources locales.",
               {MakeReport("c", "2022-09-30", 15.0, -1.9, "", 12)})};
  auto outcomes = store_->AddDocuments(batch);
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  EXPECT_EQ((*outcomes)[1].events_merged, 1);
  EXPECT_EQ((*outcomes)[2].events_merged, 1);

  EventFilter around_boni;
  around_boni.bbox = std::array<double, 4>{-2.0, 14.9, -1.8, 15.1};
  const auto events = Events(around_boni);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].record.date_start, "2022-09-26");
  EXPECT_EQ(events[0].record.date_end, "2022-09-30");
  EXPECT_EQ(events[0].record.fatalities, 9);
  for (const char* doc : {"\"doc\":\"a\"", "\"doc\":\"b\"", "\"doc\":\"c\""}) {
    EXPECT_NE(events[0].json.find(doc), std::string::npos) << doc;
  }
  // The next batch finds the event by its stored row.
  EXPECT_EQ(Add(Document("d", "Quatre jours plus tard, les habitants de Boni enterraient encore leurs morts.",
                         {MakeReport("d", "2022-10-02", 15.0, -1.9)}))
                .events_merged,
            1);
  EXPECT_EQ(Events().size(), 1u);
}

TEST_P(EventStoreTest, ReportsOfOneBatchMeetTheEventWhoseStartTheBatchMovedEarlier) {
  // The same in reverse: each report moves the event's first day two days earlier, and the
  // last, six days before the first, is found from the first day the batch left.
  const std::vector<DocumentToStore> batch = {
      Document("a", kTextA, {MakeReport("a", "2022-10-02", 15.0, -1.9, "", 11)}),
      Document("b", kTextB, {MakeReport("b", "2022-09-30", 15.01, -1.91, "", 9)}),
      Document("c", "Le bilan de l'attaque de Boni est désormais de douze morts, selon des sources locales.",
               {MakeReport("c", "2022-09-28", 15.0, -1.9, "", 12)}),
      Document("d", "Des témoins de Boni décrivent des assaillants venus à moto en fin de journée.",
               {MakeReport("d", "2022-09-26", 15.0, -1.9)})};
  auto outcomes = store_->AddDocuments(batch);
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  for (size_t i = 1; i < batch.size(); ++i) EXPECT_EQ((*outcomes)[i].events_merged, 1) << i;
  const auto events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].record.date_start, "2022-09-26");
  EXPECT_EQ(events[0].record.date_end, "2022-10-02");
}

TEST_P(EventStoreTest, ASyndicatedCopyBecomesASourceNotAReport) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}, "https://a.example/1"));
  auto copy = Document("copy", std::string("URGENT : ") + kTextA + " (Agence)",
                       {MakeReport("copy", "2022-09-26", 15.0, -1.9, "", 11)}, "https://b.example/2");
  const StoreOutcome outcome = Add(copy);
  EXPECT_EQ(outcome.fate, DocumentFate::kNearDuplicate);
  const auto events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].json.find("\"doc\":\"copy\""), std::string::npos);
  EXPECT_NE(events[0].record.source.find("b.example"), std::string::npos) << events[0].record.source;
  auto counts = store_->Counts();
  EXPECT_EQ(counts->reports, 1);
  EXPECT_EQ(counts->near_duplicates, 1);
}

TEST_P(EventStoreTest, AMergeCanBeUndone) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  Add(Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.01, -1.91, "jnim", 37)}));
  auto log = store_->MergeLog(0, 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  const MergeLogEntry merge = log->front();  // newest first
  EXPECT_EQ(merge.action, "merge");
  EXPECT_EQ(merge.doc, "b");
  auto split = store_->UndoMerge(merge.id, "analyst1");
  ASSERT_TRUE(split.ok()) << split.status().message();
  const auto events = Events();
  ASSERT_EQ(events.size(), 2u);
  // The original event is back to its own report.
  for (const auto& e : events) {
    if (e.id == split.value()) {
      EXPECT_EQ(e.record.fatalities, 37);
      EXPECT_EQ(e.json.find("\"doc\":\"a\""), std::string::npos);
    } else {
      EXPECT_EQ(e.record.fatalities, 11);
      EXPECT_EQ(e.json.find("\"doc\":\"b\""), std::string::npos);
    }
  }
  auto again = store_->UndoMerge(merge.id, "analyst1");
  EXPECT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("already undone"), std::string::npos);
  auto create = store_->UndoMerge(log->back().id, "analyst1");
  EXPECT_FALSE(create.ok());
  auto after = store_->MergeLog(0, 1);
  EXPECT_EQ(after->front().action, "split");
  EXPECT_EQ(after->front().by, "analyst1");
}

// Two reports of one attack that ingest kept apart (the claimed groups disagree).
class EventMergeTest : public EventStoreTest {
 protected:
  // Event A from document "a" (kTextB), event B from "b" (kTextA) and its syndicated copy.
  void AddTwoEvents(int fatalities_a, int fatalities_b) {
    Add(Document("a", kTextB, {MakeReport("a", "2022-09-26", 15.0, -1.9, "jnim", fatalities_a)}));
    Add(Document("b", kTextA, {MakeReport("b", "2022-09-26", 15.0, -1.9, "is-sahel", fatalities_b)},
                 "https://b.example/1"));
    Add(Document("copy", std::string("URGENT : ") + kTextA + " (Agence)", {}, "https://c.example/2"));
    const auto events = Events();  // by date, then number: A first
    ASSERT_EQ(events.size(), 2u);
    into_ = events[0];
    from_ = events[1];
  }
  StoredEvent Find(int64_t id) {
    auto found = store_->FindEvent(std::to_string(id));
    EXPECT_TRUE(found.ok() && found->has_value()) << id;
    return found.ok() && found->has_value() ? **found : StoredEvent{};
  }

  StoredEvent into_, from_;
};
INSTANTIATE_TEST_SUITE_P(Engines, EventMergeTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& engine) { return engine.param; });

TEST_P(EventMergeTest, TwoEventsBecomeOneWithBothSourcesAndAllEvidence) {
  AddTwoEvents(11, 37);
  auto user = store_->AddUser({0, "awa", "analyst", "$argon2id$hash", "", false});
  ASSERT_TRUE(user.ok());
  ASSERT_TRUE(store_->AddComment(from_.id, *user, "the same attack as the other one").ok());
  const StoreCounts before = store_->Counts().value();

  auto moved = store_->MergeEvents(into_.id, from_.id, "awa");
  ASSERT_TRUE(moved.ok()) << moved.status().message();
  EXPECT_EQ(moved.value(), 1);
  EXPECT_FALSE(store_->FindEvent(from_.record.event_id_cnty)->has_value());
  EXPECT_FALSE(store_->FindEvent(std::to_string(from_.id))->has_value());
  const StoreCounts after = store_->Counts().value();
  EXPECT_EQ(after.events, before.events - 1);
  EXPECT_EQ(after.reports, before.reports);
  EXPECT_EQ(after.documents, before.documents);

  const StoredEvent merged = Find(into_.id);
  EXPECT_EQ(merged.record.event_id_cnty, into_.record.event_id_cnty);
  EXPECT_EQ(merged.record.fatalities, 11);  // recomputed: the conservative figure
  std::set<std::string> sources, evidence;
  for (const EventSource& source : merged.record.sources) sources.insert(source.doc);
  for (const Evidence& ev : merged.record.evidence) evidence.insert(ev.doc + " " + ev.role);
  EXPECT_EQ(sources, (std::set<std::string>{"a", "b", "copy"}));  // B's syndicated copy follows
  EXPECT_EQ(evidence, (std::set<std::string>{"a trigger", "a fatalities", "b trigger", "b fatalities"}));
  EXPECT_EQ(store_->DocumentsOfEvent(into_.id)->size(), 3u);
  ASSERT_EQ(store_->Comments(into_.id)->size(), 1u);

  auto log = store_->MergeLog(into_.id, 0);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);  // newest first: the hand merge, then A's creation
  const MergeLogEntry line = log->front();
  EXPECT_EQ(line.action, "merge");
  EXPECT_EQ(line.doc, "b");
  EXPECT_EQ(line.by, "awa");
  EXPECT_EQ(line.reason, "merged by hand from " + from_.record.event_id_cnty);

  // The merge is undone like any other: B's report is an event again, under a new number.
  auto split = store_->UndoMerge(line.id, "awa");
  ASSERT_TRUE(split.ok()) << split.status().message();
  EXPECT_NE(split.value(), from_.id);
  EXPECT_EQ(store_->Counts()->events, before.events);
  EXPECT_EQ(Find(split.value()).record.fatalities, 37);
  const StoredEvent restored = Find(into_.id);
  EXPECT_EQ(restored.json.find("\"doc\":\"b\""), std::string::npos);
  EXPECT_EQ(restored.record.sources.size(), 1u);
}

TEST_P(EventMergeTest, AConfirmedEventKeepsItsFieldsAndGainsSources) {
  AddTwoEvents(37, 11);
  auto user = store_->AddUser({0, "awa", "analyst", "$argon2id$hash", "", false});
  ASSERT_TRUE(user.ok());
  ASSERT_TRUE(store_->SetReview(into_.id, "confirmed", *user).ok());
  ASSERT_TRUE(store_->MergeEvents(into_.id, from_.id, "awa").ok());
  const StoredEvent merged = Find(into_.id);
  EXPECT_EQ(merged.record.review, "confirmed");
  EXPECT_EQ(merged.record.fatalities, 37);  // recomputing would have given 11
  EXPECT_EQ(merged.record.actor1_id, "jnim");
  EXPECT_EQ(merged.record.sources.size(), 3u);
  EXPECT_NE(merged.json.find("\"doc\":\"b\""), std::string::npos);
}

TEST_P(EventMergeTest, AnEventIntoItselfOrAMissingEventIsRefused) {
  AddTwoEvents(11, 37);
  auto itself = store_->MergeEvents(into_.id, into_.id, "awa");
  ASSERT_FALSE(itself.ok());
  EXPECT_NE(itself.status().message().find("into itself"), std::string::npos) << itself.status().message();
  const int64_t missing = from_.id + 1000;
  auto no_into = store_->MergeEvents(missing, from_.id, "awa");
  ASSERT_FALSE(no_into.ok());
  EXPECT_NE(no_into.status().message().find("no event with id " + std::to_string(missing)), std::string::npos)
      << no_into.status().message();
  auto no_from = store_->MergeEvents(into_.id, missing, "awa");
  ASSERT_FALSE(no_from.ok());
  EXPECT_NE(no_from.status().message().find("no event with id " + std::to_string(missing)), std::string::npos)
      << no_from.status().message();
  // Nothing changed.
  EXPECT_EQ(Events().size(), 2u);
  EXPECT_EQ(store_->MergeLog(0, 0)->size(), 2u);
}

TEST_P(EventStoreTest, FiltersSelectEvents) {
  auto a = MakeReport("a", "2022-09-26", 15.0, -1.9, "jnim");
  auto b = MakeReport("b", "2023-01-10", 12.65, -8.0);
  b.admin1 = "Bamako";
  b.event_type = "Protests";
  b.disorder_type = "Demonstrations";
  auto c = MakeReport("c", "2023-03-01", 12.37, -1.53);
  c.country = "Burkina Faso";
  c.admin1 = "Centre";
  Add(Document("a", kTextA, {a}));
  Add(Document("b", kTextB, {b}));
  Add(Document("c", "Un troisième texte, sur Ouagadougou.", {c}));
  EventFilter f;
  f.country = "mali";
  EXPECT_EQ(Events(f).size(), 2u);
  f.since = "2023-01-01";
  EXPECT_EQ(Events(f).size(), 1u);
  EventFilter by_actor;
  by_actor.actor = "jnim";
  EXPECT_EQ(Events(by_actor).size(), 1u);
  EventFilter by_type;
  by_type.event_type = "Protests";
  EXPECT_EQ(Events(by_type).size(), 1u);
  by_type.event_type = "protests,Battles";  // several types, any case
  EXPECT_EQ(Events(by_type).size(), 3u);
  EXPECT_EQ(*store_->CountEvents(by_type), 3);
  by_type.event_type = "Riots,Strategic developments";
  EXPECT_EQ(Events(by_type).size(), 0u);
  EventFilter box;
  box.bbox = std::array<double, 4>{-9, 12, -7, 13};  // around Bamako
  ASSERT_EQ(Events(box).size(), 1u);
  EXPECT_EQ(Events(box)[0].record.admin1, "Bamako");
  EventFilter until;
  until.until = "2022-12-31";
  EXPECT_EQ(Events(until).size(), 1u);
  EventFilter limit;
  limit.limit = 2;
  EXPECT_EQ(Events(limit).size(), 2u);
  // A hostile string is only a value.
  EventFilter hostile;
  hostile.actor = "x' OR 1=1 --";
  EXPECT_EQ(Events(hostile).size(), 0u);
}

// A box holding thousands of events (SQLite walks the date index) and one holding a few (it
// asks the R*Tree): the same events as a plain scan of the coordinates finds, in date order,
// the same totals, for every engine.
TEST_P(EventStoreTest, BoxesOfManyAndOfFewEventsGiveTheirEventsInDateOrder) {
  struct Point {
    std::string date;
    double lat, lon;
  };
  std::vector<Point> points;
  std::vector<DocumentToStore> documents;
  uint32_t seed = 12345;
  auto next = [&] { return (seed = seed * 1103515245u + 12345u) >> 8 & 0xffff; };
  for (int i = 0; i < 2600; ++i) {
    // Three days apart, so that no two reports are one incident.
    const int day = 3 * i;
    char date[11];
    snprintf(date, sizeof date, "%04d-%02d-%02d", 2001 + day / 336, 1 + day % 336 / 28, 1 + day % 28);
    const Point p{date, 10.0 + 8.0 * next() / 65536.0, -8.0 + 12.0 * next() / 65536.0};
    points.push_back(p);
    std::string text = "Rapport";  // words of its own, so that no report looks like a copy of another
    for (int w = 0; w < 16; ++w) text += " m" + std::to_string(next());
    documents.push_back(Document("box" + std::to_string(i), text,
                                 {MakeReport("box" + std::to_string(i), p.date, p.lat, p.lon, "", i % 7)}));
  }
  ASSERT_TRUE(store_->AddDocuments(documents).ok());
  for (const auto& box : {std::array<double, 4>{-8, 10, 4, 18},       // all 2,600: the date index
                          std::array<double, 4>{-6, 11, 2, 16},       // about 1,100: the R*Tree
                          std::array<double, 4>{-1, 14, 0, 14.5}}) {  // a dozen: the R*Tree
    std::vector<std::string> expected;                                // newest first
    for (const Point& p : points) {
      if (p.lon >= box[0] && p.lon <= box[2] && p.lat >= box[1] && p.lat <= box[3]) expected.push_back(p.date);
    }
    std::sort(expected.rbegin(), expected.rend());
    EventFilter filter;
    filter.bbox = box;
    filter.order = EventOrder::kDateDescending;
    EXPECT_EQ(*store_->CountEvents(filter), static_cast<int64_t>(expected.size()));
    filter.limit = 25;
    filter.offset = 5;
    std::vector<std::string> page;
    for (const StoredEvent& e : Events(filter)) page.push_back(e.record.event_date);
    const size_t end = std::min(expected.size(), size_t{30});
    EXPECT_EQ(page, std::vector<std::string>(expected.begin() + std::min(expected.size(), size_t{5}),
                                             expected.begin() + static_cast<long>(end)));
    filter.since = "2010-01-01";
    filter.until = "2012-12-31";
    const auto in_period = std::count_if(expected.begin(), expected.end(),
                                         [](const std::string& d) { return d >= "2010-01-01" && d <= "2012-12-31"; });
    EXPECT_EQ(*store_->CountEvents(filter), in_period);
    filter.offset = 0;
    filter.limit = 0;
    EXPECT_EQ(static_cast<long>(Events(filter).size()), in_period);
  }
  // Weeks (Monday to Sunday, across years), against a count made here.
  std::map<std::string, int64_t> weeks;
  for (const Point& p : points) {
    CivilDate day;
    ASSERT_EQ(std::sscanf(p.date.c_str(), "%d-%d-%d", &day.year, &day.month, &day.day), 3);
    ++weeks[AddDays(day, 1 - Weekday(day)).ToString()];
  }
  auto counted = store_->CountEventsBy({}, EventGrouping::kWeek);
  ASSERT_TRUE(counted.ok()) << counted.status().message();
  std::map<std::string, int64_t> by_store;
  for (const EventGroupCount& c : *counted) by_store[c.key] = c.events;
  EXPECT_EQ(by_store, weeks);
}

TEST_P(EventStoreTest, ReopeningKeepsEverything) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9)}));
  store_.reset();
  auto reopened = EventStore::Open(location_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  store_ = std::move(reopened).value();
  EXPECT_EQ(Events().size(), 1u);
  EXPECT_EQ(Add(Document("a", kTextA, {})).fate, DocumentFate::kDuplicate);
}

TEST_P(EventStoreTest, AnEventChangedThroughAnotherConnectionIsMergedAsItNowIs) {
  // The writer may keep the records it saved; an analyst's change made elsewhere in between
  // must still be what the next merge starts from.
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  const StoredEvent event = Events()[0];
  auto other = EventStore::Open(location_);
  ASSERT_TRUE(other.ok()) << other.status().message();
  auto user = (*other)->AddUser({0, "awa", "analyst", "$argon2id$hash", "", false});
  ASSERT_TRUE(user.ok());
  EventRecord corrected = event.record;
  corrected.fatalities = 9;
  ASSERT_TRUE((*other)->CorrectEvent(event.id, corrected, *user, "{}").ok());
  other->reset();
  Add(Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.01, -1.91, "jnim", 37)}));
  auto after = store_->FindEvent(std::to_string(event.id));
  ASSERT_TRUE(after.ok() && after->has_value());
  EXPECT_EQ((*after)->record.review, "corrected");
  EXPECT_EQ((*after)->record.fatalities, 9);
  EXPECT_EQ((*after)->record.sources.size(), 2u);
}

TEST_F(SqliteStoreTest, ADatabaseFromANewerVigieIsRefused) {
  store_.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto reopened = EventStore::Open(path_);
  ASSERT_FALSE(reopened.ok());
  EXPECT_NE(reopened.status().message().find("newer"), std::string::npos) << reopened.status().message();
}

// A database of schema version 1 (its three event indexes as they were, no events_place, an
// evidence table) is migrated on opening: the events stay, the indexes of version 2 are
// there, and the evidence of each report is read from its record through the view.
TEST_F(SqliteStoreTest, AVersionOneDatabaseIsMigrated) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  store_.reset();
  const char* version_one =
      "DROP INDEX events_date; DROP INDEX events_country_event_date; DROP INDEX events_type_event_date;"
      "DROP INDEX events_place; CREATE INDEX events_date ON events(event_date, id);"
      "CREATE INDEX events_country_event_date ON events(country COLLATE NOCASE, event_date, id);"
      "CREATE INDEX events_type_event_date ON events(event_type COLLATE NOCASE, event_date, id);"
      "DROP VIEW evidence; CREATE TABLE evidence (report_id INTEGER NOT NULL REFERENCES reports(id),"
      "  document_id INTEGER NOT NULL REFERENCES documents(id), start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
      "  role TEXT NOT NULL, text TEXT NOT NULL);"
      "CREATE INDEX evidence_report ON evidence(report_id);"
      "DROP INDEX documents_band0; CREATE INDEX documents_band0 ON documents(band0) WHERE duplicate_of IS NULL;"
      "DROP INDEX events_candidates;"
      "CREATE INDEX events_country_date ON events(country COLLATE NOCASE, date_start, date_end);"
      "PRAGMA user_version = 1;";
  ASSERT_EQ(Exec(version_one), SQLITE_OK);
  auto reopened = EventStore::Open(path_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  store_ = std::move(reopened).value();
  EXPECT_EQ(Events().size(), 1u);
  const std::string events_date = Definition("events_date"), events_place = Definition("events_place");
  EXPECT_NE(events_date.find("event_date, id, latitude, longitude, fatalities"), std::string::npos) << events_date;
  EXPECT_NE(events_place.find("latitude, longitude"), std::string::npos) << events_place;
  EXPECT_EQ(EvidenceRows(), (std::vector<std::string>{"a 0-7 trigger attaque", "a 10-20 fatalities 11 morts"}));
  EXPECT_EQ(Definition("events").find(" IN ("), std::string::npos) << Definition("events");
  EXPECT_NE(Definition("documents_band0").find("(band0, simhash, duplicate_of)"), std::string::npos)
      << Definition("documents_band0");
  EXPECT_NE(Definition("events_candidates").find("date_end, admin1, latitude, longitude,"), std::string::npos)
      << Definition("events_candidates");
  EXPECT_EQ(Definition("events_country_date"), "");
}

// The near-duplicate check reads a document's SimHash neighbours from the band indexes
// alone, never from the documents' rows (which hold their texts).
TEST_F(SqliteStoreTest, SimHashNeighboursAreReadFromTheIndexAlone) {
  for (int band = 0; band < kSimHashBands; ++band) {
    const std::string plan = QueryPlan("SELECT id, simhash FROM documents WHERE band" + std::to_string(band) +
                                       " = 7 AND duplicate_of IS NULL");
    EXPECT_NE(plan.find("USING COVERING INDEX documents_band" + std::to_string(band)), std::string::npos) << plan;
  }
}

// The events a report may join, and what the matcher reads of them, are found on their
// index alone: no event's row is read.
TEST_F(SqliteStoreTest, CandidateEventsAreFoundOnTheIndexAlone) {
  const std::string plan = QueryPlan(
      "SELECT id, country, date_start, date_end, admin1, latitude, longitude, event_date, event_type, "
      "sub_event_type, disorder_type, geo_precision, admin2, inter1, inter2, actor1, actor2, assoc_actor_1, "
      "assoc_actor_2, actor1_id, actor2_id FROM events WHERE country = 'Mali' COLLATE NOCASE AND date_start >= "
      "'2022-08-24' AND date_start <= '2022-09-28' AND date_end >= '2022-09-24' AND latitude IS NOT NULL AND "
      "(admin1 IS 'Mopti' OR (latitude BETWEEN 14.9 AND 15.1 AND longitude BETWEEN -2.0 AND -1.8))");
  EXPECT_NE(plan.find("USING COVERING INDEX events_candidates"), std::string::npos) << plan;
}

// After a reopening no event is in memory: the matcher decides from the index's columns
// alone, alike for a second report of the incident, another group's attack, a protest and
// a report placed only to a region.
TEST_F(SqliteStoreTest, CandidatesReadFromTheIndexAreMatchedAsTheirRecords) {
  auto reopen = [&] {
    store_.reset();
    OpenEngine("sqlite");
  };
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "jnim", 11)}));
  reopen();
  EXPECT_EQ(Add(Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.01, -1.91, "jnim", 9)})).events_merged, 1);
  reopen();
  EXPECT_EQ(Add(Document("c", "L'Etat islamique revendique une autre attaque à Boni le même jour.",
                         {MakeReport("c", "2022-09-26", 15.0, -1.9, "is-sahel")}))
                .events_new,
            1);
  reopen();
  EventRecord protest = MakeReport("d", "2022-09-26", 15.0, -1.9);
  protest.event_type = "Protests", protest.disorder_type = "Demonstrations",
  protest.sub_event_type = "Peaceful protest";
  EXPECT_EQ(Add(Document("d", "Des habitants de Boni ont manifesté contre l'insécurité.", {protest})).events_new, 1);
  reopen();
  EventRecord region = MakeReport("e", "2022-09-26", 14.5, -3.0, "jnim");
  region.geo_precision = 3;
  region.admin2.clear();
  EXPECT_EQ(
      Add(Document("e", "Le JNIM a frappé dans la région de Mopti, selon un communiqué.", {region})).events_merged, 1);
  EXPECT_EQ(Events().size(), 3u);
}

// A change that leaves the indexed columns as they were is written without them
// (kIndexedEventColumns): the list must name every column the schema's indexes hold.
TEST_F(SqliteStoreTest, TheIndexedEventColumnsAreThoseOfTheSchemasIndexes) {
  std::set<std::string> in_schema;
  for (const std::string& column : Rows("SELECT DISTINCT i.name FROM pragma_index_list('events') AS l, "
                                        "pragma_index_info(l.name) AS i WHERE i.name IS NOT NULL")) {
    in_schema.insert(column);
  }
  in_schema.erase("id");
  EXPECT_EQ(in_schema, std::set<std::string>(kIndexedEventColumns.begin(), kIndexedEventColumns.end()));
}

// Whichever way a merge is written (without the indexed columns when it leaves them as they
// were, in full when it moves them), from a record kept in memory or read from its row, the
// row's columns and indexes say what its record says.
TEST_F(SqliteStoreTest, EveryMergeLeavesTheRowAsItsRecordSays) {
  auto mismatches = [&] {
    std::string differs;
    for (const std::string_view name : EventColumnNames()) {
      const std::string column(name);
      if (column == "review") continue;  // not in the record's JSON
      const std::string value = "json_extract(record, '$." + column + "')";
      const std::string test =
          column == "confidence" ? "abs(confidence - " + value + ") > 1e-9" : column + " IS NOT " + value;
      for (const std::string& id : Rows("SELECT id FROM events WHERE " + test)) differs += column + "@" + id + " ";
    }
    return differs;
  };
  // The same incident, in four batches: the second report moves nothing indexed (a source
  // more), the third a date and the toll, the fourth, after a reopening, nothing again.
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}, "https://a.example/1"));
  Add(Document("b", kTextB, {MakeReport("b", "2022-09-26", 15.0, -1.9, "", 11)}, "https://b.example/2"));
  ASSERT_EQ(Events().size(), 1u);
  EXPECT_EQ(Rows("SELECT json_array_length(record, '$.sources') FROM events"), std::vector<std::string>{"2"});
  EXPECT_EQ(mismatches(), "");
  Add(Document("c", "Le bilan de l'attaque de Boni est désormais de neuf morts, selon des sources locales.",
               {MakeReport("c", "2022-09-27", 15.0, -1.9, "", 9)}));
  EXPECT_EQ(mismatches(), "");
  store_.reset();
  OpenEngine("sqlite");
  Add(Document("d", "Des témoins de Boni décrivent des assaillants venus à moto en fin de journée.",
               {MakeReport("d", "2022-09-27", 15.0, -1.9, "", 9)}));
  const auto events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Rows("SELECT json_array_length(record, '$.sources') FROM events"), std::vector<std::string>{"4"});
  EXPECT_EQ(events[0].record.fatalities, 9);
  EXPECT_EQ(events[0].record.date_end, "2022-09-27");
  EXPECT_EQ(mismatches(), "");
  EXPECT_EQ(Rows("PRAGMA integrity_check"), std::vector<std::string>{"ok"});
  // The indexes find the event as it now is: by its toll, its last day and its country.
  EXPECT_EQ(Rows("SELECT count(*) FROM events INDEXED BY events_date WHERE event_date = '" +
                 events[0].record.event_date + "' AND fatalities = 9"),
            std::vector<std::string>{"1"});
  EXPECT_EQ(Rows("SELECT count(*) FROM events INDEXED BY events_candidates WHERE country = 'Mali' AND "
                 "date_start >= '2022-09-01' AND date_end = '2022-09-27'"),
            std::vector<std::string>{"1"});
}

// A transaction whose changed events hold too much memory writes them out before it ends
// (StoreOptions::changed_event_bytes); at 0, after every document. The events, their dates,
// tolls and sources are the same as when they are written once, at the end.
TEST_F(SqliteStoreTest, ChangedEventsWrittenOutBeforeTheBatchEndsGiveTheSameEvents) {
  std::vector<DocumentToStore> batch;
  const char* const days[] = {"2022-09-26", "2022-09-28", "2022-09-24", "2022-09-30", "2022-09-22", "2022-10-05"};
  for (int i = 0; i < 12; ++i) {
    const std::string doc = "d" + std::to_string(i);
    const std::string text = "Rapport numéro " + std::to_string(i) +
                             " sur l'attaque de Boni: " + std::string(i % 2 ? kTextA : kTextB).substr(0, 60 + 13 * i);
    batch.push_back(Document(doc, text, {MakeReport(doc, days[i % 6], 15.0 + 0.3 * (i % 3), -1.9, "", 20 - i)}));
  }
  auto events_of = [&](int64_t changed_event_bytes) {
    testing::ScratchDatabase scratch;
    StoreOptions options;
    options.changed_event_bytes = changed_event_bytes;
    auto store = EventStore::Open(scratch.path(), options);
    EXPECT_TRUE(store.ok()) << store.status().message();
    auto outcomes = (*store)->AddDocuments(batch);
    EXPECT_TRUE(outcomes.ok()) << outcomes.status().message();
    std::vector<std::string> events;
    EventFilter all;
    all.order = EventOrder::kDateAscending;
    EXPECT_TRUE((*store)
                    ->ForEachEvent(all,
                                   [&](const StoredEvent& e) {
                                     events.push_back(e.record.date_start + ".." + e.record.date_end + " " +
                                                      std::to_string(e.record.fatalities) + " " + e.record.source);
                                     return true;
                                   })
                    .ok());
    return events;
  };
  const std::vector<std::string> at_the_end = events_of(int64_t{32} << 20), each_document = events_of(0);
  EXPECT_EQ(each_document, at_the_end);
  EXPECT_GE(at_the_end.size(), 2u);
  EXPECT_LT(at_the_end.size(), batch.size());  // reports of the batch did merge
}

// What only the PostgreSQL engine does; run in store_postgres, like the engines' suite.
class PostgresStoreTest : public StoreFixture, public ::testing::WithParamInterface<std::string> {
 protected:
  void SetUp() override { OpenEngine(GetParam()); }
  // Runs `sql` on a connection of its own to the test's database; the rows of the last statement.
  pqxx::result Exec(const std::string& sql) {
    pqxx::connection connection(location_);
    pqxx::work tx(connection);
    pqxx::result rows = tx.exec(sql);
    tx.commit();
    return rows;
  }
};
INSTANTIATE_TEST_SUITE_P(Engines, PostgresStoreTest, ::testing::Values("postgresql"),
                         [](const auto& engine) { return engine.param; });

TEST_P(PostgresStoreTest, AVersionOneDatabaseIsMigrated) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  store_.reset();
  Exec(
      "DROP VIEW evidence; CREATE TABLE evidence (report_id BIGINT NOT NULL REFERENCES reports(id),"
      "  document_id BIGINT NOT NULL REFERENCES documents(id), start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
      "  role TEXT NOT NULL, text TEXT NOT NULL);"
      "CREATE INDEX evidence_report ON evidence(report_id);"
      "DELETE FROM vigie_schema WHERE version > 1");
  auto reopened = EventStore::Open(location_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  store_ = std::move(reopened).value();
  EXPECT_EQ(Events().size(), 1u);
  EXPECT_EQ(Exec("SELECT max(version) FROM vigie_schema")[0][0].as<int>(), 2);
  EXPECT_EQ(Exec("SELECT count(*) FROM information_schema.views WHERE table_name = 'evidence'")[0][0].as<int>(), 1);
  const pqxx::result rows = Exec("SELECT role, text FROM evidence ORDER BY start");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][0].as<std::string>() + " " + rows[0][1].as<std::string>(), "trigger attaque");
  EXPECT_EQ(rows[1][0].as<std::string>() + " " + rows[1][1].as<std::string>(), "fatalities 11 morts");
}

// The review state and the merge log's action are checked as before, by comparisons that
// need no temporary table at every row written.
TEST_F(SqliteStoreTest, ReviewStatesAndMergeActionsAreStillChecked) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  store_.reset();
  for (const char* table : {"events", "merge_log"}) {
    EXPECT_EQ(Definition(table).find(" IN ("), std::string::npos) << Definition(table);
  }
  EXPECT_EQ(Exec("UPDATE events SET review = 'maybe'"), SQLITE_CONSTRAINT);
  EXPECT_EQ(Exec("UPDATE events SET review = 'confirmed'"), SQLITE_OK);
  EXPECT_EQ(Exec("UPDATE merge_log SET action = 'undo'"), SQLITE_CONSTRAINT);
  EXPECT_EQ(Exec("UPDATE merge_log SET action = 'split'"), SQLITE_OK);
  auto reopened = EventStore::Open(path_);
  ASSERT_TRUE(reopened.ok()) << reopened.status().message();
  store_ = std::move(reopened).value();
  EXPECT_EQ(Events().size(), 1u);
}

// The evidence view gives one row for each span of each report, with its document.
TEST_F(SqliteStoreTest, TheEvidenceViewReadsTheReportsRecords) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  Add(Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.01, -1.91, "jnim", 37)}));
  EXPECT_EQ(EvidenceRows(), (std::vector<std::string>{"a 0-7 trigger attaque", "a 10-20 fatalities 11 morts",
                                                      "b 0-7 trigger attaque", "b 10-20 fatalities 37 morts"}));
}

TEST_F(SqliteStoreTest, NotADatabaseIsAClearError) {
  store_.reset();
  Remove();
  {
    FILE* f = fopen(path_.c_str(), "wb");
    fputs("this is a text file, not a database, and it is long enough to have a header........", f);
    fclose(f);
  }
  auto opened = EventStore::Open(path_);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find(path_), std::string::npos);
  EXPECT_NE(opened.status().message().find("not a Vigie database"), std::string::npos) << opened.status().message();
}

TEST_F(SqliteStoreTest, ALockedDatabaseIsReportedAndNothingIsHalfStored) {
  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9)}));
  store_.reset();
  StoreOptions impatient;
  impatient.busy_timeout_ms = 100;
  auto store = EventStore::Open(path_, impatient);
  ASSERT_TRUE(store.ok());
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  auto doc = Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.0, -1.9)});
  auto refused = (*store)->AddDocuments(std::span(&doc, 1));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("locked"), std::string::npos) << refused.status().message();
  ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(other);
  // Once the lock is gone the same call succeeds, and the earlier event is intact.
  auto stored = (*store)->AddDocuments(std::span(&doc, 1));
  ASSERT_TRUE(stored.ok()) << stored.status().message();
  EXPECT_EQ(stored->front().events_merged, 1);
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST_P(EventStoreTest, AccountsAreAddedChangedAndDeleted) {
  auto id = store_->AddUser({0, "awa", "analyst", "$argon2id$hash-1", "", false});
  ASSERT_TRUE(id.ok()) << id.status().message();
  auto again = store_->AddUser({0, "awa", "viewer", "$argon2id$hash-2", "", false});
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.status().message().find("exists already"), std::string::npos);
  ASSERT_TRUE(store_->SetPassword("awa", "$argon2id$hash-3").ok());
  auto found = store_->FindUser("awa");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->role, "analyst");
  EXPECT_EQ((*found)->password_hash, "$argon2id$hash-3");
  EXPECT_FALSE(store_->SetPassword("nobody", "$argon2id$x").ok());

  // Deleted: the name stays on record, the password is gone, and the name can be given again.
  ASSERT_TRUE(store_->DeleteUser("awa").ok());
  EXPECT_FALSE(store_->DeleteUser("awa").ok());
  found = store_->FindUser("awa");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_TRUE((*found)->deleted);
  EXPECT_EQ((*found)->password_hash, "");
  EXPECT_FALSE(store_->SetPassword("awa", "$argon2id$hash-4").ok());
  auto back = store_->AddUser({0, "awa", "viewer", "$argon2id$hash-5", "", false});
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back.value(), id.value());
  found = store_->FindUser("awa");
  EXPECT_FALSE((*found)->deleted);
  EXPECT_EQ((*found)->role, "viewer");

  ASSERT_TRUE(store_->AddUser({0, "bruno", "admin", "$argon2id$hash-6", "", false}).ok());
  auto users = store_->Users();
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ(users->front().name, "awa");
  EXPECT_FALSE(store_->FindUser("carla")->has_value());
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST_P(EventStoreTest, QueriesForTheWebInterface) {
  auto a = MakeReport("a", "2024-09-17", 15.0, -1.9, "jnim", 11);  // a Tuesday
  auto b = MakeReport("b", "2024-09-22", 12.65, -8.0, "", 3);      // the Sunday of that week
  b.admin1 = "Bamako";
  auto c = MakeReport("c", "2024-09-23", 12.37, -1.53, "", 0);  // the next Monday
  c.event_type = "Protests";
  c.disorder_type = "Demonstrations";
  Add(Document("a", kTextA, {a}, "https://a.example/1"));
  Add(Document("copy", std::string("URGENT : ") + kTextA + " (Agence)", {}, "https://b.example/2"));
  Add(Document("b", "Des hommes armés ont tiré sur un marché de Bamako, faisant trois morts.", {b}));
  Add(Document("c", "Manifestation pacifique à Ouagadougou contre la vie chère.", {c}));

  EventFilter all;
  EXPECT_EQ(store_->CountEvents(all).value(), 3);
  EventFilter search;
  search.text = "marché BAMAKO";  // every word, in any case
  EXPECT_EQ(store_->CountEvents(search).value(), 1);
  search.text = "\"unbalanced OR (";  // only words: no syntax error
  EXPECT_EQ(store_->CountEvents(search).value(), 0);
  search.text = "gendarmerie";
  ASSERT_EQ(Events(search).size(), 1u);
  EXPECT_EQ(Events(search)[0].record.fatalities, 11);

  EventFilter page;
  page.order = EventOrder::kDateDescending;
  page.limit = 2;
  page.offset = 1;
  auto second_page = Events(page);
  ASSERT_EQ(second_page.size(), 2u);
  EXPECT_EQ(second_page[0].record.event_date, "2024-09-22");
  EXPECT_EQ(second_page[1].record.event_date, "2024-09-17");
  page.order = EventOrder::kFatalitiesDescending;
  page.offset = 0;
  EXPECT_EQ(Events(page)[0].record.fatalities, 11);

  auto weeks = store_->CountEventsBy(all, EventGrouping::kWeek);
  ASSERT_TRUE(weeks.ok()) << weeks.status().message();
  ASSERT_EQ(weeks->size(), 2u);
  EXPECT_EQ((*weeks)[0].key, "2024-09-16");  // Monday
  EXPECT_EQ((*weeks)[0].events, 2);
  EXPECT_EQ((*weeks)[0].fatalities, 14);
  EXPECT_EQ((*weeks)[1].key, "2024-09-23");
  auto types = store_->CountEventsBy(all, EventGrouping::kEventType);
  ASSERT_EQ(types->size(), 2u);
  EXPECT_EQ((*types)[0].key, "Battles");
  auto regions = store_->CountEventsBy(all, EventGrouping::kAdmin1);
  ASSERT_EQ(regions->size(), 2u);
  EXPECT_EQ((*regions)[0].key, "Bamako");

  const StoredEvent first = Events(all)[0];
  auto by_code = store_->FindEvent(first.record.event_id_cnty);
  ASSERT_TRUE(by_code.ok() && by_code->has_value());
  EXPECT_EQ((*by_code)->id, first.id);
  EXPECT_FALSE((*by_code)->record.evidence.empty());
  auto by_number = store_->FindEvent(std::to_string(first.id));
  ASSERT_TRUE(by_number.ok() && by_number->has_value());
  EXPECT_EQ((*by_number)->record.event_id_cnty, first.record.event_id_cnty);
  EXPECT_FALSE(store_->FindEvent("ML999999")->has_value());
  EXPECT_FALSE(store_->FindEvent("1 OR 1=1")->has_value());

  auto documents = store_->DocumentsOfEvent(first.id);
  ASSERT_TRUE(documents.ok());
  ASSERT_EQ(documents->size(), 2u);
  EXPECT_EQ((*documents)[0].doc, "a");
  EXPECT_FALSE((*documents)[0].copy);
  EXPECT_EQ((*documents)[0].text, kTextA);
  EXPECT_EQ((*documents)[1].doc, "copy");
  EXPECT_TRUE((*documents)[1].copy);
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST_P(EventStoreTest, SessionsReviewsAndComments) {
  auto user = store_->AddUser({0, "awa", "analyst", "$argon2id$hash", "", false});
  ASSERT_TRUE(user.ok());
  ASSERT_TRUE(store_->CreateSession("token-hash-1", *user, "csrf-1", 2000).ok());
  auto session = store_->FindSession("token-hash-1", 1000);
  ASSERT_TRUE(session.ok() && session->has_value());
  EXPECT_EQ((*session)->user.name, "awa");
  EXPECT_EQ((*session)->csrf_token, "csrf-1");
  EXPECT_FALSE(store_->FindSession("token-hash-1", 3000)->has_value());  // expired
  EXPECT_FALSE(store_->FindSession("token-hash-2", 1000)->has_value());
  ASSERT_TRUE(store_->DeleteSession("token-hash-1").ok());
  EXPECT_FALSE(store_->FindSession("token-hash-1", 1000)->has_value());
  ASSERT_TRUE(store_->CreateSession("token-hash-4", *user, "csrf-4", 2000).ok());
  ASSERT_TRUE(store_->SetPassword("awa", "$argon2id$new-hash").ok());
  EXPECT_FALSE(store_->FindSession("token-hash-4", 1000)->has_value());  // a new password ends the sessions
  ASSERT_TRUE(store_->CreateSession("token-hash-3", *user, "csrf-3", 2000).ok());
  ASSERT_TRUE(store_->DeleteUser("awa").ok());
  EXPECT_FALSE(store_->FindSession("token-hash-3", 1000)->has_value());  // a deleted account's sessions end
  ASSERT_TRUE(store_->AddUser({0, "awa", "analyst", "$argon2id$hash", "", false}).ok());

  Add(Document("a", kTextA, {MakeReport("a", "2022-09-26", 15.0, -1.9, "", 11)}));
  const StoredEvent event = Events()[0];
  ASSERT_TRUE(store_->SetReview(event.id, "confirmed", *user).ok());
  auto confirmed = store_->FindEvent(std::to_string(event.id));
  EXPECT_EQ((*confirmed)->record.review, "confirmed");
  EXPECT_NE((*confirmed)->json.find("\"review\":\"confirmed\""), std::string::npos);
  EXPECT_FALSE(store_->SetReview(event.id + 100, "confirmed", *user).ok());

  // A confirmed event keeps its fields when a later report merges into it; only sources grow.
  Add(Document("b", kTextB, {MakeReport("b", "2022-09-27", 15.01, -1.91, "jnim", 3)}));
  auto after = store_->FindEvent(std::to_string(event.id));
  EXPECT_EQ((*after)->record.fatalities, 11);
  EXPECT_EQ((*after)->record.actor1_id, "");
  EXPECT_EQ((*after)->record.sources.size(), 2u);
  EXPECT_EQ((*after)->record.review, "confirmed");

  ASSERT_TRUE(store_->AddComment(event.id, *user, "<script>alert(1)</script> vérifié").ok());
  auto comments = store_->Comments(event.id);
  ASSERT_EQ(comments->size(), 1u);
  EXPECT_EQ(comments->front().user, "awa");
  EXPECT_EQ(comments->front().body, "<script>alert(1)</script> vérifié");
  auto audit = store_->AuditLog(event.id);
  ASSERT_EQ(audit->size(), 2u);
  EXPECT_EQ((*audit)[0].action, "review");
  EXPECT_EQ((*audit)[0].detail, "{\"from\":\"unreviewed\",\"to\":\"confirmed\"}");
  EXPECT_EQ((*audit)[1].action, "comment");
}

}  // namespace
}  // namespace vigie
