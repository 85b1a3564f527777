// Temporal expressions of a sentence, resolved to calendar dates: explicit ("le 17
// septembre 2024", "Sept. 17", "3 mars") and relative to the publication date ("hier",
// "mardi dernier", "last Tuesday", "dans la nuit de dimanche à lundi", "ce week-end",
// "la semaine dernière"), with ACLED's time_precision.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "coding/event_lexicon.h"
#include "extract/date_parser.h"
#include "text/phrase_matcher.h"

namespace vigie {

struct TemporalMention {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  CivilDate date;
  int time_precision = 1;   // ACLED: 1 day, 2 week, 3 month
  bool background = false;  // a past year named as background ("depuis 2012", "in 2019")
  // A relative date ("mardi", "hier", "3 mars") in a report with no publication date: it is
  // read against a fixed stand-in date, so that two such dates still compare, but it dates
  // the incident to no day of the calendar.
  bool unanchored = false;
  // A day counted from the one named before it ("le lendemain", "the next day", "la veille"):
  // another day than that one, said outright.
  bool counted_from_mentioned = false;
};

// The days after `date` that a mention of this precision covers: a week's 6, a month's 30
// (the record's date_end; the merger's test of one incident's time).
inline int DaysSpanned(const TemporalMention& t) { return t.time_precision == 2 ? 6 : t.time_precision >= 3 ? 30 : 0; }

// Borrows the month/weekday names and the relative-date lexicon, which must outlive it.
class DateResolver {
 public:
  DateResolver(const DateParser& names, const Lexicon<RelativeDateEntry>& relative)
      : names_(names), relative_(relative) {}

  // The temporal expressions of tokens [begin, end). Relative ones are read against
  // `published`; without it they are `unanchored`. Dates after `published`
  // (plus one day) or before 1900 are dropped: a report does not describe them as past.
  // "La veille", "the next day" count from `mentioned`, the day the text named last before
  // `begin`, or from a day named earlier in [begin, end); else from `published`.
  std::vector<TemporalMention> Find(const TokenWords& words, const std::vector<Token>& tokens, std::string_view text,
                                    size_t begin, size_t end, const std::optional<CivilDate>& published,
                                    std::string_view language,
                                    const std::optional<CivilDate>& mentioned = std::nullopt) const;
  // The same, with the relative-date phrases already found: `relative` holds what
  // relative.matcher.MatchAt(words, t, end) gives for each t in [begin, end), in token order
  // (as PhraseMatcherSet collects kEveryStart matchers), so that no token is looked up again.
  std::vector<TemporalMention> Find(const TokenWords& words, const std::vector<Token>& tokens, std::string_view text,
                                    size_t begin, size_t end, const std::optional<CivilDate>& published,
                                    std::string_view language, std::span<const PhraseMatch> relative,
                                    const std::optional<CivilDate>& mentioned = std::nullopt) const;

 private:
  const DateParser& names_;
  const Lexicon<RelativeDateEntry>& relative_;
};

}  // namespace vigie
