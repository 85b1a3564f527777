#include "coding/frame_classes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "core/data_paths.h"

namespace vigie {
namespace {

TEST(FrameClassesTest, ShippedFileListsEveryClassTheMergerReads) {
  std::vector<DataProblem> problems;
  auto classes = FrameClasses::Load(ResolveDataDir() / "lexicon" / "frame_classes.tsv", &problems);
  ASSERT_TRUE(classes.ok()) << classes.status().message();
  EXPECT_TRUE(problems.empty()) << problems.front().ToString();
  const FrameClasses& c = classes.value();
  EXPECT_TRUE(c.Of("kill").violent && c.Of("kill").harm);
  EXPECT_TRUE(c.Of("ied").weapon);
  EXPECT_TRUE(c.Of("protest").demonstration);
  EXPECT_TRUE(c.Of("arrest").outcome);
  EXPECT_TRUE(c.Of("repel").resistance && !c.Of("clash").resistance);
  EXPECT_GT(c.Of("attack").rank, c.Of("kill").rank);
  EXPECT_TRUE(FrameClasses::SameFamily(c.Of("ambush"), c.Of("clash")));
  EXPECT_FALSE(FrameClasses::SameFamily(c.Of("abduction"), c.Of("attack")));
}

TEST(FrameClassesTest, BadLinesAreReportedByFileAndLineAndUnlistedFramesMergeWithNone) {
  const auto path = std::filesystem::temp_directory_path() / ("vigie-frame-classes-" + std::to_string(::getpid()));
  std::ofstream(path) << "# test\n"
                      << "attack\tviolence\t2\tviolent|takes-harm\n"
                      << "kill\tviolence\tlow\tviolent\n"      // line 3: rank not a number
                      << "siege\tviolence\t2\tviolent|loud\n"  // line 4: unknown class
                      << "attack\tother\t1\t-\n"               // line 5: listed twice
                      << "raid\tviolence\t2\n";                // line 6: three fields
  std::vector<DataProblem> problems;
  auto classes = FrameClasses::Load(path, &problems);
  std::filesystem::remove(path);
  ASSERT_TRUE(classes.ok());
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].line, 3);
  EXPECT_NE(problems[0].message.find("RANK 'low'"), std::string::npos);
  EXPECT_EQ(problems[1].line, 4);
  EXPECT_NE(problems[1].message.find("CLASS 'loud'"), std::string::npos);
  EXPECT_EQ(problems[2].line, 5);
  EXPECT_EQ(problems[3].line, 6);
  const FrameClasses& c = classes.value();
  EXPECT_EQ(c.Of("attack").family, 0);  // the first line wins
  EXPECT_FALSE(c.Has("kill"));
  EXPECT_EQ(c.Of("kill").family, -1);
  EXPECT_FALSE(FrameClasses::SameFamily(c.Of("kill"), c.Of("kill")));
}

}  // namespace
}  // namespace vigie
