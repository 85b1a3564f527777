#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <bit>
#include <bitset>
#include <cstring>

#include "core/ascii.h"
#include "core/utf8.h"

namespace vigie {

namespace {

// Fold of U+0000..U+024F built once from ICU's decompositions: the base letter of each
// precomposed character, lower-cased.
struct LatinFoldTable {
  std::array<std::string, 0x250> folded;
  std::array<char, 0x250> one_byte{};  // folded[cp] when it is one byte other than NUL, else 0
  LatinFoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t cp = 0; cp < 0x250; ++cp) {
      std::string& out = folded[cp];
      icu::UnicodeString decomposed;
      if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) {
        UChar32 base = decomposed.char32At(0);
        AppendUtf8(static_cast<char32_t>(u_tolower(base)), out);
      } else {
        AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
      }
    }
    folded[0xC6] = folded[0xE6] = "ae";
    folded[0x152] = folded[0x153] = "oe";
    folded[0xDF] = "ss";
    folded[0xD8] = folded[0xF8] = "o";
    folded[0x141] = folded[0x142] = "l";
    folded[0xD0] = folded[0xF0] = "d";
    folded[0x110] = folded[0x111] = "d";
    for (size_t cp = 0; cp < folded.size(); ++cp)
      if (folded[cp].size() == 1) one_byte[cp] = folded[cp][0];
  }
};

const LatinFoldTable& FoldTable() {
  static const LatinFoldTable table;
  return table;
}

// The code points under U+2100 (Latin, Greek, Cyrillic and the other alphabets, general
// punctuation, currency signs) whose NFC quick check is Yes and whose combining class is 0,
// built once from ICU. Text made of them is NFC (UAX #15's quick check answers Yes).
constexpr char32_t kNfcTableEnd = 0x2100;
const std::bitset<kNfcTableEnd>& NfcStableTable() {
  static const std::bitset<kNfcTableEnd> table = [] {
    std::bitset<kNfcTableEnd> stable;
    for (char32_t cp = 0; cp < kNfcTableEnd; ++cp) {
      const auto c = static_cast<UChar32>(cp);
      stable[cp] = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
    }
    return stable;
  }();
  return table;
}

// True when `text` is NFC by NfcStableTable alone: ASCII runs (eight bytes at a time) and
// well-formed two- and three-byte characters the table holds. False says nothing.
bool IsNfcByTable(std::string_view text) {
  const std::bitset<kNfcTableEnd>& stable = NfcStableTable();
  auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  auto continues = [&](size_t i) { return i < text.size() && (byte(i) & 0xC0) == 0x80; };
  for (size_t pos = AsciiRunEnd(text, 0); pos < text.size(); pos = AsciiRunEnd(text, pos)) {
    const unsigned char lead = byte(pos);
    char32_t cp;
    if (lead >= 0xC2 && lead <= 0xDF && continues(pos + 1)) {
      cp = (lead & 0x1Fu) << 6 | (byte(pos + 1) & 0x3Fu);
      pos += 2;
    } else if (lead >= 0xE0 && lead <= 0xE2 && continues(pos + 1) && continues(pos + 2)) {
      cp = (lead & 0x0Fu) << 12 | (byte(pos + 1) & 0x3Fu) << 6 | (byte(pos + 2) & 0x3Fu);
      pos += 3;
      if (cp < 0x800) return false;  // overlong
    } else {
      return false;
    }
    if (cp >= kNfcTableEnd || !stable[cp]) return false;
  }
  return true;
}

}  // namespace

std::string ToNfc(std::string_view text) {
  if (IsNfcByTable(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::StringPiece utf8(text.data(), static_cast<int32_t>(text.size()));
  // Checked on the UTF-8 itself: most text is in NFC already and needs no UTF-16 copy.
  if (nfc->isNormalizedUTF8(utf8, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(utf8);
  icu::UnicodeString normalized = nfc->normalize(input, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

void AppendFolded(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (cp < 0x250) {
    out += FoldTable().folded[cp];
    return;
  }
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      out.push_back('\'');
      return;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
      out.push_back('-');
      return;
    case 0x00A0:
    case 0x202F:
    case 0x2009:
      out.push_back(' ');
      return;
    default:
      break;
  }
  if (u_getCombiningClass(static_cast<UChar32>(cp)) != 0) return;  // stray combining accent
  AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)), out);
}

// Written into `out` directly rather than appended run by run (an accent every few words
// made one append call per run): `out` is grown first by the bytes of `text` plus a 16-byte
// margin, which a fold never outgrows while each step writes no more bytes than it reads
// (ASCII lowered, and table folds of one or two bytes); other characters go through the
// string, and the margin is made again after them.
void AppendFoldKey(std::string_view text, std::string& out) {
  const LatinFoldTable& table = FoldTable();
  const size_t n = text.size();
  constexpr size_t kMargin = 16;
  size_t pos = 0;
  size_t at = out.size();
  out.resize(at + n + kMargin);
  char* w = out.data();
  while (pos < n) {
#if defined(__SSE2__)
    // Sixteen bytes at a time: all of them lowered and stored, kept up to the first non-ASCII.
    while (pos + 16 <= n) {
      const __m128i lowered = AsciiLower16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(w + at), lowered);
      const auto high = static_cast<uint32_t>(_mm_movemask_epi8(lowered));
      if (high == 0) {
        pos += 16;
        at += 16;
        continue;
      }
      const auto ascii = static_cast<size_t>(std::countr_zero(high));
      pos += ascii;
      at += ascii;
      break;
    }
#endif
    if (pos < n && static_cast<unsigned char>(text[pos]) < 0x80) {
      // Under sixteen bytes left (or a run after a character not in ASCII): eight at a time,
      // then one by one.
      for (uint64_t x; pos + 8 <= n;) {
        std::memcpy(&x, text.data() + pos, sizeof x);
        const uint64_t lowered = AsciiLower8(x);  // right up to the first byte not in ASCII
        std::memcpy(w + at, &lowered, sizeof lowered);
        const uint64_t high = x & 0x8080808080808080;
        const size_t ascii = high == 0 ? 8 : static_cast<size_t>(std::countr_zero(high)) / 8;
        pos += ascii;
        at += ascii;
        if (ascii < 8) break;
      }
      for (; pos < n && static_cast<unsigned char>(text[pos]) < 0x80; ++pos, ++at) w[at] = AsciiLowerChar(text[pos]);
    }
    if (pos == n) break;
    // The accented letters of French (two bytes, under U+0250) straight from the table:
    // what AppendFolded does for them, without decoding through the general path.
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0xE0 && pos + 1 < n) {
      const char32_t cp = (lead & 0x1Fu) << 6 | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu);
      if (cp >= 0x80 && cp < table.folded.size()) {
        pos += 2;
        if (table.one_byte[cp] != 0) {
          w[at++] = table.one_byte[cp];
          continue;
        }
        const std::string& folded = table.folded[cp];
        if (folded.size() <= 2) {
          std::memcpy(w + at, folded.data(), folded.size());
          at += folded.size();
          continue;
        }
        out.resize(at);
        out += folded;
        at = out.size();
        out.resize(at + (n - pos) + kMargin);
        w = out.data();
        continue;
      }
    }
    out.resize(at);
    AppendFolded(DecodeUtf8(text, pos), out);
    at = out.size();
    out.resize(at + (n - pos) + kMargin);
    w = out.data();
  }
  out.resize(at);
}

std::string FoldKey(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);  // AppendFoldKey's margin
  AppendFoldKey(text, out);
  return out;
}

}  // namespace vigie
