// The stemmer runs the Snowball algorithm a language's data names, and folds its stems.
#include "palabre/analyze/stemmer.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "palabre/error.hpp"
#include "palabre/lang/language.hpp"

namespace palabre {
namespace {

TEST(Stemmer, StemsAreFoldedSnowballStems) {
  Stemmer stemmer("french");
  const std::pair<const char*, const char*> cases[] = {
      {"entrepôts", "entrepot"}, {"artisans", "artisan"}, {"chevaux", "cheval"}, {"marché", "march"}};
  for (const auto& [word, stem] : cases) EXPECT_EQ(stemmer.stem(word), stem) << word;
}

// One table row per language with data: a plural or an inflection meets its base form.
TEST(Stemmer, EveryLanguageWithDataStemsItsInflections) {
  const std::map<std::string, std::pair<std::string, std::string>> cases = {
      {"da", {"busserne", "bus"}}, {"de", {"abmahnungen", "abmahnung"}},
      {"en", {"collaborations", "collaboration"}}, {"es", {"trabajadores", "trabajador"}},
      {"fi", {"kirjastoissa", "kirjasto"}}, {"fr", {"artisans", "artisan"}},
      {"hu", {"kórházakban", "kórház"}}, {"it", {"lavoratori", "lavoratore"}},
      {"nl", {"werkgevers", "werkgever"}}, {"no", {"strømprisene", "strømpris"}},
      {"pt", {"trabalhadores", "trabalhador"}}, {"ru", {"библиотеками", "библиотека"}},
      {"sv", {"bibliotekens", "bibliotek"}}, {"tr", {"kiralar", "kira"}}};
  for (const std::string& code : languages_with_data()) {
    ASSERT_TRUE(cases.count(code)) << "add a row for the new language " << code;
    const std::optional<Language> language = load_language(code);
    ASSERT_TRUE(language) << code;
    Stemmer stemmer(language->snowball);
    const auto& [inflected, base] = cases.at(code);
    const std::string stem_of_inflected(stemmer.stem(inflected));
    EXPECT_EQ(stem_of_inflected, stemmer.stem(base)) << code;
  }
}

TEST(Stemmer, UnknownAlgorithmIsAUsageError) {
  try {
    Stemmer stemmer("klingon");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    EXPECT_NE(error.describe().find("klingon"), std::string::npos);
  }
}

}  // namespace
}  // namespace palabre
