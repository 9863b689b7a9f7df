// palabre's entry point: a stderr logger, the subcommands, and the one place where errors
// become exit codes (0 done, 1 some inputs failed, 2 usage or theme-file error).
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "common.hpp"
#include "palabre/version.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  palabre samples/villages-2-0-chinois.txt          text report of one saved page
  palabre analyze page.html --format json | jq .summary
  palabre analyze page.txt --explain                every comment, its evidence marked
  palabre analyze page.txt -f html -o report.html   one self-contained page for a browser
  palabre analyze page.txt -f jsonl --per comment   one JSON line per comment, for jq or pandas
  palabre analyze page.txt -f csv -o comments.csv   one row per comment, for a spreadsheet
  palabre parse page.txt                            the records only (JSON)
  palabre analyze page.txt --themes my-themes.json  your own themes instead of the default
  palabre analyze page.txt --themes default --themes extra.json   the default set, extended
  palabre tokens "Les artisants d un village"       how the analyzer sees a text
  palabre themes list                               the themes in use
  palabre themes check my-themes.json               problems in a theme file
  palabre eval gold.jsonl --themes my-themes.json   precision, recall, F1 against labels
  palabre analyze pages/ -j 4 --format json         a folder: one palabre.corpus/1 document
  scraper | palabre analyze --input-format jsonl -  JSON lines in, JSON lines out
  palabre analyze part1/ --emit partial > p1.json; palabre merge p1.json p2.json   map/reduce

Exit codes: 0 all inputs done, 1 some inputs failed (the others are still reported),
2 usage or theme-file error. Diagnostics go to standard error, results to standard output.)";

// "palabre page.txt" means "palabre analyze page.txt": insert the default subcommand.
std::vector<std::string> with_default_subcommand(int argc, char** argv,
                                                 const std::set<std::string>& subcommands) {
  std::vector<std::string> args(argv + 1, argv + argc);
  static const std::set<std::string> kTopLevelFlags = {"-h", "--help", "-V", "--version"};
  if (!args.empty() && !subcommands.count(args[0]) && !kTopLevelFlags.count(args[0]))
    args.insert(args.begin(), "analyze");
  return args;
}

void install_stderr_logger() {
  auto logger = spdlog::stderr_logger_st("palabre");
  logger->set_pattern("palabre: %l: %v");
  spdlog::set_default_logger(logger);
}

}  // namespace

int main(int argc, char** argv) {
  // palabre never mixes C stdio with the C++ streams on stdin/stdout; unsynced, std::cin is
  // buffered (a synced one reads byte by byte, several times slower on `scraper | palabre -`).
  std::ios::sync_with_stdio(false);
  install_stderr_logger();
  CLI::App app{"palabre — what the commenters of an article talk about.\n"
               "Reads a saved article page (text, HTML or palabre JSON) and reports its comment\n"
               "thread: themes with evidence, a quote per theme, talking points.",
               "palabre"};
  app.set_version_flag("-V,--version", std::string("palabre ") + palabre::kVersion);
  app.footer(kExamples);
  app.require_subcommand(1);
  app.fallthrough(false);

  int exit_code = 0;
  palabre::cli::setup_analyze(app, exit_code);
  palabre::cli::setup_parse(app, exit_code);
  palabre::cli::setup_tokens(app, exit_code);
  palabre::cli::setup_themes(app, exit_code);
  palabre::cli::setup_eval(app, exit_code);
  palabre::cli::setup_merge(app, exit_code);

  std::set<std::string> names;
  for (const CLI::App* command : app.get_subcommands({})) names.insert(command->get_name());
  std::vector<std::string> args = with_default_subcommand(argc, argv, names);
  if (args.empty()) {
    std::cerr << app.help() << '\n';
    return 2;
  }
  std::reverse(args.begin(), args.end());  // CLI11 takes its vector in reverse order

  try {
    app.parse(args);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? 0 : 2;
  } catch (const palabre::Error& error) {
    palabre::cli::report_error(error);
    return palabre::exit_code_for(error.kind());
  } catch (const std::exception& error) {
    spdlog::error("internal error: {}", error.what());
    return 1;
  }
  return exit_code;
}
