// A batch run from end to end: walk the inputs, analyse each thread on a worker pool,
// write each result in input order as it is ready (text lines, JSON lines, or a
// palabre.corpus/1 document streamed thread by thread), and finish with the corpus summary
// or a mergeable partial. Failed inputs become error records; the others go on.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "palabre/batch/inputs.hpp"
#include "palabre/batch/point_table.hpp"
#include "palabre/batch/pool.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/report/jsonl.hpp"

namespace palabre {

enum class BatchOutput {
  kText,     // one line per article, then the corpus summary
  kJson,     // one palabre.corpus/1 document
  kJsonl,    // one palabre.thread/1 record (or comment line) or {"path", "error"} per line
  kMarkdown, // each thread's Markdown report, then the corpus summary
  kCsv,      // one row per comment of every thread, one header
  kHtml,     // one page: each thread's section, then the corpus summary
  kPartial,  // one palabre.partial/1 line at the end, for `palabre merge`
};

struct BatchOptions {
  std::vector<std::string> inputs;     // files, folders, "-"
  InputFilter filter;
  InputFormat page_format = InputFormat::kAuto;
  bool jsonl_input = false;            // read every input as JSON lines (else only *.jsonl)
  std::size_t workers = 0;             // 0: one per core
  std::size_t max_bytes = kDefaultMaxBytes;  // larger pages fail (0: no limit)
  std::vector<std::string> theme_files;
  BatchOutput output = BatchOutput::kText;
  JsonlOptions jsonl;                  // --per thread|comment for kJsonl
  bool quiet = false;                  // no per-page warnings, no closing count if all went well
  bool progress = false;               // draw a progress line on stderr (a terminal)
  std::size_t width = 80;              // columns for the text report
  std::string output_name = "<stdout>";  // names the output in a write error
  bool output_is_terminal = false;     // the output shares the terminal with the progress line
  std::size_t point_budget = kDefaultPointBudget;  // corpus talking points held in memory (bytes)
};

struct BatchResult {
  std::size_t succeeded = 0, failed = 0, skipped = 0;
  PoolStats pool;
};

// Runs the batch, writing to `out` and diagnostics to spdlog's default logger. Throws
// Error(kThemes) before reading anything when a theme file is bad, and rethrows an output
// error (Error(kOutput) or a stream failure noticed by the caller).
BatchResult run_batch(const BatchOptions& options, std::ostream& out);

}  // namespace palabre
