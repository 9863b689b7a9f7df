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
#include "palabre/run/run.hpp"

namespace palabre {

struct Outcome {
  std::string path;   // as records name it: valid UTF-8
  std::string shown;  // as stderr names it: escaped
  std::string error;  // non-empty: the input failed
  bool skipped = false;
  std::optional<ThreadDigest> digest;
  RenderedThread rendered;  // empty when the thread was streamed to the output
  std::vector<std::string> warnings;
};

struct WorkContext {
  const RunRequest& request;
  const ReportDocument& document;
  // The output itself when the step runs on the writing thread: a text page may then be
  // written as it is read. nullptr on a pool.
  std::ostream* direct_output = nullptr;
};

// Never throws for a bad input: the outcome carries the error.
Outcome work_on(Job job, ThreadAnalyzer& analyzer, const WorkContext& context);

}  // namespace palabre
