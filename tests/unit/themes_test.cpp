// Theme files: term analysis and the errors a user gets for a bad file.
#include "support/languages.hpp"
#include "palabre/analyze/themes.hpp"

#include <gtest/gtest.h>

#include "palabre/error.hpp"

namespace palabre {
namespace {

class ThemesTest : public ::testing::Test {
 protected:
  Analyzer analyzer{test::french()};

  std::string error_of(const std::string& json) {
    try {
      parse_theme_file(json, "my.json", test::only(analyzer));
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kThemes);
      return error.describe();
    }
    return "";
  }
};

TEST_F(ThemesTest, TermWordsChooseTheirMatchMode) {
  Term term = analyze_term("Amazon artisan* entrepôts", analyzer);
  ASSERT_EQ(term.words.size(), 3u);
  EXPECT_EQ(term.words[0].match, WordMatch::kFolded);
  EXPECT_EQ(term.words[0].key, "amazon");
  EXPECT_EQ(term.words[1].match, WordMatch::kPrefix);
  EXPECT_EQ(term.words[1].key, "artisan");
  EXPECT_EQ(term.words[2].match, WordMatch::kStem);
  EXPECT_EQ(term.words[2].key, "entrepot");
}

TEST_F(ThemesTest, InnerStopwordsAreOptionalEdgesAreNot) {
  Term inner = analyze_term("place de marché", analyzer);
  ASSERT_EQ(inner.words.size(), 3u);
  EXPECT_TRUE(inner.words[1].optional);
  Term edges = analyze_term("chez nous", analyzer);
  ASSERT_EQ(edges.words.size(), 2u);
  EXPECT_FALSE(edges.words[0].optional);
  EXPECT_FALSE(edges.words[1].optional);
  EXPECT_TRUE(analyze_term("l'", analyzer).words.empty());
}

TEST_F(ThemesTest, DefaultSetHasTheFourThemes) {
  ThemeSet set = load_theme_file("default", test::only(analyzer));
  ASSERT_EQ(set.themes.size(), 4u);
  for (const char* id : {"entrepreneurship", "marketplaces", "france_vs_china", "craft"})
    EXPECT_NE(set.find(id), nullptr) << id;
}

TEST_F(ThemesTest, ErrorsNameFileThemeEntryAndReason) {
  struct Case {
    const char* json;
    const char* message;
  };
  const Case cases[] = {
      {"not json", "my.json: not valid JSON"},
      {R"({"themes": []})", "my.json: \"themes\" must be a non-empty array"},
      {R"({"themes": [{"label": "x", "terms": ["a"]}]})", "my.json: themes[0]: needs an \"id\""},
      {R"({"themes": [{"id": "x", "terms": ["l'"]}]})",
       "my.json: theme 'x': terms[0] \"l'\": analyses to no word"},
      {R"({"themes": [{"id": "x", "terms": [3]}]})", "my.json: theme 'x': terms[0] must be a string"},
      {R"({"themes": [{"id": "x", "term": ["a"]}]})", "my.json: theme 'x': unknown key 'term'"},
      {R"({"themes": [{"id": "x", "terms": ["a"], "weight": -1}]})",
       "my.json: theme 'x': \"weight\" must be a number"},
      {R"({"themes": [{"id": "x"}]})", "my.json: theme 'x': needs \"terms\" or \"all_of\""},
      {R"({"themes": [{"id": "x", "terms": ["a"]}, {"id": "x", "terms": ["b"]}]})",
       "my.json: theme 'x': the id is used twice"},
      {R"({"language": "xx", "themes": [{"id": "x", "terms": ["a"]}]})",
       "my.json: palabre has no language data for \"xx\""},
      {R"({"language": ["fr", 3], "themes": [{"id": "x", "terms": ["a"]}]})",
       "my.json: \"language\" must be a language code"},
  };
  for (const Case& c : cases) {
    std::string message = error_of(c.json);
    EXPECT_TRUE(message.starts_with(c.message)) << c.json << "\n got: " << message;
  }
}

TEST_F(ThemesTest, MergeReplacesThemesWithTheSameId) {
  ThemeSet set = load_theme_file("default", test::only(analyzer));
  merge_theme_sets(set, parse_theme_file(R"({"themes": [{"id": "craft", "terms": ["tricot"]},
                                                         {"id": "bio", "terms": ["bio"]}]})",
                                         "extra.json", test::only(analyzer)));
  ASSERT_EQ(set.themes.size(), 5u);
  EXPECT_EQ(set.find("craft")->terms.size(), 1u);
  EXPECT_EQ(set.find("craft")->source, "extra.json");
}

}  // namespace
}  // namespace palabre
