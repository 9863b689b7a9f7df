// palabre's entry point: a stderr logger, the subcommands, and the one place where errors
// become exit codes (0 done, 1 some inputs failed, 2 usage or theme-file error).
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "common.hpp"
#include "palabre/version.hpp"
#include "usage.hpp"

namespace {

// One example per command; each command's --help shows its own.
constexpr const char* kExamples = R"(Examples:
  palabre page.txt                                  text report of one saved page
  palabre < page.txt                                the same, the page piped in
  palabre page.txt -o report.html                   one self-contained page for a browser
  palabre pages/ -o corpus.csv                      a folder: one row per comment, every page
  palabre parse page.html                           the records only (JSON)
  palabre tokens "Les artisants d un village"       how the analyzer sees a text
  palabre themes check my-themes.json               problems in a theme file
  palabre eval gold.jsonl --themes my-themes.json   precision, recall, F1 against labels
  palabre merge p1.json p2.json                     add up partial summaries (map/reduce)
  palabre help analyze                              the options of one command

Exit codes: 0 all inputs done, 1 some inputs failed (the others are still reported),
2 usage or theme-file error. Diagnostics go to standard error, results to standard output.)";

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
  app.require_subcommand(1);
  app.fallthrough(false);

  int exit_code = 0;
  palabre::cli::setup_analyze(app, exit_code);
  palabre::cli::setup_parse(app, exit_code);
  palabre::cli::setup_tokens(app, exit_code);
  palabre::cli::setup_themes(app, exit_code);
  palabre::cli::setup_eval(app, exit_code);
  palabre::cli::setup_merge(app, exit_code);
  app.footer(kExamples);  // after the commands, which have their own

  try {
    std::vector<std::string> args =
        palabre::cli::command_line_for(app, {argv + 1, argv + argc}, isatty(STDIN_FILENO) != 0);
    if (args.empty()) {
      std::cerr << app.help() << '\n';
      return 2;
    }
    palabre::cli::parse_reading_piped_input(app, std::move(args));
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    spdlog::error("{}", palabre::cli::describe_usage_error(app, error));
    return 2;
  } catch (const palabre::Error& error) {
    palabre::cli::report_error(error);
    return palabre::exit_code_for(error.kind());
  } catch (const std::exception& error) {
    spdlog::error("internal error: {}", error.what());
    return 1;
  }
  return exit_code;
}
