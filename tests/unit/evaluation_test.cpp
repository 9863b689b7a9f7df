// Evaluation: gold lines are read strictly, and the metrics follow their definitions on
// small hand-counted examples.
#include "palabre/analyze/evaluation.hpp"

#include <gtest/gtest.h>

#include "palabre/error.hpp"

namespace palabre {
namespace {

using Labels = std::vector<std::vector<std::string>>;

const ThemeScore& score_of(const Evaluation& evaluation, const std::string& id) {
  for (const ThemeScore& score : evaluation.themes)
    if (score.id == id) return score;
  throw std::out_of_range(id);
}

TEST(Evaluation, CountsPerThemeAndMicroAverage) {
  // craft: tp 2 (c1, c3), fp 1 (c2), fn 1 (c4) → P 2/3, R 2/3.
  // marketplaces: tp 1 (c2), fp 0, fn 1 (c3) → P 1, R 1/2.
  Labels gold = {{"craft"}, {"marketplaces"}, {"craft", "marketplaces"}, {"craft"}};
  Labels predicted = {{"craft"}, {"marketplaces", "craft"}, {"craft"}, {}};
  Evaluation evaluation = evaluate_tags(gold, predicted, {"craft", "marketplaces"});
  ASSERT_EQ(evaluation.themes.size(), 2u);
  EXPECT_EQ(evaluation.comments, 4u);
  const ThemeScore& craft = score_of(evaluation, "craft");
  EXPECT_EQ(craft.true_positives, 2u);
  EXPECT_EQ(craft.false_positives, 1u);
  EXPECT_EQ(craft.false_negatives, 1u);
  EXPECT_NEAR(craft.precision, 2.0 / 3, 1e-9);
  EXPECT_NEAR(craft.recall, 2.0 / 3, 1e-9);
  EXPECT_NEAR(craft.f1, 2.0 / 3, 1e-9);
  const ThemeScore& marketplaces = score_of(evaluation, "marketplaces");
  EXPECT_DOUBLE_EQ(marketplaces.precision, 1.0);
  EXPECT_DOUBLE_EQ(marketplaces.recall, 0.5);
  EXPECT_NEAR(marketplaces.f1, 2.0 / 3, 1e-9);
  // micro: tp 3, fp 1, fn 2 → P 3/4, R 3/5, F1 = 2·0.75·0.6/1.35.
  EXPECT_EQ(evaluation.micro.true_positives, 3u);
  EXPECT_NEAR(evaluation.micro.precision, 0.75, 1e-9);
  EXPECT_NEAR(evaluation.micro.recall, 0.6, 1e-9);
  EXPECT_NEAR(evaluation.micro.f1, 2 * 0.75 * 0.6 / 1.35, 1e-9);
  EXPECT_NEAR(evaluation.macro_f1, 2.0 / 3, 1e-9);
}

TEST(Evaluation, ThemeNeverSeenNorPredictedScoresOne) {
  Evaluation evaluation = evaluate_tags({{}, {"craft"}}, {{}, {"craft"}}, {"craft", "quiet"});
  const ThemeScore& quiet = score_of(evaluation, "quiet");
  EXPECT_EQ(quiet.support(), 0u);
  EXPECT_DOUBLE_EQ(quiet.f1, 1.0);
  EXPECT_DOUBLE_EQ(evaluation.micro.f1, 1.0);
}

TEST(Evaluation, FalsePositivesOnlyScoreZero) {
  Evaluation evaluation = evaluate_tags({{}, {}}, {{"craft"}, {}}, {"craft"});
  EXPECT_DOUBLE_EQ(evaluation.themes[0].precision, 0.0);
  EXPECT_DOUBLE_EQ(evaluation.themes[0].f1, 0.0);
}

TEST(Evaluation, GoldLabelOutsideTheSetIsScoredAsMissed) {
  Evaluation evaluation = evaluate_tags({{"ghost"}}, {{}}, {"craft"});
  ASSERT_EQ(evaluation.themes.size(), 2u);
  EXPECT_EQ(evaluation.themes[1].id, "ghost");
  EXPECT_EQ(evaluation.themes[1].false_negatives, 1u);
  EXPECT_DOUBLE_EQ(evaluation.micro.recall, 0.0);
}

TEST(Evaluation, RejectsMismatchedLengths) {
  EXPECT_THROW(evaluate_tags({{}, {}}, {{}}, {}), std::invalid_argument);
}

TEST(GoldLines, ReadsTextThemesAndOptionalFields) {
  std::string jsonl =
      "{\"id\": \"d1\", \"text\": \"Des artisans\", \"themes\": [\"craft\"], \"why\": \"x\"}\n"
      "\n"
      "{\"index\": 4, \"author\": \"Zoé\", \"text\": \"Rien\", \"themes\": []}\n";
  std::vector<GoldComment> gold = parse_gold_lines(jsonl, "g.jsonl");
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(gold[0].id, "d1");
  EXPECT_EQ(gold[0].text, "Des artisans");
  EXPECT_EQ(gold[0].themes, std::vector<std::string>{"craft"});
  EXPECT_FALSE(gold[0].author);
  EXPECT_EQ(gold[1].id, "4");
  EXPECT_EQ(gold[1].author, "Zoé");
  EXPECT_TRUE(gold[1].themes.empty());
}

TEST(GoldLines, EmptyInputHasNoComments) {
  EXPECT_TRUE(parse_gold_lines("", "g.jsonl").empty());
  EXPECT_TRUE(parse_gold_lines("\n \n", "g.jsonl").empty());
}

TEST(GoldLines, ErrorsNameTheLineAndTheField) {
  struct Case {
    std::string jsonl, message;
  };
  const std::vector<Case> cases = {
      {"{\"text\": \"a\", \"themes\": []}\nnot json\n", "not a JSON object"},
      {"{\"themes\": []}\n", "'text' must be a string"},
      {"{\"text\": \"a\"}\n", "'themes' must be an array of strings"},
      {"{\"text\": \"a\", \"themes\": [1]}\n", "'themes' must be an array of strings"},
      {"{\"text\": \"a\", \"themes\": [], \"author\": []}\n", "'author' must be a string"},
  };
  for (const Case& c : cases) {
    try {
      parse_gold_lines(c.jsonl, "g.jsonl");
      ADD_FAILURE() << "no error for " << c.jsonl;
    } catch (const Error& error) {
      EXPECT_EQ(error.kind(), ErrorKind::kInput);
      EXPECT_NE(error.describe().find(c.message), std::string::npos) << error.describe();
      EXPECT_EQ(error.where().rfind("g.jsonl:", 0), 0u) << error.where();
    }
  }
  try {
    parse_gold_lines("{\"text\": \"a\", \"themes\": []}\n\n{}\n", "g.jsonl");
    ADD_FAILURE();
  } catch (const Error& error) {
    EXPECT_EQ(error.where(), "g.jsonl:3");
  }
}

}  // namespace
}  // namespace palabre
