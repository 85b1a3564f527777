// Character classes the splitter and tokenizer share (ASCII fast path, ICU beyond).
#pragma once

#include <unicode/uchar.h>

namespace vigie {

inline bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
  return cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x200B || cp == 0x3000 ||
         u_isUWhiteSpace(static_cast<UChar32>(cp));
}

// Letters, digits and combining marks: the characters a word is made of.
inline bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp == 0xD7 || cp == 0xF7) return false;  // × ÷
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

inline bool IsDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

inline bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

}  // namespace vigie
