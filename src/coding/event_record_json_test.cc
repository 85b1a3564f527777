#include "coding/event_record_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

namespace vigie {
namespace {

EventRecord ARecord() {
  EventRecord e;
  e.event_id_cnty = "ML12";
  e.event_date = "2022-09-26";
  e.event_type = "Battles";
  e.actor1 = "JNIM: Group for Support of Islam and Muslims";
  e.country = "Mali";
  e.location = "Boni";
  e.latitude = 15.0123456789;
  e.longitude = -1.91;
  e.located = true;
  e.notes = "Quote \" backslash \\ tab\t control \x01 é";
  e.confidence = 0.8765;
  e.fatalities_high = -1;
  e.evidence.push_back({"a", 3, 9, "attaqué", "trigger"});
  e.sources.push_back({"a", "https://a.example/1", "", "2022-09-27"});
  return e;
}

// What the store would read back from the JSON line it wrote.
EventRecord ReadBack(const EventRecord& e) {
  auto back = EventFromJson(EventToJsonLine(e));
  EXPECT_TRUE(back.ok()) << back.status().message();
  return back.ok() ? back.value() : EventRecord{};
}

void ExpectSame(const EventRecord& a, const EventRecord& b) {
  EXPECT_EQ(EventToJsonLine(a), EventToJsonLine(b));
  EXPECT_EQ(a.located, b.located);
  EXPECT_EQ(a.latitude, b.latitude);
  EXPECT_EQ(a.longitude, b.longitude);
  EXPECT_EQ(a.confidence, b.confidence);
  EXPECT_EQ(a.fatalities_high, b.fatalities_high);
}

// Each key once, quoted, after one comma (none before an object's first key), in order.
TEST(EventRecordJson, KeysAreQuotedAndSeparatedOnce) {
  const std::string line = EventToJsonLine(ARecord());
  EXPECT_TRUE(line.starts_with("{\"event_id_cnty\":\"ML12\",\"event_date\":\"2022-09-26\",\"year\":")) << line;
  EXPECT_NE(line.find(",\"latitude\":15.0123456789,\"longitude\":-1.91,"), std::string::npos) << line;
  EXPECT_NE(line.find(",\"evidence\":[{\"doc\":\"a\",\"start\":3,\"end\":9,"), std::string::npos) << line;
  EXPECT_NE(line.find(",\"sources\":[{\"doc\":\"a\",\"url\":\"https://a.example/1\",\"title\":null,"),
            std::string::npos)
      << line;
  EXPECT_TRUE(line.ends_with("}],\"review\":\"unreviewed\"}")) << line;
}

TEST(EventRecordJson, NormalizingGivesWhatTheJsonReadsBack) {
  EventRecord e = ARecord();
  EventRecord normalized = e;
  NormalizeAsJsonReadsBack(normalized);
  ExpectSame(normalized, ReadBack(e));
  EXPECT_EQ(normalized.confidence, 0.88);
  EXPECT_EQ(normalized.notes, e.notes);
}

TEST(EventRecordJson, NormalizingUnknownValuesAndBadText) {
  EventRecord e = ARecord();
  e.located = false;  // coordinates left over are not written
  e.fatalities_high = -7;
  e.confidence = std::numeric_limits<double>::quiet_NaN();
  e.actor2 = "caf\xe9";  // Latin-1, never expected after extraction
  e.evidence[0].text = "\xff\xfe";
  EventRecord normalized = e;
  NormalizeAsJsonReadsBack(normalized);
  ExpectSame(normalized, ReadBack(e));
  EXPECT_FALSE(normalized.located);
  EXPECT_EQ(normalized.latitude, 0);
  EXPECT_EQ(normalized.fatalities_high, -1);
  EXPECT_EQ(normalized.confidence, 0);
  EXPECT_EQ(normalized.actor2, "café");

  e = ARecord();
  e.longitude = std::numeric_limits<double>::infinity();
  normalized = e;
  NormalizeAsJsonReadsBack(normalized);
  ExpectSame(normalized, ReadBack(e));
  EXPECT_FALSE(normalized.located);
}

// Every character a JSON string must escape, at every place in a string long enough to be
// scanned eight bytes at a time, reads back as it was written.
TEST(EventRecordJson, StringsAreEscapedWhereverTheSpecialCharacterIs) {
  const std::string base =
      "Attaque \xC3\xA0 Boni, vingt-trois morts selon l'arm\xC3\xA9"
      "e";
  for (const char special : {'"', '\\', '\n', '\r', '\t', '\b', '\f', '\x01', '\x1f'}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80) continue;  // inside a character
      std::string text = base;
      text.insert(at, 1, special);
      std::string json;
      AppendJsonString(text, json);
      EXPECT_EQ(nlohmann::json::parse(json).get<std::string>(), text) << json;
      EXPECT_EQ(json.find_first_of(std::string("\n\r\t\b\f\x01\x1f")), std::string::npos) << json;
    }
  }
  std::string plain;
  AppendJsonString(base + base, plain);
  EXPECT_EQ(plain, "\"" + base + base + "\"");
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

TEST(EventFromJson, ReadsWhatIsThereAndKeepsDefaultsForTheRest) {
  auto e =
      EventFromJson(R"({"event_type":"Protests","year":2021.0,"fatalities":null,"latitude":12.5,"longitude":-8,)"
                    R"("confidence":1,"geonameid":2460596,"evidence":[{"doc":"d","start":4,"end":9,"role":"trigger"}],)"
                    R"("sources":[],"unknown":{"nested":[1,2]}})");
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->event_type, "Protests");
  EXPECT_EQ(e->year, 2021);  // an integer written as 2021.0
  EXPECT_EQ(e->fatalities, 0);
  EXPECT_EQ(e->time_precision, 1);  // absent: the default
  EXPECT_TRUE(e->located);
  EXPECT_EQ(e->latitude, 12.5);
  EXPECT_EQ(e->longitude, -8);
  EXPECT_EQ(e->confidence, 1);
  EXPECT_EQ(e->geonameid, 2460596);
  ASSERT_EQ(e->evidence.size(), 1u);
  EXPECT_EQ(e->evidence[0].end, 9u);
  EXPECT_EQ(e->evidence[0].text, "");
  EXPECT_TRUE(e->sources.empty());

