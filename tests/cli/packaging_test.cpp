// What a user gets around the program: README links that work from a clone, the gold
// measurement script on a fresh clone, a man page that lists every command and bakes in
// nothing of the build machine, each command's own examples, a licence, a changelog, shell
// completions that know every option, `cmake --install` of it all, and a `make demo` that
// builds the program alone.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <set>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

namespace fs = std::filesystem;

struct ShellResult {
  int status = -1;
  std::string output;  // stdout and stderr
};

ShellResult run_shell(const std::string& command) {
  ShellResult result;
  FILE* pipe = popen(("cd '" + std::string(PALABRE_SOURCE_DIR) + "' && " + command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t got = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, got);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  return result;
}

bool have_program(const std::string& name) { return run_shell("command -v " + name).status == 0; }

// The names a help text lists under "Subcommands:"; with their aliases ("analyze, analyse")
// when asked.
std::vector<std::string> subcommands_in_help(const std::vector<std::string>& command, bool aliases = false) {
  std::vector<std::string> args = command;
  args.push_back("--help");
  std::vector<std::string> names;
  bool in_block = false;
  static const std::regex kName(R"(^  ([a-z][a-z0-9-]*)(, ([a-z][a-z0-9-]*))?)");
  for (const std::string& line : lines_of(run_palabre(args).out)) {
    if (line == "Subcommands:") in_block = true;
    else if (line.empty()) in_block = false;
    std::smatch match;
    if (!in_block || !std::regex_search(line, match, kName)) continue;
    names.push_back(match[1]);
    if (aliases && match[3].matched) names.push_back(match[3]);
  }
  return names;
}

// Every command as the program's help names it, nested ones included ({"themes", "list"}).
std::vector<std::vector<std::string>> every_command() {
  std::vector<std::vector<std::string>> commands;
  for (const std::string& name : subcommands_in_help({})) {
    commands.push_back({name});
    for (const std::string& sub : subcommands_in_help({name})) commands.push_back({name, sub});
  }
  return commands;
}

// The long options a command's help lists in its option lines.
std::set<std::string> long_options(const std::vector<std::string>& command) {
  std::vector<std::string> args = command;
  args.push_back("--help");
  std::set<std::string> options;
  static const std::regex kOptionLine(R"(^  (-[A-Za-z],)?(--[a-z][a-z-]*))");
  for (const std::string& line : lines_of(run_palabre(args).out)) {
    std::smatch match;
    if (std::regex_search(line, match, kOptionLine)) options.insert(match[2]);
  }
  return options;
}

TEST(Packaging, DocumentationLinksStayInsideTheRepository) {
  const fs::path root = fs::canonical(PALABRE_SOURCE_DIR);
  std::vector<fs::path> documents = {root / "README.md", root / "CHANGELOG.md", root / "data/lang/README.md"};
  for (const fs::directory_entry& entry : fs::directory_iterator(root / "docs"))
    if (entry.path().extension() == ".md") documents.push_back(entry.path());
  static const std::regex kLink(R"(\]\(([^)\s]+)\))");
  std::size_t checked = 0;
  for (const fs::path& document : documents) {
    const std::string text = read_text_file(document.string());
    ASSERT_FALSE(text.empty()) << document;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kLink); it != std::sregex_iterator(); ++it) {
      std::string target = (*it)[1];
      if (target.starts_with("http://") || target.starts_with("https://") || target.starts_with("mailto:") ||
          target.starts_with("#"))
        continue;
      target = target.substr(0, target.find('#'));
      const fs::path resolved = fs::weakly_canonical(document.parent_path() / target);
      EXPECT_TRUE(fs::exists(resolved)) << document.filename() << " links " << target << ", which is not there";
      const std::string inside = fs::relative(resolved, root).string();
      EXPECT_FALSE(inside.starts_with("..")) << document.filename() << " links " << target << ", outside the repository";
      ++checked;
    }
  }
  EXPECT_GT(checked, 5u);
}

