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
