#include "coding/quantity_parser.h"

#include <charconv>
#include <string>

namespace vigie {

namespace {

// "1.200", "1,200", "1 200" are twelve hundred; "12,5" is twelve and a half (rounded down:
// a count of people is whole).
std::optional<double> Digits(std::string_view word) {
  std::string digits;
  size_t group = 0;
  bool thousands = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      ++group;
    } else if ((c == '.' || c == ',') && word.size() - i - 1 == 3 && !thousands) {
      thousands = true;  // a separator followed by exactly three digits
      group = 0;
    } else if (c == '.' || c == ',') {
      break;  // a decimal part: dropped
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  double value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Whether token `t` is read as figures ("17", "1.200", "3e").
bool StartsFigure(const TokenWords& words, const std::vector<Token>& tokens, size_t t) {
  return tokens[t].kind == TokenKind::kNumber ||
         (!words.Word(t).empty() && words.Word(t)[0] >= '0' && words.Word(t)[0] <= '9');
}

}  // namespace

std::optional<double> QuantityParser::Number(const TokenWords& words, const std::vector<Token>& tokens, size_t t,
                                             size_t end, std::string_view language, size_t& next, bool& approximate,
                                             bool& vague) const {
  if (t >= end) return std::nullopt;
  if (StartsFigure(words, tokens, t)) {
    auto value = Digits(words.Word(t));
    if (!value) return std::nullopt;
    next = t + 1;
    return value;
  }
  // Number words, composed: "quatre vingt dix" = 4 × 20 + 10, "two hundred and five".
  double total = 0, current = 0;
  bool any = false;
  size_t at = t;
  while (at < end) {
    if (words.IsJoiner(at)) {
      ++at;
      continue;
    }
    const std::string_view w = words.Word(at);
    if (any && (w == "et" || w == "and")) {
      ++at;
      continue;
    }
    auto match = numbers_.matcher.MatchAt(words, at, end);
    if (!match) break;
    const NumberEntry& entry = numbers_.entries[match->entry];
    if (!EntryApplies(entry.language, language)) break;
    if (entry.kind == NumberKind::kApprox || entry.kind == NumberKind::kVague) {
      // "une centaine", "a dozen": the article counts one of the unit; "vingt dizaines" is
      // not a figure.
      if (any && !(total == 0 && current == 1)) break;
      approximate = true;
      vague = entry.kind == NumberKind::kVague;
      next = match->end_token;
      return entry.value;
    }
    if (entry.kind != NumberKind::kExact) break;
    const double v = entry.value;
    if (v == 100 || v == 1000 || v == 1000000) {
      current = (current == 0 ? 1 : current) * v;
      if (v >= 1000) {
        total += current;
        current = 0;
      }
    } else if (v == 20 && current > 0 && current < 10) {
      current *= 20;  // quatre-vingt(s)
    } else {
      current += v;
    }
    any = true;
    at = match->end_token;
    next = at;
  }
  if (!any) return std::nullopt;
  return total + current;
}

std::optional<Quantity> QuantityParser::ParseAt(const TokenWords& words, const std::vector<Token>& tokens, size_t t,
                                                size_t end, std::string_view language) const {
  Quantity quantity;
  quantity.first_token = static_cast<uint32_t>(t);
  size_t at = t;
  // Modifiers first: "au moins", "plus d'une", "at least", "about".
  for (int modifiers = 0; modifiers < 2 && at < end; ++modifiers) {
    auto match = numbers_.matcher.MatchAt(words, at, end);
    if (!match) {
      // Most places asked about hold no quantity: no phrase of the numbers lexicon starts at
      // the first token, which is no figure nor a hyphen before one. Number would look the
      // same phrases up again there.
      if (modifiers == 0 && !StartsFigure(words, tokens, at) && !words.IsJoiner(at)) return std::nullopt;
      break;
    }
    const NumberEntry& entry = numbers_.entries[match->entry];
    if (!EntryApplies(entry.language, language)) break;
    if (entry.kind == NumberKind::kMin) {
      quantity.at_least = true;
    } else if (entry.kind == NumberKind::kApproxModifier || entry.kind == NumberKind::kMax) {
      quantity.approximate = true;
    } else {
      break;
    }
    at = match->end_token;
  }
  size_t next = at;
  bool approximate = false;
  bool vague = false;
  auto value = Number(words, tokens, at, end, language, next, approximate, vague);
  if (!value) return std::nullopt;
  quantity.value = *value;
  quantity.approximate = quantity.approximate || approximate;
  quantity.vague = vague;
  quantity.end_token = static_cast<uint32_t>(next);
  return quantity;
}

}  // namespace vigie
