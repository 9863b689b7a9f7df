// What the subcommands share: the output sink, diagnostics on stderr and the terminal's
// width. Private to the executable; the only code besides main that sees CLI11.
#pragma once

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "palabre/error.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/run/output_file.hpp"

namespace palabre::cli {

// Where results go: standard output, or the file named by -o, written through a temporary
// file and renamed when finished (run/output_file.hpp).
class Output {
 public:
  // "" or "-" for standard output. Throws Error(kUsage) when FILE is one of `inputs` (the
  // files the command reads: pages, theme files), before anything is written.
  Output(const std::string& path, const std::vector<std::string>& inputs);
  std::ostream& stream();
  // Makes the output final: flushes standard output, or renames the finished file over
  // FILE. Throws Error(kOutput) naming the destination when writing failed (a full disk, a
  // closed pipe); FILE is then left as it was.
  void finish();
  bool is_terminal() const { return terminal_; }
  // The files a folder walk must not read back: the output being written.
  std::vector<FileIdentity> own_files() const;

 private:
  std::unique_ptr<OutputFile> file_;
  bool terminal_ = false;
};

// The names of an enum option, in the order help lists them.
template <typename Enum>
using EnumNames = std::vector<std::pair<std::string, Enum>>;

// Adds an option whose values are names for an enum, read through CLI11's CheckedTransformer:
// help lists the names and shows the default (`value` as it stands); another word is a usage
// error that lists them. The names are checked first (a transform added later runs earlier),
// since CheckedTransformer alone would also take the enum's numbers and name them in errors.
template <typename Enum>
CLI::Option* add_enum_option(CLI::App& command, const std::string& flags, Enum& value,
                             const EnumNames<Enum>& names, const std::string& help) {
  std::vector<std::string> words;
  std::string shown_default;
  for (const auto& [name, each] : names) {
    words.push_back(name);
    if (each == value) shown_default = name;
  }
  return command.add_option(flags, value, help)
      ->transform(CLI::CheckedTransformer(names).description(""))
      ->transform(CLI::IsMember(words))
      ->type_name("TEXT")
      ->default_str(shown_default);
}

// The output of the commands that print either a report for people or JSON for scripts.
enum class TextOrJson { kText, kJson };
inline const EnumNames<TextOrJson> kTextOrJsonNames = {{"text", TextOrJson::kText}, {"json", TextOrJson::kJson}};

// --input-format's names for a page (analyze adds jsonl, a stream of threads).
inline const EnumNames<InputFormat> kPageFormatNames = {
    {"auto", InputFormat::kAuto}, {"text", InputFormat::kText}, {"html", InputFormat::kHtml}, {"json", InputFormat::kJson}};

// Adds -t/--themes: theme files, repeatable; "default" names the built-in set. Each
// occurrence takes one value, so that the inputs after it are never read as theme files
// (CLI11 lets a vector option take every word up to the next flag).
void add_themes_option(CLI::App& command, std::vector<std::string>& themes);

// Adds -o/--output to a subcommand.
void add_output_option(CLI::App& command, std::string& output);

// Adds --max-bytes: pages larger than this are refused with a message (0: no limit). Takes
// sizes as palabre prints them: 2000, 512K, 10M, 1G.
void add_max_bytes_option(CLI::App& command, std::size_t& max_bytes);

// Adds --max-memory (run/memory_budget.hpp): unset, what the machine allows; 0, no limit.
void add_max_memory_option(CLI::App& command, std::optional<std::size_t>& max_memory);

// Checks a whole number ≥ 1 ("-j 0", "-j -3", "-j two" are usage errors naming `what`,
// then `otherwise`: ", or leave -j out for one per core").
CLI::Validator positive_count(const std::string& what, const std::string& otherwise = "");

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