  auto half_placed = EventFromJson(R"({"latitude":12.5,"longitude":null})");
  ASSERT_TRUE(half_placed.ok());
  EXPECT_FALSE(half_placed->located);
}

TEST(EventFromJson, NamesTheFieldOfTheWrongTypeAndRefusesWhatIsNoObject) {
  auto wrong = EventFromJson(R"({"event_type":"Battles","country":12})");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.status().message().find("'country'"), std::string::npos) << wrong.status().message();
  auto wrong_number = EventFromJson(R"({"fatalities":"twelve"})");
  ASSERT_FALSE(wrong_number.ok());
  EXPECT_NE(wrong_number.status().message().find("'fatalities'"), std::string::npos);
  auto bad_item = EventFromJson(R"({"sources":[{"doc":"a"},"b"]})");
  ASSERT_FALSE(bad_item.ok());
  EXPECT_NE(bad_item.status().message().find("'sources' holds a non-object"), std::string::npos);
  auto bad_in_item = EventFromJson(R"({"evidence":[{"start":"x"}]})");
  ASSERT_FALSE(bad_in_item.ok());
  EXPECT_NE(bad_in_item.status().message().find("evidence: field 'start'"), std::string::npos);
  for (const char* not_an_object : {"", "[1,2]", "\"text\"", "{\"a\":", "{\"a\":1} trailing", "\xff\xfe"}) {
    auto refused = EventFromJson(not_an_object);
    ASSERT_FALSE(refused.ok()) << not_an_object;
    EXPECT_NE(refused.status().message().find("not a JSON object"), std::string::npos);
  }
}

TEST(EventFromJson, AThousandSourcesReadBack) {
  EventRecord e = ARecord();
  for (int i = 0; i < 1000; ++i)
    e.sources.push_back({"doc" + std::to_string(i), "https://x.example/" + std::to_string(i), "T", ""});
  const EventRecord back = ReadBack(e);
  ASSERT_EQ(back.sources.size(), 1001u);
  EXPECT_EQ(back.sources.back().doc, "doc999");
  EXPECT_EQ(EventToJsonLine(back), EventToJsonLine(ReadBack(back)));
}

}  // namespace
}  // namespace vigie
