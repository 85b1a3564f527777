#include "places/geonames_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace vigie {
namespace {

namespace fs = std::filesystem;

// One GeoNames line of 19 columns from the fields that matter here.
std::string Row(const std::string& id, const std::string& name, const std::string& latitude,
                const std::string& longitude, const std::string& code = "PPL", const std::string& country = "ML",
                const std::string& admin1 = "04", const std::string& population = "1000") {
  return id + "\t" + name + "\t" + name + "\t" + name + "-Alt,Autre\t" + latitude + "\t" + longitude + "\tP\t" + code +
         "\t" + country + "\t\t" + admin1 + "\t7670549\t\t\t" + population + "\t\t270\tAfrica/Bamako\t2024-01-01\n";
}

struct ReadRow {
  uint32_t geonameid;
  std::string name, ascii_name, alternates, feature_code, country, admin1, admin2;
  char feature_class;
  double latitude, longitude;
  uint64_t population;
};

class GeoNamesReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("geonames_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path Write(const std::string& bytes) {
    fs::path path = dir_ / "cities.txt";
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  Status Read(const fs::path& path, int max_problems = 100) {
    return ReadGeoNames(
        path,
        [&](const GeoNamesRow& r) {
          rows_.push_back({r.geonameid, std::string(r.name), std::string(r.ascii_name), std::string(r.alternate_names),
                           std::string(r.feature_code), std::string(r.country), std::string(r.admin1),
                           std::string(r.admin2), r.feature_class, r.latitude, r.longitude, r.population});
        },
        &problems_, max_problems);
  }
  fs::path dir_;
  std::vector<ReadRow> rows_;
  std::vector<DataProblem> problems_;
};

TEST_F(GeoNamesReaderTest, GoodRowsArePassedWithTheirFields) {
  auto path = Write(Row("2453348", "Mopti", "14.4843", "-4.18296", "PPLA", "ML", "04", "108456") +
                    Row("2361177", "Djibo", "14.0994", "-1.62554", "PPLA2", "BF", "78", ""));
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(problems_.empty());
  ASSERT_EQ(rows_.size(), 2u);
  EXPECT_EQ(rows_[0].geonameid, 2453348u);
  EXPECT_EQ(rows_[0].name, "Mopti");
  EXPECT_EQ(rows_[0].ascii_name, "Mopti");
  EXPECT_EQ(rows_[0].alternates, "Mopti-Alt,Autre");
  EXPECT_DOUBLE_EQ(rows_[0].latitude, 14.4843);
  EXPECT_DOUBLE_EQ(rows_[0].longitude, -4.18296);
  EXPECT_EQ(rows_[0].feature_class, 'P');
  EXPECT_EQ(rows_[0].feature_code, "PPLA");
  EXPECT_EQ(rows_[0].country, "ML");
  EXPECT_EQ(rows_[0].admin1, "04");
  EXPECT_EQ(rows_[0].admin2, "7670549");
  EXPECT_EQ(rows_[0].population, 108456u);
  EXPECT_EQ(rows_[1].name, "Djibo");
  EXPECT_EQ(rows_[1].country, "BF");
  EXPECT_EQ(rows_[1].population, 0u);  // empty population column
}

TEST_F(GeoNamesReaderTest, CommentsBlankLinesAndCarriageReturnsAreSkipped) {
  std::string row = Row("2457163", "Gao", "16.27167", "-0.04472");
  row.insert(row.size() - 1, "\r");
  auto path = Write("# a comment\n\n" + row);
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(problems_.empty());
  ASSERT_EQ(rows_.size(), 1u);
  EXPECT_EQ(rows_[0].name, "Gao");
}

TEST_F(GeoNamesReaderTest, MalformedLinesAreReportedByLineAndSkipped) {
  std::string short_row = Row("1", "Short", "1", "1");
  short_row.erase(short_row.rfind('\t'));  // 18 columns
  short_row += "\n";
  auto path = Write(Row("2453348", "Mopti", "14.48", "-4.18") +   // 1
                    short_row +                                  // 2
                    Row("2", "Latitude", "abc", "1") +           // 3
                    Row("0", "Zero", "1", "1") +                 // 4
                    Row("3", "Bad\xC3(utf8", "1", "1") +         // 5
                    Row("2457163", "Gao", "16.27", "-0.04"));    // 6
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(rows_.size(), 2u);
  EXPECT_EQ(rows_[0].name, "Mopti");
  EXPECT_EQ(rows_[1].name, "Gao");
  ASSERT_EQ(problems_.size(), 4u);
  for (const DataProblem& problem : problems_) EXPECT_EQ(problem.file, path.string());
  EXPECT_EQ(problems_[0].line, 2);
  EXPECT_NE(problems_[0].message.find("found 18"), std::string::npos) << problems_[0].message;
  EXPECT_EQ(problems_[1].line, 3);
  EXPECT_NE(problems_[1].message.find("abc"), std::string::npos) << problems_[1].message;
  EXPECT_EQ(problems_[2].line, 4);
  EXPECT_NE(problems_[2].message.find("geonameid"), std::string::npos) << problems_[2].message;
  EXPECT_EQ(problems_[3].line, 5);
  EXPECT_NE(problems_[3].message.find("UTF-8"), std::string::npos) << problems_[3].message;
}

TEST_F(GeoNamesReaderTest, OutOfRangeCoordinatesAreRejected) {
  auto path = Write(Row("4", "North", "91", "0") + Row("5", "East", "0", "180.5"));
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(rows_.empty());
  ASSERT_EQ(problems_.size(), 2u);
  EXPECT_EQ(problems_[0].line, 1);
  EXPECT_EQ(problems_[1].line, 2);
}

TEST_F(GeoNamesReaderTest, TooManyBadLinesRefuseTheFile) {
  std::string text = Row("2453348", "Mopti", "14.48", "-4.18");
  for (int i = 0; i < 10; ++i) text += "not a geonames line\n";
  auto path = Write(text);
  Status status = Read(path, /*max_problems=*/3);
  ASSERT_FALSE(status.ok());
  // The third bad line (line 4) is where the reader gives up.
  EXPECT_NE(status.message().find(path.string() + ":4:"), std::string::npos) << status.message();
  EXPECT_EQ(problems_.size(), 3u);
}

TEST_F(GeoNamesReaderTest, AFewBadLinesUnderTheLimitAreTolerated) {
  auto path = Write(Row("2453348", "Mopti", "14.48", "-4.18") + "junk\njunk\n");
  EXPECT_TRUE(Read(path, /*max_problems=*/3).ok());
  EXPECT_EQ(rows_.size(), 1u);
  EXPECT_EQ(problems_.size(), 2u);
}

TEST_F(GeoNamesReaderTest, MissingFileFails) {
  Status status = Read(dir_ / "absent.txt");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("absent.txt"), std::string::npos) << status.message();
  EXPECT_TRUE(rows_.empty());
}

}  // namespace
}  // namespace vigie
