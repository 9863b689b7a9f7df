// The plain-text page parser on the founding page and on layouts composed for the tests.
#include "palabre/parse/text_page.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace palabre {
namespace {

std::string read_sample() {
  std::ifstream file(PALABRE_SOURCE_DIR "/samples/villages-2-0-chinois.txt", std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

TEST(TextPage, FoundingPageArticle) {
  std::string page = read_sample();
  Thread thread = parse_text_page(page);
  const Article& a = thread.article;
  // The page writes a no-break space before the colon, and records keep it verbatim.
  EXPECT_EQ(a.title, "E-commerce\u00A0: bienvenue dans les villages 2.0 chinois");
  ASSERT_TRUE(a.lede.has_value());
  EXPECT_TRUE(a.lede->starts_with("Dans les villages du Yunnan"));
  EXPECT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.credits, "Jason Lee");
  EXPECT_EQ(a.attribution, "ARTE");
  EXPECT_EQ(a.comment_count_declared, 5);
  EXPECT_TRUE(thread.warnings.empty());
}

TEST(TextPage, FoundingPageComments) {
  std::string page = read_sample();
  Thread thread = parse_text_page(page);
  ASSERT_EQ(thread.comments.size(), 5u);
  const char* dates[] = {"2019-01-02T11:54", "2019-01-02T11:51", "2018-12-29T13:00",
                         "2018-12-28T22:42", "2018-12-28T10:34"};
  const bool truncated[] = {false, true, false, true, true};
  for (std::size_t i = 0; i < 5; ++i) {
    const Comment& c = thread.comments[i];
    EXPECT_EQ(c.id, "c" + std::to_string(i + 1));
    EXPECT_FALSE(c.author.has_value()) << c.id;
    EXPECT_EQ(c.posted_at, dates[i]) << c.id;
    EXPECT_EQ(c.truncated, truncated[i]) << c.id;
    EXPECT_EQ(c.text.find("Signaler"), std::string::npos) << c.id;
    EXPECT_EQ(c.text.find("Votre email"), std::string::npos) << c.id;
  }
  EXPECT_EQ(thread.comments[0].posted_at_text, "02/01/2019 à 11:54");
  EXPECT_TRUE(thread.comments[2].text.starts_with("Bravo aux chinois pour leur esprit d’entreprise."));
  EXPECT_TRUE(thread.comments[4].text.ends_with("pour en parler ..."));
}

TEST(TextPage, LayoutWithNamedAuthorsRepliesAndUiLines) {
  const char* page =
      "Le prix du pain flambe\n\nLes boulangers s'inquiètent.\n\n"
      "12 commentaires\n"
      "Marie Dupont le 2 janvier 2019 à 11 h 54\n"
      "J'aime\n"
      "Le pain à 2 euros, c'est fini.\n"
      "Répondre\n"
      "Réponse de Paul le 3 janvier 2019 à 08h05\n"
      "Signaler un abus\n"
      "Pas chez moi.\n"
      "Voir les 3 réponses\n"
      "Jean, le 4 janvier 2019 à 9:30\n"
      "Premier paragraphe.\n\nSecond paragraphe.\n"
      "Laisser un commentaire\n"
      "Nom\n";
  Thread thread = parse_text_page(page);
  EXPECT_EQ(thread.article.title, "Le prix du pain flambe");
  EXPECT_EQ(thread.article.comment_count_declared, 12);
  ASSERT_EQ(thread.comments.size(), 3u);
  EXPECT_EQ(thread.comments[0].author, "Marie Dupont");
  EXPECT_EQ(thread.comments[0].posted_at, "2019-01-02T11:54");
  EXPECT_EQ(thread.comments[0].text, "Le pain à 2 euros, c'est fini.");
  EXPECT_EQ(thread.comments[1].author, "Paul");
  EXPECT_EQ(thread.comments[1].parent, "c1");
  EXPECT_EQ(thread.comments[1].text, "Pas chez moi.");
  EXPECT_EQ(thread.comments[2].author, "Jean");
  EXPECT_FALSE(thread.comments[2].parent.has_value());
  EXPECT_EQ(thread.comments[2].text, "Premier paragraphe.\n\nSecond paragraphe.");
  ASSERT_FALSE(thread.warnings.empty());  // 12 announced, 3 present
}

TEST(TextPage, LayoutWithoutHeadingYearlessDatesAndReadMore) {
  const char* page =
      "Titre de l'article\n\nCorps.\n\n"
      "Posté par lecteur75 le 9 janvier 2020 à 13:06\n"
      "Un avis complet.\n"
      "anonyme - 10 janvier à 08:00\n"
      "Un avis coupé par le site\n"
      "Lire la suite\n";
  Thread thread = parse_text_page(page);
  ASSERT_EQ(thread.comments.size(), 2u);
  EXPECT_EQ(thread.comments[0].author, "lecteur75");
  EXPECT_FALSE(thread.comments[0].truncated);
  EXPECT_FALSE(thread.comments[1].author.has_value());  // "anonyme" names nobody
  EXPECT_EQ(thread.comments[1].posted_at, "2020-01-10T08:00");  // year from the thread
  EXPECT_EQ(thread.comments[1].posted_at_text, "10 janvier à 08:00");
  EXPECT_TRUE(thread.comments[1].truncated);
  EXPECT_EQ(thread.comments[1].text, "Un avis coupé par le site");
}

TEST(TextPage, PageWithoutComments) {
  Thread thread = parse_text_page("Un titre\n\nUn paragraphe sans commentaire.\n");
  EXPECT_EQ(thread.article.title, "Un titre");
  EXPECT_TRUE(thread.comments.empty());
}

TEST(TextPage, HeaderTable) {
  struct Case {
    const char* line;
    const char* author;  // nullptr: anonymous
    bool reply;
  };
  const Case headers[] = {
      {"Jean a écrit le 02/01/2019 à 11:54", "Jean", false},
      {"à écrit le 02/01/2019 à 11:54", nullptr, false},
      {"Jean à écrit le 02/01/2019 à 11:54", "Jean", false},
      {"Jean le 02/01/2019 à 11h54", "Jean", false},
      {"Jean, le 2 janvier 2019 à 11 h 54", "Jean", false},
      {"Réponse de Jean le 02/01/2019 à 11:54", "Jean", true},
      {"Posté par Marie le 02/01/2019", "Marie", false},
      // A name ending with an initial is not a sentence ending with a full stop.
      {"Pierre D. à écrit le 17/10/2023 à 07:44", "Pierre D.", false},
      {"Réponse de Sylvie M. le 17/10/2023 à 23:54", "Sylvie M.", true},
      {"J.-P. R. a écrit le 17/10/2023 à 23:54", "J.-P. R.", false},
  };
  for (const Case& c : headers) {
    auto header = match_comment_header(c.line);
    ASSERT_TRUE(header.has_value()) << c.line;
    EXPECT_EQ(header->author.has_value(), c.author != nullptr) << c.line;
    if (c.author) {
      EXPECT_EQ(*header->author, c.author) << c.line;
    }
    EXPECT_EQ(header->is_reply, c.reply) << c.line;
  }
  const char* not_headers[] = {"Signaler", "Je suis allé en Chine le mois dernier.",
                               "Il est parti le 02/01/2019. Je suis resté le 03/01/2019.",
                               "Il y a 10 ans, à 2.000 km de là", ""};
  for (const char* line : not_headers) EXPECT_FALSE(match_comment_header(line).has_value()) << line;
}

TEST(TextPage, UiLinesAndTruncation) {
  for (const char* line : {"Signaler", "Répondre", "Signaler un abus", "J'aime", "J’aime",
                           "Voir les 3 réponses", "  signaler  "})
    EXPECT_TRUE(is_ui_line(line)) << line;
  for (const char* line : {"Je signale un abus de pouvoir.", "Répondre à la crise"})
    EXPECT_FALSE(is_ui_line(line)) << line;
  EXPECT_TRUE(looks_truncated("créer un site, v..."));
  EXPECT_TRUE(looks_truncated("pour en parler …"));
  EXPECT_FALSE(looks_truncated("géographique......."));
  EXPECT_FALSE(looks_truncated("se plaindre"));
}

}  // namespace
}  // namespace palabre

