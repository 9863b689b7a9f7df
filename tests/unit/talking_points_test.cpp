// Talking points (YAKE over the thread): inflections and elisions merged, stopwords never
// at a phrase's edge, shared phrases first, commenters counted, YAKE's features behaving
// as the paper says they should.
#include "support/languages.hpp"
#include "palabre/analyze/talking_points.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
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
  f.analyzer = std::make_unique<Analyzer>(test::french());
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

// Words are looked up by the analyzer's spelling id (Token::word) before their key is
// hashed: the same points and features without those ids, and from an accumulator reused
// for a second thread.
TEST(TalkingPoints, SpellingIdsChangeNothing) {
  Fixture f = make_thread({{"Ana", "Les artisans du village vendent en ligne. Le village vit."},
                           {"Bruno", "L'artisan gagne peu, hélas. Les ARTISANS du village !"},
                           {"Ana", "Un artisan ne vit pas de ça, le village non plus."}});
  auto render = [](const std::vector<TalkingPoint>& points) {
    std::string out;
    for (const TalkingPoint& point : points)
      out += point.phrase + ":" + std::to_string(point.score) + ":" +
             std::to_string(point.comments.size()) + ";";
    return out;
  };
  const std::string with_ids = render(find_talking_points(f.thread, f.tokens));
  const auto features = word_features(f.thread, f.tokens);
  ASSERT_FALSE(with_ids.empty());

  TalkingPointAccumulator reused;
  for (int round = 0; round < 2; ++round) {
    reused.clear();
    for (std::size_t c = 0; c < f.tokens.size(); ++c)
      reused.add_comment(f.thread.comments[c].text, f.tokens[c]);
    EXPECT_EQ(render(reused.finish(ThreadIdentities(f.thread.comments))), with_ids);
  }

  for (auto& tokens : f.tokens)
    for (Token& token : tokens) token.word = kNoWordId;
  EXPECT_EQ(render(find_talking_points(f.thread, f.tokens)), with_ids);
  const auto features_without = word_features(f.thread, f.tokens);
  ASSERT_EQ(features_without.size(), features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    EXPECT_EQ(features_without[i].first, features[i].first);
    EXPECT_DOUBLE_EQ(features_without[i].second.score, features[i].second.score);
  }
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
    Analyzer analyzer(test::french());
    std::vector<Token> words = analyzer.analyze(point.phrase);
    ASSERT_FALSE(words.empty());
    EXPECT_FALSE(words.front().stopword) << point.phrase;
    EXPECT_FALSE(words.back().stopword) << point.phrase;
    EXPECT_GE(point.comments.size(), 2u) << point.phrase;
  }
  EXPECT_NE(find_point(points, "retraites"), nullptr);
  EXPECT_EQ(find_point(points, "vélo"), nullptr);  // one comment only
}

TEST(TalkingPoints, OnlyRealPunctuationCutsAPhrase) {
  // A no-break space (U+00A0) or a narrow one (U+202F) joins words like a space; French
  // quotes and the ellipsis character end a phrase.
  Fixture joined = make_thread({{"a", "Le commerce\u00a0équitable, encore."},
                                {"b", "Vive le commerce\u202féquitable !"}});
  // The phrase is shown as written, with its no-break space.
  std::vector<TalkingPoint> points = find_talking_points(joined.thread, joined.tokens);
  const TalkingPoint* commerce = find_point(points, "commerce");
  ASSERT_NE(commerce, nullptr);
  EXPECT_NE(commerce->phrase.find("équitable"), std::string::npos) << commerce->phrase;
  EXPECT_EQ(commerce->comments.size(), 2u);
  Fixture cut = make_thread({{"a", "Le commerce « équitable » encore."},
                             {"b", "Vive le commerce… équitable !"}});
  for (const TalkingPoint& point : find_talking_points(cut.thread, cut.tokens))
    EXPECT_FALSE(point.phrase.find("commerce") != std::string::npos &&
                 point.phrase.find("équitable") != std::string::npos)
        << point.phrase;
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

bool same_points(const std::vector<TalkingPoint>& a, const std::vector<TalkingPoint>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].phrase != b[i].phrase || a[i].score != b[i].score || a[i].comments != b[i].comments ||
        a[i].commenters != b[i].commenters)
      return false;
  return true;
}

