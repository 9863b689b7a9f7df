// Passing mentions: dropped only from long comments dominated by another theme.
#include "palabre/analyze/salience.hpp"

#include <gtest/gtest.h>

#include "palabre/analyze/analyzer.hpp"

namespace palabre {
namespace {

ThemeTag tag_with(const std::string& id, std::size_t evidence) {
  ThemeTag tag;
  tag.id = id;
  tag.evidence.resize(evidence);
  return tag;
}

std::vector<std::string> ids(const std::vector<ThemeTag>& tags) {
  std::vector<std::string> out;
  for (const ThemeTag& tag : tags) out.push_back(tag.id);
  return out;
}

TEST(Salience, DropsAsideInLongDominatedComment) {
  std::vector<ThemeTag> tags = {tag_with("ideologies", 6), tag_with("latam", 1), tag_with("us", 2)};
  drop_passing_mentions(tags, 150);
  EXPECT_EQ(ids(tags), (std::vector<std::string>{"ideologies", "us"}));
}

TEST(Salience, KeepsEverythingInShortComments) {
  std::vector<ThemeTag> tags = {tag_with("ideologies", 6), tag_with("latam", 1)};
  drop_passing_mentions(tags, 40);
  EXPECT_EQ(tags.size(), 2u);
}

TEST(Salience, KeepsSingleMentionsWhenNoThemeDominates) {
  std::vector<ThemeTag> tags = {tag_with("a", 3), tag_with("b", 1)};
  drop_passing_mentions(tags, 300);
  EXPECT_EQ(tags.size(), 2u);
  std::vector<ThemeTag> none;
  drop_passing_mentions(none, 300);
  EXPECT_TRUE(none.empty());
}

TEST(Salience, RuleIsAdjustable) {
  std::vector<ThemeTag> tags = {tag_with("a", 2), tag_with("b", 1)};
  drop_passing_mentions(tags, 10, SalienceRule{10, 2, 1});
  EXPECT_EQ(ids(tags), std::vector<std::string>{"a"});
}

TEST(Salience, CountsWordsAndNumbersNotPunctuationOrEmoji) {
  Analyzer analyzer;
  EXPECT_EQ(count_words(analyzer.analyze("")), 0u);
  EXPECT_EQ(count_words(analyzer.analyze("Les 2.000 artisans, vraiment ! 🙂")), 4u);
}

}  // namespace
}  // namespace palabre
