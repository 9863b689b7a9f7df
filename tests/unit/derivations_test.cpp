// Derivational families of theme words: the French series of endings on tables of families
// a reader knows, both ways (verb → nouns, noun → verb), and the parser's errors.
#include "palabre/lang/derivations.hpp"

#include "support/languages.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "palabre/error.hpp"

namespace palabre {
namespace {

bool has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

struct Family {
  std::string word;                     // folded, as the theme compiler asks
  std::vector<std::string> brings;      // forms that must be in its family
};

TEST(Derivations, FrenchFamiliesAsTables) {
  const DerivationRules& rules = test::french()->derivations;
  const std::vector<Family> table = {
      {"creer", {"creation", "createur", "creatrice"}},
      {"fonder", {"fondation", "fondateur", "fondatrice"}},
      {"racheter", {"rachat"}},
      {"emprunter", {"emprunteur", "emprunteuse"}},
      {"transmettre", {"transmission"}},
      {"embaucher", {"embauche"}},
      {"livrer", {"livraison", "livreur", "livreuse"}},
      {"acheter", {"achat", "acheteur", "acheteuse"}},
      {"exporter", {"exportation", "exportateur"}},
      {"fabriquer", {"fabrication", "fabricant"}},
      {"commercer", {"commercant", "commerce"}},
      {"investir", {"investissement", "investisseur"}},
      {"produire", {"production", "producteur"}},
      {"vendre", {"vente", "vendeur", "vendeuse"}},
      {"reprendre", {"reprise", "repreneur"}},
      {"entreprendre", {"entreprise", "entrepreneur", "entrepreneuriat", "entrepreneurial"}},
      {"ouvrir", {"ouverture"}},
      {"artisan", {"artisanat", "artisanal", "artisanaux"}},
      {"patron", {"patronat", "patronal"}},
      {"menuisier", {"menuiserie"}},
      {"economie", {"economique", "economiste"}},
      // Back from the noun to the verb and its other nouns.
      {"createur", {"creer", "creation"}},
      {"repreneur", {"reprendre", "reprise"}},
      {"commerce", {"commercer"}},
      {"livraison", {"livrer", "livreur"}},
  };
  for (const Family& row : table) {
    const std::vector<std::string> family = rules.family(row.word);
    for (const std::string& form : row.brings)
      EXPECT_TRUE(has(family, form)) << row.word << " does not bring " << form;
    EXPECT_FALSE(has(family, row.word)) << row.word << " lists itself";
  }
}

TEST(Derivations, WordsNoSeriesFitsHaveNoFamily) {
  const DerivationRules& rules = test::french()->derivations;
  EXPECT_TRUE(rules.family("xyz").empty());
  // The empty ending derives but is never matched: otherwise every word would be its own
  // base. The French series do not use it ("fonder" would bring "fond").
  EXPECT_TRUE(rules.family("emprunt").empty());
  EXPECT_FALSE(has(rules.family("fonder"), "fond"));
  const DerivationRules bare = DerivationRules::parse("er -\n", "rules.txt");
  EXPECT_EQ(bare.family("emprunter"), std::vector<std::string>{"emprunt"});
  EXPECT_TRUE(bare.family("emprunt").empty());
  // A base shorter than two letters is no base: "er" and "ir" are endings, not verbs.
  EXPECT_TRUE(rules.family("er").empty());
  EXPECT_TRUE(rules.family("air").empty());
  EXPECT_TRUE(test::language("en")->derivations.family("creer").empty());
}

TEST(Derivations, FamiliesListEachFormOnce) {
  const std::vector<std::string> family = test::french()->derivations.family("creer");
  for (const std::string& form : family)
    EXPECT_EQ(std::count(family.begin(), family.end(), form), 1) << form;
}

TEST(Derivations, BadRulesNameTheFileAndLine) {
  auto error_of = [](std::string_view text) -> std::string {
    try {
      DerivationRules::parse(text, "rules.txt");
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kThemes);
      return error.describe();
    }
    return "";
  };
  EXPECT_EQ(error_of("# ok\ner ation\nation\n"),
            "rules.txt:3: a series needs two endings or more");
  EXPECT_EQ(error_of("er Ation\n"),
            "rules.txt:1: ending \"Ation\" must be folded lowercase letters or '-'");
  EXPECT_EQ(error_of("er ée\n").substr(0, 12), "rules.txt:1:");
  EXPECT_EQ(DerivationRules::parse("# only a comment\n\n", "rules.txt").series_count(), 0u);
  EXPECT_EQ(DerivationRules::parse("er ation # acts\ner - e\n", "rules.txt").series_count(), 2u);
}

}  // namespace
}  // namespace palabre
