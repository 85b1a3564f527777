// Number expressions: digits ("12", "1.200"), number words ("douze", "quatre-vingt-dix",
// "twenty-one"), quantity phrases ("une vingtaine", "des dizaines", "dozens") and their
// modifiers ("au moins", "plus de", "at least", "about"), from data/lexicon/numbers.tsv.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "coding/event_lexicon.h"
#include "text/phrase_matcher.h"

namespace vigie {

struct Quantity {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  double value = 0;          // ACLED's reading: "dozens" = 12, "au moins 70" = 70
  bool at_least = false;     // "au moins", "plus de", "more than": the true figure may be higher
  bool approximate = false;  // "une vingtaine", "environ", "about"
  bool vague = false;        // "plusieurs", "several": no figure, only the placeholder 3
};

// Borrows the numbers lexicon, which must outlive it.
class QuantityParser {
 public:
  explicit QuantityParser(const Lexicon<NumberEntry>& numbers) : numbers_(numbers) {}

  // The quantity starting at token `t` (within [t, end)), if one starts there.
  std::optional<Quantity> ParseAt(const TokenWords& words, const std::vector<Token>& tokens, size_t t, size_t end,
                                  std::string_view language) const;

 private:
  // A bare number (digits or number words) from `t`; sets `next` past it.
  std::optional<double> Number(const TokenWords& words, const std::vector<Token>& tokens, size_t t, size_t end,
                               std::string_view language, size_t& next, bool& approximate, bool& vague) const;
  const Lexicon<NumberEntry>& numbers_;
};

}  // namespace vigie
