// Passing mentions: dropped only from long comments dominated by another theme.
#include "support/languages.hpp"
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
  Analyzer analyzer{test::french()};
  EXPECT_EQ(count_words(analyzer.analyze("")), 0u);
  EXPECT_EQ(count_words(analyzer.analyze("Les 2.000 artisans, vraiment ! 🙂")), 4u);
}

// Code-point offset of the first `word` in ASCII `text`: the start of its token.
std::size_t start_of(const std::string& text, const std::string& word) { return text.find(word); }

TEST(Salience, ComparisonStandardsAfterComparativeQue) {
  Analyzer analyzer{test::french()};
  const std::string text =
      "La Chine compte davantage de milliardaires que les Etats-Unis. Encore plus qu'aux USA.";
  const std::vector<Token> tokens = analyzer.analyze(text);
  EXPECT_TRUE(is_comparison_standard(text, tokens, start_of(text, "Etats"), test::french()->comparison));
  EXPECT_TRUE(is_comparison_standard(text, tokens, start_of(text, "USA"), test::french()->comparison));
  EXPECT_FALSE(is_comparison_standard(text, tokens, start_of(text, "Chine"), test::french()->comparison));
  EXPECT_FALSE(is_comparison_standard(text, tokens, start_of(text, "milliardaires"), test::french()->comparison));
}

TEST(Salience, ComparisonStandardsAfterComme) {
  Analyzer analyzer{test::french()};
  const std::string text = "Un pays comme la Chine, ou comme en Bolivie.";
  const std::vector<Token> tokens = analyzer.analyze(text);
  EXPECT_TRUE(is_comparison_standard(text, tokens, start_of(text, "Chine"), test::french()->comparison));
  EXPECT_TRUE(is_comparison_standard(text, tokens, start_of(text, "Bolivie"), test::french()->comparison));
  EXPECT_FALSE(is_comparison_standard(text, tokens, start_of(text, "pays"), test::french()->comparison));
}

TEST(Salience, QueWithoutComparativeOrAcrossASentenceIsNoStandard) {
  Analyzer analyzer{test::french()};
  const std::string text =
      "Je pense que les USA mentent. Il y en a plus. Que la Chine le dise ! Comme. Cuba aussi.";
  const std::vector<Token> tokens = analyzer.analyze(text);
  EXPECT_FALSE(is_comparison_standard(text, tokens, start_of(text, "USA"), test::french()->comparison));
  EXPECT_FALSE(is_comparison_standard(text, tokens, start_of(text, "Chine"), test::french()->comparison));
  EXPECT_FALSE(is_comparison_standard(text, tokens, start_of(text, "Cuba"), test::french()->comparison));
  EXPECT_FALSE(is_comparison_standard(text, tokens, 3, test::french()->comparison));  // inside a word, not a token start
}

Evidence evidence_at(const std::string& text, const std::string& word) {
  Evidence e;
  e.text = word;
  e.start = start_of(text, word);
  e.end = e.start + word.size();
  return e;
}

TEST(Salience, ComparisonStandardsDoNotCountTowardsATheme) {
  Analyzer analyzer{test::french()};
  // A long comment on China; the US appear twice, once only as a comparison's standard.
  std::string text = "La Chine compte davantage de milliardaires que les Etats-Unis. ";
  for (int i = 0; i < 20; ++i) text += "Le parti tient tout et les riches aussi. ";
  text += "Les USA le savent.";
  const std::vector<Token> tokens = analyzer.analyze(text);
  ThemeTag china = tag_with("china", 4);
  ThemeTag us;
  us.id = "us";
  us.evidence = {evidence_at(text, "Etats"), evidence_at(text, "USA")};

  std::vector<ThemeTag> tags = {china, us};
  drop_passing_mentions(tags, text, tokens, test::french()->comparison);
  EXPECT_EQ(ids(tags), std::vector<std::string>{"china"});

  // Counted by spans alone, the same two mentions keep the theme.
  tags = {china, us};
  drop_passing_mentions(tags, count_words(tokens));
  EXPECT_EQ(tags.size(), 2u);
}

TEST(Salience, AThemeMadeOfComparisonsStaysWhenItDominates) {
  Analyzer analyzer{test::french()};
  std::string text;
  for (const char* place : {"Chine", "Pekin", "Shanghai", "Canton"})
    text += std::string("Nos villes sont plus lentes que ") + place + ". ";
  for (int i = 0; i < 20; ++i) text += "Le train arrive en retard et le maire dort. ";
  const std::vector<Token> tokens = analyzer.analyze(text);
  ThemeTag comparisons;
  comparisons.id = "france_vs_china";
  for (const char* place : {"Chine", "Pekin", "Shanghai", "Canton"}) {
    comparisons.evidence.push_back(evidence_at(text, place));
    ASSERT_TRUE(is_comparison_standard(text, tokens, comparisons.evidence.back().start, test::french()->comparison)) << place;
  }
  std::vector<ThemeTag> tags = {comparisons, tag_with("trains", 1)};
  drop_passing_mentions(tags, text, tokens, test::french()->comparison);
  EXPECT_EQ(ids(tags), std::vector<std::string>{"france_vs_china"});
}

}  // namespace
}  // namespace palabre