// One accumulator per worker: a second thread after clear() must come out as from a fresh
// one, the first thread's words and candidates forgotten.
TEST(TalkingPointAccumulator, ClearStartsAFreshThread) {
  Fixture first = make_thread({{"a", "Les retraites des artisans. Le climat du village."},
                               {"b", "Le climat, les retraites et les ARTISANS du village."},
                               {"c", "Des retraites pour les artisans !"}});
  Fixture second = make_thread({{"a", "La place du marché est vide."},
                                {"b", "Une place de marché en ligne, voilà le marché."},
                                {"", "Le marché du village ferme."}});
  TalkingPointAccumulator reused;
  for (std::size_t c = 0; c < first.tokens.size(); ++c)
    reused.add_comment(first.thread.comments[c].text, first.tokens[c]);
  std::vector<TalkingPoint> first_points = reused.finish(ThreadIdentities(first.thread.comments));
  EXPECT_TRUE(same_points(first_points, find_talking_points(first.thread, first.tokens)));
  ASSERT_NE(find_point(first_points, "retraites"), nullptr);

  reused.clear();
  for (std::size_t c = 0; c < second.tokens.size(); ++c)
    reused.add_comment(second.thread.comments[c].text, second.tokens[c]);
  std::vector<TalkingPoint> second_points = reused.finish(ThreadIdentities(second.thread.comments));
  EXPECT_TRUE(same_points(second_points, find_talking_points(second.thread, second.tokens)));
  EXPECT_EQ(find_point(second_points, "retraites"), nullptr);
  auto market = std::find_if(second_points.begin(), second_points.end(),
                             [](const TalkingPoint& point) { return point.phrase == "marché"; });
  ASSERT_NE(market, second_points.end());
  EXPECT_EQ(market->comments, (std::vector<std::string>{"c1", "c2", "c3"}));
  EXPECT_EQ(market->commenters, 3u);

  auto features = reused.word_features();
  EXPECT_TRUE(std::is_sorted(features.begin(), features.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; }));
  EXPECT_EQ(features.size(), word_features(second.thread, second.tokens).size());
}

