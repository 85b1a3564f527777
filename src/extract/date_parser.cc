#include "extract/date_parser.h"

#include <algorithm>
#include <cstdio>

#include "text/normalizer.h"

namespace vigie {

std::optional<CivilDate> ParseIsoDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](size_t at, size_t n) {
    int value = 0;
    for (size_t k = at; k < at + n; ++k) {
      if (text[k] < '0' || text[k] > '9') return -1;
      value = value * 10 + (text[k] - '0');
    }
    return value;
  };
  const CivilDate date{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (!IsValidDate(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

std::string CivilDate::ToString() const {
  // The dates the pipeline meets, digit by digit (every event record writes a few; snprintf
  // spent some 1,700 instructions on each); any other as printf's "%04d-%02d-%02d" writes it.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    std::string out = "0000-00-00";
    const auto digit = [](int value) { return static_cast<char>('0' + value % 10); };
    out[0] = digit(year / 1000);
    out[1] = digit(year / 100);
    out[2] = digit(year / 10);
    out[3] = digit(year);
    out[5] = digit(month / 10);
    out[6] = digit(month);
    out[8] = digit(day / 10);
    out[9] = digit(day);
    return out;
  }
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

Result<DateParser> DateParser::Load(const std::filesystem::path& path, std::vector<DataProblem>* problems) {
  std::vector<DataProblem> local;
  if (problems == nullptr) problems = &local;
  auto lines = ReadDataLines(path, problems);
  if (!lines.ok()) return lines.status();
  DateParser parser;
  for (const DataLine& line : lines.value()) {
    auto bad = [&](const std::string& message) { problems->push_back({path.string(), line.number, message}); };
    if (line.fields.size() != 4) {
      bad("expected 4 tab-separated fields (kind, language, name, number)");
      continue;
    }
    const std::string& kind = line.fields[0];
    const std::string& lang = line.fields[1];
    int number = 0;
    try {
      number = std::stoi(line.fields[3]);
    } catch (...) {
      bad("number is not an integer: \"" + line.fields[3] + "\"");
      continue;
    }
    if (lang != "fr" && lang != "en") {
      bad("language must be fr or en, not \"" + lang + "\"");
      continue;
    }
    if (kind == "month" && number >= 1 && number <= 12) {
      parser.months_.Set(FoldKey(line.fields[2]), number);
    } else if (kind == "weekday" && number >= 1 && number <= 7) {
      parser.weekdays_.Set(FoldKey(line.fields[2]), number);
    } else {
      bad("kind must be month (1-12) or weekday (1-7)");
    }
  }
  return parser;
}

void DateParser::NameNumbers::Set(std::string name, int number) {
  if (!name.empty()) first_bytes_.set(static_cast<unsigned char>(name[0]));
  lengths_ |= uint64_t{1} << std::min<size_t>(name.size(), 63);
  numbers_[std::move(name)] = number;
  // Rebuilt whole at each name: there are few, and they are set once, at load.
  size_t size = 2;
  while (size < 2 * numbers_.size()) size *= 2;
  slots_.assign(size, Slot{});
  for (const auto& [n, value] : numbers_) {
    if (value == 0) continue;  // 0 reads as absent, as before
    const size_t hash = ShortWordHash(n);
    size_t at = hash & (size - 1);
    while (slots_[at].number != 0) at = (at + 1) & (size - 1);
    slots_[at] = Slot{hash, n, value};
  }
}

int DateParser::MonthNumber(std::string_view folded_name) const { return months_.Find(folded_name); }

int DateParser::WeekdayNumber(std::string_view folded_name) const { return weekdays_.Find(folded_name); }

namespace {

struct DateToken {
  std::string text;
  bool is_number = false;
  int value = 0;
  char separator_after = ' ';  // the first non-space character after the token, or ' '
};

// Words and numbers of the folded text; "1er" counts as the number 1.
std::vector<DateToken> DateTokens(const std::string& folded) {
  std::vector<DateToken> tokens;
  size_t i = 0;
  while (i < folded.size()) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < folded.size() && folded[j] >= '0' && folded[j] <= '9') ++j;
      DateToken t{folded.substr(i, j - i), true, 0, ' '};
      t.value = j - i <= 4 ? std::stoi(t.text) : -1;
      if (folded.compare(j, 2, "er") == 0 && t.value == 1) j += 2;  // "1er octobre"
      i = j;
      tokens.push_back(std::move(t));
    } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
      size_t j = i;
      while (j < folded.size() && ((folded[j] >= 'a' && folded[j] <= 'z') || static_cast<unsigned char>(folded[j]) >= 0x80)) ++j;
      tokens.push_back({folded.substr(i, j - i), false, 0, ' '});
      i = j;
    } else {
      if (!tokens.empty() && c != ' ' && tokens.back().separator_after == ' ') tokens.back().separator_after = static_cast<char>(c);
      ++i;
      continue;
    }
  }
  return tokens;
}

bool PlausibleYear(int y) { return y >= 1900 && y <= 2100; }

}  // namespace

std::optional<CivilDate> DateParser::FindDate(std::string_view text) const {
  const std::vector<DateToken> t = DateTokens(FoldKey(text));
  auto make = [](int y, int m, int d) -> std::optional<CivilDate> {
    if (PlausibleYear(y) && IsValidDate(y, m, d)) return CivilDate{y, m, d};
    return std::nullopt;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const DateToken& a = t[i];
    const DateToken* b = i + 1 < t.size() ? &t[i + 1] : nullptr;
    const DateToken* c = i + 2 < t.size() ? &t[i + 2] : nullptr;
    if (!b || !c) break;
    if (a.is_number && !b->is_number && c->is_number) {  // 17 septembre 2024
      if (int m = MonthNumber(b->text))
        if (auto d = make(c->value, m, a.value)) return d;
    }
    if (!a.is_number && b->is_number && c->is_number) {  // September 17, 2024
      if (int m = MonthNumber(a.text))
        if (auto d = make(c->value, m, b->value)) return d;
    }
    if (a.is_number && b->is_number && c->is_number) {
      if (a.text.size() == 4 && (a.separator_after == '-' || a.separator_after == '/' || a.separator_after == '.')) {
        if (auto d = make(a.value, b->value, c->value)) return d;  // 2024-09-17
      }
      if (c->text.size() == 4 && (a.separator_after == '/' || a.separator_after == '.' || a.separator_after == '-')) {
        if (auto d = make(c->value, b->value, a.value)) return d;  // 17/09/2024
        if (auto d = make(c->value, a.value, b->value)) return d;  // 09/17/2024
      }
    }
  }
  // Compact forms: 20240917.
  for (const DateToken& a : t) {
    if (a.is_number && a.text.size() == 8) {
      int y = std::stoi(a.text.substr(0, 4)), m = std::stoi(a.text.substr(4, 2)), d = std::stoi(a.text.substr(6, 2));
      if (auto date = make(y, m, d)) return date;
    }
  }
  return std::nullopt;
}

}  // namespace vigie
