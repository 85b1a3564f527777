// Character sets: finding a page's encoding and converting it to UTF-8 (ICU converters).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace vigie {

// How the encoding of a byte buffer was decided, strongest evidence first.
// kFallback means nothing was declared and the bytes are not valid UTF-8: Windows-1252 is a guess.
enum class CharsetSource { kByteOrderMark, kDeclaredByCaller, kHtmlMeta, kValidUtf8, kFallback };

struct CharsetGuess {
  std::string name;  // a WHATWG label, lower case: "utf-8", "windows-1252", "utf-16le", ...
  CharsetSource source = CharsetSource::kFallback;
};

// Decides the encoding of `bytes`: a byte-order mark wins; then `declared` (e.g. from an
// HTTP header), then a <meta charset> / http-equiv declaration in the first 4 KiB when
// `is_html`; then UTF-8 when the bytes are valid UTF-8; else Windows-1252, which is what
// undeclared Western pages are in practice. ISO-8859-1 and US-ASCII labels are read as
// Windows-1252, as browsers do (WHATWG Encoding Standard).
CharsetGuess DetectCharset(std::string_view bytes, std::string_view declared, bool is_html);

// Converts `bytes` from `charset` to valid UTF-8 (a BOM is dropped). Unknown charset
// names fail with a message naming the label; undecodable bytes become U+FFFD.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace vigie
