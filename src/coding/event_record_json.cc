#include "coding/event_record_json.h"

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>

#include "core/utf8.h"

namespace vigie {

namespace {

// A JSON object written field by field, in the caller's order, without building a tree.
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  void Close() { out_ += '}'; }

  template <size_t N>
  void String(const char (&key)[N], std::string_view value) {
    Key(key);
    AppendJsonString(value, out_);
  }
  // Null when empty.
  template <size_t N>
  void StringOrNull(const char (&key)[N], std::string_view value) {
    if (value.empty()) {
      Null(key);
    } else {
      String(key, value);
    }
  }
  template <size_t N>
  void Integer(const char (&key)[N], long long value) {
    Key(key);
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, end);
  }
  template <size_t N>
  void Number(const char (&key)[N], double value) {
    Key(key);
    if (!std::isfinite(value)) {
      out_ += "null";
      return;
    }
    // The shortest text that reads back as the same double, as JSON libraries print it.
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, end);
    if (std::string_view(buffer, static_cast<size_t>(end - buffer)).find_first_of(".eE") == std::string_view::npos) {
      out_ += ".0";
    }
  }
  template <size_t N>
  void Null(const char (&key)[N]) {
    Key(key);
    out_ += "null";
  }
  // Starts a value the caller writes itself (an array). The separator, the quoted key and
  // the colon go in with one append. A literal key's length is a constant: its copy is a
  // few moves (a length known only at run time made it a slow `rep movs`).
  template <size_t N>
  void Key(const char (&key)[N]) {
    constexpr size_t kLength = N - 1;
    char buffer[kLength + 4];
    size_t n = 0;
    if (!first_) buffer[n++] = ',';
    buffer[n++] = '"';
    std::memcpy(buffer + n, key, kLength);
    n += kLength;
    buffer[n++] = '"';
    buffer[n++] = ':';
    out_.append(buffer, n);
    first_ = false;
  }

 private:
  std::string& out_;
  bool first_ = true;
};

// Whether any of the eight bytes at `p` must be escaped in a JSON string: a byte under 0x20,
// '"' or '\\' (the tests for a zero byte and for a byte under n of Anderson's bit hacks; exact
// for whether there is one).
bool NeedsEscapeIn8(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  uint64_t x;
  std::memcpy(&x, p, sizeof x);
  const auto has_zero = [&](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHighs;
  return (below_space | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\'))) != 0;
}

#if defined(__SSE2__)
inline __m128i Load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }

// The bytes of the sixteen at `p` that must be escaped, as NeedsEscapeIn8 tells them, one bit each.
inline uint32_t EscapeMask16(const char* p) {
  const __m128i v = Load16(p);
  const __m128i below_space = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
  const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
  const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(below_space, _mm_or_si128(quote, backslash))));
}
#endif

// The position of the first byte of `value` from `i` on that must be escaped, or its size.
// Sixteen bytes at a time (SSE2): the notes and evidence of a record are long runs of text
// with nothing to escape; a string of 16 bytes or more ends on one block that overlaps bytes
// already read.
size_t NextEscape(std::string_view value, size_t i) {
  const size_t n = value.size();
#if defined(__SSE2__)
  if (n >= 16) {
    for (; i + 16 <= n; i += 16) {
      if (const uint32_t mask = EscapeMask16(value.data() + i); mask != 0) return i + std::countr_zero(mask);
    }
    if (i >= n) return n;
    const size_t last = n - 16;  // the block's bit k is byte last + k; bytes before i are done
    const uint32_t mask = EscapeMask16(value.data() + last) >> (i - last);
    return mask != 0 ? i + std::countr_zero(mask) : n;
  }
#endif
  for (; i + 8 <= n && !NeedsEscapeIn8(value.data() + i); i += 8) {
  }
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
  }
  return n;
}

