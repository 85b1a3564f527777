#include "core/string_hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace vigie {
namespace {

// A word's hash depends on its bytes alone, not on where they lie; every byte of a short word
// counts (the two loads overlap under eight bytes, and one to three bytes are read whole).
TEST(ShortWordHash, DependsOnEveryByteOfTheWordAndOnNothingElse) {
  const std::string text = "xx attaque yy";
  EXPECT_EQ(ShortWordHash(std::string_view(text).substr(3, 7)), ShortWordHash("attaque"));
  EXPECT_NE(ShortWordHash("attaque"), ShortWordHash("attaqua"));
  EXPECT_EQ(ShortWordHash("soixante-dix-sept"), WordHash("soixante-dix-sept"));  // longer than eight bytes
  std::set<size_t> hashes;
  std::set<std::string> words;
  for (const std::string base : {"", "a", "de", "gao", "mali", "tue", "niger", "armee", "ansongo", "attaques"}) {
    words.insert(base);
    for (size_t at = 0; at < base.size(); ++at) {
      for (char c : {'a', 'b', 'z', '1', '\''}) {
        std::string changed = base;
        changed[at] = c;
        words.insert(changed);
      }
    }
  }
  for (const std::string& word : words) hashes.insert(ShortWordHash(word));
  EXPECT_EQ(hashes.size(), words.size());                                    // no two of these words collide
  EXPECT_NE(ShortWordHash("a"), ShortWordHash(std::string_view("a\0", 2)));  // the length counts
}

}  // namespace
}  // namespace vigie
