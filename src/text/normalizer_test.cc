#include "text/normalizer.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "core/utf8.h"

namespace vigie {
namespace {

TEST(Normalizer, ComposesToNfc) {
  EXPECT_EQ(ToNfc("Se\xCC\x81gou"), "Ségou");  // e + combining acute
  EXPECT_EQ(ToNfc("Ségou"), "Ségou");
  EXPECT_EQ(ToNfc("plain ascii"), "plain ascii");
}

// Every code point the quick table covers (under U+2100), between letters and before a
// combining accent, and past it: what ICU's normalisation gives. Combining marks and
// characters NFC replaces (U+0340, U+0374, U+037E, U+2000) must not pass as NFC.
TEST(Normalizer, ToNfcAgreesWithIcuForEveryCodePoint) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  auto icu_nfc = [&](const std::string& text) {
    std::string out;
    nfc->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(out);
    return out;
  };
  for (char32_t cp = 0x80; cp < 0x2200; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string character;
    AppendUtf8(cp, character);
    for (const std::string& text : {"x" + character + "y", "e" + character, character + "\xCC\x81 fin"})
      ASSERT_EQ(ToNfc(text), icu_nfc(text)) << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_EQ(ToNfc("a\xCD\x80"), "\xC3\xA0");         // a + U+0340 (U+0300) composes to à
  EXPECT_EQ(ToNfc("\xE2\x80\x80"), "\xE2\x80\x82");  // U+2000 becomes U+2002
}

TEST(Normalizer, FoldsCaseAccentsAndLigatures) {
  EXPECT_EQ(FoldKey("Tillabéri"), "tillaberi");
  EXPECT_EQ(FoldKey("ÉTAT-MAJOR"), "etat-major");
  EXPECT_EQ(FoldKey("Œuvre cœur"), "oeuvre coeur");
  EXPECT_EQ(FoldKey("l’armée"), "l'armee");
  EXPECT_EQ(FoldKey("Niño Straße"), "nino strasse");
  EXPECT_EQ(FoldKey("Се\xCC\x81"), "се");  // Cyrillic lower-cased, stray accent dropped
}

TEST(Normalizer, AppendFoldKeyAppendsWhatFoldKeyGives) {
  std::string out = "x|";
  AppendFoldKey("Attaque à GAO, ÉTAT-MAJOR", out);
  AppendFoldKey("", out);
  AppendFoldKey("|Œuvre", out);
  EXPECT_EQ(out, "x|attaque a gao, etat-major|oeuvre");
}

}  // namespace
}  // namespace vigie
