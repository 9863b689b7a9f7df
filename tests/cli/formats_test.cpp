// The report formats as a user meets them: every format from the command line, -o, colour
// in a real terminal (a pseudo-terminal through script(1)), JSON checked against the
// schema, the HTML page in a real browser (headless chromium), the man page and its install.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli/run_command.hpp"
#include "support/json_schema.hpp"

namespace palabre::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSample = "samples/villages-2-0-chinois.txt";
const std::vector<std::string> kFormats = {"text", "json", "jsonl", "md", "csv", "html"};

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

// A fresh scratch directory per test, removed at the end.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(fs::temp_directory_path() / ("palabre-formats-" + std::to_string(getpid()) + "-" + name)) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

bool have_program(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs a shell command line, its output to `out`; the exit status.
int run_shell(const std::string& command, const fs::path& out) {
  int status = std::system((command + " >'" + out.string() + "' 2>&1").c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

TEST(Formats, EveryFormatRunsAndRepeatsItself) {
  for (const std::string& format : kFormats) {
    CommandResult first = run_palabre({"analyze", "--format", format, kSample});
    EXPECT_EQ(first.exit_code, 0) << format << ": " << first.err;
    EXPECT_EQ(first.err, "") << format;
    EXPECT_GT(first.out.size(), 500u) << format;
    CommandResult second = run_palabre({"analyze", "--format", format, kSample});
    EXPECT_EQ(first.out, second.out) << format << " is not deterministic";
  }
}

TEST(Formats, UnknownFormatAndMisplacedFlagsAreUsageErrors) {
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"analyze", "-f", "pdf", kSample}, "pdf"},
      {{"analyze", "-f", "json", "--explain", kSample}, "--explain: applies to the text format only"},
      {{"analyze", "-f", "csv", "--per", "comment", kSample}, "--per: applies to the jsonl format only"},
      {{"analyze", "--color", "sometimes", kSample}, "sometimes"},
      {{"analyze", "-f", "jsonl", "--per", "word", kSample}, "word"},
  };
  for (const Case& c : cases) {
    CommandResult result = run_palabre(c.args);
    EXPECT_EQ(result.exit_code, 2) << c.message;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
  }
}

