// Unicode normalisation (NFC) and the accent-folded lower-case keys dictionaries match on.
#pragma once

#include <string>
#include <string_view>

namespace vigie {

// Returns `text` in Normalization Form C. REQUIRES: valid UTF-8. Cheap for text that is
// already NFC (a quick check runs first).
std::string ToNfc(std::string_view text);

// The matching key of `text`: lower case, accents removed, ligatures expanded (œ→oe,
// æ→ae, ß→ss), typographic apostrophes and dashes made ASCII ('’' → '\''). Latin letters
// are folded with a table; other scripts are case-folded by ICU. REQUIRES: valid UTF-8.
std::string FoldKey(std::string_view text);
// Appends FoldKey(text) to `out`, with no string of its own (for per-token loops).
void AppendFoldKey(std::string_view text, std::string& out);

// Appends the fold of one code point to `out` (the per-character step of FoldKey).
void AppendFolded(char32_t cp, std::string& out);

}  // namespace vigie
