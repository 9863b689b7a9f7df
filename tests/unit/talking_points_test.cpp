// Talking points, as a reader judges them: shared by several commenters, never opening or
// closing on a function word, never a lone generic word, inflections merged, quotations and
// signatures not counted, one point per passage, commenters' names left out, ranked by
// distinct commenters, each with an excerpt. Threads written for this test.
#include "palabre/analyze/talking_points.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/analyze/hygiene.hpp"

namespace palabre {
namespace {

struct Fixture {
  std::unique_ptr<AnalyzerSet> analyzers;  // owns the forms the tokens view
  Thread thread;
  std::vector<std::vector<Token>> tokens;
  const Language* language = nullptr;
};

// Texts must outlive tokens: the thread owns them, and is analysed in place, hygiene first.
Fixture make_thread(const std::vector<std::pair<std::string, std::string>>& comments,
                    const std::string& code = "fr") {
  Fixture f;
  f.analyzers = std::make_unique<AnalyzerSet>();
  Analyzer& analyzer = *f.analyzers->find(code);
  f.language = &analyzer.language();
  for (std::size_t i = 0; i < comments.size(); ++i) {
    Comment comment;
    comment.id = "c" + std::to_string(i + 1);
    if (!comments[i].first.empty()) comment.author = comments[i].first;
    comment.text = comments[i].second;
    f.thread.comments.push_back(std::move(comment));
  }
  ThreadHygiene hygiene;
  for (Comment& comment : f.thread.comments) {
    f.tokens.push_back(analyzer.analyze(comment.text));
    comment.spans = hygiene.mark(comment, f.tokens.back(), f.language);
  }
  return f;
}

std::vector<TalkingPoint> points_of(const Fixture& f, const TalkingPointOptions& options = {}) {
  return find_talking_points(f.thread, f.tokens, f.language, options);
}

const TalkingPoint* find_point(const std::vector<TalkingPoint>& points, const std::string& part) {
  for (const TalkingPoint& point : points)
    if (point.phrase.find(part) != std::string::npos) return &point;
  return nullptr;
}

std::vector<std::string> phrases(const std::vector<TalkingPoint>& points) {
  std::vector<std::string> all;
  for (const TalkingPoint& point : points) all.push_back(point.phrase);
  return all;
}

TEST(TalkingPoints, EmptyThreadHasNone) {
  EXPECT_TRUE(points_of(make_thread({})).empty());
  EXPECT_TRUE(points_of(make_thread({{"", ""}, {"", "..."}})).empty());
}

TEST(TalkingPoints, MergesInflectionsAndElisions) {
  Fixture f = make_thread({{"Ana", "Les artisans du village vendent en ligne."},
                           {"Bruno", "L'artisan gagne peu, hélas."},
                           {"Chloé", "Un artisan ne vit pas de ça."}});
  const std::vector<TalkingPoint> points = points_of(f);
  const TalkingPoint* artisan = find_point(points, "artisan");
  ASSERT_NE(artisan, nullptr);
  EXPECT_EQ(artisan->comments, (std::vector<std::string>{"c1", "c2", "c3"}));
  EXPECT_EQ(artisan->commenters, 3u);
}

// Function words never open or close a point; generic words say nothing alone, but may
// stand in a phrase beside a word that does.
TEST(TalkingPoints, NoFunctionWordEdgesNoLoneGenericWords) {
  Fixture f = make_thread({{"Ana", "Les gens n'ont plus le temps, les épiceries fines ferment."},
                           {"Bruno", "Avec le temps, les gens oublient les épiceries fines."},
                           {"Chloé", "Le temps passe et les gens se taisent."}});
  const std::vector<TalkingPoint> points = points_of(f);
  EXPECT_EQ(find_point(points, "temps"), nullptr) << ::testing::PrintToString(phrases(points));
  EXPECT_EQ(find_point(points, "gens"), nullptr);
  ASSERT_NE(find_point(points, "épiceries fines"), nullptr) << ::testing::PrintToString(phrases(points));
  for (const TalkingPoint& point : points) {
    const std::vector<Token> tokens = f.analyzers->find("fr")->analyze(point.phrase);
    ASSERT_FALSE(tokens.empty());
    EXPECT_FALSE(tokens.front().stopword) << point.phrase;
    EXPECT_FALSE(tokens.back().stopword) << point.phrase;
  }
}

// The same judgement in other languages, from their own data: no "die", "und" or "people".
TEST(TalkingPoints, OtherLanguagesHaveTheirOwnFunctionAndGenericWords) {
  Fixture german = make_thread({{"Ana", "Die Leute zahlen die Abmahnung und die Kosten."},
                                {"Bruno", "Und die Leute wissen nicht, dass die Abmahnungen ein Geschäft sind."},
                                {"Chloé", "Die Abmahnung kam per Post, die Kosten auch."}},
                               "de");
  const std::vector<TalkingPoint> points = points_of(german);
  EXPECT_EQ(find_point(points, "die"), nullptr);
  EXPECT_EQ(find_point(points, "leute"), nullptr);
  ASSERT_NE(find_point(points, "abmahnung"), nullptr) << ::testing::PrintToString(phrases(points));
  EXPECT_EQ(find_point(points, "abmahnung")->commenters, 3u);
  Fixture english = make_thread({{"Ana", "People say the penultimate model was better."},
                                 {"Bruno", "Most people preferred the penultimate one."}},
                                "en");
  EXPECT_EQ(find_point(points_of(english), "people"), nullptr);
  EXPECT_NE(find_point(points_of(english), "penultimate"), nullptr);
}

// A generic word the thread writes as a name (capitalised mid-sentence) is a name.
TEST(TalkingPoints, ANameIsNeverGeneric) {
  Fixture f = make_thread({{"Ana", "I bought the new Line skis last week."},
                           {"Bruno", "Everyone knows that Line makes good skis."}},
                          "en");
  EXPECT_NE(find_point(points_of(f), "line"), nullptr) << ::testing::PrintToString(phrases(points_of(f)));
}

TEST(TalkingPoints, RankedByDistinctCommenters) {
  Fixture f = make_thread({{"Ana", "Le dropshipping, encore le dropshipping."},
                           {"Ana", "Je reviens sur le dropshipping."},
                           {"Ana", "Le dropshipping, vraiment."},
                           {"Bruno", "Les douanes laissent tout passer."},
                           {"Chloé", "Les douanes ne contrôlent rien."}});
  const std::vector<TalkingPoint> points = points_of(f);
  ASSERT_GE(points.size(), 2u);
  EXPECT_NE(points[0].phrase.find("douane"), std::string::npos) << ::testing::PrintToString(phrases(points));
  EXPECT_EQ(points[0].commenters, 2u);
  const TalkingPoint* drop = find_point(points, "dropshipping");
  ASSERT_NE(drop, nullptr);
  EXPECT_EQ(drop->commenters, 1u);
  EXPECT_LT(drop->score, points[0].score);
}

// A reply that quotes a comment does not make the quoted words shared; the quoting
// comment's own words still count.
TEST(TalkingPoints, QuotedWordsAreNotCounted) {
  Fixture f = make_thread({{"Ana", "Les plateformes comme GitHub permettent aux simples utilisateurs de donner leur avis."},
                           {"Bruno", "« Les plateformes comme GitHub permettent aux simples utilisateurs de donner leur avis » : "
                                     "encore faut-il un médiateur entre utilisateurs et développeurs."},
                           {"Chloé", "Un médiateur, voilà ce qui manque."}});
  const std::vector<TalkingPoint> points = points_of(f);
  EXPECT_EQ(find_point(points, "github"), nullptr) << ::testing::PrintToString(phrases(points));
  EXPECT_EQ(find_point(points, "plateformes"), nullptr);
  EXPECT_NE(find_point(points, "médiateur"), nullptr) << ::testing::PrintToString(phrases(points));
}

TEST(TalkingPoints, SignaturesAreNotCounted) {
  const std::string signature = "\nMit der kostenlosen Forum App von meinem Telefon aus geschrieben.";
  Fixture f = make_thread({{"Ana", "Das Update kam heute." + signature},
                           {"Bruno", "Bei mir dauert das Update ewig." + signature},
                           {"Chloé", "Kein Update bisher." + signature}},
                          "de");
  const std::vector<TalkingPoint> points = points_of(f);
  EXPECT_EQ(find_point(points, "kostenlos"), nullptr) << ::testing::PrintToString(phrases(points));
  EXPECT_EQ(find_point(points, "app"), nullptr);
  EXPECT_NE(find_point(points, "update"), nullptr);
}

// Overlapping phrases of one passage are one point, shown as the longest phrase that still
// carries its comments.
TEST(TalkingPoints, OnePointPerPassage) {
  Fixture f = make_thread({{"Ana", "La Corée du Sud a réprimé le Parti progressiste unifié."},
                           {"Bruno", "En Corée du Sud, le Parti progressiste unifié a été dissous."},
                           {"Chloé", "Personne ne parle du Parti progressiste unifié."}});
  const std::vector<TalkingPoint> points = points_of(f);
  std::size_t about_the_party = 0;
  for (const TalkingPoint& point : points)
    about_the_party += point.phrase.find("progressiste") != std::string::npos ||
                       point.phrase.find("unifié") != std::string::npos;
  EXPECT_EQ(about_the_party, 1u) << ::testing::PrintToString(phrases(points));
  EXPECT_NE(find_point(points, "parti progressiste unifié"), nullptr);
  EXPECT_NE(find_point(points, "corée du sud"), nullptr) << ::testing::PrintToString(phrases(points));
}

// "@Voll Gaga" addresses a commenter: a name is not a topic.
TEST(TalkingPoints, CommentersNamesAreNotPoints) {
  Fixture f = make_thread({{"Voll Gaga", "Der Treiber fehlt, deshalb der Fehler."},
                           {"sunsetkilling", "@Voll Gaga danke, der Treiber war es."},
                           {"tommyp", "@Voll Gaga bei mir auch der Treiber."}},
                          "de");
  const std::vector<TalkingPoint> points = points_of(f);
  EXPECT_EQ(find_point(points, "gaga"), nullptr) << ::testing::PrintToString(phrases(points));
  EXPECT_NE(find_point(points, "treiber"), nullptr);
}

TEST(TalkingPoints, EachPointHasAnExcerptFromACommentThatMakesIt) {
  Fixture f = make_thread({{"Ana", "Les artisans du village vendent en ligne. Le reste est du folklore."},
                           {"Bruno", "Il faut aider les artisans. Pas les grandes surfaces."}});
  const std::vector<TalkingPoint> points = points_of(f);
  const TalkingPoint* artisan = find_point(points, "artisan");
  ASSERT_NE(artisan, nullptr);
  ASSERT_TRUE(artisan->excerpt);
  EXPECT_NE(std::find(artisan->comments.begin(), artisan->comments.end(), artisan->excerpt->comment),
            artisan->comments.end());
  EXPECT_NE(artisan->excerpt->text.find("artisans"), std::string::npos);
  EXPECT_EQ(artisan->excerpt->text.find("grandes surfaces"), std::string::npos) << "one sentence";
}

TEST(TalkingPoints, AtMostTheLimitAndChosenForVariety) {
  std::vector<std::pair<std::string, std::string>> comments;
  const char* topics[] = {"douanes", "artisanat", "logistique", "entrepôts", "brevets", "salaires",
                          "contrefaçon", "livraison", "taxes", "monopole", "subventions", "emballages"};
  for (std::size_t t = 0; t < std::size(topics); ++t)
    for (const char* opening : {"Parlons des ", "Il faudrait revoir les "})
      comments.push_back({"auteur" + std::to_string(comments.size()), std::string(opening) + topics[t] + "."});
  Fixture f = make_thread(comments);
  EXPECT_EQ(points_of(f).size(), 10u);
  TalkingPointOptions three;
  three.limit = 3;
  EXPECT_EQ(points_of(f, three).size(), 3u);
}

// A thread's single comment may hold its points; otherwise one comment is not enough.
TEST(TalkingPoints, OneCommentSufficesOnlyInAOneCommentThread) {
  EXPECT_FALSE(points_of(make_thread({{"Ana", "Les entrepôts logistiques poussent partout."}})).empty());
  EXPECT_TRUE(points_of(make_thread({{"Ana", "Les entrepôts logistiques poussent partout."},
                                     {"Bruno", "Rien à voir avec le sujet."}}))
                  .empty());
}

// Pruning (lossy counting): a phrase two comments share survives it; the price is that a
// one-comment phrase that comes back after a pruning counts from its return.
TEST(TalkingPoints, PruningKeepsTheSharedPhrases) {
  std::vector<std::pair<std::string, std::string>> comments;
  for (int i = 0; i < 60; ++i)
    comments.push_back({"a" + std::to_string(i), "mot" + std::to_string(i) + "unique tombe" + std::to_string(i)});
  comments[30].second += " les douanes bloquent";
  comments[31].second += " les douanes bloquent";
  Fixture f = make_thread(comments);
  TalkingPointOptions small;
  small.prune_above = 16;
  const std::vector<TalkingPoint> pruned = points_of(f, small), whole = points_of(f);
  EXPECT_EQ(phrases(pruned), phrases(whole));
  EXPECT_NE(find_point(pruned, "douanes"), nullptr);
}

TEST(TalkingPoints, PrunedPhraseCountsFromItsReturn) {
  std::vector<std::pair<std::string, std::string>> comments = {{"a", "les douanes bloquent tout"}};
  for (int i = 0; i < 40; ++i)
    comments.push_back({"b" + std::to_string(i), "mot" + std::to_string(i) + "unique tombe" + std::to_string(i)});
  comments.push_back({"c", "les douanes bloquent"});
  Fixture f = make_thread(comments);
  TalkingPointOptions small;
  small.prune_above = 16;
  EXPECT_EQ(find_point(points_of(f, small), "douanes"), nullptr);
  EXPECT_NE(find_point(points_of(f), "douanes"), nullptr);
}

}  // namespace
}  // namespace palabre
