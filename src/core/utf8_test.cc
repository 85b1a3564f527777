#include "core/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace vigie {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("Tillabéri, Ménaka — « attaque » 🙂"));
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(Utf8, RejectsIllFormedSequences) {
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));          // Latin-1 é
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));         // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));     // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x82"));      // truncated at the end
}

// Unicode's table 3-7 of well-formed byte sequences, one byte at a time: what IsValidUtf8
// must say whatever the length (long texts go through simdjson's validator).
bool WellFormedByTable(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const auto in = [&](size_t k, int lo, int hi) { return i + k < s.size() && b(k) >= lo && b(k) <= hi; };
    size_t n = 0;
    if (b(0) <= 0x7F)
      n = 1;
    else if (b(0) >= 0xC2 && b(0) <= 0xDF)
      n = in(1, 0x80, 0xBF) ? 2 : 0;
    else if (b(0) == 0xE0)
      n = in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    else if (b(0) == 0xED)
      n = in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    else if (b(0) >= 0xE1 && b(0) <= 0xEF)
      n = in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    else if (b(0) == 0xF0)
      n = in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    else if (b(0) == 0xF4)
      n = in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    else if (b(0) >= 0xF1 && b(0) <= 0xF3)
      n = in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (n == 0) return false;
    i += n;
  }
  return true;
}

TEST(Utf8, ValidationAgreesWithTheTableAtEveryLength) {
  // Mostly well-formed text with a few stray or cut bytes, short and long (0 to 300 bytes).
  const std::vector<std::string> pieces = {"a",
                                           " ",
                                           "\n",
                                           "é",
                                           "€",
                                           "🙂",
                                           "\xC3",
                                           "\x80",
                                           "\xE2\x82",
                                           "\xED\xA0\x80",
                                           "\xF4\x90\x80\x80",
                                           "\xC0\xAF",
                                           "\xE0\x9F\xBF",
                                           "\xF0\x8F\xBF\xBF",
                                           "\xFF",
                                           std::string(1, '\0')};
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t length = rng() % 300;
    while (text.size() < length) text += rng() % 8 != 0 ? pieces[rng() % 6] : pieces[rng() % pieces.size()];
    ASSERT_EQ(IsValidUtf8(text), WellFormedByTable(text)) << testing::PrintToString(text);
  }
}

TEST(Utf8, RepairReadsStrayBytesAsWindows1252) {
  size_t repairs = 0;
  EXPECT_EQ(RepairUtf8("d\xE9j\xE0 \x93vu\x94 \x80", &repairs), "déjà “vu” €");
  EXPECT_EQ(repairs, 5u);
  EXPECT_EQ(RepairUtf8("d\xC3\xA9j\xC3\xA0"), "déjà");  // valid input unchanged
}

TEST(Utf8, RepairTurnsControlCharactersIntoSpaces) {
  EXPECT_EQ(RepairUtf8(std::string("a\0b\x07" "c\td\n", 8)), "a b c\td\n");
  // A control anywhere in a long text, tabs and line breaks kept.
  const std::string prose = "Des hommes armés ont attaqué le village.\tIls sont partis.\r\n";
  for (size_t at = 0; at < prose.size(); ++at) {
    std::string text = prose + prose;
    if (text[at] == '\t' || text[at] == '\r' || text[at] == '\n' || (text[at] & 0x80) != 0) continue;
    text[at] = '\x1F';
    std::string expected = prose + prose;
    expected[at] = ' ';
    EXPECT_EQ(RepairUtf8(text), expected) << at;
  }
  EXPECT_EQ(RepairUtf8(prose + prose), prose + prose);
}

TEST(Utf8, RepairAlwaysYieldsValidUtf8) {
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(rng() % 64, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    EXPECT_TRUE(IsValidUtf8(RepairUtf8(bytes)));
  }
}

TEST(Utf8, DecodeAndAppendRoundTrip) {
  const std::string text = "aé€🙂";
  std::string back;
  size_t pos = 0;
  while (pos < text.size()) AppendUtf8(DecodeUtf8(text, pos), back);
  EXPECT_EQ(back, text);
}

}  // namespace
}  // namespace vigie
