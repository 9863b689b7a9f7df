// -o FILE picks the report format from its extension unless --format says otherwise:
// `palabre page.txt -o report.html` writes the HTML page, not the text report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

using nlohmann::json;

const std::string kSample = "samples/villages-2-0-chinois.txt";

TEST(OutputFormat, ExtensionPicksTheFormat) {
  ScratchFolder folder("extension");
  struct Case {
    std::string name;
    std::string format;  // the --format whose output the file must hold
  };
  const std::vector<Case> cases = {
      {"report.html", "html"}, {"report.HTM", "html"},    {"record.json", "json"},
      {"lines.jsonl", "jsonl"}, {"notes.md", "md"},        {"rows.csv", "csv"},
      {"report.txt", "text"},   {"report.out", "text"},    {"no-extension", "text"},
  };
  for (const Case& c : cases) {
    CommandResult written = run_palabre({kSample, "-o", folder / c.name});
    ASSERT_EQ(written.exit_code, 0) << c.name << ": " << written.err;
    EXPECT_EQ(read_text_file(folder / c.name), run_palabre({kSample, "-f", c.format}).out) << c.name;
  }
}

TEST(OutputFormat, FormatFlagWinsOverTheExtension) {
  ScratchFolder folder("flag-wins");
  CommandResult written = run_palabre({kSample, "-f", "text", "-o", folder / "report.html"});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_EQ(read_text_file(folder / "report.html"), run_palabre({kSample}).out);
}

TEST(OutputFormat, ExtensionAppliesToFoldersAndJsonLinesToo) {
  ScratchFolder folder("corpus");
  folder.write("pages/a.txt", read_text_file(source_path(kSample)));
  folder.write("pages/b.txt", read_text_file(source_path(kSample)));
  CommandResult written = run_palabre({folder / "pages", "-o", folder / "corpus.csv", "-q"});
  ASSERT_EQ(written.exit_code, 0) << written.err;
  const std::string csv = read_text_file(folder / "corpus.csv");
  EXPECT_TRUE(csv.starts_with("path,title,url,error,comment_id,")) << csv.substr(0, 80);
  EXPECT_EQ(count_occurrences(csv, "\r\n"), 11u);
  // JSON lines in give JSON lines out, unless -o names another format.
  CommandResult lines = run_palabre({"--input-format", "jsonl", "-", "-o", folder / "corpus.json", "-q"},
                                    "{\"thread\": \"a\", \"text\": \"Les artisans chinois\"}\n");
  ASSERT_EQ(lines.exit_code, 0) << lines.err;
  EXPECT_EQ(json::parse(read_text_file(folder / "corpus.json"))["schema"], "palabre.corpus/1");
}

TEST(OutputFormat, FlagsForAnotherFormatSayWhichFormatTheExtensionChose) {
  ScratchFolder folder("explain");
  CommandResult result = run_palabre({kSample, "--explain", "-o", folder / "report.html"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--explain: applies to the text format only (-o " + (folder / "report.html") +
                            " writes html; add --format to choose)"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace palabre::testing