namespace palabre {
namespace {

// The reader folds only what it must (the first words of article lines, lines whose first
// bytes may start the comment form): case, accents and spacing still do not matter.
TEST(TextPage, FormStartsAndRelatedLinksMatchWhateverTheirCaseAndAccents) {
  for (const char* form : {"Écrire un commentaire", "  TOUS les champs sont obligatoires.",
                           "ecrire un commentaire", "Vous devez être connecté pour répondre"}) {
    SCOPED_TRACE(form);
    std::string page = std::string("Titre\n\nChapeau.\nÀ lire aussi : un autre article\n") +
                       "LIRE AUSSI : encore un\n(Crédits : Une photographe au nom très long)\n"
                       "Paragraphe.\n\nAlice a écrit le 02/01/2019 à 11:54\nTexte.\n" + form +
                       "\nBob a écrit le 03/01/2019 à 11:54\nIgnoré.\n";
    Thread thread = parse_text_page(page);
    EXPECT_EQ(thread.article.lede, "Chapeau.");
    EXPECT_EQ(thread.article.paragraphs, std::vector<std::string>{"Paragraphe."});
    EXPECT_EQ(thread.article.credits, "Une photographe au nom très long");
    ASSERT_EQ(thread.comments.size(), 1u);
    EXPECT_EQ(thread.comments[0].text, "Texte.");
  }
  // A line that only looks like the form's start at its first bytes stays comment text.
  Thread thread = parse_text_page("Titre\n\nAlice a écrit le 02/01/2019 à 11:54\nVotre avis compte.\n");
  ASSERT_EQ(thread.comments.size(), 1u);
  EXPECT_EQ(thread.comments[0].text, "Votre avis compte.");
}

}  // namespace
}  // namespace palabre
