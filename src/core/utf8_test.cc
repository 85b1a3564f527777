#include "core/utf8.h"

#include <gtest/gtest.h>

#include <random>

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

TEST(Utf8, RepairReadsStrayBytesAsWindows1252) {
  size_t repairs = 0;
  EXPECT_EQ(RepairUtf8("d\xE9j\xE0 \x93vu\x94 \x80", &repairs), "déjà “vu” €");
  EXPECT_EQ(repairs, 5u);
  EXPECT_EQ(RepairUtf8("d\xC3\xA9j\xC3\xA0"), "déjà");  // valid input unchanged
}

TEST(Utf8, RepairTurnsControlCharactersIntoSpaces) {
  EXPECT_EQ(RepairUtf8(std::string("a\0b\x07" "c\td\n", 8)), "a b c\td\n");
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
