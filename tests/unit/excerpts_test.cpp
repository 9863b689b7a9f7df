// Excerpts shown to a reader: a sentence, whole when it fits, cut at spaces around the
// words that matter when it does not; initials, decimals and site names end no sentence.
#include <gtest/gtest.h>

#include "palabre/analyze/summary.hpp"

namespace palabre {
namespace {

TEST(OpeningSentence, EndsAtMarksFollowedByASpaceOrARun) {
  EXPECT_EQ(opening_sentence("Bravo. La suite est ailleurs.", 0, 240), "Bravo.");
  EXPECT_EQ(opening_sentence("En France....vous pouvez commercer.", 0, 240), "En France....");
  EXPECT_EQ(opening_sentence("Vraiment ?! Non.", 0, 240), "Vraiment ?!");
  EXPECT_EQ(opening_sentence("Une ligne\nune autre", 0, 240), "Une ligne");
}

TEST(OpeningSentence, DecimalsSitesAndInitialsGoOn) {
  EXPECT_EQ(opening_sentence("Le web 2.0 arrive sur alibaba.com tous les jours. Fin.", 0, 240),
            "Le web 2.0 arrive sur alibaba.com tous les jours.");
  EXPECT_EQ(opening_sentence("Hier Dennis S. hat geantwortet. Dann nichts.", 0, 240),
            "Hier Dennis S. hat geantwortet.");
  EXPECT_EQ(opening_sentence("J. Dupont l'a dit. Puis rien.", 0, 240), "J. Dupont l'a dit.");
  // A word ending in a capital is no initial: "ONU." ends its sentence.
  EXPECT_EQ(opening_sentence("Voyez l'ONU. Puis rien.", 0, 240), "Voyez l'ONU.");
}

TEST(OpeningSentence, StartsWhereAsked) {
  const std::string text = "« cité » Ma réponse est non. Merci.";
  const std::size_t own = text.find("Ma");
  EXPECT_EQ(opening_sentence(text, own, 240), "Ma réponse est non.");
}

TEST(ClosingMarks, KeepTheirRun) {
  const std::string text = "organisé en spéciali... et";
  const std::size_t at = text.find("...");
  EXPECT_EQ(after_closing_marks(text, at), at + 3);
  EXPECT_EQ(after_closing_marks("fin… suite", 3), 6u);  // "…" is three bytes
  EXPECT_EQ(after_closing_marks("mot suivant", 3), 3u);
}

TEST(ExcerptOfRange, CutsLongSentencesAtSpacesAroundTheAnchor) {
  std::string sentence;
  for (int i = 0; i < 40; ++i) sentence += "mot" + std::to_string(i) + " ";
  sentence += "cible";
  for (int i = 40; i < 80; ++i) sentence += " mot" + std::to_string(i);
  const std::size_t at = sentence.find("cible");
  const std::string cut = excerpt_of_range(sentence, 0, sentence.size(), at, 120);
  EXPECT_NE(cut.find("cible"), std::string::npos);
  EXPECT_TRUE(cut.starts_with("…"));
  EXPECT_TRUE(cut.ends_with("…"));
  EXPECT_LE(cut.size(), 120u + 2 * std::string("…").size());
  EXPECT_EQ(cut.find("mot0 "), std::string::npos);
  // Whole words only: every piece between spaces (marks aside) is a word of the sentence.
  EXPECT_EQ(excerpt_of_range("  court  ", 0, 9, 3, 120), "court");
}

TEST(SentenceAround, InitialsStayInTheSentence) {
  const std::string text = "Premier point. Eigentlich könnte man Dennis S. abmahnen, oder? Fin.";
  const std::size_t at = 30;  // inside the second sentence, by code points ("man")
  EXPECT_EQ(sentence_around(text, at), "Eigentlich könnte man Dennis S. abmahnen, oder?");
}

}  // namespace
}  // namespace palabre
