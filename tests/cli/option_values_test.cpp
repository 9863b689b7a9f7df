// Every input given is analysed or reported as a failure, in any option order: a repeatable
// option (--include, --exclude, --themes) takes one value per occurrence, so the inputs
// that follow it are never taken for more of its values.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

const std::string kText = "samples/villages-2-0-chinois.txt";
const std::string kHtml = "samples/villages-2-0-chinois.html";

// The source paths of the threads of a JSON-lines report.
std::vector<std::string> analysed_paths(const CommandResult& result) {
  std::vector<std::string> paths;
  for (const std::string& line : lines_of(result.out)) {
    nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (!record.is_discarded() && record.contains("source")) paths.push_back(record["source"]["path"]);
  }
  return paths;
}

TEST(OptionValues, ARepeatableOptionNeverSwallowsTheInputsAfterIt) {
  const std::vector<std::vector<std::string>> option_sets = {
      {"--include", "*.txt"},
      {"--exclude", "drafts"},
      {"--themes", "default"},
      {"-t", "default"},
      {"--include", "*.txt", "--exclude", "drafts", "--themes", "default"},
  };
  for (const auto& options : option_sets) {
    // Options first, inputs after; then the same with the inputs first.
    std::vector<std::string> before = {"analyze", "-f", "jsonl", "-q"};
    before.insert(before.end(), options.begin(), options.end());
    before.insert(before.end(), {kText, kHtml});
    std::vector<std::string> after = {"analyze", "-f", "jsonl", "-q", kText, kHtml};
    after.insert(after.end(), options.begin(), options.end());
    for (const auto& args : {before, after}) {
      CommandResult result = run_palabre(args);
      EXPECT_EQ(result.exit_code, 0) << options[0] << ": " << result.err;
      EXPECT_EQ(analysed_paths(result), (std::vector<std::string>{kText, kHtml})) << options[0];
    }
  }
}

TEST(OptionValues, EachOccurrenceAddsOneValue) {
  // Two --include: both globs apply to the folder.
  CommandResult result = run_palabre(
      {"analyze", "-f", "jsonl", "-q", "--include", "*.txt", "--include", "*.html", "samples"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> paths = analysed_paths(result);
  EXPECT_NE(std::find(paths.begin(), paths.end(), kText), paths.end());
  EXPECT_NE(std::find(paths.begin(), paths.end(), kHtml), paths.end());
}

TEST(OptionValues, AThemeFileIsNeverAPage) {
  // The page after --themes FILE is a page, not a second theme file.
  CommandResult result = run_palabre({"analyze", "-f", "jsonl", "-q", "--themes", "default", kText});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(analysed_paths(result), std::vector<std::string>{kText});
  EXPECT_EQ(result.err.find("theme"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace palabre::testing
