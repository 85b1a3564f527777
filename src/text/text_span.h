// Spans into a document's text: tokens and sentences carry byte offsets, never copies.
#pragma once

#include <cstdint>
#include <string_view>

namespace vigie {

enum class TokenKind : uint8_t {
  kWord,         // letters (and digits mixed in): "Bamako", "G5", "l'" (elided article)
  kNumber,       // digits with inner separators: "17", "1.200", "12,5"
  kPunctuation,  // any other visible character, one per token
};

struct Token {
  uint32_t start = 0;  // byte offset of the first byte
  uint32_t end = 0;    // byte offset one past the last byte
  TokenKind kind = TokenKind::kWord;
  // Set by Tokenize when the token is ASCII letters and digits only (most words), so that
  // later stages need not read its bytes again to know it; false says nothing.
  bool ascii_alnum = false;
  std::string_view In(std::string_view text) const { return text.substr(start, end - start); }
};

struct Sentence {
  uint32_t start = 0;        // byte offsets into the text, trimmed of surrounding spaces
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into the token vector
  uint32_t token_count = 0;
  std::string_view In(std::string_view text) const { return text.substr(start, end - start); }
};

}  // namespace vigie
