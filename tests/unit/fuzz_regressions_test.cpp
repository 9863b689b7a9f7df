// Replays every input the fuzzers ever crashed on (tests/fuzz/regressions/<target>/), and
// the seed inputs, through the same entry points as the fuzz targets, in the normal build.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz/entry_points.hpp"
#include "palabre/error.hpp"

namespace palabre::fuzz {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

// Runs every file under `folder` through `target`; returns how many were replayed.
std::size_t replay(const fs::path& folder, std::string_view target) {
  EntryPoint entry = entry_point(target);
  EXPECT_NE(entry, nullptr) << target;
  std::size_t count = 0;
  if (!entry || !fs::is_directory(folder)) return 0;
  for (const auto& file : fs::directory_iterator(folder)) {
    if (!file.is_regular_file()) continue;
    SCOPED_TRACE(file.path().string());
    try {
      entry(read_file(file.path()));
    } catch (const palabre::Error&) {
      // an input error is an acceptable outcome; a crash is not
    }
    ++count;
  }
  return count;
}

TEST(FuzzRegressions, KeptCrashersAndSeedsRunClean) {
  const fs::path root = PALABRE_SOURCE_DIR "/tests/fuzz";
  std::size_t replayed = 0;
  for (const char* target : {"decode", "text_page", "html_page", "analyze", "theme_file", "json_page"}) {
    replayed += replay(root / "regressions" / target, target);
    replayed += replay(root / "seeds" / target, target);
    replayed += replay(PALABRE_SOURCE_DIR "/samples", target);
  }
  EXPECT_GE(replayed, 6u);  // at least the samples went through every target
}

}  // namespace
}  // namespace palabre::fuzz
