// Bylines read from their content: who wrote a comment and when, in the wordings of several
// languages, names kept whole (commas, "|", quotes), prose holding a date refused.
#include "palabre/parse/html_byline.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

struct BylineCase {
  const char* line;
  const char* author;     // nullptr: none
  const char* date_text;  // nullptr: none
};

TEST(Byline, ReadsNameAndDateAroundEachOther) {
  const BylineCase cases[] = {
      {"Marek on March 12, 2022 at 10:02 pm said:", "Marek", "March 12, 2022 at 10:02 pm"},
      {"Posté par Ginette, 12 octobre 2011 à 18:04", "Ginette", "12 octobre 2011 à 18:04"},
      {"Posté par Paulette du 47, 13 octobre 2011 à 09:31", "Paulette du 47",
       "13 octobre 2011 à 09:31"},
      {"28 janvier 2020 11:42, par Jean-Pierre", "Jean-Pierre", "28 janvier 2020 11:42"},
      {"Heike S. am 27.04.2016 um 18:12 Uhr", "Heike S.", "27.04.2016 um 18:12 Uhr"},
      {"Rentner aus Oberdorf am 28.04.2016 um 07:30 Uhr", "Rentner aus Oberdorf",
       "28.04.2016 um 07:30 Uhr"},
      {"Guadalupe Ortiz dijo: 31 de octubre de 2020 a las 10:14", "Guadalupe Ortiz",
       "31 de octubre de 2020 a las 10:14"},
      {"Muriel - Le 22/01/2020 à 12:01:03", "Muriel", "Le 22/01/2020 à 12:01:03"},
      {"Kate | Friends of the Park - 12/03/2020", "Kate | Friends of the Park", "12/03/2020"},
      {"von Rosi | Moderatorin » Do 13. Jul 2023, 09:15", "Rosi | Moderatorin",
       "13. Jul 2023, 09:15"},
      {"kiki75 a posté le 18/09/2024 à 20h31", "kiki75", "18/09/2024 à 20h31"},
      {"Henk 8 maart 2024 om 16:55", "Henk", "8 maart 2024 om 16:55"},
      {"Le 11 septembre 2018 à 12:57", nullptr, "Le 11 septembre 2018 à 12:57"},
      {"Giorgio B. 5 giugno 2021 alle 09:18", "Giorgio B.", "5 giugno 2021 alle 09:18"},
      {"12/03/2020 - Marie Curie", "Marie Curie", "12/03/2020"},
      {"Posted on March 3, 2020 by Marie", "Marie", "March 3, 2020"},
      {"12/03/2020 10:12 Répondre", nullptr, "12/03/2020 10:12"},
      {"Jean (Lyon) - 12.03.2020", "Jean (Lyon)", "12.03.2020"},
  };
  for (const BylineCase& c : cases) {
    SCOPED_TRACE(c.line);
    std::optional<Byline> byline = read_byline(c.line, std::nullopt);
    ASSERT_TRUE(byline.has_value());
    EXPECT_EQ(byline->author, c.author ? std::optional<std::string>(c.author) : std::nullopt);
    EXPECT_EQ(byline->date_text, c.date_text ? std::optional<std::string>(c.date_text) : std::nullopt);
    EXPECT_EQ(byline->date.has_value(), c.date_text != nullptr);
  }
}

TEST(Byline, ReadsANameIntroducedByALeadOrAVerb) {
  const BylineCase cases[] = {
      {"Bertrand a dit…", "Bertrand", nullptr},
      {"Jean-Paul, ancien disquaire a dit…", "Jean-Paul, ancien disquaire", nullptr},
      {"Moira said...", "Moira", nullptr},
      {"Guadalupe Ortiz dijo:", "Guadalupe Ortiz", nullptr},
      {"Rosaria dice:", "Rosaria", nullptr},
      {"Posted by Anna", "Anna", nullptr},
      {"Hobbygärtner_Kurt hat geschrieben:", "Hobbygärtner_Kurt", nullptr},
      {"Marie zegt:", "Marie", nullptr},
  };
  for (const BylineCase& c : cases) {
    SCOPED_TRACE(c.line);
    std::optional<Byline> byline = read_byline(c.line, std::nullopt);
    ASSERT_TRUE(byline.has_value());
    EXPECT_EQ(byline->author, std::optional<std::string>(c.author));
    EXPECT_FALSE(byline->date_text.has_value());
  }
}

