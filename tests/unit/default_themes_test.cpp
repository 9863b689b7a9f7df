// The default theme set on the French hazards of gold/README.md, with sentences written for
// this test (not the gold comments): proper nouns against stems, figurative uses, negation,
// capitals, missing accents and apostrophes, verb forms.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/languages.hpp"
#include "palabre/analyze/pipeline.hpp"

namespace palabre {
namespace {

std::vector<std::string> themes_of(ThreadAnalyzer& analyzer, const std::string& text) {
  Thread thread;
  Comment comment;
  comment.id = "c1";
  comment.text = text;
  thread.comments.push_back(comment);
  ThreadReport report = analyzer.analyze(std::move(thread));
  std::vector<std::string> ids;
  for (const ThemeTag& tag : report.tags[0]) ids.push_back(tag.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

struct Case {
  const char* text;
  std::vector<std::string> themes;  // sorted
};

TEST(DefaultThemes, FrenchHazards) {
  ThreadAnalyzer analyzer;
  const std::vector<Case> cases = {
      // Proper nouns match their own spelling, not a shared stem.
      {"La déforestation de l'Amazonie avance chaque année.", {}},
      {"Le fleuve Amazone déborde.", {}},
      {"J'ai commandé ce livre sur Amazon hier soir.", {"marketplaces"}},
      {"Je commande sur Amazon pendant que l'Amazonie brûle.", {"marketplaces"}},
      {"Ça coûte trois francs six sous.", {}},
      {"J'aime chiner dans les brocantes le dimanche.", {}},
      // Figurative uses.
      {"Franchement, ce texte c'est du chinois pour moi.", {}},
      {"Il fut l'artisan de sa propre défaite.", {}},
      {"Les artisans du quartier ferment un à un.", {"craft"}},
      // Capitals, accents and apostrophes as typed in a hurry.
      {"LES ARTISANS ET LES EBENISTES DISPARAISSENT", {"craft"}},
      {"les entrepots d amazon sont pleins a craquer", {"marketplaces"}},
      {"l esprit d entreprise a disparu", {"entrepreneurship"}},
      // A comparison needs both sides; "on" and "nous" are the French side.
      {"En Chine on construit, chez nous on discute.", {"france_vs_china"}},
      {"Les Chinois bossent pendant qu'on fait grève.", {"france_vs_china"}},
      {"La Chine a lancé une fusée.", {}},
      // Negation keeps the topic; a topic set aside does not count.
      {"Ce n'est pas de l'artisanat, c'est de l'industrie.", {"craft"}},
      {"Je ne parle pas d'Amazon mais du bureau de poste.", {}},
      // Doubled or undoubled consonants, typed in a hurry.
      {"Les entreprenneurs et les comerçants du coin", {"entrepreneurship"}},
      {"Un vrai savoir faire d'artisant", {"craft"}},
      // Verb forms of infinitive terms.
      {"Ils ont embauché trois apprentis et créé leur entreprise.", {"entrepreneurship"}},
  };
  for (const Case& c : cases) EXPECT_EQ(themes_of(analyzer, c.text), c.themes) << c.text;
}

}  // namespace
}  // namespace palabre