TEST(Formats, SeveralInputsMakeOneDocumentEvenWhenOneFails) {
  CommandResult csv = run_palabre({"analyze", "-f", "csv", kSample, "no/such/page.txt", kSample});
  EXPECT_EQ(csv.exit_code, 1);
  EXPECT_NE(csv.err.find("no/such/page.txt"), std::string::npos) << csv.err;
  EXPECT_EQ(count_occurrences(csv.out, "path,comment_id"), 1u);
  EXPECT_EQ(count_occurrences(csv.out, "\r\nsamples/villages-2-0-chinois.txt,c"), 10u);

  CommandResult html = run_palabre({"analyze", "-f", "html", kSample, "no/such/page.txt", kSample});
  EXPECT_EQ(html.exit_code, 1);
  EXPECT_EQ(count_occurrences(html.out, "<!DOCTYPE html>"), 1u);
  EXPECT_EQ(count_occurrences(html.out, "<article class=\"thread\""), 2u);
  EXPECT_TRUE(html.out.ends_with("</html>\n"));

  CommandResult none = run_palabre({"analyze", "-f", "html", "no/such/page.txt"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, "");
}

TEST(Formats, UsageErrorLeavesTheOutputFileAlone) {
  ScratchDir dir("usage");
  const fs::path file = dir.path() / "kept.txt";
  std::ofstream(file) << "precious";
  CommandResult result = run_palabre({"analyze", "-f", "json", "--explain", "-o", file.string(), kSample});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(read_file(file), "precious");
}

TEST(Formats, OutputFileHoldsWhatStdoutWould) {
  ScratchDir dir("output");
  for (const std::string& format : kFormats) {
    const fs::path file = dir.path() / ("report." + format);
    CommandResult to_file = run_palabre({"analyze", "-f", format, "-o", file.string(), kSample});
    EXPECT_EQ(to_file.exit_code, 0) << to_file.err;
    EXPECT_EQ(to_file.out, "") << format;
    CommandResult to_stdout = run_palabre({"analyze", "-f", format, "-o", "-", kSample});
    EXPECT_EQ(read_file(file), to_stdout.out) << format;
  }
  // A file is not a terminal: no colour unless asked.
  EXPECT_EQ(read_file(dir.path() / "report.text").find('\x1b'), std::string::npos);
}

TEST(Formats, JsonOutputsMatchTheSchema) {
  CommandResult json_out = run_palabre({"analyze", "-f", "json", kSample});
  EXPECT_EQ(schema_problems(json::parse(json_out.out)), "");
  CommandResult parse_out = run_palabre({"parse", kSample});
  EXPECT_EQ(schema_problems(json::parse(parse_out.out)), "");

  CommandResult threads = run_palabre({"analyze", "-f", "jsonl", kSample, kSample});
  std::vector<std::string> thread_lines = lines_of(threads.out);
  ASSERT_EQ(thread_lines.size(), 2u);
  for (const std::string& line : thread_lines) {
    EXPECT_EQ(schema_problems(json::parse(line)), "");
    EXPECT_EQ(json::parse(line), json::parse(json_out.out));
  }

  CommandResult comments = run_palabre({"analyze", "-f", "jsonl", "--per", "comment", kSample});
  std::vector<std::string> comment_lines = lines_of(comments.out);
  json document = json::parse(json_out.out);
  ASSERT_EQ(comment_lines.size(), document["comments"].size());
  for (std::size_t c = 0; c < comment_lines.size(); ++c) {
    json line = json::parse(comment_lines[c]);
    EXPECT_EQ(schema_problems(line, "/$defs/comment_line"), "");
    EXPECT_EQ(line["path"], kSample);
    EXPECT_EQ(line["comment"]["id"], document["comments"][c]["id"]);
    EXPECT_EQ(line["themes"], document["comments"][c]["themes"]);
  }

  // The golden JSON files are outputs too.
  std::size_t golden = 0;
  for (const auto& entry : fs::recursive_directory_iterator(source_path("tests/golden")))
    if (entry.path().extension() == ".json") {
      EXPECT_EQ(schema_problems(json::parse(read_file(entry.path()))), "") << entry.path();
      ++golden;
    }
  EXPECT_GT(golden, 0u);
}

TEST(Formats, CsvHasARowPerCommentAndAColumnPerTheme) {
  CommandResult csv = run_palabre({"analyze", "-f", "csv", kSample});
  CommandResult themes = run_palabre({"themes", "list"});
  ASSERT_EQ(csv.exit_code, 0);
  std::string header = csv.out.substr(0, csv.out.find("\r\n"));
  EXPECT_TRUE(header.starts_with("path,comment_id,parent,author,posted_at,truncated,")) << header;
  EXPECT_TRUE(header.ends_with(",text"));
  for (const std::string& line : lines_of(themes.out)) {
    std::string id = line.substr(0, line.find(' '));
    EXPECT_NE(header.find("," + id + ","), std::string::npos) << id;
  }
  EXPECT_EQ(count_occurrences(csv.out, "\r\nsamples/villages-2-0-chinois.txt,c"), 5u);
  EXPECT_TRUE(csv.out.ends_with("\r\n"));
}

TEST(Formats, ExplainShowsEveryComment) {
  CommandResult result = run_palabre({"analyze", "--explain", kSample});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* id : {"c1 · ", "c2 · ", "c3 · ", "c4 · ", "c5 · "})
    EXPECT_NE(result.out.find(std::string("\n") + id), std::string::npos) << id;
  EXPECT_NE(result.out.find("[artisants]"), std::string::npos);
  EXPECT_EQ(result.out.find('\x1b'), std::string::npos);
}

TEST(Formats, ColourWhenAskedNeverWhenPiped) {
  EXPECT_EQ(run_palabre({kSample}).out.find('\x1b'), std::string::npos);
  EXPECT_EQ(run_palabre({"--color", "never", kSample}).out.find('\x1b'), std::string::npos);
  std::string always = run_palabre({"--color", "always", kSample}).out;
  EXPECT_NE(always.find("\x1b["), std::string::npos);
  // Without its escape sequences, the coloured report is the plain one.
  EXPECT_EQ(std::regex_replace(always, std::regex("\x1b\\[[0-9;]*m"), ""), run_palabre({kSample}).out);
}

