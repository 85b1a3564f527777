// For tests: a database file of the test's own (ctest runs tests in parallel), removed
// with its WAL files before and after.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace vigie::testing {

class ScratchDatabase {
 public:
  ScratchDatabase() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(info->test_suite_name()) + "-" + info->name();
    for (char& c : name) {
      if (c == '/') c = '-';  // parameterised tests: "Engines/EventStoreTest", "Name/sqlite"
    }
    path_ = (std::filesystem::temp_directory_path() / ("vigie-" + name + "-" + std::to_string(getpid()) + ".db")).string();
    Remove();
  }
  ~ScratchDatabase() { Remove(); }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  const std::string& path() const { return path_; }
  void Remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

 private:
  std::string path_;
};

}  // namespace vigie::testing
