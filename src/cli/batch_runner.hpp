// The batch options of `palabre analyze` (--include, --exclude, -j, --emit) and the run
// that analyze hands over to when it has folders, several inputs or JSON lines to read.
// Kept apart from analyze_command.cpp so that the single-page path stays as it was.
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "common.hpp"

namespace palabre::cli {

struct BatchCliOptions {
  std::vector<std::string> include;  // empty: the default globs
  std::vector<std::string> exclude;
  std::size_t jobs = 0;              // 0: one worker per core
  std::string emit = "report";       // or "partial"
};

// What analyze itself parsed, that the batch run needs too.
struct AnalyzeRequest {
  std::vector<std::string> inputs;
  std::string format;                // a report format name: "text", "json", "jsonl", "md", …
  bool format_given = false;         // JSON-lines input defaults to JSON-lines output
  std::string input_format;          // "auto", "text", "html", "json", "jsonl"
  std::vector<std::string> themes;
  std::string output;
  bool quiet = false;
  std::size_t max_bytes = 0;         // --max-bytes: larger pages are failed inputs (0: no limit)
  std::string per = "thread";        // --per, for jsonl
  bool explain = false;              // --explain: one page's text report only
};

void add_batch_options(CLI::App& command, BatchCliOptions& options);

// True for several inputs, a folder, JSON lines in (--input-format jsonl, a *.jsonl file)
// or --emit partial: the cases a single-page report cannot answer.
bool wants_batch(const AnalyzeRequest& request, const BatchCliOptions& options);

RunResult run_batch_command(const AnalyzeRequest& request, const BatchCliOptions& options);

}  // namespace palabre::cli
