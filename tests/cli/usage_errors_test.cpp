// Errors a new user meets in the first hour, each one line that names the file or the option
// and says what to do: -j 0, sizes as palabre prints them, mistyped options and commands,
// `palabre analyse` and `palabre help`, a theme file with a trailing comma, a theme whose
// only term analyses to nothing.
#include <gtest/gtest.h>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

const std::string kSample = "samples/villages-2-0-chinois.txt";

// One line on stderr, "palabre: error: ", short enough to read.
void expect_one_line(const CommandResult& result, const std::string& wanted) {
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(count_occurrences(result.err, "\n"), 1u) << result.err;
  EXPECT_LT(result.err.size(), 240u) << result.err;
  EXPECT_TRUE(result.err.starts_with("palabre: error: ")) << result.err;
  EXPECT_NE(result.err.find(wanted), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST(UsageErrors, JobsMustBePositiveInOneLine) {
  for (const char* jobs : {"0", "-3", "two", "1.5"})
    expect_one_line(run_palabre({"analyze", "-j", jobs, kSample, kSample}),
                    std::string("--jobs: '") + jobs + "' is not a number of worker threads: give 1 or more");
  EXPECT_EQ(run_palabre({"analyze", "-j", "3", kSample, kSample, "-q"}).exit_code, 0);
}

TEST(UsageErrors, MaxBytesTakesSizesAsTheyArePrinted) {
  EXPECT_EQ(run_palabre({kSample, "--max-bytes", "10M"}).exit_code, 0);
  EXPECT_EQ(run_palabre({kSample, "--max-bytes", "512k"}).exit_code, 0);
  EXPECT_EQ(run_palabre({kSample, "--max-bytes", "1G"}).exit_code, 0);
  CommandResult small = run_palabre({kSample, "--max-bytes", "2K"});  // the sample is 2815 bytes
  EXPECT_EQ(small.exit_code, 1);
  EXPECT_NE(small.err.find(kSample + ": larger than --max-bytes (2K)"), std::string::npos) << small.err;
  expect_one_line(run_palabre({kSample, "--max-bytes", "10Q"}), "--max-bytes: '10Q' is not a size");
  expect_one_line(run_palabre({kSample, "--max-bytes", "-1"}), "write bytes (2000) or K, M, G (512K, 10M, 1G)");
  // The help shows the default the way the option takes it.
  EXPECT_NE(run_palabre({"analyze", "--help"}).out.find("--max-bytes SIZE=512M"), std::string::npos);
}

TEST(UsageErrors, MistypedOptionsAndCommandsGetASuggestion) {
  expect_one_line(run_palabre({"--formt", "json", kSample}),
                  "unknown option '--formt': did you mean '--format'? ('palabre analyze --help' lists the options)");
  expect_one_line(run_palabre({"parse", "--qiet", kSample}), "did you mean '--quiet'?");
  expect_one_line(run_palabre({"eval", "gold.jsonl", "--show-error"}), "did you mean '--show-errors'?");
  expect_one_line(run_palabre({"themes", "lst"}), "no command 'lst': did you mean 'palabre themes list'?");
  expect_one_line(run_palabre({"anlyze", kSample}), "'anlyze' is neither a command nor a file: did you mean 'palabre analyze'?");
  expect_one_line(run_palabre({"--no-such-flag", kSample}), "unknown option '--no-such-flag' ('palabre analyze --help'");
}

TEST(UsageErrors, AnalyseAndHelpAreCommands) {
  CommandResult british = run_palabre({"analyse", kSample});
  EXPECT_EQ(british.exit_code, 0) << british.err;
  EXPECT_EQ(british.out, run_palabre({"analyze", kSample}).out);
  CommandResult help = run_palabre({"help"});
  EXPECT_EQ(help.exit_code, 0) << help.err;
  EXPECT_EQ(help.out, run_palabre({"--help"}).out);
  for (const std::vector<std::string>& command :
       {std::vector<std::string>{"analyze"}, {"parse"}, {"themes"}, {"themes", "check"}, {"merge"}}) {
    std::vector<std::string> asked = {"help"}, flag = command;
    asked.insert(asked.end(), command.begin(), command.end());
    flag.push_back("--help");
    CommandResult via_help = run_palabre(asked);
    EXPECT_EQ(via_help.exit_code, 0) << via_help.err;
    EXPECT_EQ(via_help.out, run_palabre(flag).out) << command[0];
  }
  expect_one_line(run_palabre({"help", "frobnicate"}), "no command 'frobnicate'");
}

TEST(UsageErrors, ThemeFileSyntaxErrorGivesLineAndColumn) {
  ScratchFolder folder("trailing-comma");
  const std::string path = folder.write("themes.json",
                                        "{\"themes\": [\n"
                                        "  {\"id\": \"craft\",\n"
                                        "   \"terms\": [\"artisan*\", \"savoir-faire\",]}\n"
                                        "]}\n");
  CommandResult result = run_palabre({kSample, "--themes=" + path});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "palabre: error: " + path +
                            ": not valid JSON: line 3, column 40: a comma before ']': JSON allows no trailing "
                            "comma, remove it\n");
  const std::string quotes = folder.write("quotes.json", "{'themes': []}");
  CommandResult single = run_palabre({kSample, "--themes=" + quotes});
  EXPECT_NE(single.err.find(quotes + ": not valid JSON: line 1, column 2: a single quote: JSON strings take double quotes"),
            std::string::npos)
      << single.err;
  const std::string open = folder.write("open.json", "{\"themes\": [{\"id\": \"x\", \"terms\": [\"a\"]}\n");
  CommandResult cut = run_palabre({kSample, "--themes=" + open});
  EXPECT_NE(cut.err.find(open + ": not valid JSON: line 2, column 1: the text ends before the JSON does"),
            std::string::npos)
      << cut.err;
}

TEST(UsageErrors, ThemeWhoseOnlyTermAnalysesToNothingIsNamed) {
  ScratchFolder folder("dead-theme");
  const std::string path = folder.write("themes.json", R"({"themes": [
    {"id": "dots", "terms": ["..."]},
    {"id": "craft", "terms": ["artisan*", "artisan*"]}]})");
  // Checking goes on past it, lists it, and says it can never fire.
  CommandResult check = run_palabre({"themes", "check", path});
  EXPECT_EQ(check.exit_code, 1) << check.err;
  EXPECT_NE(check.out.find(path + ": theme 'dots': terms[0] \"...\": analyses to no word (only punctuation, an "
                                  "elision or a symbol): write a word, or remove the entry"),
            std::string::npos)
      << check.out;
  EXPECT_NE(check.out.find(path + ": theme 'dots': no term analyses to a word, so nothing could make it fire"),
            std::string::npos)
      << check.out;
  EXPECT_NE(check.out.find("theme 'craft': terms[1] \"artisan*\": same words as an earlier term"), std::string::npos)
      << check.out;
  // Loading it stops at the term, with what to do.
  CommandResult load = run_palabre({kSample, "--themes=" + path});
  EXPECT_EQ(load.exit_code, 2);
  EXPECT_NE(load.err.find(path + ": theme 'dots': terms[0] \"...\": analyses to no word"), std::string::npos) << load.err;
  EXPECT_NE(load.err.find("write a word, or remove the entry"), std::string::npos) << load.err;
}

}  // namespace
}  // namespace palabre::testing
