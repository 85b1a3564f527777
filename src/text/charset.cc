#include "text/charset.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "core/ascii.h"
#include "core/utf8.h"

namespace vigie {

namespace {

// Maps a label to the name we convert with; Latin-1 family labels mean Windows-1252.
std::string CanonicalLabel(std::string_view label) {
  std::string l = AsciiLower(label);
  l.erase(std::remove_if(l.begin(), l.end(), [](char c) { return c == '"' || c == '\'' || c == ' '; }), l.end());
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "utf-8";
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "cp1252" || l == "windows-1252" || l == "x-cp1252" || l == "iso_8859-1" || l == "cp819")
    return "windows-1252";
  return l;
}

// Finds charset=... inside <meta ...> tags in the first 4 KiB (the HTML prescan, simplified).
std::string FindMetaCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    // "charset" must be followed by '=': in <meta http-equiv="charset" content="..."> the
    // word is an attribute value, not a declaration (browsers ignore that form).
    for (size_t cs = tag.find("charset"); cs != std::string_view::npos; cs = tag.find("charset", cs + 7)) {
      size_t i = cs + 7;
      while (i < tag.size() && tag[i] == ' ') ++i;
      if (i == tag.size() || tag[i] != '=') continue;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
      size_t j = i;
      while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' || tag[j] == '_' ||
                                tag[j] == ':' || tag[j] == '.'))
        ++j;
      if (j > i) return std::string(tag.substr(i, j - i));
    }
    pos = end;
  }
  return "";
}

// True when ICU has a converter for `label`.
bool IsKnownCharset(const std::string& label) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(label.c_str(), &status);
  if (conv != nullptr) ucnv_close(conv);
  return U_SUCCESS(status) && conv != nullptr;
}

// Non-ASCII bytes in a valid UTF-8 text that outweigh a multi-byte charset's declaration.
constexpr size_t kMinMultiByteEvidence = 12;

// Non-ASCII bytes of `bytes`, counted up to `enough`.
size_t CountNonAscii(std::string_view bytes, size_t enough) {
  size_t count = 0;
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80 && ++count >= enough) break;
  }
  return count;
}

}  // namespace

CharsetGuess DetectCharset(std::string_view bytes, std::string_view declared, bool is_html) {
  if (Utf8BomLength(bytes) != 0) return {"utf-8", CharsetSource::kByteOrderMark};
  if (bytes.starts_with("\xFF\xFE")) return {"utf-16le", CharsetSource::kByteOrderMark};
  if (bytes.starts_with("\xFE\xFF")) return {"utf-16be", CharsetSource::kByteOrderMark};

  std::string label;
  CharsetSource source = CharsetSource::kFallback;
  if (!declared.empty()) {
    label = CanonicalLabel(declared);
    source = CharsetSource::kDeclaredByCaller;
  } else if (is_html) {
    label = CanonicalLabel(FindMetaCharset(bytes));
    source = CharsetSource::kHtmlMeta;
  }
  // Browsers ignore a label they do not know ("iso-1252", "0"): so do we, and decide from the bytes.
  if (!label.empty() && label != "utf-8" && label != "windows-1252" && !IsKnownCharset(label)) label.clear();
  // A page that declares a single-byte charset but is valid UTF-8 with non-ASCII bytes was
  // re-encoded somewhere on its way (CMS, proxy): trust the bytes, since a Latin text that is
  // also valid multi-byte UTF-8 is vanishingly rare.
  const bool valid_utf8 = IsValidUtf8(bytes);
  if (!label.empty() && label != "utf-8" && label != "windows-1252" && label.rfind("iso-8859", 0) != 0 &&
      label.rfind("windows-125", 0) != 0) {
    // The same for a multi-byte declaration (gb2312, shift_jis, big5), once the text holds
    // more than a few non-ASCII bytes: a Chinese page saved as UTF-8 with its old <meta>
    // left in. Two-byte characters of those charsets are valid UTF-8 by chance about one
    // time in twelve, a run of them almost never. A UTF-16 declaration is left as it is.
    const bool enough_evidence = CountNonAscii(bytes, kMinMultiByteEvidence) >= kMinMultiByteEvidence;
    if (valid_utf8 && label.rfind("utf-16", 0) != 0 && enough_evidence) return {"utf-8", CharsetSource::kValidUtf8};
    return {label, source};  // e.g. utf-16, shift_jis, koi8-r: take the declaration
  }
  if (!label.empty() && label != "utf-8" && !(valid_utf8 && CountNonAscii(bytes, 1) > 0)) return {label, source};
  if (valid_utf8) return {"utf-8", label == "utf-8" ? source : CharsetSource::kValidUtf8};
  if (label == "utf-8") return {"utf-8", source};  // declared UTF-8 with some bad bytes: repair
  return {"windows-1252", CharsetSource::kFallback};
}

Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  if (charset == "utf-8") {
    bytes.remove_prefix(Utf8BomLength(bytes));
    return RepairUtf8(bytes);
  }
  if (charset == "windows-1252") {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
      auto b = static_cast<unsigned char>(c);
      if (b < 0x80) {
        out.push_back((b < 0x20 && b != '\t' && b != '\n' && b != '\r') ? ' ' : c);
      } else {
        AppendUtf8(Windows1252ToUnicode(b), out);
      }
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) return Status::Error("unknown character set \"" + charset + "\"");
  ucnv_close(conv);
  icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  if (unicode.length() > 0 && unicode.charAt(0) == 0xFEFF) unicode.remove(0, 1);
  std::string out;
  unicode.toUTF8String(out);
  return RepairUtf8(out);  // drops stray controls; ICU already substituted bad bytes
}

}  // namespace vigie
