// palabre parse INPUT... — the typed records only, as JSON (palabre.thread/1).
#include "common.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/report/json.hpp"
#include "palabre/run/memory_budget.hpp"

namespace palabre::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> inputs;
  enum class RecordsFormat { kJson } format = RecordsFormat::kJson;  // named for scripts' sake
  InputFormat input_format = InputFormat::kAuto;
  std::string output;
  bool quiet = false;
  std::size_t max_bytes = kDefaultMaxBytes;
  std::optional<std::size_t> max_memory;  // none: what the machine allows
};

RunResult run_parse(const ParseOptions& options) {
  Output output(options.output, options.inputs);
  std::size_t failures = 0;
  MemoryBudget budget = MemoryBudget::for_run(options.max_memory, 1);
  for (const std::string& input : options.inputs) {
    try {
      // As analyze does: a page the parser cannot afford is refused before it runs.
      MemoryBudget::Reservation held;
      auto reserve = [&](std::string_view text) { held = budget.reserve_page(text, input); };
      Thread thread = read_page(input, options.input_format, options.max_bytes, reserve);
      if (!options.quiet)
        for (const std::string& warning : thread.warnings) report_warning(thread.source.path, warning);
      output.stream() << thread_json_text(thread, 2) << '\n';
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::kInput) throw;
      report_error(error);
      ++failures;
    }
  }
  output.finish();
  return failures > 0 ? 1 : 0;
}

}  // namespace

void setup_parse(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command =
      app.add_subcommand("parse", "Print the typed records of pages (article and comments) as JSON");
  command->add_option("inputs", options->inputs,
                      "Saved pages (.txt, .html, .mhtml, palabre JSON); '-' or nothing reads stdin "
                      "when a page is piped in")
      ->required()
      ->type_name("INPUT");
  add_enum_option(*command, "-f,--format", options->format,
                  EnumNames<ParseOptions::RecordsFormat>{{"json", ParseOptions::RecordsFormat::kJson}},
                  "Output format");
  add_enum_option(*command, "--input-format", options->input_format, kPageFormatNames,
                  "Page format, else guessed from the content");
  add_output_option(*command, options->output);
  add_max_bytes_option(*command, options->max_bytes);
  add_max_memory_option(*command, options->max_memory);
  command->add_flag("-q,--quiet", options->quiet, "Do not print the pages' warnings");
  command->footer(R"(Examples:
  palabre parse page.html                           the article and its comments as JSON
  palabre parse page.txt | jq '.comments[].text'    the comments' texts)");
  command->callback([options, &exit_code] { exit_code = run_parse(*options); });
}

}  // namespace palabre::cli
