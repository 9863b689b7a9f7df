// Spelling slack: doubled consonants squeezed, vowels and other letters kept.
#include "palabre/analyze/spelling.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

TEST(Spelling, SqueezesDoubledConsonantsOnly) {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"", ""},
      {"tirroir", "tiroir"},
      {"tiroir", "tiroir"},
      {"commercant", "comercant"},
      {"entreprenneur", "entrepreneur"},
      {"creee", "creee"},          // vowels stay
      {"cooperer", "cooperer"},
      {"hellllo", "helo"},
      {"aujourd'hui", "aujourd'hui"},
      {"2.000", "2.000"},
      {"straße", "straße"},        // non-ASCII letters are copied
  };
  for (const auto& [in, out] : table) EXPECT_EQ(squeeze_double_consonants(in), out) << in;
}

}  // namespace
}  // namespace palabre
