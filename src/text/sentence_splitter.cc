#include "text/sentence_splitter.h"

#include "core/byte_scan.h"
#include "core/utf8.h"
#include "text/char_class.h"

namespace vigie {

namespace {

bool IsClosingMark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0xBB /* » */ || cp == 0x201D /* ” */ ||
         cp == 0x2019 /* ’ */ || cp == 0x203A /* › */;
}

bool IsOpeningMark(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0xAB /* « */ || cp == 0x201C /* “ */ ||
         cp == 0x2018 || cp == 0x2039 || cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2022 /* • */;
}

bool IsTerminator(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 /* … */; }

// Code point at `pos` without advancing (0 at the end).
char32_t PeekAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return DecodeUtf8(text, pos);
}

void Emit(std::string_view text, size_t start, size_t end, std::vector<Sentence>& out) {
  while (start < end) {
    size_t p = start;
    if (!IsSpace(DecodeUtf8(text, p))) break;
    start = p;
  }
  while (end > start) {
    size_t back = end - 1;
    while (back > start && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
    size_t p = back;
    if (!IsSpace(DecodeUtf8(text, p))) break;
    end = back;
  }
  if (end > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), 0, 0});
}

}  // namespace

bool SentenceSplitter::EndsWithAbbreviation(std::string_view text, size_t period, std::string_view language) const {
  // The "word" before the period runs back to a space or an opening mark: "Lt.-Col", "U.S".
  size_t begin = period;
  while (begin > 0) {
    unsigned char b = static_cast<unsigned char>(text[begin - 1]);
    if (b == ' ' || b == '\n' || b == '\t' || b == '(' || b == '"' || b == '[') break;
    if (b >= 0x80) {  // stop at non-ASCII spaces and opening quotes too
      size_t start = begin - 1;
      while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
      size_t p = start;
      char32_t cp = DecodeUtf8(text, p);
      if (IsSpace(cp) || cp == 0xAB || cp == 0x201C) break;
      begin = start;
      continue;
    }
    --begin;
  }
  std::string_view word = text.substr(begin, period + 1 - begin);
  if (word.size() <= 1) return false;
  if (abbreviations_.Contains(language, word)) return true;
  // A single capital initial: "J. Smith", "Moussa A. Traoré".
  size_t p = 0;
  char32_t first = DecodeUtf8(word, p);
  return p == word.size() - 1 && IsUpper(first);
}

void SentenceSplitter::Split(std::string_view text, std::string_view language, std::vector<Sentence>& out) const {
  size_t start = 0;
  size_t pos = 0;
  while (true) {
    // Only a line break, '.', '!', '?' and the first byte of '…' (E2 80 A6) can end a sentence.
    pos = FindAnyByte<'\n', '.', '!', '?', 0xE2>(text, pos);
    if (pos == text.size()) break;
    if (text[pos] == '\n') {
      Emit(text, start, pos, out);
      start = ++pos;
      continue;
    }
    size_t term_start = pos;
    char32_t cp = DecodeUtf8(text, pos);
    if (!IsTerminator(cp)) continue;
    const bool single_period = cp == '.' && PeekAt(text, pos) != '.';
    while (pos < text.size() && IsTerminator(PeekAt(text, pos))) DecodeUtf8(text, pos);
    // Closing quotes and brackets belong to the sentence; French puts a space before ».
    size_t end = pos;
    while (true) {
      size_t probe = end;
      while (probe < text.size()) {
        size_t q = probe;
        char32_t c = DecodeUtf8(text, q);
        if (c != ' ' && c != 0xA0 && c != 0x202F) break;
        probe = q;
      }
      size_t q = probe;
      if (q >= text.size()) break;
      char32_t c = DecodeUtf8(text, q);
      if (!IsClosingMark(c)) break;
      // A straight quote after a space opens the next sentence rather than closing this one.
      if ((c == '"' || c == '\'') && probe != end) break;
      end = q;
    }
    pos = end;
    if (pos >= text.size()) break;
    size_t next = pos;
    bool saw_space = false;
    while (next < text.size()) {
      size_t q = next;
      char32_t c = DecodeUtf8(text, q);
      if (!IsSpace(c) || c == '\n') break;
      saw_space = true;
      next = q;
    }
    if (!saw_space) continue;  // "3.5", "U.S.A.", "www.example.org"
    if (next >= text.size() || text[next] == '\n') continue;  // the line break ends it anyway
    char32_t following = PeekAt(text, next);
    if (!(IsUpper(following) || IsDigit(following) || IsOpeningMark(following))) continue;
    if (single_period && EndsWithAbbreviation(text, term_start, language)) continue;
    Emit(text, start, end, out);
    start = next;
    pos = next;
  }
  Emit(text, start, text.size(), out);
}

}  // namespace vigie
