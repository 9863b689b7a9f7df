// Spelling slack: doubled consonants squeezed, vowels and other letters kept.
#include "palabre/analyze/double_consonants.hpp"

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

TEST(Spelling, AppendingAndDetectingAgreeWithSqueezing) {
  const std::vector<std::string> words = {"", "tirroir", "tiroir", "creee", "hellllo",
                                          "ss", "s", "aujourd'hui", "straße", "bb2bb"};
  std::string all;
  for (const std::string& word : words) {
    std::string squeezed = squeeze_double_consonants(word);
    EXPECT_EQ(has_double_consonant(word), squeezed != word) << word;
    // Appending after other text squeezes the word alone: "s" then "s" stays "ss".
    std::size_t from = all.size();
    append_squeezed(all, word);
    EXPECT_EQ(all.substr(from), squeezed) << word;
  }
  std::string out = "s";
  append_squeezed(out, "s");
  EXPECT_EQ(out, "ss");
}

}  // namespace
}  // namespace palabre
