#include "core/byte_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

using namespace std::string_literals;

namespace vigie {
namespace {

// The byte-at-a-time answer FindAnyByte must give.
size_t FirstOfByteByByte(std::string_view text, size_t pos, std::string_view bytes) {
  const size_t at = text.find_first_of(bytes, pos);
  return at == std::string_view::npos ? text.size() : at;
}

TEST(ByteScanTest, FindAnyByteAgreesWithByteByByteSearch) {
  // Bytes next to the sought ones (a lane off by one, a borrow from the lane below) included.
  const std::string alphabet = "a \n\x0b\x09.,-/!\"?@\x01\x00\xe1\xe2\xe3\x80\xff"s;
  const std::string sought = "\n.!?\xe2";
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 40, 'x');
    for (char& c : text) c = random() % 4 == 0 ? alphabet[random() % alphabet.size()] : 'x';
    for (size_t pos = 0; pos <= text.size(); ++pos)
      ASSERT_EQ((FindAnyByte<'\n', '.', '!', '?', 0xE2>(text, pos)), FirstOfByteByByte(text, pos, sought))
          << "text \"" << text << "\" from " << pos;
  }
}

TEST(ByteScanTest, FindAnyByteEndsAtTheTextsEnd) {
  EXPECT_EQ((FindAnyByte<'.'>("", 0)), 0u);
  EXPECT_EQ((FindAnyByte<'.'>("no full stop in these words", 3)), 27u);
  EXPECT_EQ((FindAnyByte<'.'>("twelve bytes.", 0)), 12u);
}

}  // namespace
}  // namespace vigie