TEST(Packaging, MeasureGoldRunsOnAFreshClone) {
  if (!have_program("python3")) GTEST_SKIP() << "python3 is not installed";
  // What a clone holds before anything is built, with no gold sets beside it.
  ScratchFolder clone("fresh-clone");
  fs::create_directories(clone.path() / "repo/tests");
  fs::copy(fs::path(PALABRE_SOURCE_DIR) / "scripts", clone.path() / "repo/scripts", fs::copy_options::recursive);
  fs::copy(fs::path(PALABRE_SOURCE_DIR) / "tests/accuracy", clone.path() / "repo/tests/accuracy",
           fs::copy_options::recursive);
  const std::string script = "sh '" + (clone / "repo/scripts/measure-gold.sh") + "'";
  ShellResult unbuilt = run_shell(script);
  EXPECT_EQ(unbuilt.status, 2) << unbuilt.output;
  EXPECT_NE(unbuilt.output.find("build it first (make build)"), std::string::npos) << unbuilt.output;
  ShellResult built = run_shell(script + " '" + PALABRE_BINARY + "'");
  EXPECT_EQ(built.status, 0) << built.output;
  EXPECT_NE(built.output.find("no gold sets at"), std::string::npos) << built.output;
  EXPECT_NE(built.output.find("heldout-default.jsonl"), std::string::npos) << built.output;
  EXPECT_NE(built.output.find("micro"), std::string::npos) << built.output;
  EXPECT_EQ(built.output.find("Traceback"), std::string::npos) << built.output;
  ShellResult wrong = run_shell(script + " '" + PALABRE_BINARY + "' '" + (clone / "nowhere") + "'");
  EXPECT_EQ(wrong.status, 2) << wrong.output;
  EXPECT_NE(wrong.output.find("holds no default-dev.jsonl"), std::string::npos) << wrong.output;
}

TEST(Packaging, ManPageListsEveryCommandAndNothingOfTheBuildMachine) {
  const std::string page = read_text_file(std::string(PALABRE_BUILD_DIR) + "/palabre.1");
  ASSERT_FALSE(page.empty());
  const std::string synopsis = page.substr(page.find(".SH SYNOPSIS"), page.find(".SH DESCRIPTION") - page.find(".SH SYNOPSIS"));
  for (const char* command : {"parse", "tokens", "themes", "eval", "merge", "help"})
    EXPECT_NE(synopsis.find(std::string("\\fB") + command + "\\fR"), std::string::npos) << command << "\n" << synopsis;
  for (const std::vector<std::string>& command : every_command()) {
    std::string title = "palabre";
    for (const std::string& word : command) title += " " + word;
    EXPECT_NE(page.find(".SS \"" + title + "\""), std::string::npos) << title;
  }
  EXPECT_FALSE(std::regex_search(page, std::regex("[0-9]+ here"))) << "a count of this machine's cores";
  EXPECT_EQ(page.find(PALABRE_SOURCE_DIR), std::string::npos) << "a path of the build machine";
}

TEST(Packaging, EachCommandShowsItsOwnExamples) {
  for (const std::vector<std::string>& command : every_command()) {
    std::vector<std::string> args = command;
    args.push_back("--help");
    const std::string help = run_palabre(args).out;
    const std::size_t examples = help.find("\nExamples:\n");
    ASSERT_NE(examples, std::string::npos) << command[0];
    std::string name = "palabre " + command[0];
    for (const std::string& line : lines_of(help.substr(examples + 11))) {
      if (line.empty() || !line.starts_with("  ")) break;
      EXPECT_NE(line.find(name), std::string::npos) << name << " --help shows another command's example:\n" << line;
    }
  }
}

TEST(Packaging, LicenceAndChangelog) {
  const std::string licence = read_text_file(source_path("LICENSE"));
  EXPECT_TRUE(licence.starts_with("MIT License\n")) << licence.substr(0, 40);
  EXPECT_NE(licence.find("Permission is hereby granted, free of charge"), std::string::npos);
  const std::string changelog = read_text_file(source_path("CHANGELOG.md"));
  std::string version = run_palabre({"--version"}).out;  // "palabre 0.1.0\n"
  version = version.substr(8, version.find('\n') - 8);
  EXPECT_NE(changelog.find("## [" + version + "]"), std::string::npos) << "no entry for " << version;
  EXPECT_NE(changelog.find("## [Unreleased]"), std::string::npos);
}

