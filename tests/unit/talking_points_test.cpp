// Talking points (YAKE over the thread): inflections and elisions merged, stopwords never
// at a phrase's edge, shared phrases first, commenters counted, YAKE's features behaving
// as the paper says they should.
#include "palabre/analyze/talking_points.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "palabre/analyze/analyzer.hpp"

namespace palabre {
namespace {

struct Fixture {
  std::unique_ptr<Analyzer> analyzer;  // owns the forms the tokens view
  Thread thread;
  std::vector<std::vector<Token>> tokens;
};

// Texts must outlive tokens: the thread owns them, and is analysed in place.
Fixture make_thread(const std::vector<std::pair<std::string, std::string>>& comments) {
  Fixture f;
  for (std::size_t i = 0; i < comments.size(); ++i) {
    Comment comment;
    comment.id = "c" + std::to_string(i + 1);
    if (!comments[i].first.empty()) comment.author = comments[i].first;
    comment.text = comments[i].second;
    f.thread.comments.push_back(std::move(comment));
  }
  f.analyzer = std::make_unique<Analyzer>();
  for (const Comment& comment : f.thread.comments)
    f.tokens.push_back(f.analyzer->analyze(comment.text));
  return f;
}

const TalkingPoint* find_point(const std::vector<TalkingPoint>& points, const std::string& stem_like) {
  for (const TalkingPoint& point : points)
    if (point.phrase.find(stem_like) != std::string::npos) return &point;
  return nullptr;
}

TEST(TalkingPoints, EmptyThreadHasNone) {
  Fixture f = make_thread({});
  EXPECT_TRUE(find_talking_points(f.thread, f.tokens).empty());
  Fixture blank = make_thread({{"", ""}, {"", "..."}});
  EXPECT_TRUE(find_talking_points(blank.thread, blank.tokens).empty());
}

TEST(TalkingPoints, MergesInflectionsAndElisions) {
  Fixture f = make_thread({{"Ana", "Les artisans du village vendent en ligne."},
                           {"Bruno", "L'artisan gagne peu, hélas."},
                           {"Ana", "Un artisan ne vit pas de ça."}});
  std::vector<TalkingPoint> points = find_talking_points(f.thread, f.tokens);
  ASSERT_FALSE(points.empty());
  const TalkingPoint* artisan = find_point(points, "artisan");
  ASSERT_NE(artisan, nullptr);
  EXPECT_EQ(artisan->comments, (std::vector<std::string>{"c1", "c2", "c3"}));
  EXPECT_EQ(artisan->commenters, 2u);  // Ana twice, Bruno
  EXPECT_EQ(artisan->phrase, "artisan");  // the spelling written most often
  EXPECT_EQ(points.front().phrase, "artisan");
  EXPECT_DOUBLE_EQ(points.front().score, 1.0);
}

TEST(TalkingPoints, AnonymousCommentsCountAsDistinctCommenters) {
  Fixture f = make_thread({{"", "La place de marché."}, {"", "Une place du marché !"}});
  std::vector<TalkingPoint> points = find_talking_points(f.thread, f.tokens);
  const TalkingPoint* place = find_point(points, "place d");
  ASSERT_NE(place, nullptr);  // "de" and "du" are inner stopwords: one phrase
  EXPECT_EQ(place->commenters, 2u);
  // "place" and "marché" alone add nothing to the phrase that holds them.
  EXPECT_EQ(find_point(points, "marché") , place);
}

TEST(TalkingPoints, StopwordsNeverStartOrEndAPhraseAndOneOffsAreLeftOut) {
  Fixture f = make_thread({{"a", "Et donc les retraites, voilà le sujet des retraites."},
                           {"b", "Il faut parler des retraites et du climat."},
                           {"c", "Le vélo aussi."}});
  std::vector<TalkingPoint> points = find_talking_points(f.thread, f.tokens);
  for (const TalkingPoint& point : points) {
    Analyzer analyzer;
    std::vector<Token> words = analyzer.analyze(point.phrase);
    ASSERT_FALSE(words.empty());
    EXPECT_FALSE(words.front().stopword) << point.phrase;
    EXPECT_FALSE(words.back().stopword) << point.phrase;
    EXPECT_GE(point.comments.size(), 2u) << point.phrase;
  }
  EXPECT_NE(find_point(points, "retraites"), nullptr);
  EXPECT_EQ(find_point(points, "vélo"), nullptr);  // one comment only
}

TEST(TalkingPoints, SingleCommentThreadKeepsItsOwnPhrases) {
  Fixture f = make_thread({{"", "Le glyphosate, encore le glyphosate."}});
  std::vector<TalkingPoint> points = find_talking_points(f.thread, f.tokens);
  ASSERT_FALSE(points.empty());
  EXPECT_EQ(points.front().phrase, "glyphosate");
}

TEST(TalkingPoints, LimitIsHonoured) {
  Fixture f = make_thread({{"", "alpha beta gamma delta epsilon zeta"},
                           {"", "alpha beta gamma delta epsilon zeta"}});
  TalkingPointOptions options;
  options.limit = 2;
  EXPECT_EQ(find_talking_points(f.thread, f.tokens, options).size(), 2u);
}

double feature_score(const std::vector<std::pair<std::string, WordFeatures>>& features,
                     const std::string& key) {
  for (const auto& [k, f] : features)
    if (k == key) return f.score;
  ADD_FAILURE() << "no word " << key;
  return 0;
}

// The paper's claims, in miniature: a word repeated across sentences scores better (lower)
// than a word met once; capitalised mid-sentence (a proper noun) raises T_Case; a shouted
// sentence does not.
TEST(WordFeatures, FrequencyCasingAndShouting) {
  Fixture f = make_thread({{"", "Le glyphosate inquiète. Le glyphosate divise. Un chien passe."},
                           {"", "On parle de Monsanto ici. Et de Monsanto encore."},
                           {"", "ON PARLE DE BAYER ICI. ET DE BAYER ENCORE."}});
  auto features = word_features(f.thread, f.tokens);
  EXPECT_LT(feature_score(features, "glyphosat"), feature_score(features, "chien"));
  double monsanto_case = 0, bayer_case = 0;
  for (const auto& [key, feature] : features) {
    if (key == "monsanto") monsanto_case = feature.casing;
    if (key == "bayer") bayer_case = feature.casing;
  }
  EXPECT_GT(monsanto_case, 0.0);
  EXPECT_DOUBLE_EQ(bayer_case, 0.0);
}

TEST(StringSimilarity, LevenshteinRatio) {
  EXPECT_DOUBLE_EQ(string_similarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(string_similarity("chine", "chine"), 1.0);
  EXPECT_DOUBLE_EQ(string_similarity("chine", ""), 0.0);
  EXPECT_DOUBLE_EQ(string_similarity("chine", "chiné"), 1.0 - 2.0 / 6.0);  // é is two bytes
  EXPECT_DOUBLE_EQ(string_similarity("abcd", "abce"), 0.75);
}

}  // namespace
}  // namespace palabre
