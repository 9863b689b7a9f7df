// palabre [analyze] INPUT... — the main job: read pages, tag themes, report.
#include <iostream>

#include "batch_runner.hpp"
#include "common.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/text.hpp"

namespace palabre::cli {
namespace {

struct AnalyzeOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string input_format = "auto";
  std::vector<std::string> themes;
  std::string output;
  bool quiet = false;
  std::size_t max_bytes = kDefaultMaxBytes;
  BatchCliOptions batch;
  bool format_given = false;
};

RunResult run_analyze(const AnalyzeOptions& options) {
  AnalyzeRequest request{options.inputs, options.format, options.format_given, options.input_format,
                         options.themes, options.output, options.quiet, options.max_bytes};
  if (wants_batch(request, options.batch)) return run_batch_command(request, options.batch);
  ThreadAnalyzer analyzer(options.themes);  // a bad theme file stops here, exit 2
  InputFormat input_format = input_format_from_name(options.input_format);
  Output output(options.output);
  TextOptions text_options;
  text_options.width = output.is_terminal() ? terminal_width() : 80;

  std::size_t failures = 0;
  bool first = true;
  for (const std::string& input : options.inputs) {
    try {
      ThreadReport report = analyzer.analyze(read_page(input, input_format, options.max_bytes));
      if (!options.quiet)
        for (const std::string& warning : report.thread.warnings)
          report_warning(report.thread.source.path, warning);
      std::ostream& out = output.stream();
      if (options.format == "json") {
        out << report_to_json(report).dump(2) << '\n';
      } else {
        if (!first) out << '\n';
        write_text_report(out, report, text_options);
      }
      first = false;
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

void setup_analyze(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* command = app.add_subcommand(
      "analyze", "Tag the themes of each comment and summarise the thread (the default command)");
  command->add_option("inputs", options->inputs, "Saved pages: .txt, .html or palabre JSON; '-' reads stdin")
      ->required()
      ->type_name("INPUT");
  command->add_option("-f,--format", options->format, "Report format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  command->add_option("--input-format", options->input_format, "Page format, else guessed from the content")
      ->check(CLI::IsMember({"auto", "text", "html", "json", "jsonl"}))
      ->capture_default_str();
  command->add_option("-t,--themes", options->themes,
                      "Theme file (repeatable); 'default' names the built-in set, which is used "
                      "when none is given")
      ->type_name("FILE");
  add_output_option(*command, options->output);
  add_max_bytes_option(*command, options->max_bytes);
  command->add_flag("-q,--quiet", options->quiet,
                    "Do not print the pages' warnings (nor, for several inputs, the progress line "
                    "and the closing count when all went well)");
  add_batch_options(*command, options->batch);
  command->callback([options, command, &exit_code] {
    options->format_given = command->get_option("--format")->count() > 0;
    exit_code = run_analyze(*options);
  });
}

}  // namespace palabre::cli
