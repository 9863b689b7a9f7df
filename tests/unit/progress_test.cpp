// The progress line: counts, rate and time left, fitted to the terminal's width.
#include "palabre/batch/progress.hpp"

#include <gtest/gtest.h>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

TEST(Progress, ShowsCountRateAndTimeLeft) {
  std::string line = format_progress(ProgressState{250, 0, 1000, 10.0}, 100);
  EXPECT_NE(line.find("250/1000 files"), std::string::npos) << line;
  EXPECT_NE(line.find("25/s"), std::string::npos) << line;
  EXPECT_NE(line.find("0:30 left"), std::string::npos) << line;  // 750 files at 25/s
  EXPECT_EQ(line.find("failed"), std::string::npos) << line;
  EXPECT_TRUE(line.starts_with("[")) << line;
}

TEST(Progress, FailuresAndLongRuns) {
  std::string line = format_progress(ProgressState{100, 3, 20000, 50.0}, 100);
  EXPECT_NE(line.find("(3 failed)"), std::string::npos) << line;
  EXPECT_NE(line.find("2:45:50 left"), std::string::npos) << line;  // 19,900 files at 2/s
}

TEST(Progress, UnknownTotalHasNoBarNorTimeLeft) {
  std::string line = format_progress(ProgressState{42, 0, std::nullopt, 2.0}, 100);
  EXPECT_EQ(line, "42 files  21/s");
}

TEST(Progress, FitsTheWidth) {
  for (std::size_t width : {20u, 40u, 60u, 80u, 200u}) {
    std::string line = format_progress(ProgressState{1234, 5, 20000, 3.0}, width);
    EXPECT_LT(count_code_points(line), width) << width << ": " << line;
  }
}

TEST(Progress, DisabledBarWritesNothing) {
  ProgressBar bar(false, 10);  // would write to stderr if it drew; gtest's stderr stays clean
  bar.update(1, 0);
  bar.clear();
  bar.finish();
  SUCCEED();
}

}  // namespace
}  // namespace palabre