// A word's T_Position is the median of its sentences' indices in their comments, counted
// per occurrence: here "glyphosate" sits at 0, 0, 2 and 3, median 1.
TEST(WordFeatures, PositionIsTheMedianSentenceIndex) {
  Fixture f = make_thread({{"", "Le glyphosate. Rien. Encore le glyphosate."},
                           {"", "Le glyphosate ! Un. Deux. Le glyphosate."}});
  auto features = word_features(f.thread, f.tokens);
  double position = -1;
  for (const auto& [key, feature] : features)
    if (key == "glyphosat") position = feature.position;
  EXPECT_DOUBLE_EQ(position, std::log(std::log(3.0 + 1.0)));
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

namespace palabre {
namespace {

// A streamed thread hands finish() its compact ids and authors: the points must be those
// the whole thread's Comments give, authors shared or anonymous counted alike.
TEST(TalkingPointAccumulator, CompactIdentitiesFinishAsComments) {
  Fixture f = make_thread({{"a", "Les retraites des artisans. Le climat du village."},
                           {"b", "Le climat, les retraites et les ARTISANS du village."},
                           {"", "Des retraites pour les artisans !"},
                           {"a", "Les artisans du village et leurs retraites."}});
  TalkingPointAccumulator accumulator;
  CompactIdentities compact;
  for (std::size_t c = 0; c < f.tokens.size(); ++c) {
    accumulator.add_comment(f.thread.comments[c].text, f.tokens[c]);
    compact.add(f.thread.comments[c]);
  }
  ASSERT_EQ(compact.size(), 4u);
  EXPECT_EQ(compact.id(0), "c1");
  EXPECT_EQ(compact.id(3), "c4");
  EXPECT_EQ(compact.author(2), nullptr);
  ASSERT_NE(compact.author(3), nullptr);
  EXPECT_EQ(compact.author(3), compact.author(0));
  std::vector<TalkingPoint> from_compact = accumulator.finish(compact);
  ASSERT_FALSE(from_compact.empty());
  EXPECT_TRUE(same_points(from_compact, accumulator.finish(ThreadIdentities(f.thread.comments))));
  const TalkingPoint* retraites = find_point(from_compact, "retraites");
  ASSERT_NE(retraites, nullptr);
  EXPECT_EQ(retraites->commenters, 3u);
  compact.clear();
  EXPECT_EQ(compact.size(), 0u);
}


// A word no other comment uses, so that each comment brings its own one-comment phrases:
// consonants only after the stem-like start, so that Snowball leaves every one distinct.
std::string filler_word(std::size_t n) {
  constexpr std::string_view kConsonants = "bcdfgklmnpr";
  std::string word = "zorg";
  for (std::size_t k = 0; k < 3; ++k, n /= kConsonants.size()) word += kConsonants[n % kConsonants.size()];
  return word;
}

std::vector<TalkingPoint> points_with_prune_bound(const Fixture& f, std::size_t prune_above) {
  TalkingPointOptions options;
  options.prune_above = prune_above;
  TalkingPointAccumulator accumulator(options);
  for (std::size_t c = 0; c < f.tokens.size(); ++c)
    accumulator.add_comment(f.thread.comments[c].text, f.tokens[c]);
  return accumulator.finish(ThreadIdentities(f.thread.comments));
}

// Past the bound, phrases that one comment before the last pruning carries are forgotten:
// the shared phrases, their scores and comments come out as without pruning.
TEST(TalkingPointAccumulator, PruningKeepsTheSharedPhrases) {
  std::vector<std::pair<std::string, std::string>> comments;
  for (std::size_t i = 0; i < 300; ++i)
    comments.push_back({"a" + std::to_string(i % 40),
                        (i % 3 == 0 ? "Le marché couvert du village. " : "Les artisans locaux. ") +
                            filler_word(2 * i) + " " + filler_word(2 * i + 1) + " matin."});
  // Two neighbouring comments share a phrase: it has two comments at every pruning after.
  comments[250].second += " La halle aux grains.";
  comments[251].second += " Cette halle aux grains.";
  Fixture f = make_thread(comments);
  const std::vector<TalkingPoint> whole = points_with_prune_bound(f, std::size_t{1} << 20);
  ASSERT_NE(find_point(whole, "halle aux grains"), nullptr);
  ASSERT_NE(find_point(whole, "marché couvert"), nullptr);
  ASSERT_NE(find_point(whole, "artisans locaux"), nullptr);
  EXPECT_TRUE(same_points(points_with_prune_bound(f, 64), whole));

}

// The price of the bound: a phrase that comes back only after a pruning counts from its
// return (here comment c1 is no longer among its comments).
TEST(TalkingPointAccumulator, PrunedPhraseCountsFromItsReturn) {
  std::vector<std::pair<std::string, std::string>> comments = {{"a", "Le vieux moulin."}};
  for (std::size_t i = 0; i < 200; ++i)
    comments.push_back({"b", filler_word(2 * i) + " " + filler_word(2 * i + 1) + "."});
  comments.push_back({"c", "Ce vieux moulin !"});
  comments.push_back({"d", "Au vieux moulin."});
  Fixture f = make_thread(comments);
  const std::vector<TalkingPoint> unpruned = points_with_prune_bound(f, std::size_t{1} << 20);
  const TalkingPoint* whole = find_point(unpruned, "vieux moulin");
  ASSERT_NE(whole, nullptr);
  EXPECT_EQ(whole->comments, (std::vector<std::string>{"c1", "c202", "c203"}));
  const std::vector<TalkingPoint> pruned = points_with_prune_bound(f, 64);
  const TalkingPoint* returned = find_point(pruned, "vieux moulin");
  ASSERT_NE(returned, nullptr);
  EXPECT_EQ(returned->comments, (std::vector<std::string>{"c202", "c203"}));
}

}  // namespace
}  // namespace palabre
