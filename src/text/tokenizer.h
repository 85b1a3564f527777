// Word, number and punctuation tokens with byte offsets into the text.
#pragma once

#include <string_view>
#include <vector>

#include "text/text_span.h"

namespace vigie {

// Appends the tokens of text[begin, end) to `out`. Words are runs of letters, digits and
// combining marks; a French elided article or pronoun keeps its apostrophe ("l'", "d'",
// "qu'") so that "l'armée" is two tokens; numbers keep inner separators between digits
// ("1.200", "12,5"); every other visible character is a one-character punctuation token.
// Spaces make no token. Linear time; appends only. REQUIRES: valid UTF-8.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>& out);

}  // namespace vigie
