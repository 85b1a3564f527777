#include "text/charset.h"

#include <gtest/gtest.h>

namespace vigie {
namespace {

TEST(Charset, ByteOrderMarkWins) {
  EXPECT_EQ(DetectCharset("\xEF\xBB\xBFhello", "windows-1252", true).name, "utf-8");
  EXPECT_EQ(DetectCharset("\xFF\xFEh\0i\0", "", false).name, "utf-16le");
}

TEST(Charset, ReadsMetaDeclarations) {
  EXPECT_EQ(DetectCharset("<html><head><meta charset=\"windows-1252\"><title>d\xE9j\xE0</title>", "", true).name,
            "windows-1252");
  EXPECT_EQ(DetectCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\xE9", "", true)
                .name,
            "windows-1252");  // Latin-1 labels mean Windows-1252, as in browsers
}

TEST(Charset, IgnoresUnknownOrMalformedDeclarations) {
  // "charset" as an attribute value is no declaration; unknown labels are ignored, as browsers do.
  EXPECT_EQ(DetectCharset("<meta http-equiv=\"charset\" content=\"iso-8859-1\"><p>r\xE9gion</p>", "", true).name,
            "windows-1252");
  EXPECT_EQ(DetectCharset("<meta charset=\"iso-1252\"><p>Ségou</p>", "", true).name, "utf-8");
  EXPECT_EQ(DetectCharset("<p>Ségou</p>", "x-no-such-charset", true).name, "utf-8");
}

TEST(Charset, TrustsValidUtf8OverALatinDeclaration) {
  CharsetGuess guess = DetectCharset("<meta charset=\"iso-8859-1\"><p>Tombouctou, Ségou</p>", "", true);
  EXPECT_EQ(guess.name, "utf-8");
}

TEST(Charset, TrustsValidUtf8OverAMultiByteDeclarationOnlyWithEnoughText) {
  // A Chinese page saved as UTF-8 that kept its gb2312 <meta>.
  const std::string utf8_page = "<meta charset=\"gb2312\"><p>\u4EBA\u5DE5\u667A\u80FD\u516C\u53F8\u5F00\u53D1</p>";
  EXPECT_EQ(DetectCharset(utf8_page, "", true).name, "utf-8");
  // Real GB2312 bytes ("人工智能" is C8 CB B9 A4 D6 C7 C4 DC): not valid UTF-8, declaration kept.
  EXPECT_EQ(DetectCharset("<meta charset=\"gb2312\"><p>\xC8\xCB\xB9\xA4\xD6\xC7\xC4\xDC</p>", "", true).name, "gb2312");
  // Two GB2312 characters that happen to be valid UTF-8 (C4 A1, D6 B9) are too few to overrule it.
  EXPECT_EQ(DetectCharset("<meta charset=\"gb2312\"><p>\xC4\xA1 \xD6\xB9</p>", "", true).name, "gb2312");
}

TEST(Charset, FallsBackToWindows1252ForUndeclaredLatinBytes) {
  CharsetGuess guess = DetectCharset("<p>Mopti, r\xE9gion du centre</p>", "", true);
  EXPECT_EQ(guess.name, "windows-1252");
  EXPECT_EQ(guess.source, CharsetSource::kFallback);
}

TEST(Charset, ConvertsToUtf8) {
  EXPECT_EQ(ConvertToUtf8("r\xE9gion \x80", "windows-1252").value(), "région €");
  EXPECT_EQ(ConvertToUtf8("\xEF\xBB\xBFok", "utf-8").value(), "ok");
  EXPECT_EQ(ConvertToUtf8(std::string("\xFF\xFE" "a\0\xE9\0", 6), "utf-16le").value(), "aé");
  EXPECT_EQ(ConvertToUtf8("\xC1\xE0\xEC\xE0\xEA\xEE", "windows-1251").value(), "Бамако");
}

TEST(Charset, UnknownCharsetIsAnError) {
  auto result = ConvertToUtf8("abc", "x-no-such-charset");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("x-no-such-charset"), std::string::npos);
}

}  // namespace
}  // namespace vigie
