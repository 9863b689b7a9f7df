// Golden tests: the sample's outputs byte for byte. When a change is intended, regenerate
// with `make golden` and review the diff like code.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

std::string read_expected(const std::string& name) {
  std::ifstream file(source_path("tests/golden/expected/" + name), std::ios::binary);
  if (!file) return "";
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

struct GoldenCase {
  const char* expected_file;
  std::vector<std::string> args;
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const GoldenCase& c, std::ostream* out) { *out << c.expected_file; }

class Golden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(Golden, MatchesExpectedOutput) {
  const GoldenCase& c = GetParam();
  std::string expected = read_expected(c.expected_file);
  ASSERT_FALSE(expected.empty()) << "missing tests/golden/expected/" << c.expected_file
                                 << " (run `make golden`)";
  CommandResult result = run_palabre(c.args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, expected) << "regenerate with `make golden` if the change is intended";
}

INSTANTIATE_TEST_SUITE_P(
    Sample, Golden,
    ::testing::Values(
        GoldenCase{"villages.parse.json", {"parse", "samples/villages-2-0-chinois.txt"}},
        GoldenCase{"villages.analyze.json",
                   {"analyze", "--format", "json", "samples/villages-2-0-chinois.txt"}},
        GoldenCase{"villages.analyze.txt", {"analyze", "samples/villages-2-0-chinois.txt"}}),
    [](const ::testing::TestParamInfo<GoldenCase>& info) {
      std::string name = info.param.expected_file;
      for (char& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

}  // namespace
}  // namespace palabre::testing
