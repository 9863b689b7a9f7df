// palabre's own outputs met in a folder: last run's reports, JSON, JSON lines, partials and
// corpus documents are not read back as articles (the corpus would count them twice), the
// run says so once, and a file named on the command line is still read as asked.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::string kSample = "samples/villages-2-0-chinois.txt";

// Two pages, then every output a user may have written beside them on earlier runs.
void fill_folder(const ScratchFolder& folder) {
  const std::string page = read_text_file(source_path(kSample));
  folder.write("pages/a.txt", page);
  folder.write("pages/b.html", read_text_file(source_path("samples/villages-2-0-chinois.html")));
  struct Output {
    const char* name;
    std::vector<std::string> args;
  };
  const std::vector<Output> outputs = {
      {"report.txt", {kSample}},
      {"report-colour.txt", {kSample, "--color", "always"}},
      {"report.html", {kSample, "-f", "html"}},
      {"report.json", {kSample, "-f", "json"}},
      {"threads.jsonl", {kSample, "-f", "jsonl"}},
      {"comments.jsonl", {kSample, "-f", "jsonl", "--per", "comment"}},
      {"report.md", {kSample, "-f", "md"}},
      {"report.csv", {kSample, "-f", "csv"}},
      {"corpus.json", {kSample, kSample, "-f", "json"}},
      {"corpus.txt", {kSample, kSample}},
      {"corpus.md", {kSample, kSample, "-f", "md"}},
      {"corpus.html", {kSample, kSample, "-f", "html"}},
      {"partial.json", {kSample, "--emit", "partial"}},
  };
  for (const Output& output : outputs) {
    CommandResult made = run_palabre(output.args);
    ASSERT_EQ(made.exit_code, 0) << output.name << ": " << made.err;
    folder.write(std::string("pages/earlier/") + output.name, made.out);
  }
}

TEST(OwnOutputs, FolderWalkSkipsEarlierReportsAndSaysSoOnce) {
  ScratchFolder folder("own-outputs");
  fill_folder(folder);
  CommandResult result = run_palabre({"analyze", folder / "pages", "-f", "json", "--include", "*", "-q"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json corpus = json::parse(result.out);
  ASSERT_EQ(corpus["threads"].size(), 2u) << "an earlier output was read as a page";
  EXPECT_EQ(corpus["summary"]["comments"], 10);
  EXPECT_EQ(corpus["failures"].size(), 0u);
  EXPECT_EQ(count_occurrences(result.err, "palabre: warning: skipped 13 files that palabre wrote"), 1u)
      << result.err;
  EXPECT_EQ(count_occurrences(result.err, "\n"), 1u) << "one notice for them all:\n" << result.err;
  EXPECT_NE(result.err.find("name it on the command line"), std::string::npos) << result.err;
}

TEST(OwnOutputs, RecordsThatWereOnlyParsedAreStillPages) {
  // `palabre parse` output (or a scraper's records) is an input, not a report.
  ScratchFolder folder("records");
  CommandResult records = run_palabre({"parse", kSample});
  ASSERT_EQ(records.exit_code, 0) << records.err;
  folder.write("pages/record.json", records.out);
  folder.write("pages/hand.json", R"({"comments": [{"text": "Les artisans chinois vendent sur Alibaba."}]})");
  CommandResult result = run_palabre({"analyze", folder / "pages", "-f", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(json::parse(result.out)["threads"].size(), 2u);
  EXPECT_EQ(result.err.find("skipped"), std::string::npos) << result.err;
}

TEST(OwnOutputs, NamedOutputsAreReadAsAsked) {
  ScratchFolder folder("named");
  const std::string report = folder.write("report.json", run_palabre({kSample, "-f", "json"}).out);
  const std::string lines = folder.write("comments.jsonl", run_palabre({kSample, "-f", "jsonl", "--per", "comment"}).out);
  CommandResult result = run_palabre({"analyze", report, lines, "-f", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json corpus = json::parse(result.out);
  ASSERT_EQ(corpus["threads"].size(), 2u);
  EXPECT_EQ(corpus["threads"][0]["comments"].size(), 5u);
  EXPECT_EQ(corpus["threads"][1]["comments"].size(), 5u);  // the comment lines, one thread again
  EXPECT_EQ(result.err.find("skipped"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace palabre::testing
