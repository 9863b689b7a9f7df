#include "batch_runner.hpp"

#include <sys/stat.h>

#include "palabre/batch/progress.hpp"
#include "palabre/batch/runner.hpp"
#include "palabre/report/writer.hpp"

namespace palabre::cli {
namespace {

bool is_folder(const std::string& path) {
  struct stat info {};
  return path != "-" && stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

BatchOutput batch_output(const AnalyzeRequest& request, const BatchCliOptions& options) {
  if (options.emit == "partial") return BatchOutput::kPartial;
  if (request.input_format == "jsonl" && !request.format_given) return BatchOutput::kJsonl;
  if (request.explain)
    throw Error(ErrorKind::kUsage, "--explain",
                "applies to the text report of one page, not to several inputs or a folder");
  switch (report_format_from_name(request.format)) {
    case ReportFormat::kText: return BatchOutput::kText;
    case ReportFormat::kJson: return BatchOutput::kJson;
    case ReportFormat::kJsonl: return BatchOutput::kJsonl;
    case ReportFormat::kMarkdown: return BatchOutput::kMarkdown;
    case ReportFormat::kCsv: return BatchOutput::kCsv;
    case ReportFormat::kHtml: return BatchOutput::kHtml;
  }
  return BatchOutput::kText;
}

}  // namespace

void add_batch_options(CLI::App& command, BatchCliOptions& options) {
  std::string globs;
  for (const std::string& glob : default_include_globs()) globs += (globs.empty() ? "" : " ") + glob;
  command.add_option("--include", options.include,
                     "In folders, read the files whose name matches GLOB (repeatable; replaces the "
                     "default: " + globs + ")")
      ->type_name("GLOB");
  command.add_option("--exclude", options.exclude,
                     "In folders, skip files and sub-folders whose name matches GLOB (repeatable)")
      ->type_name("GLOB");
  command.add_option("-j,--jobs", options.jobs,
                     "Worker threads for several inputs (default: the number of cores, " +
                         std::to_string(default_worker_count()) + " here)")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  command.add_option("--emit", options.emit,
                     "What to write: the report, or a mergeable partial for 'palabre merge' (map/reduce)")
      ->check(CLI::IsMember({"report", "partial"}))
      ->capture_default_str();
}

bool wants_batch(const AnalyzeRequest& request, const BatchCliOptions& options) {
  if (request.inputs.size() > 1 || request.input_format == "jsonl" || options.emit == "partial")
    return true;
  for (const std::string& input : request.inputs)
    if (input.ends_with(".jsonl") || is_folder(input)) return true;
  return false;
}

RunResult run_batch_command(const AnalyzeRequest& request, const BatchCliOptions& options) {
  BatchOptions batch;
  batch.inputs = request.inputs;
  if (!options.include.empty()) batch.filter.include = options.include;
  batch.filter.exclude = options.exclude;
  batch.jsonl_input = request.input_format == "jsonl";
  batch.page_format = batch.jsonl_input ? InputFormat::kAuto : input_format_from_name(request.input_format);
  batch.workers = options.jobs;
  batch.max_bytes = request.max_bytes;
  batch.theme_files = request.themes;
  batch.output = batch_output(request, options);
  batch.jsonl.per = jsonl_unit_from_name(request.per);
  batch.quiet = request.quiet;
  batch.progress = !request.quiet && stderr_is_terminal();
  batch.point_budget = point_budget_from_environment();

  Output output(request.output);
  batch.width = output.is_terminal() ? terminal_width() : 80;
  batch.output_name = request.output.empty() || request.output == "-" ? "<stdout>" : request.output;
  batch.output_is_terminal = output.is_terminal();
  BatchResult result = run_batch(batch, output.stream());
  output.finish();
  return result.failed > 0 ? 1 : 0;
}

}  // namespace palabre::cli
