// palabre merge PARTIAL... — the reduce step: adds up the palabre.partial/1 documents that
// `palabre analyze --emit partial` wrote on other processes or machines. The summary equals
// the one a single run over the whole corpus prints; the per-thread records stay with the
// map step (the "threads" array is empty).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "common.hpp"
#include "palabre/corpus/partial_merge.hpp"
#include "palabre/report/corpus_json.hpp"
#include "palabre/report/formats.hpp"
#include "palabre/text/paths.hpp"

namespace palabre::cli {
namespace {

enum class MergeFormat { kJson, kText, kPartial };

struct MergeOptions {
  std::vector<std::string> inputs;
  MergeFormat format = MergeFormat::kJson;
  std::string output;
};

// The corpus document of a report format, or one merged partial to merge again.
std::unique_ptr<ReportDocument> document_for(MergeFormat format, const Output& output) {
  if (format == MergeFormat::kPartial) return make_partial_document();
  ReportOptions options;
  options.text.width = output.is_terminal() ? terminal_width() : 80;
  return make_report_document(format == MergeFormat::kJson ? ReportFormat::kJson : ReportFormat::kText,
                              DocumentScope::kCorpus, options);
}

// Adds the partials of one file (or of standard input) to `merge`; returns how many were
// refused, each reported on stderr as it is listed in the failures.
std::size_t merge_file(const std::string& path, PartialMerge& merge) {
  const std::size_t before = merge.total().failures.size();
  if (path == "-") {
    merge.add_stream(std::cin, "<stdin>");
  } else if (std::ifstream file(path, std::ios::binary); file) {
    merge.add_stream(file, path_for_record(path));
  } else {
    merge.refuse(path_for_record(path), "cannot open: " + std::string(std::strerror(errno)));
  }
  const std::vector<Failure>& failures = merge.total().failures;
  for (std::size_t i = before; i < failures.size(); ++i) report_error(Error(ErrorKind::kInput, failures[i].path, failures[i].error));
  return failures.size() - before;
}

RunResult run_merge(const MergeOptions& options) {
  PartialMerge merge(point_budget_from_environment());
  std::size_t refused = 0;
  for (const std::string& input : options.inputs) refused += merge_file(input, merge);
  Output output(options.output, options.inputs);
  std::unique_ptr<ReportDocument> document = document_for(options.format, output);
  document->begin(output.stream());
  document->finish(output.stream(), merge.total());
  output.finish();
  return refused > 0 ? 1 : 0;
}

}  // namespace

void setup_merge(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand(
      "merge", "Combine partial corpus summaries written by 'analyze --emit partial' (map/reduce)");
  command->add_option("partials", options->inputs,
                      "Files of palabre.partial/1 documents (one per line); '-' reads stdin")
      ->required()
      ->type_name("PARTIAL");
  add_enum_option(*command, "-f,--format", options->format,
                  EnumNames<MergeFormat>{{"json", MergeFormat::kJson}, {"text", MergeFormat::kText},
                                         {"partial", MergeFormat::kPartial}},
                  "Output format: a palabre.corpus/1 document, the text summary, or one merged "
                  "partial (to merge again)");
  add_output_option(*command, options->output);
  command->footer(R"(Examples:
  palabre analyze part1/ --emit partial > p1.json; palabre merge p1.json p2.json
  cat parts/*.json | palabre merge - -f text        the corpus summary for a person)");
  command->callback([options, &exit_code] { exit_code = run_merge(*options); });
}

}  // namespace palabre::cli
