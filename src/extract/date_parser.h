// Calendar dates written in French or English ("17 septembre 2024", "Sept. 17, 2024",
// "2024-09-17", "17/09/2024"), with month and weekday names from data/lexicon/dates.tsv.
#pragma once

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/line_file.h"
#include "core/status.h"
#include "core/string_hash.h"

namespace vigie {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  std::string ToString() const;  // YYYY-MM-DD
  bool operator==(const CivilDate&) const = default;
};

// True when the date exists in the proleptic Gregorian calendar.
bool IsValidDate(int year, int month, int day);

// The date written exactly as YYYY-MM-DD (ten characters, digits and two dashes), if it exists.
std::optional<CivilDate> ParseIsoDay(std::string_view text);

class DateParser {
 public:
  // Loads month and weekday names; bad lines are reported in `problems` and skipped.
  static Result<DateParser> Load(const std::filesystem::path& path, std::vector<DataProblem>* problems);

  // The first complete date (day, month and year) in `text`, if any, between the years
  // 1900 and 2100. Day-first order for numeric dates unless only month-first is valid.
  // Linear in the length of `text`.
  std::optional<CivilDate> FindDate(std::string_view text) const;

  // Month number for a folded name ("sept", "fevrier"), or 0.
  int MonthNumber(std::string_view folded_name) const;
  // Weekday number (1 = Monday) for a folded name ("mardi", "tuesday"), or 0.
  int WeekdayNumber(std::string_view folded_name) const;
  // The same, with the name's hash already computed: `hash` must be
  // ShortWordHash(folded_name) (core/string_hash.h), as TokenWords::WordHash gives for every word.
  int MonthNumber(std::string_view folded_name, size_t hash) const { return months_.Find(folded_name, hash); }
  int WeekdayNumber(std::string_view folded_name, size_t hash) const { return weekdays_.Find(folded_name, hash); }

 private:
  // Folded names and their numbers. Asked about every word of a text, it turns most words
  // away on their length and first byte before hashing them.
  class NameNumbers {
   public:
    void Set(std::string name, int number);
    int Find(std::string_view name) const { return Find(name, ShortWordHash(name)); }  // 0 when absent
    int Find(std::string_view name, size_t hash) const {
      if (!(lengths_ >> std::min<size_t>(name.size(), 63) & 1)) return 0;
      if (!name.empty() && !first_bytes_.test(static_cast<unsigned char>(name[0]))) return 0;
      for (size_t at = hash & (slots_.size() - 1); slots_[at].number != 0; at = (at + 1) & (slots_.size() - 1)) {
        if (slots_[at].hash == hash && slots_[at].name == name) return slots_[at].number;
      }
      return 0;
    }

   private:
    // Open addressing by the caller's hash, at most half full (a few dozen names).
    struct Slot {
      size_t hash = 0;
      std::string name;
      int number = 0;  // 0: empty
    };
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> numbers_;
    std::vector<Slot> slots_ = std::vector<Slot>(1);
    std::bitset<256> first_bytes_;
    uint64_t lengths_ = 0;  // bit n: a name of n bytes (bit 63: 63 or more)
  };
  NameNumbers months_;
  NameNumbers weekdays_;
};

}  // namespace vigie
