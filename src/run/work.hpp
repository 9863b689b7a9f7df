// The run's per-input step, on a worker: a job → an outcome. Reads the page (or takes the
// thread JSON lines gave), analyses it, digests it for the corpus and renders its part of
// the document; or, when the output is at hand and page and format allow, streams it.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "jobs.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/corpus/corpus.hpp"
#include "palabre/report/document.hpp"
#include "palabre/run/memory_budget.hpp"
#include "palabre/run/run.hpp"

namespace palabre {

struct Outcome {
  std::string path;   // as records name it: valid UTF-8
  std::string shown;  // as stderr names it: escaped
  std::string error;  // non-empty: the input failed
  bool skipped = false;
  std::string own_output;  // skipped as a report palabre wrote: what it is
  bool analysed = false;
  std::optional<ThreadDigest> digest;  // a corpus's share of the thread (a page's report needs none)
  RenderedThread rendered;  // empty when the thread was streamed to the output
  std::vector<std::string> warnings;
};

// The step for every job of one run; const, so that workers share it.
class JobRunner {
 public:
  // `direct_output`: the output itself when the step runs on the writing thread, so that a
  // text page may be written as it is read; nullptr on a pool.
  // `budget` holds each page's estimated memory while the page is parsed and analysed.
  JobRunner(const RunRequest& request, const ReportDocument& document, std::ostream* direct_output,
            MemoryBudget& budget)
      : request_(request), document_(document), direct_output_(direct_output), budget_(budget) {}

  // Never throws for a bad input: the outcome carries the error.
  Outcome run(Job job, ThreadAnalyzer& analyzer) const;

 private:
  bool stream_page(const Job& job, ThreadAnalyzer& analyzer, Outcome& outcome) const;
  void analyze_whole(Job job, ThreadAnalyzer& analyzer, Outcome& outcome) const;
  void finish(const ThreadReport& report, Outcome& outcome) const;

  const RunRequest& request_;
  const ReportDocument& document_;
  std::ostream* direct_output_;
  MemoryBudget& budget_;
};

}  // namespace palabre