// In a pseudo-terminal of 50 columns: colour by default, none with NO_COLOR or TERM=dumb,
// every line within the width.
TEST(Formats, TerminalGetsColourAndItsWidth) {
  if (!have_program("script")) GTEST_SKIP() << "script(1) is not installed (bsdutils)";
  ScratchDir dir("tty");
  auto in_terminal = [&](const std::string& environment, const std::string& flags = "") {
    const fs::path out = dir.path() / "tty.txt";
    std::string command = "cd '" + source_path("") + "' && script -qec \"stty cols 50 rows 40; env -u NO_COLOR " +
                          environment + " '" + PALABRE_BINARY + "' --explain " + flags + " " + kSample +
                          "\" /dev/null </dev/null";
    EXPECT_EQ(run_shell(command, out), 0) << read_file(out);
    return std::regex_replace(read_file(out), std::regex("\r"), "");
  };
  std::string coloured = in_terminal("TERM=xterm");
  EXPECT_NE(coloured.find("\x1b["), std::string::npos) << coloured;
  for (const std::string& line : lines_of(std::regex_replace(coloured, std::regex("\x1b\\[[0-9;]*m"), ""))) {
    std::size_t columns = 0;  // the sample's characters are all one column wide
    for (unsigned char c : line) columns += (c & 0xC0) != 0x80;
    EXPECT_LE(columns, 50u) << line;
  }
  EXPECT_EQ(in_terminal("TERM=xterm NO_COLOR=1").find('\x1b'), std::string::npos);
  EXPECT_EQ(in_terminal("TERM=dumb").find('\x1b'), std::string::npos);
  EXPECT_EQ(in_terminal("TERM=xterm", "--color never").find('\x1b'), std::string::npos);
  // The flag beats the environment.
  EXPECT_NE(in_terminal("TERM=xterm NO_COLOR=1", "--color always").find('\x1b'), std::string::npos);
}

// The Markdown report through GitHub's own renderer (cmark-gfm, raw HTML allowed so that
// only our escaping keeps page text from becoming markup).
TEST(Formats, MarkdownRendersWithGitHubsRenderer) {
  if (!have_program("cmark-gfm"))
    GTEST_SKIP() << "cmark-gfm is not installed: Markdown rendering not checked "
                    "(scripts/install-deps.sh test installs it)";
  ScratchDir dir("markdown");
  const std::string hostile =
      R"({"article": {"title": "Chine & France : <b>match</b> | *2.0*"}, "comments": [)"
      R"({"text": "Les artisans <script>alert(1)</script> | *non* _oui_ [lien](http://x) en Chine"},)"
      R"({"text": "Rien à voir | rien", "author": "<i>Anne</i>"}]})";
  // A theme label with a pipe and markup, in the table.
  const fs::path themes = dir.path() / "themes.json";
  std::ofstream(themes) << R"({"language": "fr", "themes": [{"id": "price", "label": "Prix | *qualité* <u>",
                              "terms": ["prix", "rien"]}]})";
  struct Case {
    std::vector<std::string> args;
    std::string input;
  };
  const std::vector<std::string> themed = {"--themes", "default", "--themes", themes.string()};
  for (const Case& c : {Case{{kSample}, ""}, Case{{"-"}, hostile}}) {
    std::vector<std::string> md_args = {"analyze", "-f", "md"}, json_args = {"analyze", "-f", "json"};
    for (auto* args : {&md_args, &json_args}) {
      args->insert(args->end(), themed.begin(), themed.end());
      args->push_back(c.args.back());
    }
    CommandResult md = run_palabre(md_args, c.input);
    ASSERT_EQ(md.exit_code, 0) << md.err;
    json document = json::parse(run_palabre(json_args, c.input).out);
    std::ofstream(dir.path() / "report.md", std::ios::binary) << md.out;
    const fs::path html_file = dir.path() / "report.html";
    ASSERT_EQ(run_shell("cmark-gfm -e table --unsafe '" + (dir.path() / "report.md").string() + "'", html_file), 0);
    std::string html = read_file(html_file);
    EXPECT_EQ(count_occurrences(html, "<h1>"), 1u);
    EXPECT_EQ(count_occurrences(html, "<table>"), 1u);
    EXPECT_EQ(count_occurrences(html, "<td align=\"left\">"), document["summary"]["themes"].size()) << html;
    EXPECT_EQ(count_occurrences(html, "<td align=\"right\">"), 2 * document["summary"]["themes"].size()) << html;
    std::size_t quotes = 0;
    for (const json& theme : document["summary"]["themes"]) quotes += !theme["quote"].is_null();
    for (const json& group : document["summary"]["groups"]) quotes += !group["representative"].is_null();
    EXPECT_EQ(count_occurrences(html, "<blockquote>"), quotes);
    EXPECT_NE(html.find("<td align=\"left\">Prix | *qualité* &lt;u&gt;</td>"), std::string::npos) << html;
    for (const char* markup : {"<script", "<b>", "<i>", "<u>", "<em>", "<a href"})
      EXPECT_EQ(html.find(markup), std::string::npos) << markup << " in\n" << html;
  }
}

