// The default themes as a codebook: per theme, sentences written for this test that talk
// about the concept without its head word (no "entrepreneur", "Amazon", "artisan"), and
// negatives from the labelling policy of gold/README.md: figurative uses, a topic named
// only to be set aside, the neighbouring topics the description rules out.
#include <gtest/gtest.h>

#include <algorithm>

#include "palabre/analyze/pipeline.hpp"

namespace palabre {
namespace {

struct Row {
  const char* text;
  bool about;  // the theme applies
};

bool tagged(ThreadAnalyzer& analyzer, const std::string& theme, const std::string& text) {
  Thread thread;
  Comment comment;
  comment.id = "c1";
  comment.text = text;
  thread.comments.push_back(comment);
  ThreadReport report = analyzer.analyze(std::move(thread));
  const auto& tags = report.tags[0];
  return std::any_of(tags.begin(), tags.end(), [&](const ThemeTag& t) { return t.id == theme; });
}

void expect_table(const std::string& theme, const std::vector<Row>& rows) {
  ThreadAnalyzer analyzer;
  for (const Row& row : rows)
    EXPECT_EQ(tagged(analyzer, theme, row.text), row.about) << theme << ": " << row.text;
}

TEST(Codebook, Entrepreneurship) {
  expect_table("entrepreneurship", {
      // Starting, taking over, running, closing one's own business.
      {"Mon frère a monté sa boîte de plomberie l'an dernier.", true},
      {"ils ont repris la librairie du bourg quand la propriétaire est partie", true},
      {"Ma voisine est franchisée d'une grande enseigne de boulangerie depuis dix ans.", true},
      {"Elle tient un petit resto depuis vingt ans, sept jours sur sept.", true},
      {"La fondatrice de cette jeune entreprise de logiciels a tout misé.", true},
      {"Trois ans après la création de son commerce il a dû déposer le bilan.", true},
      {"J'ai ouvert mon salon de coiffure en 2019, juste avant le confinement.", true},
      {"Racheter le fonds de commerce a coûté plus cher que prévu.", true},
      {"Etre à son compte, c'est la liberté et l'angoisse du mois suivant.", true},
      {"LES PETITS PATRONS SONT ECRASES PAR LES CHARGES", true},
      // The conditions of doing so.
      {"Aucune banque ne prête aux commerçants qui débutent.", true},
      {"Les cotisations des travailleurs indépendants ont encore augmenté.", true},
      {"Pour une TPE, la paperasse prend un jour par semaine.", true},
      {"On a la culture du salariat, pas le goût d'entreprendre.", true},
      // Negation keeps the topic.
      {"Je n'ai jamais regretté d'avoir créé ma boîte.", true},
      // Not enterprise: an undertaking, employees, trade, household credit.
      {"Quelle entreprise que de traverser Paris un jour de grève !", false},
      {"Les salariés de la grande entreprise ont voté la grève.", false},
      {"Les droits de douane sur les voitures importées vont encore monter.", false},
      {"Le déficit commercial se creuse, on importe plus qu'on n'exporte.", false},
      {"Avec un crédit immobilier sur 25 ans, impossible de bouger.", false},
      {"Il faut créer une société plus juste et plus solidaire.", false},
      {"Ce sont les valeurs fondatrices de notre société.", false},
      {"Cette réforme va créer des emplois, paraît-il.", false},
      {"Je ne parle pas de monter une boîte, je parle de trouver un CDI.", false},
  });
}

TEST(Codebook, Marketplaces) {
  expect_table("marketplaces", {
      {"Commandé sur Ali Express, reçu en trois semaines, cassé en deux jours.", true},
      {"j'achète presque tout en ligne maintenant, même la litière du chat", true},
      {"Les vendeurs tiers de ces plateformes ne paient pas la TVA.", true},
      {"Il revend des baskets sur internet et ça paye son loyer.", true},
      {"Les colis commandés arrivent à domicile en 24h, c'est devenu la norme.", true},
      {"Le e-commerce a tué les magasins de jouets.", true},
      {"J'ai trouvé une veste sur Vinted pour 5 euros.", true},
      {"La place de marché d'Alibaba accueille des millions de fournisseurs.", true},
      {"Le Black Friday est une fête de la surconsommation.", true},
      // Not marketplaces: the rainforest, a street market, a set-aside topic.
      {"La forêt amazonienne recule chaque année.", false},
      {"L'Amazonie est le poumon de la planète.", false},
      {"Le marché du samedi matin est plein de producteurs locaux.", false},
      {"Je ne parle pas d'Amazon, je parle du commerce du coin.", false},
      {"Les marchés financiers ont chuté hier.", false},
  });
}

TEST(Codebook, FranceVsChina) {
  expect_table("france_vs_china", {
      {"Les usines chinoises tournent jour et nuit pendant que les nôtres ferment.", true},
      {"A Pékin on construit un aéroport en quatre ans, a Nantes on débat depuis quarante.", true},
      {"L'Europe impose des normes que la Chine ignore.", true},
      {"Nos ingénieurs partent former ceux de Shenzhen.", true},
      {"Les occidentaux ont vendu leur savoir à l'Empire du Milieu.", true},
      // China alone, an idiom, bargain hunting.
      {"La Chine a lancé une nouvelle station spatiale.", false},
      {"Pour moi, c'est du chinois.", false},
      {"On aime chiner dans les vide-greniers le dimanche.", false},
      {"La France a gagné la coupe du monde.", false},
  });
}

TEST(Codebook, Craft) {
  expect_table("craft", {
      {"Un ébéniste m'a fait une table qui durera trois générations.", true},
      {"Ces chaussures sont cousues main par un bottier de Romans.", true},
      {"La poterie du village vend des bols tournés un par un.", true},
      {"Les compagnons du devoir forment encore des charpentiers.", true},
      {"Il faut dix ans d'apprentissage pour maîtriser ce métier.", true},
      {"Les couteliers de Laguiole ont du mal à recruter.", true},
      {"Ce n'est pas de la fabrication artisanale, c'est de l'usine.", true},
      // Figurative artisans, industry, the workshop of the world.
      {"Il fut l'artisan de la réconciliation nationale.", false},
      {"Le ministre, artisan de sa propre chute, a démissionné.", false},
      {"La Chine est devenue l'atelier du monde.", false},
      {"L'usine automobile tourne à plein régime.", false},
  });
}

}  // namespace
}  // namespace palabre
