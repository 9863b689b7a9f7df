// Sizes as people write them, both ways: "10M" in, "512M" out.
#include "palabre/text/byte_size.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace palabre {
namespace {

TEST(ByteSize, Parses) {
  const std::vector<std::pair<std::string, std::optional<std::size_t>>> cases = {
      {"0", 0},           {"2000", 2000},          {"10K", 10240},       {"10k", 10240},
      {"10KB", 10240},    {"10KiB", 10240},        {"512M", 512u << 20}, {"1G", std::size_t{1} << 30},
      {"2T", std::size_t{2} << 40}, {"7B", 7},     {"", std::nullopt},   {"M", std::nullopt},
      {"-1", std::nullopt}, {"1.5M", std::nullopt}, {"10Q", std::nullopt}, {"10 M", std::nullopt},
      {"99999999999999999999", std::nullopt},      {"17000000000000000T", std::nullopt},
  };
  for (const auto& [text, bytes] : cases) EXPECT_EQ(parse_byte_size(text), bytes) << text;
}

TEST(ByteSize, FormatsTheShortestExactSpelling) {
  const std::vector<std::pair<std::size_t, std::string>> cases = {
      {0, "0"}, {1536, "1536"}, {1024, "1K"}, {512u << 20, "512M"}, {std::size_t{3} << 30, "3G"},
      {std::size_t{1} << 50, "1024T"},
  };
  for (const auto& [bytes, text] : cases) {
    EXPECT_EQ(format_byte_size(bytes), text) << bytes;
    EXPECT_EQ(parse_byte_size(text), bytes) << text;  // what is printed reads back
  }
}

TEST(ByteSize, RoundsUpToTwoDigitsForAnEstimate) {
  const std::vector<std::pair<std::size_t, std::string>> cases = {
      {0, "0"}, {9999, "9999"}, {10240, "10K"}, {10241, "11K"}, {1635782340, "1561M"},
      {std::size_t{12} << 30, "12G"}, {(std::size_t{12} << 30) + 1, "13G"},
  };
  for (const auto& [bytes, text] : cases) {
    EXPECT_EQ(format_byte_size_up(bytes), text) << bytes;
    EXPECT_GE(*parse_byte_size(text), bytes) << text;  // never less than the figure
  }
}

}  // namespace
}  // namespace palabre
