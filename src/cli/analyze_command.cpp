// palabre [analyze] INPUT... — the main job: read pages, tag themes, report.
#include <cstdlib>
#include <iostream>

#include "batch_runner.hpp"
#include "common.hpp"
#include "stream_page.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/report/writer.hpp"

namespace palabre::cli {
namespace {

struct AnalyzeOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string input_format = "auto";
  std::vector<std::string> themes;
  std::string output;
  std::string color = "auto";
  std::string per = "thread";
  bool per_given = false;
  bool explain = false;
  bool quiet = false;
  std::size_t max_bytes = kDefaultMaxBytes;
  BatchCliOptions batch;
  bool format_given = false;
};

// Flags that mean nothing for the chosen format are usage errors, not silently ignored.
void check_format_flags(const AnalyzeOptions& options, ReportFormat format) {
  if (options.explain && format != ReportFormat::kText)
    throw Error(ErrorKind::kUsage, "--explain", "applies to the text format only");
  if (options.per_given && format != ReportFormat::kJsonl)
    throw Error(ErrorKind::kUsage, "--per", "applies to the jsonl format only");
}

// The report options from the flags and from where the output goes (a terminal gets its
// width and, unless told otherwise, colour).
ReportOptions report_options(const AnalyzeOptions& options, const Output& output) {
  ReportOptions report;
  report.text.width = output.is_terminal() ? terminal_width() : 80;
  report.text.color = use_color(color_mode_from_name(options.color), output.is_terminal(),
                                std::getenv("NO_COLOR"), std::getenv("TERM"));
  report.text.explain = options.explain;
  report.jsonl.per = jsonl_unit_from_name(options.per);
  return report;
}

RunResult run_analyze(const AnalyzeOptions& options) {
  ReportFormat format = report_format_from_name(options.format);
  check_format_flags(options, format);
  AnalyzeRequest request{options.inputs, options.format,    options.format_given, options.input_format,
                         options.themes, options.output,    options.quiet,        options.max_bytes,
                         options.per,    options.explain};
  if (wants_batch(request, options.batch)) return run_batch_command(request, options.batch);
  ThreadAnalyzer analyzer(options.themes);  // a bad theme file stops here, exit 2
  InputFormat input_format = input_format_from_name(options.input_format);
  Output output(options.output);
  ReportOptions report = report_options(options, output);
  ReportWriter writer(output.stream(), format, report);
  const std::size_t chunk_bytes = stream_chunk_bytes_from_environment();

  std::size_t failures = 0;
  for (const std::string& input : options.inputs) {
    try {
      StreamRequest stream{input,  input_format, options.max_bytes, format,
                           report.jsonl, options.quiet, chunk_bytes};
      if (analyze_streamed(stream, analyzer, output.stream())) continue;
      ThreadReport whole = analyzer.analyze(read_page(input, input_format, options.max_bytes));
      if (!options.quiet)
        for (const std::string& warning : whole.thread.warnings)
          report_warning(whole.thread.source.path, warning);
      writer.write(whole);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::kInput) throw;
      report_error(error);
      ++failures;
    }
  }
  writer.finish();
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
  command->add_option("-f,--format", options->format,
                      "Report format: text (for a terminal), json (palabre.thread/1), jsonl (one "
                      "line per thread or comment), md (Markdown), csv (one row per comment), "
                      "html (one self-contained page)")
      ->check(CLI::IsMember(report_format_names()))
      ->capture_default_str();
  command->add_option("--color", options->color,
                      "Colour the text report: auto (when standard output is a terminal and "
                      "NO_COLOR is unset), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  command->add_flag("--explain", options->explain,
                    "Text report: add every comment with the words that carry its themes marked");
  command->add_option("--per", options->per, "JSON Lines: one line per thread or per comment")
      ->check(CLI::IsMember({"thread", "comment"}))
      ->capture_default_str()
      ->each([options](const std::string&) { options->per_given = true; });
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