TEST(Packaging, CompletionsKnowEveryCommandAndOption) {
  const std::vector<std::vector<std::string>> commands = every_command();
  ASSERT_GE(commands.size(), 8u);  // the help's listing was read
  for (const char* file : {"completions/palabre.bash", "completions/_palabre", "completions/palabre.fish"}) {
    const std::string completion = read_text_file(source_path(file));
    ASSERT_FALSE(completion.empty()) << file;
    for (const std::string& name : subcommands_in_help({}, true))
      EXPECT_NE(completion.find(name), std::string::npos) << file << " lacks the command " << name;
    EXPECT_NE(completion.find("help"), std::string::npos) << file << " lacks the command help";
    for (const std::vector<std::string>& command : commands)
      EXPECT_NE(completion.find(command.back()), std::string::npos) << file << " lacks the command " << command.back();
    for (const std::vector<std::string>& command : commands)
      for (const std::string& option : long_options(command)) {
        // fish names long options without their dashes: "-l format".
        const std::string wanted = std::string(file).ends_with(".fish") ? "-l " + option.substr(2) : option;
        EXPECT_NE(completion.find(wanted), std::string::npos) << file << " lacks " << option << " of " << command[0];
      }
  }
  // bash: the function completes what the help lists.
  ShellResult bash = run_shell(
      "bash -c 'source completions/palabre.bash; COMP_WORDS=(palabre analyze --for); COMP_CWORD=2; _palabre; "
      "echo \"${COMPREPLY[*]}\"; COMP_WORDS=(palabre -f \"\"); COMP_CWORD=2; _palabre; echo \"${COMPREPLY[*]}\"; "
      "COMP_WORDS=(palabre themes \"\"); COMP_CWORD=2; _palabre; echo \"${COMPREPLY[*]}\"'");
  EXPECT_EQ(bash.status, 0) << bash.output;
  EXPECT_EQ(bash.output, "--format\ntext json jsonl md csv html\nlist check draft --help\n");
  if (have_program("zsh")) {
    EXPECT_EQ(run_shell("zsh -n completions/_palabre").status, 0);
  }
  if (have_program("fish")) {
    EXPECT_EQ(run_shell("fish -n completions/palabre.fish").status, 0);
    ShellResult fish = run_shell("fish -c 'source completions/palabre.fish; complete -C \"palabre --csv\"'");
    EXPECT_NE(fish.output.find("--csv-raw"), std::string::npos) << fish.output;
  }
}

TEST(Packaging, InstallPutsEverythingInPlace) {
  ScratchFolder prefix("install");
  ShellResult install =
      run_shell("cmake --install '" + std::string(PALABRE_BUILD_DIR) + "' --prefix '" + prefix.path().string() + "'");
  ASSERT_EQ(install.status, 0) << install.output;
  for (const char* installed : {"bin/palabre", "share/man/man1/palabre.1", "share/palabre/thread.schema.json",
                                "share/bash-completion/completions/palabre", "share/zsh/site-functions/_palabre",
                                "share/fish/vendor_completions.d/palabre.fish", "share/doc/palabre/LICENSE",
                                "share/doc/palabre/CHANGELOG.md"})
    EXPECT_TRUE(fs::exists(prefix.path() / installed)) << installed;
  EXPECT_EQ(read_text_file(prefix / "share/bash-completion/completions/palabre"),
            read_text_file(source_path("completions/palabre.bash")));
}

TEST(Packaging, MakeDemoBuildsTheProgramAlone) {
  if (!have_program("make")) GTEST_SKIP() << "make is not installed";
  ScratchFolder build("demo-build");
  ShellResult plan = run_shell("make -n demo BUILD_DIR='" + build.path().string() + "'");
  ASSERT_EQ(plan.status, 0) << plan.output;
  std::size_t builds = 0;
  for (const std::string& line : lines_of(plan.output)) {
    if (line.find("cmake --build") == std::string::npos) continue;
    ++builds;
    EXPECT_NE(line.find("--target palabre"), std::string::npos) << "the demo builds more than palabre:\n" << line;
  }
  EXPECT_EQ(builds, 1u) << plan.output;
  EXPECT_NE(plan.output.find("palabre samples/villages-2-0-chinois.txt"), std::string::npos) << plan.output;
}

}  // namespace
}  // namespace palabre::testing
