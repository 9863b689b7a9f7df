// Outputs that never destroy inputs: -o naming an input is refused before anything is
// read or written; a report written into the folder being analysed is never read back; -o
// is written to a temporary file and renamed, so that a killed or failed run leaves the
// file as it was and two runs to one file never interleave; nothing reports success for an
// output that could not be written.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

namespace fs = std::filesystem;

std::string read_file(const std::string& path) { return read_text_file(path); }

std::string sample_page() { return read_file(source_path("samples/villages-2-0-chinois.txt")); }

class OutputSafety : public ::testing::Test {
 protected:
  std::string path(const std::string& relative) const { return scratch_ / relative; }
  std::string write(const std::string& relative, const std::string& contents) {
    return scratch_.write(relative, contents);
  }
  // The files of `folder` whose name starts with a dot: temporary files left behind.
  std::vector<std::string> hidden_files(const std::string& folder) const {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(path(folder)))
      if (entry.path().filename().string().starts_with(".")) found.push_back(entry.path().string());
    return found;
  }

  ScratchFolder scratch_{"output-safety"};
};

TEST_F(OutputSafety, AnOutputThatIsAnInputIsRefusedAndTheInputKept) {
  const std::string page = write("page.txt", sample_page());
  CommandResult result = run_palabre({"analyze", page, "-o", page});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("page.txt"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("input"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(page), sample_page());
}

TEST_F(OutputSafety, AnOutputThatIsAnInputThroughAnotherNameIsRefused) {
  const std::string page = write("page.txt", sample_page());
  ASSERT_EQ(link(page.c_str(), path("hard-link.txt").c_str()), 0);
  ASSERT_EQ(symlink(page.c_str(), path("soft-link.txt").c_str()), 0);
  for (const char* other : {"hard-link.txt", "soft-link.txt"}) {
    CommandResult result = run_palabre({"analyze", page, "-f", "json", "-o", path(other)});
    EXPECT_EQ(result.exit_code, 2) << other << ": " << result.err;
    EXPECT_EQ(read_file(page), sample_page()) << other;
  }
  // parse, and a theme file given as the output, are refused alike.
  CommandResult parse = run_palabre({"parse", page, "-o", path("hard-link.txt")});
  EXPECT_EQ(parse.exit_code, 2) << parse.err;
  const std::string themes = write("themes.json", read_file(source_path("data/themes/default.json")));
  CommandResult with_themes = run_palabre({"analyze", page, "--themes", themes, "-o", themes});
  EXPECT_EQ(with_themes.exit_code, 2) << with_themes.err;
  EXPECT_EQ(read_file(page), sample_page());
  EXPECT_EQ(read_file(themes), read_file(source_path("data/themes/default.json")));
}

TEST_F(OutputSafety, AReportWrittenIntoTheFolderIsNeverReadBack) {
  for (int i = 0; i < 3; ++i) write("pages/p" + std::to_string(i) + ".txt", sample_page());
  for (const char* format : {"txt", "html", "jsonl"}) {
    const std::string report = path(std::string("pages/report.") + format);
    const std::string format_name = std::string(format) == "txt" ? "text" : format;
    // Twice: the second run finds the first run's report in the folder.
    for (int run = 0; run < 2; ++run) {
      CommandResult result = run_palabre({"analyze", path("pages"), "-f", format_name, "-o", report});
      EXPECT_EQ(result.exit_code, 0) << format << " run " << run << ": " << result.err;
      EXPECT_NE(result.err.find("3 succeeded, 0 failed"), std::string::npos)
          << format << " run " << run << ": " << result.err;
    }
    EXPECT_LT(fs::file_size(report), 1u << 20) << format << ": the report fed on itself";
    if (std::string(format) == "jsonl") {
      EXPECT_EQ(lines_of(read_file(report)).size(), 3u);  // a line per page, none for itself
    }
    fs::remove(report);
  }
  EXPECT_TRUE(hidden_files("pages").empty());
}

TEST_F(OutputSafety, TheTemporaryFileIsNotReadEvenWhenAGlobMatchesIt) {
  for (int i = 0; i < 2; ++i) write("pages/p" + std::to_string(i) + ".txt", sample_page());
  CommandResult result = run_palabre(
      {"analyze", path("pages"), "--include", "*", "-f", "jsonl", "-o", path("pages/out")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(lines_of(read_file(path("pages/out"))).size(), 2u);
  EXPECT_TRUE(hidden_files("pages").empty());
}

TEST_F(OutputSafety, TheOutputKeepsItsPermissionsAndItsLink) {
  const std::string page = write("page.txt", sample_page());
  const std::string report = write("report.json", "earlier report\n");
  ASSERT_EQ(chmod(report.c_str(), 0640), 0);
  ASSERT_EQ(symlink(report.c_str(), path("latest.json").c_str()), 0);
  CommandResult result = run_palabre({"analyze", page, "-f", "json", "-o", path("latest.json")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::is_symlink(path("latest.json")));
  EXPECT_FALSE(nlohmann::json::parse(read_file(report), nullptr, false).is_discarded());
  EXPECT_EQ(fs::status(report).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

// Starts palabre reading a page from a pipe that is never closed, so that it is still
// running; returns its pid and the pipe's write end.
std::pair<pid_t, int> start_palabre_on_open_pipe(const std::vector<std::string>& args) {
  int pipe_ends[2];
  if (pipe(pipe_ends) != 0) return {-1, -1};
  pid_t child = fork();
  if (child == 0) {
    dup2(pipe_ends[0], STDIN_FILENO);
    close(pipe_ends[1]);
    if (chdir(PALABRE_SOURCE_DIR) != 0) _exit(127);
    std::vector<std::string> copies = args;
    std::string binary = PALABRE_BINARY;
    std::vector<char*> argv = {binary.data()};
    for (std::string& arg : copies) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(pipe_ends[0]);
  return {child, pipe_ends[1]};
}

TEST_F(OutputSafety, AKilledRunLeavesTheOutputAsItWas) {
  const std::string report = write("report.json", "the earlier report\n");
  auto [child, feed] = start_palabre_on_open_pipe({"analyze", "-", "-f", "json", "-o", report});
  ASSERT_GT(child, 0);
  const std::string page = sample_page();
  ASSERT_EQ(::write(feed, page.data(), page.size() / 2), static_cast<ssize_t>(page.size() / 2));
  usleep(200 * 1000);  // it has opened its output and is waiting for the rest of the page
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  close(feed);
  EXPECT_EQ(read_file(report), "the earlier report\n");
}

// One page that fails has no report to give: the file at -o stays as it was (a corpus, which
// records its failures, is written), and no temporary file is left beside it.
TEST_F(OutputSafety, AFailedPageLeavesTheOutputAsItWas) {
  const std::string report = write("out/report.json", "the earlier report\n");
  const std::string bad = write("bad.json", "[1, 2]");
  for (const char* format : {"json", "jsonl", "text", "csv", "html", "md"}) {
    CommandResult result = run_palabre({"analyze", bad, "-f", format, "-o", report});
    EXPECT_EQ(result.exit_code, 1) << format << ": " << result.err;
    EXPECT_NE(result.err.find("bad.json: "), std::string::npos) << result.err;
    EXPECT_EQ(read_file(report), "the earlier report\n") << format;
    EXPECT_TRUE(hidden_files("out").empty()) << format;
  }
  const std::string good = write("good.txt", sample_page());
  CommandResult corpus = run_palabre({"analyze", good, bad, "-f", "json", "-o", report});
  EXPECT_EQ(corpus.exit_code, 1) << corpus.err;
  EXPECT_NE(read_file(report).find("\"failures\""), std::string::npos);
}

TEST_F(OutputSafety, TwoRunsToOneOutputNeverInterleave) {
  // Two folders of different sizes, analysed at the same time into one file: it must end as
  // one of the two documents, whole.
  const std::size_t sizes[] = {60, 25};
  for (std::size_t run = 0; run < 2; ++run)
    for (std::size_t i = 0; i < sizes[run]; ++i)
      write("pages" + std::to_string(run) + "/p" + std::to_string(i) + ".txt", sample_page());
  const std::string report = path("report.json");
  std::vector<pid_t> children;
  for (int run = 0; run < 2; ++run) {
    pid_t child = fork();
    if (child == 0) {
      CommandResult result = run_palabre(
          {"analyze", path("pages" + std::to_string(run)), "-q", "-j", "1", "-f", "json", "-o", report});
      _exit(result.exit_code);
    }
    children.push_back(child);
  }
  for (pid_t child : children) {
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  nlohmann::json document = nlohmann::json::parse(read_file(report), nullptr, false);
  ASSERT_FALSE(document.is_discarded()) << "two runs interleaved into invalid JSON";
  const std::size_t threads = document["threads"].size();
  EXPECT_TRUE(threads == sizes[0] || threads == sizes[1]) << threads;
  EXPECT_TRUE(hidden_files("").empty());
}

TEST_F(OutputSafety, AFailedWriteIsNeverReportedAsSuccess) {
  for (int i = 0; i < 2; ++i) write("pages/p" + std::to_string(i) + ".txt", sample_page());
  CommandResult result = run_palabre({"analyze", path("pages"), "-o", "/dev/full"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("write failed"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("succeeded"), std::string::npos) << result.err;
}

TEST_F(OutputSafety, AnOutputInAFolderThatCannotBeWrittenIsAnError) {
  const std::string page = write("page.txt", sample_page());
  CommandResult result = run_palabre({"analyze", page, "-o", path("missing/report.txt")});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("missing/report.txt"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace palabre::testing
