// The Analyzer's memo: tokens view word forms in the analyzer's storage, so that storage
// must outlive them. Past WordMemo::kLimit spellings it is emptied only by forget_words(), which
// ThreadAnalyzer calls between threads. Run under ASan (make test-sanitize), a view left
// dangling is a heap-use-after-free here.
#include "support/languages.hpp"
#include "palabre/analyze/analyzer.hpp"

#include <gtest/gtest.h>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/report/json.hpp"

namespace palabre {
namespace {

// `count` distinct letter-only words ("motbaaa", "motcaaa", …), space-separated.
std::string distinct_words(std::size_t count, std::string_view prefix = "mot") {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    text += prefix;
    for (std::size_t n = i, letters = 0; letters < 4; ++letters, n /= 26)
      text += static_cast<char>('a' + n % 26);
    text += ' ';
  }
  return text;
}

TEST(Analyzer, TokensStayValidPastTheMemoLimit) {
  Analyzer analyzer{test::french()};
  const std::string first_text = "Les artisans d'Amazon créent";
  std::vector<Token> first = analyzer.analyze(first_text);
  const std::string many = distinct_words(WordMemo::kLimit + 1000);
  std::vector<Token> crowd = analyzer.analyze(many);
  ASSERT_EQ(crowd.size(), WordMemo::kLimit + 1000);

  // The first tokens' forms were stored before the memo went past its limit.
  ASSERT_EQ(first.size(), 5u);
  EXPECT_EQ(first[0].folded, "les");
  EXPECT_TRUE(first[0].stopword);
  EXPECT_EQ(first[1].folded, "artisans");
  EXPECT_EQ(first[1].stem, "artisan");
  EXPECT_EQ(first[2].folded, "d'");
  EXPECT_EQ(first[3].folded, "amazon");
  EXPECT_EQ(first[4].folded, "creent");
  EXPECT_EQ(crowd.front().folded, "motaaaa");
  EXPECT_EQ(crowd.back().surface, crowd.back().folded);
}

TEST(Analyzer, ForgettingWordsGivesTheSameForms) {
  Analyzer analyzer{test::french()};
  const std::string text = "Les commerçants du village vendent sur alibaba.com 2.0 👍 " +
                           distinct_words(WordMemo::kLimit + 10);
  std::vector<std::string> before;
  for (const Token& token : analyzer.analyze(text))
    before.push_back(std::string(token.folded) + "|" + std::string(token.stem));
  analyzer.forget_words();  // past the limit: emptied
  std::vector<std::string> after;
  for (const Token& token : analyzer.analyze(text))
    after.push_back(std::string(token.folded) + "|" + std::string(token.stem));
  EXPECT_EQ(before, after);
  EXPECT_EQ(before[2], "du|du");
  EXPECT_EQ(before[6], "alibaba|alibab");  // the site's name, analysed as a word
  EXPECT_EQ(before[7], "2.0|2.0");
}

// Token::word names the memo entry of the spelling: the same for a repeated spelling,
// different for another one, a link's that of its site's name, none for numbers and emoji.
TEST(Analyzer, WordIdsFollowTheSpelling) {
  Analyzer analyzer{test::french()};
  std::vector<Token> tokens = analyzer.analyze("Artisans artisans l'artisan 2.0 alibaba.com 👍 artisans");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[1].word, tokens[7].word);
  EXPECT_NE(tokens[0].word, tokens[1].word);  // another spelling, though the same forms
  EXPECT_NE(tokens[2].word, kNoWordId);       // the elision "l'"
  EXPECT_NE(tokens[3].word, tokens[1].word);
  EXPECT_EQ(tokens[4].word, kNoWordId);  // 2.0
  EXPECT_EQ(tokens[5].word, analyzer.analyze("alibaba")[0].word);  // alibaba.com
  EXPECT_EQ(tokens[6].word, kNoWordId);  // 👍
  // Analysed again later: the same ids.
  std::vector<Token> again = analyzer.analyze("artisans Artisans");
  EXPECT_EQ(again[0].word, tokens[1].word);
  EXPECT_EQ(again[1].word, tokens[0].word);
}

// A thread larger than the memo limit, analysed again by the same ThreadAnalyzer (whose
// memo is then emptied between the threads) and by a fresh one: the same report.
TEST(Analyzer, ThreadLargerThanTheMemoReportsAlike) {
  Thread thread;
  thread.article.title = "Les artisans chinois et Alibaba";
  const std::vector<std::string> texts = {
      "Les artisans vendent sur Amazon, ce pays produit beaucoup.",
      distinct_words(WordMemo::kLimit / 2 + 100, "ab"),
      "Le commerce en ligne tue les commerçants du village.",
      distinct_words(WordMemo::kLimit / 2 + 100, "cd"),
      "Je ne parle pas d'Amazon mais des artisans."};
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Comment comment;
    comment.id = "c" + std::to_string(i + 1);
    comment.text = texts[i];
    thread.comments.push_back(comment);
  }

  ThreadAnalyzer reused;
  const std::string first = report_json_text(reused.analyze(thread));
  const std::string second = report_json_text(reused.analyze(thread));
  ThreadAnalyzer fresh;
  EXPECT_EQ(first, second);
  EXPECT_EQ(first, report_json_text(fresh.analyze(thread)));
  EXPECT_NE(first.find("\"artisan"), std::string::npos);
}

// A comment past kMaxAnalysedCommentBytes is analysed up to there: what it says after does
// not count, the record keeps it whole, and one warning says so.
TEST(Analyzer, OnlyTheFirstMegabyteOfAHugeCommentIsAnalysed) {
  Thread thread;
  thread.article.title = "Le commerce en ligne";
  std::string filler;
  while (filler.size() <= kMaxAnalysedCommentBytes) filler += "les artisans du village ";
  Comment huge;
  huge.id = "c1";
  huge.text = filler + "Amazon et Alibaba";
  Comment plain;
  plain.id = "c2";
  plain.text = filler.substr(0, 100) + "Amazon et Alibaba";
  thread.comments = {huge, plain};
  ThreadAnalyzer analyzer;
  const ThreadReport report = analyzer.analyze(thread);
  ASSERT_EQ(report.tags.size(), 2u);
  auto has_theme = [](const std::vector<ThemeTag>& tags, const std::string& id) {
    return std::any_of(tags.begin(), tags.end(), [&](const ThemeTag& tag) { return tag.id == id; });
  };
  EXPECT_FALSE(has_theme(report.tags[0], "marketplaces"));
  EXPECT_TRUE(has_theme(report.tags[1], "marketplaces"));
  EXPECT_EQ(report.thread.comments[0].text, huge.text);
  ASSERT_EQ(report.thread.warnings.size(), 1u);
  EXPECT_NE(report.thread.warnings[0].find("1 comment longer than 1M"), std::string::npos);
  EXPECT_NE(report.thread.warnings[0].find("c1"), std::string::npos);
}

}  // namespace
}  // namespace palabre
