// palabre [analyze] INPUT... — the main job: read pages, tag themes, report. One page gets
// its full report; several inputs, a folder, JSON lines or --emit partial get a corpus
// document (a line or section per thread, then the corpus summary). Both run the one
// pipeline of run/run.hpp; this file only turns flags into its request.
#include <sys/stat.h>

#include <cstdlib>

#include "common.hpp"
#include "palabre/batch/pool.hpp"
#include "palabre/batch/progress.hpp"
#include "palabre/run/run.hpp"

namespace palabre::cli {
namespace {

constexpr const char* kAnalyzeExamples = R"(Examples:
  palabre analyze page.txt                          text report of one saved page
  palabre analyze < page.txt                        the same, the page piped in
  palabre analyze page.txt --explain                every comment, its evidence marked
  palabre analyze page.html --format json | jq .summary
  palabre analyze page.txt -o report.html           the format follows -o's extension
  palabre analyze page.txt -f jsonl --per comment   one JSON line per comment, for jq or pandas
  palabre analyze page.txt --themes my-themes.json  your own themes instead of the default
  palabre analyze page.txt --themes default --themes extra.json   the default set, extended
  palabre analyze pages/ -o corpus.html             a folder: every page and a corpus summary
  palabre analyze pages/ -j 4 --format json         one palabre.corpus/1 document
  scraper | palabre analyze --input-format jsonl -  JSON lines in, JSON lines out
  palabre analyze part1/ --emit partial > p1.json   a partial for 'palabre merge' (map/reduce))";

enum class InputChoice { kAuto, kText, kHtml, kJson, kJsonl };
enum class Emit { kReport, kPartial };

struct AnalyzeOptions {
  std::vector<std::string> inputs;
  ReportFormat format = ReportFormat::kText;
  bool format_given = false;  // by --format or by -o's extension; else JSON lines in give JSON lines out
  bool format_from_output = false;  // -o report.html chose html
  InputChoice input_format = InputChoice::kAuto;
  std::vector<std::string> themes;
  AnalysisOptions analysis;
  std::string output;
  ColorMode color = ColorMode::kAuto;
  JsonlUnit per = JsonlUnit::kThread;
  bool per_given = false;
  bool explain = false;
  bool csv_raw = false;
  bool quiet = false;
  std::size_t max_bytes = kDefaultMaxBytes;
  std::optional<std::size_t> max_memory;  // none: what the machine allows
  std::vector<std::string> include;  // empty: the default globs
  std::vector<std::string> exclude;
  std::size_t jobs = 0;              // 0: one worker per core
  Emit emit = Emit::kReport;
};

bool is_folder(const std::string& path) {
  struct stat info {};
  return path != "-" && stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// A corpus for several inputs, a folder, JSON lines in (--input-format jsonl, a *.jsonl
// file) or --emit partial: the cases one page's report cannot answer.
DocumentScope scope_of(const AnalyzeOptions& options) {
  if (options.inputs.size() > 1 || options.input_format == InputChoice::kJsonl || options.emit == Emit::kPartial)
    return DocumentScope::kCorpus;
  for (const std::string& input : options.inputs)
    if (input.ends_with(".jsonl") || is_folder(input)) return DocumentScope::kCorpus;
  return DocumentScope::kPage;
}

// Flags that mean nothing for the chosen format are usage errors, not silently ignored.
// Returns the format to write: JSON lines in give JSON lines out unless --format says.
ReportFormat checked_format(const AnalyzeOptions& options, DocumentScope scope) {
  const std::string chosen_by =
      options.format_from_output ? " (-o " + options.output + " writes " +
                                       std::string(report_format_name(options.format)) + "; add --format to choose)"
                                 : "";
  if (options.explain && options.format != ReportFormat::kText)
    throw Error(ErrorKind::kUsage, "--explain", "applies to the text format only" + chosen_by);
  if (options.per_given && options.format != ReportFormat::kJsonl)
    throw Error(ErrorKind::kUsage, "--per", "applies to the jsonl format only" + chosen_by);
  if (options.csv_raw && options.format != ReportFormat::kCsv)
    throw Error(ErrorKind::kUsage, "--csv-raw", "applies to the csv format only" + chosen_by);
  if (scope == DocumentScope::kPage || options.emit == Emit::kPartial) return options.format;
  if (options.input_format == InputChoice::kJsonl && !options.format_given) return ReportFormat::kJsonl;
  if (options.explain)
    throw Error(ErrorKind::kUsage, "--explain",
                "applies to the text report of one page, not to several inputs or a folder");
  return options.format;
}

InputFormat page_format_of(InputChoice choice) {
  switch (choice) {
    case InputChoice::kText: return InputFormat::kText;
    case InputChoice::kHtml: return InputFormat::kHtml;
    case InputChoice::kJson: return InputFormat::kJson;
    case InputChoice::kAuto:
    case InputChoice::kJsonl: return InputFormat::kAuto;  // JSON lines hold records: detected
  }
  return InputFormat::kAuto;
}

// The report options from the flags and from where the output goes (a terminal gets its
// width and, unless told otherwise, colour).
ReportOptions report_options(const AnalyzeOptions& options, const Output& output) {
  ReportOptions report;
  report.text.width = output.is_terminal() ? terminal_width() : 80;
  report.text.color =
      use_color(options.color, output.is_terminal(), std::getenv("NO_COLOR"), std::getenv("TERM"));
  report.text.explain = options.explain;
  report.jsonl.per = options.per;
  report.csv.guard_formulas = !options.csv_raw;
  return report;
}

RunRequest request_for(const AnalyzeOptions& options, DocumentScope scope, const Output& output) {
  RunRequest request;
  request.inputs = options.inputs;
  if (!options.include.empty()) request.filter.include = options.include;
  request.filter.exclude = options.exclude;
  request.page_format = page_format_of(options.input_format);
  request.jsonl_input = options.input_format == InputChoice::kJsonl;
  request.max_bytes = options.max_bytes;
  request.max_memory = options.max_memory;
  request.chunk_bytes = bytes_from_environment("PALABRE_STREAM_CHUNK_BYTES", kDefaultChunkBytes, true);
  request.format = checked_format(options, scope);
  request.scope = scope;
  request.emit_partial = options.emit == Emit::kPartial;
  request.report = report_options(options, output);
  request.point_budget = point_budget_from_environment();
  request.quiet = options.quiet;
  request.closing_count = scope == DocumentScope::kCorpus;
  request.progress = scope == DocumentScope::kCorpus && !options.quiet && stderr_is_terminal();
  request.output_is_terminal = output.is_terminal();
  request.output_name = options.output.empty() || options.output == "-" ? "<stdout>" : options.output;
  return request;
}

RunResult run_analyze(const AnalyzeOptions& options) {
  const DocumentScope scope = scope_of(options);
  checked_format(options, scope);  // usage errors before a theme file is read
  std::vector<std::string> read = options.inputs;
  read.insert(read.end(), options.themes.begin(), options.themes.end());
  Output output(options.output, read);  // an input as -o: exit 2, before anything is read
  // Bad themes: exit 2.
  Pipeline pipeline(options.themes, scope == DocumentScope::kPage ? 1 : options.jobs, options.analysis);
  RunRequest request = request_for(options, scope, output);
  request.filter.outputs = output.own_files();
  RunCounts counts = pipeline.run(request, output.stream(), [&] { output.finish(); });
  return counts.failed > 0 ? 1 : 0;
}

EnumNames<ReportFormat> report_format_names() {
  EnumNames<ReportFormat> names;
  for (const ReportFormatInfo& info : report_formats()) names.emplace_back(info.name, info.format);
  return names;
}

std::string report_format_help() {
  std::string help = "Report format:";
  for (const ReportFormatInfo& info : report_formats())
    help += std::string(help.back() == ':' ? " " : ", ") + std::string(info.name) + " (" +
            std::string(info.description) + ")";
  std::string extensions;
  for (const ReportFormatInfo& info : report_formats())
    extensions += (extensions.empty() ? "" : " ") + std::string(info.extensions.front());
  return help + ". Without --format, the extension of -o FILE decides (" + extensions + "), else text";
}

void add_report_options(CLI::App& command, AnalyzeOptions& options) {
  add_enum_option(command, "-f,--format", options.format, report_format_names(), report_format_help());
  add_enum_option(command, "--color", options.color,
                  EnumNames<ColorMode>{{"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}},
                  "Colour the text report: auto (when standard output is a terminal and NO_COLOR is unset), "
                  "always, never");
  command.add_option("--points", options.analysis.points, "Talking points to list")
      ->type_name("N")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  command.add_flag("--explain", options.explain,
                   "Text report: add every comment with the words that carry its themes marked");
  command.add_flag("--csv-raw", options.csv_raw,
                   "CSV: write cells that start with = + - @ as they are, for data frames (by "
                   "default they get a leading ' so that a spreadsheet shows them as text, not "
                   "formulas)");
  add_enum_option(command, "--per", options.per,
                  EnumNames<JsonlUnit>{{"thread", JsonlUnit::kThread}, {"comment", JsonlUnit::kComment}},
                  "JSON Lines: one line per thread or per comment")
      ->each([&options](const std::string&) { options.per_given = true; });
}

void add_batch_options(CLI::App& command, AnalyzeOptions& options) {
  std::string globs;
  for (const std::string& glob : default_include_globs()) globs += (globs.empty() ? "" : " ") + glob;
  command.add_option("--include", options.include,
                     "In folders, read the files whose name matches GLOB (repeatable; replaces the "
                     "default: " + globs + ")")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command.add_option("--exclude", options.exclude,
                     "In folders, skip files and sub-folders whose name matches GLOB (repeatable)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  command.add_option("-j,--jobs", options.jobs,
                     "Worker threads for several inputs (default: one per core)")
      ->type_name("N")
      ->check(positive_count("worker threads", ", or leave -j out for one per core"));
  add_enum_option(command, "--emit", options.emit,
                  EnumNames<Emit>{{"report", Emit::kReport}, {"partial", Emit::kPartial}},
                  "What to write: the report, or a mergeable partial for 'palabre merge' (map/reduce)");
}

}  // namespace

void setup_analyze(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AnalyzeOptions>();
  CLI::App* command = app.add_subcommand(
      "analyze", "Tag the themes of each comment and summarise the thread (the default command)");
  command->alias("analyse");
  command->add_option("inputs", options->inputs,
                      "Saved pages (.txt, .html, .mhtml, palabre JSON) or folders; '-' or nothing "
                      "reads stdin when a page is piped in")
      ->required()
      ->type_name("INPUT");
  add_report_options(*command, *options);
  EnumNames<InputChoice> input_names = {{"auto", InputChoice::kAuto}, {"text", InputChoice::kText},
                                        {"html", InputChoice::kHtml}, {"json", InputChoice::kJson},
                                        {"jsonl", InputChoice::kJsonl}};
  add_enum_option(*command, "--input-format", options->input_format, input_names,
                  "Page format, else guessed from the content");
  add_themes_option(*command, options->themes);
  add_output_option(*command, options->output);
  add_max_bytes_option(*command, options->max_bytes);
  add_max_memory_option(*command, options->max_memory);
  command->add_flag("-q,--quiet", options->quiet,
                    "Do not print the pages' warnings (nor, for several inputs, the progress line "
                    "and the closing count when all went well)");
  add_batch_options(*command, *options);
  command->footer(kAnalyzeExamples);
  command->callback([options, command, &exit_code] {
    options->format_given = command->get_option("--format")->count() > 0;
    if (!options->format_given && options->emit == Emit::kReport)
      if (std::optional<ReportFormat> implied = report_format_for_path(options->output)) {
        options->format = *implied;
        options->format_given = options->format_from_output = true;
      }
    exit_code = run_analyze(*options);
  });
}

}  // namespace palabre::cli
