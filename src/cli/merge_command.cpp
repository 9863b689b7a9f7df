// palabre merge PARTIAL... — the reduce step: adds up the palabre.partial/1 documents that
// `palabre analyze --emit partial` wrote on other processes or machines. The summary equals
// the one a single run over the whole corpus prints; the per-thread records stay with the
// map step (the "threads" array is empty).
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "common.hpp"
#include "palabre/batch/corpus_json.hpp"
#include "palabre/batch/corpus_text.hpp"
#include "palabre/batch/inputs.hpp"

namespace palabre::cli {
namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string output;
};

void read_partial_file(const std::string& path, CorpusReport& corpus) {
  if (path == "-") {
    read_partials(std::cin, "<stdin>", corpus);
    return;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(ErrorKind::kInput, path_for_record(path), "cannot open: " + std::string(std::strerror(errno)));
  read_partials(file, path_for_record(path), corpus);
}

RunResult run_merge(const MergeOptions& options) {
  const std::size_t budget = point_budget_from_environment();
  CorpusReport corpus;
  corpus.points = PointTable(budget);
  std::size_t failures = 0;
  for (const std::string& input : options.inputs) {
    // A partial is merged whole or not at all: a bad document must not leave half its
    // counts in the total.
    CorpusReport part;
    part.points = PointTable(budget);
    try {
      read_partial_file(input, part);
    } catch (const Error& error) {
      if (error.kind() != ErrorKind::kInput) throw;
      report_error(error);
      ++failures;
      continue;
    }
    merge_corpus(corpus, part);
  }
  Output output(options.output);
  std::ostream& out = output.stream();
  if (options.format == "json") {
    CorpusJsonWriter writer(out);
    writer.begin();
    writer.finish(corpus);
  } else if (options.format == "partial") {
    write_partial(out, corpus);
  } else {
    write_corpus_summary_text(out, corpus, output.is_terminal() ? terminal_width() : 80);
  }
  output.finish();
  return failures > 0 ? 1 : 0;
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
  command->add_option("-f,--format", options->format,
                      "Output format: a palabre.corpus/1 document, the text summary, or one merged "
                      "partial (to merge again)")
      ->check(CLI::IsMember({"json", "text", "partial"}))
      ->capture_default_str();
  add_output_option(*command, options->output);
  command->callback([options, &exit_code] { exit_code = run_merge(*options); });
}

}  // namespace palabre::cli