TEST(Byline, RefusesProseThatHoldsADate) {
  const char* prose[] = {
      "Je suis venu le 12 mars 2020 et c'était bien.",
      "Je suis venu le 12 mars 2020.",
      "The council met on March 3, 2021 and voted against the plan.",
      "12 mars 2020 à 10h, j'étais à Paris avec des amis",
      "Merci pour la recette",
      "",
  };
  for (const char* line : prose) EXPECT_FALSE(read_byline(line, std::nullopt).has_value()) << line;
}

TEST(Byline, TellsRepliesAndTheCommentTheyAnswer) {
  std::optional<Byline> reply = read_byline("Réponse de Lucie le 04/02/2019 à 21:40", std::nullopt);
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->author, std::optional<std::string>("Lucie"));
  EXPECT_TRUE(reply->is_reply);
  std::optional<Byline> parent = read_byline("In reply to About time by Derek Smalls", std::nullopt);
  ASSERT_TRUE(parent.has_value());
  EXPECT_FALSE(parent->author.has_value()) << "the name is the parent's writer";
  EXPECT_TRUE(parent->names_parent);
}

TEST(Byline, YearlessDatesTakeTheDefaultYear) {
  EXPECT_FALSE(read_byline("Ginette, 8 oct.", std::nullopt).has_value());
  std::optional<Byline> byline = read_byline("Ginette, 8 oct.", 2011);
  ASSERT_TRUE(byline.has_value());
  EXPECT_EQ(byline->author, std::optional<std::string>("Ginette"));
  EXPECT_EQ(byline->date->iso(), "2011-10-08");
}

TEST(Byline, TellsProfileLabelsFromPostingLabels) {
  std::optional<Byline> joined = read_byline("Inscrit le: 03/03/2008", std::nullopt);
  ASSERT_TRUE(joined.has_value());
  EXPECT_TRUE(joined->labelled);
  EXPECT_FALSE(joined->author.has_value());
  std::optional<Byline> posted = read_byline("Posté le: 12/03/2009 10:12", std::nullopt);
  ASSERT_TRUE(posted.has_value());
  EXPECT_FALSE(posted->labelled);
  EXPECT_EQ(posted->date_text, std::optional<std::string>("12/03/2009 10:12"));
  EXPECT_TRUE(is_posting_label("Datum:"));
  EXPECT_FALSE(is_posting_label("Registriert:"));
}

struct NameCase {
  const char* raw;
  bool strict;
  const char* name;  // nullptr: no name
};

TEST(PersonName, KeepsNamesWholeAndRefusesWhatIsNoName) {
  const NameCase cases[] = {
      {"Smith, John", true, "Smith, John"},
      {"Dr. A. Patel, PhD", true, "Dr. A. Patel, PhD"},
      {"Kate | Friends of the Park", true, "Kate | Friends of the Park"},
      {"Bill \"Bandstand\" O'Reilly", true, "Bill \"Bandstand\" O'Reilly"},
      {"Franco \"il fornaio\" De Luca", false, "Franco \"il fornaio\" De Luca"},
      {"  Par Bruno Gobin, ", false, "Bruno Gobin"},
      {"Rosaria dice:", true, "Rosaria"},
      {"N.", true, "N."},
      {"L'Électrique", true, "L'Électrique"},
      {"un ancien du bâtiment", false, "un ancien du bâtiment"},
      {"Répondre", false, nullptr},
      {"Reply", false, nullptr},
      {"12/03/2020", false, nullptr},
      {"Merci pour tout.", true, nullptr},
      {"une phrase bien trop longue pour être le nom de quelqu'un", false, nullptr},
      {"", false, nullptr},
      {"•", false, nullptr},
      {"#21", false, nullptr},
      {"2,811", false, nullptr},
  };
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.raw);
    EXPECT_EQ(clean_person_name(c.raw, c.strict),
              c.name ? std::optional<std::string>(c.name) : std::nullopt);
  }
}

}  // namespace
}  // namespace palabre
