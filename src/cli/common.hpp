// What the subcommands share: the output sink, diagnostics on stderr and the terminal's
// width. Private to the executable; the only code besides main that sees CLI11.
#pragma once

#include <CLI/CLI.hpp>

#include <fstream>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "palabre/error.hpp"

namespace palabre::cli {

// Where results go: standard output or the file named by -o.
class Output {
 public:
  explicit Output(const std::string& path);  // "" or "-" for standard output
  std::ostream& stream();
  // Flushes and throws Error(kOutput) naming the destination when writing failed
  // (a full disk, a closed pipe).
  void finish();
  bool is_terminal() const { return terminal_; }

 private:
  std::string path_;
  std::unique_ptr<std::ofstream> file_;
  bool terminal_ = false;
};

// Adds -o/--output to a subcommand.
void add_output_option(CLI::App& command, std::string& output);

// Adds --max-bytes: pages larger than this are refused with a message (0: no limit).
void add_max_bytes_option(CLI::App& command, std::size_t& max_bytes);

// "palabre: error: FILE: message" on stderr.
void report_error(const Error& error);
void report_warning(const std::string& where, const std::string& message);

// Columns of the terminal on stdout, or 80 when it is not a terminal.
std::size_t terminal_width();

// A byte count from the environment variable `name` (the hidden knobs tests use), or
// `fallback` when it is unset or empty. Throws Error(kUsage) naming the variable when it is
// not a number (or is 0 and `zero_allowed` is false).
std::size_t bytes_from_environment(const char* name, std::size_t fallback, bool zero_allowed);

// The corpus talking points' in-memory budget: PALABRE_SPILL_BYTES when set (tests set it
// tiny to exercise the spilling path), else the default. Throws Error(kUsage) when it is not
// a positive number.
std::size_t point_budget_from_environment();

// A subcommand's result: the exit code (0, or 1 when some inputs failed).
using RunResult = int;

// Setup functions: each registers its subcommand and the callback that runs it, storing
// the callback's exit code in `exit_code`.
void setup_analyze(CLI::App& app, int& exit_code);
void setup_parse(CLI::App& app, int& exit_code);
void setup_tokens(CLI::App& app, int& exit_code);
void setup_themes(CLI::App& app, int& exit_code);
void setup_eval(CLI::App& app, int& exit_code);
void setup_merge(CLI::App& app, int& exit_code);

}  // namespace palabre::cli
