// The command line as a user meets it: help, version, exit codes and error messages.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"

namespace palabre::testing {
namespace {

std::string write_temp(const std::string& name, const std::string& contents) {
  std::string path = "/tmp/palabre-cli-" + name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(Cli, HelpTeachesWithExamples) {
  CommandResult result = run_palabre({"--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Examples:"), std::string::npos);
  EXPECT_NE(result.out.find("analyze"), std::string::npos);
  EXPECT_NE(result.out.find("Exit codes"), std::string::npos);
  CommandResult sub = run_palabre({"analyze", "--help"});
  EXPECT_EQ(sub.exit_code, 0);
  EXPECT_NE(sub.out.find("--themes"), std::string::npos);
}

TEST(Cli, Version) {
  CommandResult result = run_palabre({"--version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_TRUE(result.out.starts_with("palabre ")) << result.out;
}

TEST(Cli, AnalyzeIsTheDefaultCommand) {
  CommandResult implicit = run_palabre({"samples/villages-2-0-chinois.txt"});
  CommandResult explicit_ = run_palabre({"analyze", "samples/villages-2-0-chinois.txt"});
  EXPECT_EQ(implicit.exit_code, 0) << implicit.err;
  EXPECT_EQ(implicit.out, explicit_.out);
  EXPECT_NE(implicit.out.find("villages 2.0 chinois"), std::string::npos);
  EXPECT_TRUE(implicit.err.empty()) << implicit.err;
}

TEST(Cli, MissingFileIsAnInputError) {
  CommandResult result = run_palabre({"parse", "no/such/page.txt"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "palabre: error: no/such/page.txt: No such file or directory\n");
  EXPECT_TRUE(result.out.empty());
}

TEST(Cli, DirectoryGivenToParse) {
  CommandResult result = run_palabre({"parse", "samples"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("palabre: error: samples: is a directory"), std::string::npos) << result.err;
}

TEST(Cli, EmptyWhitespaceAndBinaryFiles) {
  struct Case {
    const char* name;
    std::string contents;
    const char* message;
  };
  const Case cases[] = {
      {"empty.txt", "", "empty file"},
      {"blank.txt", "  \n\t\n", "only white space"},
      {"binary.bin", std::string("\x7F" "ELF\x02\x01\x00\x00\x00\x00", 10), "binary data"},
  };
  for (const Case& c : cases) {
    std::string path = write_temp(c.name, c.contents);
    CommandResult result = run_palabre({"parse", path});
    EXPECT_EQ(result.exit_code, 1) << c.name;
    EXPECT_NE(result.err.find("palabre: error: " + path + ": " + c.message), std::string::npos)
        << c.name << ": " << result.err;
    std::remove(path.c_str());
  }
}

TEST(Cli, OneBadInputDoesNotStopTheOthers) {
  CommandResult result =
      run_palabre({"analyze", "--format", "json", "missing.txt", "samples/villages-2-0-chinois.txt"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("missing.txt"), std::string::npos);
  // Several inputs make one palabre.corpus/1 document: the page's record and the failure.
  auto document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["schema"], "palabre.corpus/1");
  ASSERT_EQ(document["threads"].size(), 1u);
  EXPECT_EQ(document["threads"][0]["comments"].size(), 5u);
  ASSERT_EQ(document["failures"].size(), 1u);
  EXPECT_EQ(document["failures"][0]["path"], "missing.txt");
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_palabre({"analyze", "--format", "yaml", "samples/villages-2-0-chinois.txt"}).exit_code, 2);
  EXPECT_EQ(run_palabre({"analyze", "--no-such-flag", "x"}).exit_code, 2);
  EXPECT_EQ(run_palabre({"parse"}).exit_code, 2);
  EXPECT_EQ(run_palabre({}).exit_code, 2);
}

TEST(Cli, BadThemeFileExitsTwoAndNamesTheEntry) {
  std::string path = write_temp("themes.json", R"({"themes": [{"id": "x", "terms": ["l'"]}]})");
  CommandResult result = run_palabre({"samples/villages-2-0-chinois.txt", "--themes", path});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(path + ": theme 'x': terms[0] \"l'\": analyses to no word"),
            std::string::npos)
      << result.err;
  std::remove(path.c_str());
}

TEST(Cli, ReadsStandardInput) {
  std::ifstream sample(source_path("samples/villages-2-0-chinois.txt"));
  std::string page((std::istreambuf_iterator<char>(sample)), std::istreambuf_iterator<char>());
  CommandResult result = run_palabre({"parse", "-"}, page);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["comments"].size(), 5u);
}

TEST(Cli, JsonRecordsReadBack) {
  CommandResult first = run_palabre({"analyze", "--format", "json", "samples/villages-2-0-chinois.txt"});
  std::string path = write_temp("thread.json", first.out);
  CommandResult again = run_palabre({"analyze", "--format", "json", path});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  auto a = nlohmann::json::parse(first.out), b = nlohmann::json::parse(again.out);
  EXPECT_EQ(a["summary"]["themes"], b["summary"]["themes"]);
  EXPECT_EQ(a["comments"].size(), b["comments"].size());
  std::remove(path.c_str());
}

TEST(Cli, FullDiskIsReported) {
  CommandResult result = run_palabre({"parse", "samples/villages-2-0-chinois.txt", "-o", "/dev/full"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("/dev/full"), std::string::npos) << result.err;
}

TEST(Cli, TokensAndThemesSubcommands) {
  CommandResult tokens = run_palabre({"tokens", "Les artisants d un village"});
  EXPECT_EQ(tokens.exit_code, 0);
  EXPECT_NE(tokens.out.find("artisants"), std::string::npos);
  EXPECT_NE(tokens.out.find("elision"), std::string::npos);
  CommandResult list = run_palabre({"themes", "list"});
  EXPECT_EQ(list.exit_code, 0);
  for (const char* id : {"entrepreneurship", "marketplaces", "france_vs_china", "craft"})
    EXPECT_NE(list.out.find(id), std::string::npos) << id;
}

TEST(Cli, ThemesCheckListsProblemsAndPassesTheDefaultSet) {
  CommandResult clean = run_palabre({"themes", "check", "default"});
  EXPECT_EQ(clean.exit_code, 0) << clean.out;
  EXPECT_NE(clean.out.find("no problem found"), std::string::npos);
  std::string path = write_temp("check.json", R"({"themes": [
    {"id": "x", "terms": ["les", "artisan", "artisans", "l'"]},
    {"id": "y", "terms": ["artisan"], "all_of": [["nous"], ["Chine"]]}]})");
  CommandResult found = run_palabre({"themes", "check", path});
  EXPECT_EQ(found.exit_code, 1);
  EXPECT_NE(found.out.find("theme 'x': terms \"les\": a stopword alone"), std::string::npos) << found.out;
  EXPECT_NE(found.out.find("\"artisans\": same words as an earlier term"), std::string::npos) << found.out;
  EXPECT_NE(found.out.find("\"l'\": analyses to no word"), std::string::npos) << found.out;
  EXPECT_NE(found.out.find("also a term of theme 'x'"), std::string::npos) << found.out;
  EXPECT_EQ(found.out.find("\"nous\""), std::string::npos) << found.out;  // constrained by all_of
  std::remove(path.c_str());
}

}  // namespace
}  // namespace palabre::testing
