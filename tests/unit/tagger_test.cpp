// Theme tagging: matching modes, all_of and exclude, negation, and the founding page.
#include "palabre/analyze/tagger.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/parse/page.hpp"

namespace palabre {
namespace {

class TaggerTest : public ::testing::Test {
 protected:
  Analyzer analyzer;

  std::vector<ThemeTag> tag(const std::string& themes_json, const std::string& text) {
    ThemeSet set = parse_theme_file(themes_json, "test.json", analyzer);
    ThemeMatcher matcher(set);
    text_ = text;
    return tag_comment(matcher, text_, analyzer.analyze(text_));
  }

  std::set<std::string> ids(const std::vector<ThemeTag>& tags) {
    std::set<std::string> out;
    for (const ThemeTag& t : tags) out.insert(t.id);
    return out;
  }

  std::string text_;
};

const char* kThemes = R"({"themes": [
  {"id": "shops", "terms": ["Amazon", "place de marché", "entrepôt"], "exclude": ["Amazonie"]},
  {"id": "craft", "terms": ["artisan*", "savoir-faire"]},
  {"id": "compare", "all_of": [["France", "chez nous"], ["Chine", "chinois"]]}
]})";

TEST_F(TaggerTest, MatchesInflectionsPrefixesAndProperNouns) {
  EXPECT_EQ(ids(tag(kThemes, "Les ENTREPOTS d'AMAZON")), std::set<std::string>{"shops"});
  EXPECT_EQ(ids(tag(kThemes, "des petits artisants")), std::set<std::string>{"craft"});
  EXPECT_TRUE(tag(kThemes, "L'Amazonie brûle").empty());          // excluded, and no stem match
  EXPECT_TRUE(tag(kThemes, "le savoir et le faire").empty());       // edges required in order
  EXPECT_EQ(ids(tag(kThemes, "la place du marché")), std::set<std::string>{"shops"});
  // A phrase stays within its sentence: "place" ends one, "marché" starts the next.
  EXPECT_TRUE(tag(kThemes, "Il n'y a plus de place.\n\nDe marché en marché").empty());
  EXPECT_TRUE(tag(kThemes, "Chacun à sa place ! Du marché on ne sait rien").empty());
  EXPECT_EQ(ids(tag(kThemes, "la place, du marché")), std::set<std::string>{"shops"});
}

TEST_F(TaggerTest, AllOfNeedsEveryGroup) {
  EXPECT_TRUE(tag(kThemes, "La Chine construit.").empty());
  EXPECT_EQ(ids(tag(kThemes, "En Chine oui, chez-nous non")), std::set<std::string>{"compare"});
}

TEST_F(TaggerTest, EvidenceSpansAreCodePointOffsets) {
  auto tags = tag(kThemes, "Été : des artisans à Lyon");
  ASSERT_EQ(tags.size(), 1u);
  ASSERT_EQ(tags[0].evidence.size(), 1u);
  const Evidence& e = tags[0].evidence[0];
  EXPECT_EQ(e.text, "artisans");
  EXPECT_EQ(e.start, 10u);
  EXPECT_EQ(e.end, 18u);
  EXPECT_EQ(e.term, "artisan*");
}

TEST_F(TaggerTest, NegationIsMarkedAndSettingAsideDropsTheTopic) {
  auto tags = tag(kThemes, "Ce n'est pas de l'artisanat.");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_TRUE(tags[0].evidence[0].negated);
  EXPECT_TRUE(tag(kThemes, "Je ne parle pas d'Amazon, mais de La Poste.").empty());
  auto plain = tag(kThemes, "Pas de souci. Amazon livre vite.");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_FALSE(plain[0].evidence[0].negated);  // the negation is in another sentence
}

// The founding page with the default themes: the expectations of issue 2.
TEST(FoundingPage, DefaultThemes) {
  ThreadAnalyzer analyzer;
  ThreadReport report = analyzer.analyze(
      read_page(PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt"));
  ASSERT_EQ(report.tags.size(), 5u);
  const std::set<std::string> expected[] = {
      {"craft", "france_vs_china"},
      {"marketplaces", "france_vs_china"},
      {"entrepreneurship", "france_vs_china"},
      {"marketplaces", "france_vs_china", "entrepreneurship"},
      {"craft", "france_vs_china"},
  };
  for (std::size_t c = 0; c < 5; ++c) {
    std::set<std::string> got;
    for (const ThemeTag& tag : report.tags[c]) {
      got.insert(tag.id);
      EXPECT_FALSE(tag.evidence.empty()) << "c" << c + 1 << " " << tag.id;
    }
    EXPECT_EQ(got, expected[c]) << "comment c" << c + 1;
  }
  // "ce pays" in comment 5 stands for the article's subject.
  ASSERT_EQ(report.subject, "Chine");
  bool via_article = false;
  for (const ThemeTag& tag : report.tags[4])
    for (const Evidence& e : tag.evidence) via_article |= e.via_article && e.text == "ce pays";
  EXPECT_TRUE(via_article);
}

TEST(FoundingPage, SummaryQuotesAreSentences) {
  ThreadAnalyzer analyzer;
  ThreadReport report = analyzer.analyze(
      read_page(PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt"));
  EXPECT_EQ(report.summary.comments, 5u);
  EXPECT_EQ(report.summary.tagged, 5u);
  for (const ThemeSummary& theme : report.summary.themes) {
    ASSERT_TRUE(theme.quote.has_value()) << theme.id;
    const Comment* source = nullptr;
    for (const Comment& c : report.thread.comments)
      if (c.id == theme.quote->comment) source = &c;
    ASSERT_NE(source, nullptr);
    EXPECT_LT(theme.quote->text.size(), source->text.size()) << theme.id;  // not the whole comment
  }
  EXPECT_EQ(report.summary.themes.front().id, "france_vs_china");
  EXPECT_DOUBLE_EQ(report.summary.themes.front().share, 1.0);
  EXPECT_FALSE(report.summary.talking_points.empty());
}

}  // namespace
}  // namespace palabre
