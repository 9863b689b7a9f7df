// Coverage: candidate terms come from the untagged comments, merged by stem, ranked by
// how many of them share a word.
#include "support/languages.hpp"
#include "palabre/analyze/coverage.hpp"

#include <gtest/gtest.h>

#include "palabre/analyze/analyzer.hpp"

namespace palabre {
namespace {

// The tokens view into `texts`, which must outlive them.
std::vector<std::vector<Token>> analyse(Analyzer& analyzer, const std::vector<std::string>& texts) {
  std::vector<std::vector<Token>> tokens;
  for (const std::string& text : texts) tokens.push_back(analyzer.analyze(text));
  return tokens;
}

TEST(SuggestTerms, MergesInflectionsAndElisionsAcrossUntaggedComments) {
  Analyzer analyzer{test::french()};
  std::vector<std::string> texts = {"Les retraites, encore les retraites.",  // untagged
                                    "Ma retraite arrive, et l'inflation aussi.",  // untagged
                                    "L'inflation mange la retraite des artisans.",  // tagged
                                    "Sans l'inflation tout irait."};  // untagged
  auto tokens = analyse(analyzer, texts);
  std::vector<SuggestedTerm> terms = suggest_terms(tokens, {0, 1, 3});
  ASSERT_EQ(terms.size(), 2u);
  // Both words are in two untagged comments and one tagged one; "retraite" came first.
  EXPECT_EQ(terms[0].term, "retraites");  // the spelling written most often
  EXPECT_EQ(terms[0].comments, 2u);
  EXPECT_EQ(terms[0].tagged_comments, 1u);
  EXPECT_EQ(terms[1].term, "inflation");
}

TEST(SuggestTerms, PrefersWordsTheTaggedCommentsDoNotUse) {
  Analyzer analyzer{test::french()};
  const std::vector<std::string> texts = {"climat et vélo", "climat et vélo", "le climat change"};
  auto tokens = analyse(analyzer, texts);
  std::vector<SuggestedTerm> terms = suggest_terms(tokens, {0, 1});
  ASSERT_EQ(terms.size(), 2u);
  EXPECT_EQ(terms[0].term, "vélo");
  EXPECT_EQ(terms[1].term, "climat");
}

TEST(SuggestTerms, SkipsStopwordsShortWordsAndLoneWords) {
  Analyzer analyzer{test::french()};
  const std::vector<std::string> texts = {"il y a un os", "il y a un chat", "il y a un os"};
  auto tokens = analyse(analyzer, texts);
  EXPECT_TRUE(suggest_terms(tokens, {0, 1}).empty());  // "os" is too short, "chat" is alone
  // A single untagged comment may suggest its own words.
  std::vector<SuggestedTerm> single = suggest_terms(tokens, {1});
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].term, "chat");
}

TEST(SuggestTerms, EmptyAndLimited) {
  Analyzer analyzer{test::french()};
  EXPECT_TRUE(suggest_terms({}, {}).empty());
  const std::vector<std::string> texts = {"alpha beta gamma delta", "alpha beta gamma delta"};
  auto tokens = analyse(analyzer, texts);
  EXPECT_EQ(suggest_terms(tokens, {0, 1}, 2).size(), 2u);
  EXPECT_TRUE(suggest_terms(tokens, {}).empty());
}

// One accumulator per worker: after clear() a thread comes out as from suggest_terms, the
// previous thread's words forgotten.
TEST(CoverageAccumulator, ClearStartsAFreshThread) {
  Analyzer analyzer{test::french()};
  const std::vector<std::string> first = {"retraites et inflation", "les retraites", "l'inflation"};
  const std::vector<std::string> second = {"le climat change", "climat et vélo", "vélo et climat"};
  auto first_tokens = analyse(analyzer, first);
  auto second_tokens = analyse(analyzer, second);
  CoverageAccumulator accumulator;
  for (const auto& tokens : first_tokens) accumulator.add_comment(tokens, true);
  ASSERT_FALSE(accumulator.finish().empty());
  accumulator.clear();
  accumulator.add_comment(second_tokens[0], false);
  accumulator.add_comment(second_tokens[1], true);
  accumulator.add_comment(second_tokens[2], true);
  std::vector<SuggestedTerm> reused = accumulator.finish();
  std::vector<SuggestedTerm> fresh = suggest_terms(second_tokens, {1, 2});
  ASSERT_EQ(reused.size(), 2u);
  ASSERT_EQ(fresh.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(reused[i].term, fresh[i].term);
    EXPECT_EQ(reused[i].comments, fresh[i].comments);
    EXPECT_EQ(reused[i].tagged_comments, fresh[i].tagged_comments);
  }
  EXPECT_EQ(reused[0].term, "vélo");  // in both untagged comments, in no tagged one
  EXPECT_EQ(reused[1].term, "climat");
  EXPECT_EQ(reused[1].tagged_comments, 1u);
}

}  // namespace
}  // namespace palabre