// Whether every byte of `value` is under 0x80: sixteen at a time (SSE2) from 16 bytes on, the
// last block overlapping; eight at a time otherwise.
bool IsAscii(std::string_view value) {
#if defined(__SSE2__)
  if (value.size() >= 16) {
    __m128i any = Load16(value.data() + value.size() - 16);
    for (size_t i = 0; i + 16 <= value.size(); i += 16) any = _mm_or_si128(any, Load16(value.data() + i));
    return _mm_movemask_epi8(any) == 0;
  }
#endif
  uint64_t high = 0;
  size_t i = 0;
  for (uint64_t x; i + 8 <= value.size(); i += 8) {
    std::memcpy(&x, value.data() + i, sizeof x);
    high |= x;
  }
  for (; i < value.size(); ++i) high |= static_cast<unsigned char>(value[i]);
  return (high & 0x8080808080808080) == 0;
}

}  // namespace

void AppendJsonString(std::string_view value, std::string& out) {
  // Text is valid UTF-8 from extraction on; anything else is repaired rather than written.
  // (Most strings of a record, ids, dates, roles, are ASCII: valid without IsValidUtf8's call.)
  if (!IsAscii(value) && !IsValidUtf8(value)) {
    AppendJsonString(RepairUtf8(value), out);
    return;
  }
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t run = 0;
  for (size_t i = NextEscape(value, 0); i < value.size(); i = NextEscape(value, i + 1)) {
    const auto c = static_cast<unsigned char>(value[i]);
    out.append(value.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
  }
  out.append(value.data() + run, value.size() - run);
  out += '"';
}

std::string EventToJsonLine(const EventRecord& e) {
  std::string out;
  out.reserve(1024 + 160 * e.evidence.size());
  JsonObjectWriter w(out);
  w.String("event_id_cnty", e.event_id_cnty);
  w.String("event_date", e.event_date);
  w.Integer("year", e.year);
  w.Integer("time_precision", e.time_precision);
  w.String("disorder_type", e.disorder_type);
  w.String("event_type", e.event_type);
  w.String("sub_event_type", e.sub_event_type);
  w.String("actor1", e.actor1);
  w.StringOrNull("assoc_actor_1", e.assoc_actor_1);
  w.Integer("inter1", e.inter1);
  w.StringOrNull("actor2", e.actor2);
  w.StringOrNull("assoc_actor_2", e.assoc_actor_2);
  w.Integer("inter2", e.inter2);
  w.Integer("interaction", e.interaction);
  w.StringOrNull("civilian_targeting", e.civilian_targeting);
  if (e.iso == 0) {
    w.Null("iso");
  } else {
    w.Integer("iso", e.iso);
  }
  w.StringOrNull("region", e.region);
  w.StringOrNull("country", e.country);
  w.StringOrNull("admin1", e.admin1);
  w.StringOrNull("admin2", e.admin2);
  w.StringOrNull("admin3", e.admin3);
  w.StringOrNull("location", e.location);
  if (e.located) {
    w.Number("latitude", e.latitude);
    w.Number("longitude", e.longitude);
  } else {
    w.Null("latitude");
    w.Null("longitude");
  }
  w.Integer("geo_precision", e.geo_precision);
  w.String("source", e.source);
  w.StringOrNull("source_scale", e.source_scale);
  w.String("notes", e.notes);
  w.Integer("fatalities", e.fatalities);
  w.StringOrNull("tags", e.tags);
  w.Integer("timestamp", e.timestamp);
  w.String("date_start", e.date_start);
  w.String("date_end", e.date_end);
  w.Integer("fatalities_low", e.fatalities_low);
  if (e.fatalities_high < 0) {
    w.Null("fatalities_high");
  } else {
    w.Integer("fatalities_high", e.fatalities_high);
  }
  w.StringOrNull("actor1_id", e.actor1_id);
  w.StringOrNull("actor2_id", e.actor2_id);
  if (e.geonameid == 0) {
    w.Null("geonameid");
  } else {
    w.Integer("geonameid", e.geonameid);
  }
  w.String("language", e.language);
  w.Number("confidence", std::round(e.confidence * 100) / 100);
  w.Key("evidence");
  out += '[';
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    const Evidence& ev = e.evidence[i];
    if (i > 0) out += ',';
    JsonObjectWriter item(out);
    item.String("doc", ev.doc);
    item.Integer("start", ev.start);
    item.Integer("end", ev.end);
    item.String("text", ev.text);
    item.String("role", ev.role);
    item.Close();
  }
  out += ']';
  w.Key("sources");
  out += '[';
  for (size_t i = 0; i < e.sources.size(); ++i) {
    const EventSource& s = e.sources[i];
    if (i > 0) out += ',';
    JsonObjectWriter item(out);
    item.String("doc", s.doc);
    item.StringOrNull("url", s.url);
    item.StringOrNull("title", s.title);
    item.StringOrNull("published", s.published);
    item.Close();
  }
  out += ']';
  w.String("review", e.review);
  w.Close();
  return out;
}