// The HTML page in a real browser: the script runs, one element per comment, the chart,
// the filter from the address (#theme=craft), and a screenshot kept in the build tree.
TEST(Formats, HtmlInHeadlessChromium) {
  if (!have_program("chromium"))
    GTEST_SKIP() << "chromium is not installed: the HTML report was not checked in a browser "
                    "(scripts/install-deps.sh test installs it)";
  ScratchDir dir("browser");
  const fs::path page = dir.path() / "report.html";
  CommandResult made = run_palabre({"analyze", "-f", "html", "-o", page.string(), kSample});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  json document = json::parse(run_palabre({"analyze", "-f", "json", kSample}).out);

  const std::string browser =
      "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync "
      "--disable-dev-shm-usage --user-data-dir='" + (dir.path() / "profile").string() + "' ";
  const std::string url = "file://" + page.string();

  const fs::path dom_file = dir.path() / "dom.html";
  ASSERT_EQ(run_shell(browser + "--dump-dom '" + url + "' 2>/dev/null", dom_file), 0);
  std::string dom = read_file(dom_file);
  EXPECT_NE(dom.find("<body data-ready=\"true\">"), std::string::npos) << "the inline script did not run";
  EXPECT_EQ(count_occurrences(dom, "<li class=\"comment\""), document["comments"].size());
  EXPECT_EQ(count_occurrences(dom, "<svg class=\"theme-chart\""), 1u);
  EXPECT_EQ(count_occurrences(dom, "<g class=\"bar "), document["summary"]["themes"].size());
  EXPECT_EQ(dom.find("<nav class=\"filter\" aria-label=\"Filter the comments by theme\" hidden"),
            std::string::npos)
      << "the filter bar stayed hidden";
  EXPECT_NE(dom.find("5 / 5 shown"), std::string::npos);

  // Filtered from the address: only the comments tagged craft stay visible.
  ASSERT_EQ(run_shell(browser + "--dump-dom '" + url + "#theme=craft' 2>/dev/null", dom_file), 0);
  dom = read_file(dom_file);
  std::size_t craft = 0;
  for (const json& comment : document["comments"]) {
    bool tagged = false;
    for (const json& theme : comment["themes"]) tagged |= theme["id"] == "craft";
    craft += tagged;
    std::regex element("<li class=\"comment\" id=\"t1-" + comment["id"].get<std::string>() +
                       "\" data-themes=\"[^\"]*\"( hidden=\"\")?>");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(dom, match, element)) << comment["id"];
    EXPECT_EQ(match[1].matched, !tagged) << comment["id"];
  }
  EXPECT_NE(dom.find(std::to_string(craft) + " / 5 shown"), std::string::npos);

  const fs::path shot = fs::path(PALABRE_BUILD_DIR) / "tests" / "html-report.png";
  fs::remove(shot);
  ASSERT_EQ(run_shell(browser + "--hide-scrollbars --window-size=1000,2400 --screenshot='" +
                          shot.string() + "' '" + url + "' 2>/dev/null",
                      dir.path() / "shot.log"),
            0);
  std::string png = read_file(shot);
  ASSERT_GT(png.size(), 10000u) << "no screenshot at " << shot;
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

