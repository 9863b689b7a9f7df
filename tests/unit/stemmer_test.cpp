// The stemmer's memo is a bounded cache: past its capacity it is emptied, and the stems
// it gives stay the same before and after.
#include "palabre/analyze/stemmer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace palabre {
namespace {

TEST(Stemmer, StemsAreFoldedSnowballStems) {
  Stemmer stemmer;
  const std::pair<const char*, const char*> cases[] = {
      {"entrepôts", "entrepot"}, {"artisans", "artisan"}, {"chevaux", "cheval"}, {"marché", "march"}};
  for (const auto& [word, stem] : cases) EXPECT_EQ(stemmer.stem(word), stem) << word;
}

TEST(Stemmer, MemoPastItsCapacityGivesTheSameStems) {
  Stemmer stemmer;
  const std::vector<std::string> words = {"artisans", "entrepôts", "commerçantes", "marchés"};
  std::vector<std::string> before;
  for (const std::string& word : words) before.emplace_back(stemmer.stem(word));
  // Made-up words enough to empty the memo at least twice.
  for (std::size_t i = 0; i < 2 * Stemmer::kMemoCapacity + 10; ++i) {
    std::string word = "mot" + std::to_string(i) + "ations";
    EXPECT_FALSE(stemmer.stem(word).empty());
  }
  for (std::size_t i = 0; i < words.size(); ++i) EXPECT_EQ(stemmer.stem(words[i]), before[i]) << words[i];
}

}  // namespace
}  // namespace palabre
