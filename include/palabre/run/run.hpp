// The whole run: inputs → read → records → analysis → report, composed once for one page,
// a page read as a stream and a folder of 20,000 alike. Takes the inputs and the report
// asked for; gives the report stage's document on a stream and a count of what went well.
// Several workers add threads and ordering, nothing else: each input is read, analysed and
// rendered on a worker, and written in input order by the calling thread.
//
//   Pipeline pipeline(theme_files, workers);    // a bad theme file throws here
//   RunCounts counts = pipeline.run(request, out, commit);
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "palabre/analyze/pipeline.hpp"
#include "palabre/batch/inputs.hpp"
#include "palabre/corpus/point_table.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/parse/text_stream.hpp"
#include "palabre/report/formats.hpp"

namespace palabre {

struct RunRequest {
  std::vector<std::string> inputs;     // files, folders, "-"
  InputFilter filter;                  // which files of a folder
  InputFormat page_format = InputFormat::kAuto;
  bool jsonl_input = false;            // read every input as JSON lines (else only *.jsonl)
  std::size_t max_bytes = kDefaultMaxBytes;      // larger pages fail (0: no limit)
  std::size_t chunk_bytes = kDefaultChunkBytes;  // a text page streams in reads this size (0: never)
  // Memory for the pages in flight (run/memory_budget.hpp); none: what the machine allows
  // (MemoryBudget::machine_total), 0: no limit.
  std::optional<std::size_t> max_memory;

  ReportFormat format = ReportFormat::kText;
  DocumentScope scope = DocumentScope::kPage;
  bool emit_partial = false;           // a palabre.partial/1 for `merge` instead of the report
  ReportOptions report;
  std::size_t point_budget = kDefaultPointBudget;  // corpus talking points held in memory (bytes)

  bool quiet = false;                  // no per-page warnings, no closing count if all went well
  bool closing_count = false;          // "N succeeded, M failed" on stderr at the end
  bool progress = false;               // a progress line on stderr (a terminal)
  bool output_is_terminal = false;     // the output shares the terminal with the progress line
  std::string output_name = "<stdout>";  // names the output in a write error
};

struct RunCounts {
  std::size_t succeeded = 0, failed = 0, skipped = 0;
};

class Pipeline {
 public:
  // At most `workers` workers (0: one per core; never more than max_worker_count()). The
  // first analyzer is built here, before anything is read or written: throws
  // Error(kThemes) for a bad theme file. The others are built by run(), once it knows how
  // many inputs there are to share: never more workers than inputs.
  Pipeline(const std::vector<std::string>& theme_files, std::size_t workers,
           const AnalysisOptions& analysis = {});
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline();

  // Runs the request once, writing the document to `out` and diagnostics to spdlog's default
  // logger. A failed input is counted and reported, never thrown; an output that cannot be
  // written throws Error(kOutput). `commit` (when given) makes the output final once the
  // document is complete — before the closing count says how the run went, so that nothing
  // reports success for an output that could not be written.
  RunCounts run(const RunRequest& request, std::ostream& out, const std::function<void()>& commit = {});

  // How many workers the last run() used, for tests.
  std::size_t workers_used() const { return workers_used_; }

 private:
  void add_workers(const RunRequest& request);

  std::vector<std::string> theme_files_;
  AnalysisOptions analysis_;
  std::size_t max_workers_;
  std::size_t workers_used_ = 0;
  std::vector<std::unique_ptr<ThreadAnalyzer>> analyzers_;  // one per worker
};

}  // namespace palabre
