// palabre eval and the coverage report as a user meets them: figures that follow the
// labels, both formats, exit codes and messages for bad gold files.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

std::string write_temp(const std::string& name, const std::string& contents) {
  std::string path = "/tmp/palabre-eval-cli-" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

// Two comments the default themes get right, one they cannot know about.
const char* kGold =
    "{\"id\": \"g1\", \"text\": \"Les artisans du village\", \"themes\": [\"craft\"]}\n"
    "{\"id\": \"g2\", \"text\": \"Mon colis Amazon est perdu\", \"themes\": [\"marketplaces\"]}\n"
    "{\"id\": \"g3\", \"text\": \"Il pleut sur Brest\", \"themes\": [\"craft\"]}\n";

TEST(EvalCli, JsonFiguresFollowTheLabels) {
  std::string gold = write_temp("gold.jsonl", kGold);
  CommandResult result = run_palabre({"eval", gold, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["comments"], 3);
  nlohmann::json craft;
  for (const auto& theme : report["themes"])
    if (theme["id"] == "craft") craft = theme;
  ASSERT_FALSE(craft.is_null());
  EXPECT_EQ(craft["true_positives"], 1);
  EXPECT_EQ(craft["false_negatives"], 1);
  EXPECT_DOUBLE_EQ(craft["precision"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(craft["recall"].get<double>(), 0.5);
  EXPECT_EQ(report["micro"]["true_positives"], 2);
  EXPECT_EQ(report["micro"]["false_negatives"], 1);
}

TEST(EvalCli, TextTableAndErrorsList) {
  std::string gold = write_temp("gold-text.jsonl", kGold);
  CommandResult result = run_palabre({"eval", gold, "--show-errors"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("micro"), std::string::npos);
  EXPECT_NE(result.out.find("craft"), std::string::npos);
  EXPECT_NE(result.out.find("g3: missing craft"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("g1:"), std::string::npos);
}

TEST(EvalCli, ReadsStandardInputAndOtherThemeFiles) {
  std::string themes = write_temp("weather.json",
                                  R"({"themes": [{"id": "weather", "label": "Météo",
                                      "terms": ["pluie", "il pleut"]}]})");
  CommandResult result = run_palabre(
      {"eval", "-", "--themes", themes, "--format", "json"},
      "{\"text\": \"Il pleut sur Brest\", \"themes\": [\"weather\"]}\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_DOUBLE_EQ(report["micro"]["f1"].get<double>(), 1.0);
}

TEST(EvalCli, BadGoldAndThemeFilesAreReported) {
  CommandResult missing = run_palabre({"eval", "/nonexistent/gold.jsonl"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/gold.jsonl"), std::string::npos);
  std::string bad = write_temp("bad.jsonl", "{\"text\": \"ok\", \"themes\": []}\n{\"text\": 3}\n");
  CommandResult line = run_palabre({"eval", bad});
  EXPECT_EQ(line.exit_code, 1);
  EXPECT_NE(line.err.find("bad.jsonl:2"), std::string::npos) << line.err;
  std::string gold = write_temp("gold-ok.jsonl", kGold);
  CommandResult themes = run_palabre({"eval", gold, "--themes", "/nonexistent/themes.json"});
  EXPECT_EQ(themes.exit_code, 2);
  CommandResult usage = run_palabre({"eval"});
  EXPECT_EQ(usage.exit_code, 2);
}

TEST(CoverageCli, UntaggedCommentsSuggestTerms) {
  std::string record = write_temp("thread.json", R"({"schema": "palabre.thread/1", "comments": [
      {"text": "La météo de Brest est terrible."},
      {"text": "Brest sous la pluie, encore la météo."},
      {"text": "Les artisans du village."}]})");
  CommandResult result = run_palabre({"analyze", record, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["summary"]["untagged"], nlohmann::json::array({"c1", "c2"}));
  std::vector<std::string> terms;
  for (const auto& term : report["summary"]["suggested_terms"]) terms.push_back(term["term"]);
  EXPECT_NE(std::find(terms.begin(), terms.end(), "brest"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "météo"), terms.end());
  for (const char* format : {"text", "md", "html"}) {
    CommandResult other = run_palabre({"analyze", record, "--format", format});
    EXPECT_NE(other.out.find("Candidate terms"), std::string::npos) << format << other.out;
    EXPECT_NE(other.out.find("brest (2)"), std::string::npos) << format << other.out;
  }
}

}  // namespace
}  // namespace palabre::testing
