#include "coding/date_resolver.h"

#include <algorithm>
#include <charconv>

#include "coding/civil_calendar.h"

namespace vigie {

namespace {

// Most words start with a letter: no number, and not "premier" unless with a 'p'. (Inline:
// asked of every word, which NumberValue then need not be called for.)
inline bool MayBeNumber(std::string_view word) {
  return !word.empty() && ((word[0] >= '0' && word[0] <= '9') || word[0] == '-' || word[0] == 'p');
}

int NumberValue(std::string_view word) {
  if (!MayBeNumber(word)) return -1;
  // "1er" (premier) counts as 1.
  if (word == "1er" || word == "1st" || word == "premier") return 1;
  int value = 0;
  const char* end = word.data() + word.size();
  auto [ptr, ec] = std::from_chars(word.data(), end, value);
  if (ec != std::errc()) return -1;
  // Ordinal suffixes: 2nd, 3rd, 21st, 5th.
  std::string_view rest(ptr, static_cast<size_t>(end - ptr));
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
  return value;
}

// What relative dates are read against in a report with no publication date. Any date
// would do: only the differences between such dates mean something.
constexpr CivilDate kUnanchoredReference{2000, 1, 15};

// The most recent `weekday` on or before `reference` (strictly before when `strictly`).
CivilDate RecentWeekday(const CivilDate& reference, int weekday, bool strictly) {
  int back = (Weekday(reference) - weekday + 7) % 7;
  if (back == 0 && strictly) back = 7;
  return AddDays(reference, -back);
}

}  // namespace

std::vector<TemporalMention> DateResolver::Find(const TokenWords& words, const std::vector<Token>& tokens,
                                                std::string_view text, size_t begin, size_t end,
                                                const std::optional<CivilDate>& published, std::string_view language,
                                                const std::optional<CivilDate>& mentioned) const {
  std::vector<PhraseMatch> relative;
  for (size_t t = begin; t < end; ++t) {
    if (auto match = relative_.matcher.MatchAt(words, t, end)) relative.push_back(*match);
  }
  return Find(words, tokens, text, begin, end, published, language, relative, mentioned);
}

namespace {
// The token of a range's last day after its first day, which ends at token `t`: after "et",
// "au", "and", "to" or a dash, and "le" or "the" ("le 27 et le 31 mars") or a weekday ("entre
// lundi 18 et mercredi 20 octobre"); `t` when none.
template <typename IsWeekday>
size_t RangeEnd(const TokenWords& words, const std::vector<Token>& tokens, std::string_view text, size_t t, size_t end,
                const IsWeekday& weekday) {
  if (t + 1 >= end) return t;
  const std::string_view joint = tokens[t].kind == TokenKind::kWord ? words.Word(t) : tokens[t].In(text);
  if (joint != "et" && joint != "au" && joint != "and" && joint != "to" && joint != "-" && joint != "\xE2\x80\x93") {
    return t;
  }
  size_t k = t + 1;
  if (tokens[k].kind == TokenKind::kWord && (words.Word(k) == "le" || words.Word(k) == "the") && k + 1 < end) ++k;
  if (tokens[k].kind == TokenKind::kWord && weekday(k) && k + 1 < end) ++k;
  // (A day may be an ordinal word: "et le 1er septembre", "to the 2nd".)
  return tokens[k].kind == TokenKind::kNumber || (tokens[k].kind == TokenKind::kWord && NumberValue(words.Word(k)) > 0)
             ? k
             : t;
}
}  // namespace

std::vector<TemporalMention> DateResolver::Find(const TokenWords& words, const std::vector<Token>& tokens,
                                                std::string_view text, size_t begin, size_t end,
                                                const std::optional<CivilDate>& published, std::string_view language,
                                                std::span<const PhraseMatch> relative,
                                                const std::optional<CivilDate>& mentioned) const {
  std::vector<TemporalMention> found;
  const int64_t latest = published ? DaysFromCivil(*published) + 1 : INT64_MAX;
  // What a relative date is read against: the publication date, else a stand-in that makes
  // the date unanchored.
  const CivilDate reference = published.value_or(kUnanchoredReference);
  auto keep = [&](TemporalMention mention) {
    if (!IsValidDate(mention.date.year, mention.date.month, mention.date.day)) return;
    if (mention.date.year < 1900 || DaysFromCivil(mention.date) > latest) return;
    found.push_back(mention);
  };
  auto word = [&](size_t t) { return t < end ? words.Word(t) : std::string_view(); };
  // Month and weekday names, by the hash the token words already have.
  auto month_at = [&](size_t t) { return t < end ? names_.MonthNumber(words.Word(t), words.WordHash(t)) : 0; };
  auto weekday_at = [&](size_t t) { return t < end ? names_.WeekdayNumber(words.Word(t), words.WordHash(t)) : 0; };
  auto is_weekday = [&](size_t t) { return weekday_at(t) > 0; };
  auto skip_dot = [&](size_t t) { return t < end && tokens[t].kind == TokenKind::kPunctuation && tokens[t].In(text) == "." ? t + 1 : t; };
  // The relative phrase at `t` and its length in tokens (one lookup serves both). The scan
  // below asks about tokens in increasing order: the matches before the last token asked
  // about are passed once, not searched again at every token.
  size_t last_length = 0;
  auto next_relative = relative.begin();
  auto relative_at = [&](size_t t) -> const RelativeDateEntry* {
    last_length = 0;
    if (t >= end) return nullptr;
    while (next_relative != relative.end() && next_relative->first_token < t) ++next_relative;
    if (next_relative == relative.end() || next_relative->first_token != t) return nullptr;
    const RelativeDateEntry& entry = relative_.entries[next_relative->entry];
    if (!EntryApplies(entry.language, language)) return nullptr;
    last_length = next_relative->end_token - next_relative->first_token;
    return &entry;
  };

  // The year of a day and month: the one at `year_token` when one stands there (1900 to 2100,
  // `written` then true); without one, the year of publication, or the year before for a day
  // and month after it.
  auto year_of = [&](int day, int month, size_t year_token, bool& written) {
    const int year = NumberValue(word(year_token));
    written = year >= 1900 && year <= 2100;
    if (written) return year;
    const bool later = IsValidDate(reference.year, month, day) && DaysFromCivil({reference.year, month, day}) > latest;
    return later ? reference.year - 1 : reference.year;
  };
  // A day and a month read from token `first`, with their year (`year_of`). Returns the last
  // token read, where the scan resumes.
  auto complete_date = [&](size_t first, int day, int month, size_t year_token, size_t day_month_end) -> size_t {
    const int number = NumberValue(word(year_token));
    if (number >= 1000 && (number < 1900 || number > 2100)) return year_token;  // "3 mars 1850": not this year
    TemporalMention mention;
    mention.first_token = static_cast<uint32_t>(first);
    bool written = false;
    const int year = year_of(day, month, year_token, written);
    if (written) {
      mention.end_token = static_cast<uint32_t>(year_token + 1);
    } else {
      mention.end_token = static_cast<uint32_t>(day_month_end);
      mention.unanchored = !published;
    }
    mention.date = {year, month, day};
    // A day something has lasted since ("six attacks on its convoys since May 22", "détenu
    // depuis le 12 mars") starts a span: it dates no incident of the sentence.
    {
      size_t before = first;
      if (before > begin && word(before - 1) == "le") --before;
      mention.background = before > begin && (word(before - 1) == "since" || word(before - 1) == "depuis");
    }
    keep(mention);
    return mention.end_token - 1;
  };

  // A day and month from token `first` up to `after` that belong to a name: a capitalised
  // name head ends right before them or starts right after ("Mouvement du 5 juin", "the June
  // 5 Movement"); they date no event.
  auto in_name = [&](size_t first, size_t after) {
    auto m = std::lower_bound(relative.begin(), relative.end(), first >= 4 ? first - 4 : 0,
                              [](const PhraseMatch& match, size_t token) { return match.first_token < token; });
    for (; m != relative.end() && m->first_token <= after; ++m) {
      if (m->end_token != first && m->first_token != after) continue;
      const RelativeDateEntry& entry = relative_.entries[m->entry];
      const char initial = tokens[m->first_token].In(text).front();
      // (A dated noun needs no capital: "la présidentielle du 12 août", "the 12 August vote".)
      if (entry.kind == RelativeDateKind::kDatedNoun && EntryApplies(entry.language, language)) return true;
      if (entry.kind == RelativeDateKind::kNameHead && EntryApplies(entry.language, language) && initial >= 'A' &&
          initial <= 'Z') {
        return true;
      }
    }
    return false;
  };

  // Whether a month-lead phrase ("en", "fin", "in", "since", "à la fin du mois de") ends right
  // before token `t`.
  auto month_lead_before = [&](size_t t) {
    auto m = std::lower_bound(relative.begin(), relative.end(), t >= 6 ? t - 6 : 0,
                              [](const PhraseMatch& match, size_t token) { return match.first_token < token; });
    for (; m != relative.end() && m->first_token < t; ++m) {
      const RelativeDateEntry& entry = relative_.entries[m->entry];
      if (m->end_token == t && entry.kind == RelativeDateKind::kMonthLead && EntryApplies(entry.language, language)) {
        return true;
      }
    }
    return false;
  };

  // Whether an explicit day and month start at token `n`, after an optional comma: "5
  // novembre", "November 5", ", November 5".
  auto explicit_at = [&](size_t n) {
    if (n < end && tokens[n].kind == TokenKind::kPunctuation && tokens[n].In(text) == ",") ++n;
    if (n + 1 >= end) return false;
    const int day = NumberValue(word(n));
    if (day >= 1 && day <= 31 && month_at(n + 1) > 0) return true;
    // (Or a range of days: "lundi 18 et mercredi 20 octobre".)
    if (day >= 1 && day <= 31) {
      const size_t to = RangeEnd(words, tokens, text, n + 1, end, is_weekday);
      if (to > n + 1 && month_at(to + 1) > 0) return true;
    }
    const int after_month = NumberValue(word(skip_dot(n + 1)));
    return month_at(n) > 0 && after_month >= 1 && after_month <= 31;
  };

  for (size_t t = begin; t < end; ++t) {
    const std::string_view w = word(t);
    if (w.empty()) continue;

    const int number = MayBeNumber(w) ? NumberValue(w) : -1;
    // Explicit: "17 septembre 2024", "17 sept.", "1er mars".
    if (int day = number; day >= 1 && day <= 31) {
      const int month = month_at(t + 1);
      if (month > 0) {
        if (in_name(t, skip_dot(t + 2))) {
          ++t;
          continue;
        }
        const size_t first = t;
        t = complete_date(t, day, month, skip_dot(t + 2), t + 2);
        // A range across months ("du 30 juin au 2 juillet", "entre le 7 août et le 1er
        // septembre") dates the event from its first day, as one mention; a range of more than
        // two weeks is a period, whose tally is no incident ("des opérations menées entre le 7
        // août et le 1er septembre ont permis de neutraliser 65 terroristes"): background.
        if (!found.empty() && found.back().first_token == first) {
          if (const size_t to = RangeEnd(words, tokens, text, t + 1, end, is_weekday); to > t + 1) {
            const int last_day = NumberValue(word(to));
            const int last_month = month_at(to + 1);
            TemporalMention& range = found.back();
            const int last_year = range.date.year + (last_month > 0 && last_month < range.date.month ? 1 : 0);
            if (last_day >= 1 && last_month > 0 && IsValidDate(last_year, last_month, last_day)) {
              const int64_t span = DaysFromCivil({last_year, last_month, last_day}) - DaysFromCivil(range.date);
              if (span > 14) range.background = true;
              size_t last = skip_dot(to + 2);
              if (const int year = NumberValue(word(last)); year >= 1900 && year <= 2100) ++last;
              range.end_token = static_cast<uint32_t>(std::max<size_t>(range.end_token, last));
              t = range.end_token - 1;
            }
          }
        }
        continue;
      }
      // A range of days dates the event from its first ("entre le 27 et le 31 mars", "du 5 au
      // 10 juillet", "11-12 March"), as a month-first range does ("April 28-30"): its month
      // and year are those after the last day.
      if (const size_t to = RangeEnd(words, tokens, text, t + 1, end, is_weekday); to > t + 1) {
        const int last = NumberValue(word(to));
        if (const int range_month = month_at(to + 1); range_month > 0 && last > day && last <= 31) {
          t = complete_date(t, day, range_month, skip_dot(to + 2), to + 2);
          continue;
        }
      }
    }
    // Explicit, month first: "Sept. 17, 2024", "March 3".
    if (int month = month_at(t); month > 0) {
      size_t d = skip_dot(t + 1);
      const int day = NumberValue(word(d));
      if (day >= 1 && day <= 31 && in_name(t, d + 1)) {
        t = d;
        continue;
      }
      if (day >= 1 && day <= 31) {
        size_t y = d + 1;
        if (y < end && tokens[y].kind == TokenKind::kPunctuation && tokens[y].In(text) == ",") ++y;
        t = complete_date(t, day, month, y, d + 1);
        continue;
      }
      // A month and year alone: "en mars 2019", "in March 2019": month precision; background
      // when the month ended more than a month before publication ("where militants killed
      // 30 people in January 2016", in a report of 2017).
      const int year = NumberValue(word(skip_dot(t + 1)));
      if (year >= 1900 && year <= 2100) {
        TemporalMention mention{static_cast<uint32_t>(t), static_cast<uint32_t>(skip_dot(t + 1) + 1), {year, month, 1}, 3};
        mention.background = published && (published->year * 12 + published->month) - (year * 12 + month) > 1;
        if (mention.background) {
          found.push_back(mention);
          t = mention.end_token - 1;
          continue;
        }
        keep(mention);
        t = mention.end_token - 1;
        continue;
      }
      // A month alone after a leading word ("en novembre", "fin septembre", "in November"),
      // other than the publication's, recalls an earlier period: a report dates its own
      // incident by the day. (The publication's own month dates nothing: the report's week
      // says more; unless a word narrows it to a time before the report's days, "Début février,
      // un responsable avait été tué", "early February".)
      const char initial = tokens[t].In(text).front();
      // (In English also a month that qualifies the noun after it, "a June ceasefire deal", "the
      // March coup": read here, not from the lexicon, where "a" and "the" would be looked up at
      // every article of every text.)
      const bool qualifies_noun = language != "fr" && t > begin && (word(t - 1) == "a" || word(t - 1) == "the") &&
                                  t + 1 < end && tokens[t + 1].kind == TokenKind::kWord &&
                                  tokens[t + 1].In(text).front() >= 'a' && tokens[t + 1].In(text).front() <= 'z';
      const std::string_view lead = t > begin ? word(t - 1) : std::string_view();
      const bool own_month_narrowed = published && month == reference.month && (lead == "debut" || lead == "early");
      if ((month != reference.month || own_month_narrowed) && (month_lead_before(t) || qualifies_noun) &&
          (language != "en" || (initial >= 'A' && initial <= 'Z'))) {
        const int month_year = month > reference.month ? reference.year - 1 : reference.year;
        TemporalMention mention{static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), {month_year, month, 1}, 3};
        mention.unanchored = !published;
        mention.background = published.has_value();
        found.push_back(mention);
        continue;
      }
    }
    // A bare past year: background ("depuis 2012", "en 2019") unless it is this year; not a
    // count opening a sentence ("2000 people demonstrated", "1500 manifestants ont défilé").
    const bool opens_count = t == begin && t + 1 < end && tokens[t + 1].kind == TokenKind::kWord &&
                             tokens[t + 1].In(text).front() >= 'a' && tokens[t + 1].In(text).front() <= 'z';
    if (int year = number; year >= 1900 && year <= 2100 && tokens[t].kind == TokenKind::kNumber && published &&
                           year < published->year && !opens_count) {
      TemporalMention mention{static_cast<uint32_t>(t), static_cast<uint32_t>(t + 1), {year, 1, 1}, 3, true};
      found.push_back(mention);
      continue;
    }
    // Relative phrases.
    if (const RelativeDateEntry* entry = relative_at(t)) {
      const size_t after = t + last_length;
      TemporalMention mention;
      mention.unanchored = !published;
      mention.first_token = static_cast<uint32_t>(t);
      mention.end_token = static_cast<uint32_t>(after);
      switch (entry->kind) {
        case RelativeDateKind::kDayOffset:
          mention.date = AddDays(reference, entry->value);
          keep(mention);
          t = after - 1;
          continue;
        case RelativeDateKind::kMentionedDayOffset: {
          // From the last day named before it in the sentence, else in the text before.
          // (After a month in the sentence, the day is unknown within that month: "Début février,
          // un responsable avait été tué, et un poste attaqué le lendemain".)
          CivilDate base = published && mentioned ? *mentioned : reference;
          const TemporalMention* month = nullptr;
          for (const TemporalMention& earlier : found) {
            if (earlier.time_precision == 3) {
              month = &earlier;
            } else if (!earlier.background && earlier.time_precision == 1) {
              base = earlier.date;
              month = nullptr;
            }
          }
          if (month) {
            mention.date = month->date;
            mention.time_precision = 3;
            mention.background = month->background;
            if (mention.background) {
              found.push_back(mention);
            } else {
              keep(mention);
            }
            t = after - 1;
            continue;
          }
          mention.date = AddDays(base, entry->value);
          mention.counted_from_mentioned = entry->value != 0;
          keep(mention);
          t = after - 1;
          continue;
        }
        case RelativeDateKind::kWeekend:
          // The most recent Saturday (this weekend, or the last one).
          mention.date = RecentWeekday(reference, 6, entry->value < 0 && Weekday(reference) >= 6);
          keep(mention);
          t = after - 1;
          continue;
        case RelativeDateKind::kPeriod:
          mention.date = AddDays(reference, entry->value);
          mention.time_precision = entry->time_precision;
          t = after - 1;
          // A month ("le mois dernier", "earlier this month") recalls an earlier incident, as a
          // month named alone does: a report dates its own incident by the day or the week.
          mention.background = mention.time_precision == 3 && published.has_value();
          keep(mention);
          continue;
        case RelativeDateKind::kNightSpan: {
          // "dans la nuit de dimanche à lundi": the first night's weekday.
          const int weekday = weekday_at(after);
          if (weekday > 0) {
            mention.date = RecentWeekday(AddDays(reference, -1), weekday, false);
            size_t last = after + 1;
            for (size_t k = after + 1; k < std::min(end, after + 4); ++k) {
              if (weekday_at(k) > 0) last = k + 1;
            }
            // With its days and month ("dans la nuit du vendredi 26 au samedi 27 avril"): the
            // first night's date, the latest such date before publication.
            if (const int day = NumberValue(word(after + 1)); day >= 1 && day <= 31) {
              for (size_t k = after + 2; k < std::min(end, after + 7); ++k) {
                const int month = month_at(k);
                if (month == 0) continue;
                bool written = false;
                const int year = year_of(day, month, k + 1, written);
                if (IsValidDate(year, month, day)) mention.date = {year, month, day};
                last = std::max(last, written ? k + 2 : k + 1);
                break;
              }
            }
            mention.end_token = static_cast<uint32_t>(last);
            keep(mention);
            t = last - 1;
          }
          continue;
        }
        case RelativeDateKind::kNameHead:
        case RelativeDateKind::kDatedNoun:
        case RelativeDateKind::kMonthLead:
          break;  // no date of its own
        case RelativeDateKind::kLastModifier:
        case RelativeDateKind::kThisModifier: {
          // "last Tuesday", "ce mardi": the weekday follows.
          const int weekday = weekday_at(after);
          if (weekday > 0 && !explicit_at(after + 1)) {
            mention.date = RecentWeekday(reference, weekday, entry->kind == RelativeDateKind::kLastModifier);
            mention.end_token = static_cast<uint32_t>(after + 1);
            keep(mention);
            t = after;
          }
          continue;
        }
      }
    }
    // A weekday: "mardi", "on Tuesday", "mardi dernier"; not one that opens an explicit date
    // ("dimanche 5 novembre", "Sunday, November 5"), which dates by its day and month.
    if (int weekday = weekday_at(t); weekday > 0 && !explicit_at(t + 1)) {
      // (Not the day of a political occasion: "Sunday's presidential run-off", "the Sunday
      // vote".)
      size_t noun = t + 1;
      if (noun + 1 < end && (tokens[noun].In(text) == "'" || tokens[noun].In(text) == "\xE2\x80\x99") &&
          word(noun + 1) == "s") {
        noun += 2;
      }
      if (in_name(t, noun)) continue;
      TemporalMention mention;
      mention.unanchored = !published;
      mention.first_token = static_cast<uint32_t>(t);
      mention.end_token = static_cast<uint32_t>(t + 1);
      bool strictly = false;
      if (const RelativeDateEntry* next = relative_at(t + 1); next && next->kind == RelativeDateKind::kLastModifier) {
        strictly = true;
        mention.end_token = static_cast<uint32_t>(t + 1 + last_length);
      }
      mention.date = RecentWeekday(reference, weekday, strictly);
      keep(mention);
      t = mention.end_token - 1;
    }
  }
  return found;
}

}  // namespace vigie
