#include "core/data_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

namespace vigie {
namespace {

// (These assume $VIGIE_GAZETTEER unset, as in `make test`: it would override every default.)
class DataPathsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::getenv("VIGIE_GAZETTEER") != nullptr) GTEST_SKIP() << "VIGIE_GAZETTEER is set";
  }
};

TEST_F(DataPathsTest, TheCompiledInDataDirectoryUsesTheDefaultIndex) {
  EXPECT_EQ(ResolveGazetteerIndex(), std::filesystem::path(VIGIE_DEFAULT_GAZETTEER_INDEX));
  EXPECT_EQ(ResolveGazetteerIndex("", VIGIE_DEFAULT_DATA_DIR), std::filesystem::path(VIGIE_DEFAULT_GAZETTEER_INDEX));
  // The same directory written otherwise is the same directory.
  EXPECT_EQ(ResolveGazetteerIndex("", std::filesystem::path(VIGIE_DEFAULT_DATA_DIR) / "lexicon" / ".."),
            std::filesystem::path(VIGIE_DEFAULT_GAZETTEER_INDEX));
}

TEST_F(DataPathsTest, AnotherDataDirectoryGetsAnIndexOfItsOwn) {
  const auto a = ResolveGazetteerIndex("", "/tmp/vigie-data-copy-a");
  const auto b = ResolveGazetteerIndex("", "/tmp/vigie-data-copy-b");
  EXPECT_NE(a, std::filesystem::path(VIGIE_DEFAULT_GAZETTEER_INDEX));
  EXPECT_NE(a, b);
  EXPECT_EQ(a, ResolveGazetteerIndex("", "/tmp/vigie-data-copy-a"));  // stable
  EXPECT_EQ(a.parent_path(), std::filesystem::path(VIGIE_DEFAULT_GAZETTEER_INDEX).parent_path());
  EXPECT_EQ(a.extension(), ".idx");
  // An index named on the command line wins.
  EXPECT_EQ(ResolveGazetteerIndex("/tmp/mine.idx", "/tmp/vigie-data-copy-a"), std::filesystem::path("/tmp/mine.idx"));
}

}  // namespace
}  // namespace vigie
