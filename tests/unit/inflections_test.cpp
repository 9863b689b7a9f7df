// Verb inflections for theme terms: an infinitive term matches the conjugated text that
// Snowball leaves apart, and nouns never grow verb forms.
#include "support/languages.hpp"
#include "palabre/analyze/inflections.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/themes.hpp"

namespace palabre {
namespace {

bool has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

TEST(VerbForms, RegularGroupsAsTables) {
  struct Case {
    std::string infinitive;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"privatiser", {"privatisons", "privatisent", "privatisait", "privatisera"}},
      {"ceder", {"cedent", "cedons", "cedera"}},          // "cèdent", folded
      {"manger", {"mangeons", "mangeait", "mangent"}},    // soft g keeps its e
      {"vendre", {"vend", "vends", "vendons", "vendent", "vendu", "vendra"}},
      {"interdire", {"interdit", "interdisons", "interdisent"}},
      {"entreprendre", {"entreprend", "entreprenons", "entreprennent", "entrepris"}},
      {"faire", {"fait", "faisons", "font", "fera"}},
      {"remettre", {"remet", "remettons", "remis"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> forms = verb_forms(c.infinitive, test::french()->verb_rules);
    for (const std::string& form : c.expected)
      EXPECT_TRUE(has(forms, form)) << c.infinitive << " lacks " << form;
  }
}

TEST(VerbForms, NothingForNounsShortRadicalsAndIrVerbs) {
  EXPECT_TRUE(verb_forms("", test::french()->verb_rules).empty());
  EXPECT_TRUE(verb_forms("mer", test::french()->verb_rules).empty());
  EXPECT_TRUE(verb_forms("fer", test::french()->verb_rules).empty());
  EXPECT_TRUE(verb_forms("artisan", test::french()->verb_rules).empty());
  EXPECT_TRUE(verb_forms("finir", test::french()->verb_rules).empty());
  EXPECT_TRUE(verb_forms("craindre", test::french()->verb_rules).empty());  // -indre is irregular: not guessed
}

TEST(VerbForms, LeavesOutFormsThatAreNounsFirst) {
  EXPECT_FALSE(has(verb_forms("entreprendre", test::french()->verb_rules), "entreprise"));
  EXPECT_FALSE(has(verb_forms("entrer", test::french()->verb_rules), "entree"));
  EXPECT_FALSE(has(verb_forms("enfer", test::french()->verb_rules), "enfant"));
}

std::vector<std::string> tagged(const std::string& term, const std::string& text) {
  Analyzer analyzer{test::french()};
  std::string json = R"({"themes": [{"id": "t", "label": "T", "terms": [")" + term + R"("]}]})";
  ThemeSet set = parse_theme_file(json, "test.json", test::only(analyzer));
  ThemeMatcher matcher(set, test::french());
  std::vector<Token> tokens = analyzer.analyze(text);
  std::vector<std::string> ids;
  for (const ThemeTag& tag : tag_comment(matcher, text, tokens)) ids.push_back(tag.id);
  return ids;
}

TEST(VerbForms, InfinitiveTermsMatchConjugatedText) {
  const std::vector<std::string> hit = {"t"}, none = {};
  EXPECT_EQ(tagged("vendre", "Vendons tout au Qatar"), hit);
  EXPECT_EQ(tagged("vendre", "ils vendent les bijoux"), hit);
  EXPECT_EQ(tagged("occuper militairement", "ils n'occupent pas militairement le pays"), hit);
  EXPECT_EQ(tagged("privatiser", "ils privatisent encore"), hit);
  EXPECT_EQ(tagged("entreprendre", "quelle drôle d'entreprise"), none);
  EXPECT_EQ(tagged("financer", "nous finançons la dette"), hit);
}

}  // namespace
}  // namespace palabre

namespace palabre {
namespace {

TEST(TermVariants, AccentedTermMatchesUnaccentedText) {
  const std::vector<std::string> hit = {"t"};
  EXPECT_EQ(tagged("créée", "une societe creee hier"), hit);
  EXPECT_EQ(tagged("créée", "une société créée hier"), hit);
  EXPECT_EQ(tagged("progrès", "un vrai progres"), hit);
}

}  // namespace
}  // namespace palabre

namespace palabre {
namespace {

TEST(TermVariants, DuplicateTermStillBringsItsVerbForms) {
  // "privatiser" has the stem of "privatisation": it is a duplicate, but its forms count.
  EXPECT_EQ(tagged(R"(privatisation", "privatiser)", "ils privatisent tout"),
            std::vector<std::string>{"t"});
  EXPECT_EQ(tagged("privatisation", "ils privatisent tout"), std::vector<std::string>{});
}

}  // namespace
}  // namespace palabre
