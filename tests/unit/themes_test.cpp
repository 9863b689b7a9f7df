// Theme files: term analysis and the errors a user gets for a bad file.
#include "support/languages.hpp"
#include "palabre/analyze/themes.hpp"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST_F(ThemesTest, ConstructionsDescriptionsAndWindowsParse) {
  ThemeSet set = parse_theme_file(R"({"themes": [
    {"id": "biz", "description": "Starting a business.",
     "terms": ["PME", {"all_of": [["créer~", "monter"], ["boîte", "commerce"]], "within": 4,
                       "weight": 2}]},
    {"id": "cmp", "all_of": [["France"], ["Chine"]], "within": 12}
  ]})", "my.json", test::only(analyzer));
  const Theme& biz = *set.find("biz");
  EXPECT_EQ(biz.description, "Starting a business.");
  ASSERT_EQ(biz.terms.size(), 1u);
  ASSERT_EQ(biz.constructions.size(), 1u);
  const Construction& construction = biz.constructions[0];
  EXPECT_EQ(construction.within, 4u);
  EXPECT_EQ(construction.weight, 2.0);
  ASSERT_EQ(construction.groups.size(), 2u);
  EXPECT_EQ(construction.groups[1].size(), 2u);
  EXPECT_EQ(construction.text, "créer~ … boîte");
  EXPECT_EQ(set.find("cmp")->all_of_within, 12u);
  EXPECT_EQ(set.find("cmp")->constructions.size(), 0u);
}

TEST_F(ThemesTest, FamilyMarkerBringsDerivationsAndConjugations) {
  Term term = analyze_term("créer~ entreprise", analyzer);
  ASSERT_EQ(term.words.size(), 2u);
  const TermWord& verb = term.words[0];
  EXPECT_TRUE(verb.family);
  EXPECT_EQ(verb.match, WordMatch::kStem);
  auto matches = [&](const TermWord& word, const char* text) {
    std::string stem(analyzer.analyze(text)[0].stem);
    return stem == word.key ||
           std::find(word.variants.begin(), word.variants.end(), stem) != word.variants.end();
  };
  for (const char* form : {"création", "créations", "créateur", "créatrices", "créent", "creaient"})
    EXPECT_TRUE(matches(verb, form)) << form;
  EXPECT_FALSE(matches(verb, "croire"));
  // Without the marker, a noun inside a term grows nothing of the kind.
  EXPECT_FALSE(term.words[1].family);
  EXPECT_FALSE(matches(term.words[1], "entrepreneur"));
  Term plain = analyze_term("créer", analyzer);
  EXPECT_FALSE(plain.words[0].family);
  EXPECT_FALSE(matches(plain.words[0], "créateur"));
}

TEST_F(ThemesTest, ConstructionAndWindowErrors) {
  struct Case {
    const char* json;
    const char* message;
  };
  const Case cases[] = {
      {R"({"themes": [{"id": "x", "terms": [{"all_of": [["a"]], "within": 3}]}]})",
       "my.json: theme 'x': terms[0]: \"all_of\" needs two groups or more"},
      {R"({"themes": [{"id": "x", "terms": [{"all_of": [["a"], ["b"]], "within": 0}]}]})",
       "my.json: theme 'x': terms[0]: \"within\" must be a whole number of words in [1, 50]"},
      {R"({"themes": [{"id": "x", "terms": [{"all_of": [["a"], ["b"]], "within": 2.5}]}]})",
       "my.json: theme 'x': terms[0]: \"within\" must be a whole number"},
      {R"({"themes": [{"id": "x", "terms": [{"all_of": [["a"], ["b"]], "near": 2}]}]})",
       "my.json: theme 'x': terms[0]: unknown key 'near' (expected all_of, within, weight)"},
      {R"({"themes": [{"id": "x", "terms": [{"all_of": [["a"], []]}]}]})",
       "my.json: theme 'x': terms[0]: all_of[1] has no usable term"},
      {R"({"themes": [{"id": "x", "terms": ["a"], "exclude": [{"all_of": [["a"], ["b"]]}]}]})",
       "my.json: theme 'x': exclude[0]: a construction {\"all_of\": ...} belongs among \"terms\""},
      {R"({"themes": [{"id": "x", "all_of": [["a"]], "within": 3}]})",
       "my.json: theme 'x': \"within\" needs two \"all_of\" groups or more"},
      {R"({"themes": [{"id": "x", "all_of": [["a"], ["b"]], "within": 51}]})",
       "my.json: theme 'x': \"within\" must be a whole number of words in [1, 50]"},
  };
  for (const Case& c : cases) {
    std::string message = error_of(c.json);
    EXPECT_TRUE(message.starts_with(c.message)) << c.json << "\n got: " << message;
  }
}

TEST_F(ThemesTest, CheckNamesFamilyMarkersThatBringNothing) {
  std::vector<std::string> findings;
  parse_theme_file(R"({"themes": [{"id": "x", "terms": ["créer~", "Zorglub~ truc"]}]})",
                   "my.json", test::only(analyzer), &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0],
            "my.json: theme 'x': terms[1] \"Zorglub~ truc\": \"Zorglub~\" has no derivational family");
}

TEST_F(ThemesTest, DefaultThemesHaveACodebookDescription) {
  ThemeSet set = load_theme_file("default", test::only(analyzer));
  for (const Theme& theme : set.themes) {
    EXPECT_GT(theme.description.size(), 200u) << theme.id;
    EXPECT_NE(theme.description.find("Not:"), std::string::npos) << theme.id << " says what it is not";
  }
}

}  // namespace
}  // namespace palabre