// README.md shows real output: each block after "<!-- excerpt of: palabre ARGS -->" is
// made of lines of that command's output, in order ("…" skips, "abc…" is a line's start).
TEST(Formats, UsageExcerptsAreReal) {
  std::vector<std::string> doc = lines_of(read_file(source_path("README.md")));
  const std::string marker = "<!-- excerpt of: palabre ";
  std::size_t excerpts = 0;
  for (std::size_t i = 0; i < doc.size(); ++i) {
    if (!doc[i].starts_with(marker)) continue;
    std::string command = doc[i].substr(marker.size(), doc[i].find(" -->") - marker.size());
    std::vector<std::string> args;
    std::istringstream words(command);
    for (std::string word; words >> word;) args.push_back(word);
    CommandResult result = run_palabre(args);
    ASSERT_EQ(result.exit_code, 0) << command << ": " << result.err;
    std::vector<std::string> out = lines_of(std::regex_replace(result.out, std::regex("\r"), ""));
    ASSERT_TRUE(i + 1 < doc.size() && doc[i + 1].starts_with("```")) << command;
    std::size_t next = 0;
    for (i += 2; i < doc.size() && doc[i] != "```"; ++i) {
      const std::string& line = doc[i];
      if (line == "…") continue;
      const bool prefix = line.size() > 3 && line.ends_with("…");
      const std::string wanted = prefix ? line.substr(0, line.size() - 3) : line;
      std::size_t at = next;
      while (at < out.size() && !(prefix ? out[at].starts_with(wanted) : out[at] == wanted)) ++at;
      EXPECT_LT(at, out.size()) << "README.md line " << i + 1 << " is not in the output of `palabre "
                                << command << "`:\n" << line;
      if (at < out.size()) next = at + 1;  // a missing line does not hide the ones after it
    }
    ++excerpts;
  }
  EXPECT_GE(excerpts, kFormats.size() + 1) << "an excerpt per format, and --explain";
}

TEST(Formats, ManPageIsGeneratedFromTheHelp) {
  std::string page = read_file(fs::path(PALABRE_BUILD_DIR) / "palabre.1");
  ASSERT_FALSE(page.empty()) << "palabre.1 was not generated in the build tree";
  EXPECT_NE(page.find(".TH PALABRE 1"), std::string::npos);
  for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH EXAMPLES",
                              ".SH \"EXIT STATUS\"", ".SH ENVIRONMENT"})
    EXPECT_NE(page.find(section), std::string::npos) << section;
  for (const char* command : {"palabre analyze", "palabre parse", "palabre tokens", "palabre themes",
                              "palabre themes list", "palabre themes check"})
    EXPECT_NE(page.find(std::string(".SS \"") + command + "\""), std::string::npos) << command;
  // Every option of analyze's help is in the page (hyphens escaped for roff).
  std::string help = run_palabre({"analyze", "--help"}).out;
  std::regex option("(--[a-z-]+)");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
    EXPECT_NE(page.find(std::regex_replace((*it)[1].str(), std::regex("-"), "\\-")), std::string::npos)
        << (*it)[1];
  if (have_program("man") && have_program("groff")) {
    ScratchDir dir("man");
    const fs::path out = dir.path() / "man.txt";
    ASSERT_EQ(run_shell("MANWIDTH=80 man -l '" + std::string(PALABRE_BUILD_DIR) + "/palabre.1'", out), 0)
        << read_file(out);
    std::string shown = read_file(out);
    EXPECT_NE(shown.find("--format"), std::string::npos) << shown;
    EXPECT_EQ(shown.find("warning:"), std::string::npos) << shown;  // troff's complaints
  }
}

TEST(Formats, InstallPutsTheManPageAndTheSchemaInPlace) {
  ScratchDir dir("install");
  const fs::path log = dir.path() / "install.log";
  ASSERT_EQ(run_shell("cmake --install '" + std::string(PALABRE_BUILD_DIR) + "' --prefix '" +
                          (dir.path() / "prefix").string() + "'",
                      log),
            0)
      << read_file(log);
  EXPECT_TRUE(fs::exists(dir.path() / "prefix/bin/palabre"));
  EXPECT_EQ(read_file(dir.path() / "prefix/share/man/man1/palabre.1"),
            read_file(fs::path(PALABRE_BUILD_DIR) / "palabre.1"));
  EXPECT_EQ(read_file(dir.path() / "prefix/share/palabre/thread.schema.json"),
            read_file(source_path("schema/thread.schema.json")));
}

}  // namespace
}  // namespace palabre::testing
