// How the command line is read before CLI11 and told when it is wrong: the default
// subcommand, `palabre help [COMMAND]`, and usage errors as one "palabre: error:" line that
// names the command and what to do ("did you mean --format?").
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace palabre::cli {

// The arguments CLI11 gets: "palabre page.txt" means "palabre analyze page.txt", "palabre
// help themes check" means "palabre themes check --help", and a piped standard input with
// no argument means "palabre analyze". Throws Error(kUsage) for a first word that is neither
// a command nor a file but is close to a command ("anlyze").
std::vector<std::string> command_line_for(const CLI::App& app, std::vector<std::string> args,
                                          bool stdin_is_terminal);

// Parses `args` (in order); when the command reads pages and none is named, a page piped
// in is read as "-", as jq and pandoc read standard input. Throws Error(kUsage) when none is
// named and standard input is a terminal or empty, CLI::ParseError for the rest.
void parse_reading_piped_input(CLI::App& app, std::vector<std::string> args);

// "unknown option '--formt': did you mean '--format'? ('palabre analyze --help' lists the
// options)": the message for a parse error, without the "palabre: error: " prefix.
std::string describe_usage_error(const CLI::App& app, const CLI::ParseError& error);

// The closest of `candidates` to `word` when it is near enough to be a typo, else "".
std::string closest_name(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace palabre::cli