namespace {

void NormalizeText(std::string& value) {
  if (!IsValidUtf8(value)) value = RepairUtf8(value);
}

}  // namespace

void NormalizeAsJsonReadsBack(EventRecord& e, size_t first_evidence, size_t first_source) {
  for (std::string* value :
       {&e.event_id_cnty, &e.event_date, &e.disorder_type, &e.event_type,         &e.sub_event_type, &e.actor1,
        &e.assoc_actor_1, &e.actor2,     &e.assoc_actor_2, &e.civilian_targeting, &e.region,         &e.country,
        &e.admin1,        &e.admin2,     &e.admin3,        &e.location,           &e.source,         &e.source_scale,
        &e.notes,         &e.tags,       &e.date_start,    &e.date_end,           &e.actor1_id,      &e.actor2_id,
        &e.language,      &e.review}) {
    NormalizeText(*value);
  }
  for (size_t i = first_evidence; i < e.evidence.size(); ++i) {
    for (std::string* value : {&e.evidence[i].doc, &e.evidence[i].text, &e.evidence[i].role}) NormalizeText(*value);
  }
  for (size_t i = first_source; i < e.sources.size(); ++i) {
    EventSource& source = e.sources[i];
    for (std::string* value : {&source.doc, &source.url, &source.title, &source.published}) NormalizeText(*value);
  }
  // Written as null: read back as "no coordinates".
  if (!e.located || !std::isfinite(e.latitude) || !std::isfinite(e.longitude)) {
    e.located = false;
    e.latitude = 0;
    e.longitude = 0;
  }
  if (e.fatalities_high < 0) e.fatalities_high = -1;
  e.confidence = std::isfinite(e.confidence) ? std::round(e.confidence * 100) / 100 : 0;
}

namespace {

// Reads one field when present and not null; a value of the wrong type is an error.
// Numbers are read as JSON has them: an integer field given 3.0 takes 3.
class FieldReader {
 public:
  explicit FieldReader(simdjson::dom::object object) : object_(object) {}

  void Read(const char* key, std::string& out) {
    simdjson::dom::element value;
    if (!Find(key, value)) return;
    std::string_view text;
    if (value.get_string().get(text) == simdjson::SUCCESS) {
      out.assign(text);
    } else {
      WrongType(key);
    }
  }
  template <typename Number>
  requires std::is_arithmetic_v<Number>
  void Read(const char* key, Number& out) {
    simdjson::dom::element value;
    if (!Find(key, value)) return;
    int64_t integer;
    uint64_t unsigned_integer;
    double real;
    if (value.get_int64().get(integer) == simdjson::SUCCESS) {
      out = static_cast<Number>(integer);
    } else if (value.get_uint64().get(unsigned_integer) == simdjson::SUCCESS) {
      out = static_cast<Number>(unsigned_integer);
    } else if (value.get_double().get(real) == simdjson::SUCCESS) {
      out =
          std::is_integral_v<Number> ? static_cast<Number>(std::isfinite(real) ? real : 0) : static_cast<Number>(real);
    } else {
      WrongType(key);
    }
  }
  // Both numbers, when both are there.
  bool ReadPair(const char* first_key, double& first, const char* second_key, double& second) {
    simdjson::dom::element a, b;
    if (!Find(first_key, a) || !Find(second_key, b) || !a.is_number() || !b.is_number()) return false;
    first = Number(a);
    second = Number(b);
    return true;
  }
  // An array of objects, each read by `read_item(FieldReader&, T&)`.
  template <typename T, typename ReadItem>
  void ReadArray(const char* key, std::vector<T>& out, const ReadItem& read_item) {
    simdjson::dom::element value;
    simdjson::dom::array items;
    if (!Find(key, value) || value.get_array().get(items) != simdjson::SUCCESS) return;
    out.reserve(items.size());
    for (simdjson::dom::element item : items) {
      simdjson::dom::object object;
      if (item.get_object().get(object) != simdjson::SUCCESS) {
        Fail(std::string("field '") + key + "' holds a non-object");
        return;
      }
      FieldReader g(object);
      read_item(g, out.emplace_back());
      if (!g.error().empty()) Fail(std::string(key) + ": " + g.error());
    }
  }
  const std::string& error() const { return error_; }
  void Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }

 private:
  // The field's value when present, not null and no error was met before.
  bool Find(const char* key, simdjson::dom::element& value) {
    return error_.empty() && object_.at_key(key).get(value) == simdjson::SUCCESS && !value.is_null();
  }
  static double Number(simdjson::dom::element value) {
    int64_t integer;
    uint64_t unsigned_integer;
    if (value.get_int64().get(integer) == simdjson::SUCCESS) return static_cast<double>(integer);
    if (value.get_uint64().get(unsigned_integer) == simdjson::SUCCESS) return static_cast<double>(unsigned_integer);
    return value.get_double().value_unsafe();
  }
  void WrongType(const char* key) { Fail(std::string("field '") + key + "' has the wrong type"); }

  simdjson::dom::object object_;
  std::string error_;
};

// One parser per thread: it keeps its buffers from one record to the next.
simdjson::dom::parser& RecordParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

}  // namespace

Result<EventRecord> EventFromJson(std::string_view json) {
  simdjson::dom::element root;
  simdjson::dom::object object;
  if (RecordParser().parse(json.data(), json.size()).get(root) != simdjson::SUCCESS ||
      root.get_object().get(object) != simdjson::SUCCESS) {
    return Status::Error("event record: not a JSON object");
  }
  EventRecord e;
  FieldReader f(object);
  f.Read("event_id_cnty", e.event_id_cnty);
  f.Read("event_date", e.event_date);
  f.Read("year", e.year);
  f.Read("time_precision", e.time_precision);
  f.Read("disorder_type", e.disorder_type);
  f.Read("event_type", e.event_type);
  f.Read("sub_event_type", e.sub_event_type);
  f.Read("actor1", e.actor1);
  f.Read("assoc_actor_1", e.assoc_actor_1);
  f.Read("inter1", e.inter1);
  f.Read("actor2", e.actor2);
  f.Read("assoc_actor_2", e.assoc_actor_2);
  f.Read("inter2", e.inter2);
  f.Read("interaction", e.interaction);
  f.Read("civilian_targeting", e.civilian_targeting);
  f.Read("iso", e.iso);
  f.Read("region", e.region);
  f.Read("country", e.country);
  f.Read("admin1", e.admin1);
  f.Read("admin2", e.admin2);
  f.Read("admin3", e.admin3);
  f.Read("location", e.location);
  e.located = f.ReadPair("latitude", e.latitude, "longitude", e.longitude);
  f.Read("geo_precision", e.geo_precision);
  f.Read("source", e.source);
  f.Read("source_scale", e.source_scale);
  f.Read("notes", e.notes);
  f.Read("fatalities", e.fatalities);
  f.Read("tags", e.tags);
  f.Read("timestamp", e.timestamp);
  f.Read("date_start", e.date_start);
  f.Read("date_end", e.date_end);
  f.Read("fatalities_low", e.fatalities_low);
  f.Read("fatalities_high", e.fatalities_high);
  f.Read("actor1_id", e.actor1_id);
  f.Read("actor2_id", e.actor2_id);
  f.Read("geonameid", e.geonameid);
  f.Read("language", e.language);
  f.Read("confidence", e.confidence);
  f.Read("review", e.review);
  f.ReadArray("evidence", e.evidence, [](FieldReader& g, Evidence& ev) {
    g.Read("doc", ev.doc);
    g.Read("start", ev.start);
    g.Read("end", ev.end);
    g.Read("text", ev.text);
    g.Read("role", ev.role);
  });
  f.ReadArray("sources", e.sources, [](FieldReader& g, EventSource& source) {
    g.Read("doc", source.doc);
    g.Read("url", source.url);
    g.Read("title", source.title);
    g.Read("published", source.published);
  });
  if (!f.error().empty()) return Status::Error("event record: " + f.error());
  return e;
}

}  // namespace vigie
