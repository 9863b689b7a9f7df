// Division of labour: the producer thread walks folders and splits JSON lines into threads
// (cheap, sequential by nature); the workers read, parse, analyse and render each thread,
// since rendering is a fair share of the cost; the calling thread only writes finished parts
// in order, keeps the corpus counts, and is the one thread that logs — so that diagnostics
// never interleave and the progress line can be cleared first. With one worker there is no
// pool at all: the calling thread does everything, and may stream a page as it reads it.
#include "palabre/run/run.hpp"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>

#include "jobs.hpp"
#include "palabre/batch/pool.hpp"
#include "palabre/batch/progress.hpp"
#include "palabre/error.hpp"
#include "palabre/report/corpus_json.hpp"
#include "palabre/version.hpp"
#include "work.hpp"

namespace palabre {
namespace {

// The calling thread's side: outcomes in input order → the document, the corpus counts and
// the diagnostics.
class Sink {
 public:
  Sink(const RunRequest& request, ReportDocument& document, std::ostream& out)
      : request_(request),
        document_(document),
        out_(out),
        progress_(request.progress,
                  request.progress ? count_jobs(request.inputs, request.filter, request.jsonl_input)
                                   : std::nullopt) {
    corpus_.points = PointTable(request.point_budget);
  }

  void begin() {
    write([&] { document_.begin(out_); }, false);
  }

  // What made the counts, for a partial: `merge` adds up only partials that agree.
  void set_origin(std::string themes_fingerprint, const AnalysisOptions& analysis) {
    corpus_.palabre_version = kVersion;
    corpus_.themes_fingerprint = std::move(themes_fingerprint);
    // --points caps each thread's talking points, and so what a partial counts.
    corpus_.analysis_options = "points=" + std::to_string(analysis.points);
  }

  void add(Outcome outcome) {
    if (!outcome.own_output.empty()) {
      ++counts_.skipped;
      own_outputs_.push_back(outcome.shown + " (" + outcome.own_output + ")");
      progress_.update(counts_.succeeded + counts_.failed + own_outputs_.size(), counts_.failed);
      return;
    }
    if (outcome.skipped) {
      ++counts_.skipped;
      progress_.clear();
      spdlog::warn("{}: {}", outcome.shown, outcome.error);
      return;
    }
    if (outcome.error.empty()) add_thread(std::move(outcome));
    else add_failure(std::move(outcome));
    progress_.update(counts_.succeeded + counts_.failed + own_outputs_.size(), counts_.failed);
  }

  // Closes the document with the corpus summary; `before` runs first (the workers' memory
  // is of no use to the summary, which reads the spilled talking points back). The output
  // is made final (`commit`) before the closing count is printed.
  template <typename Before>
  RunCounts finish(Before&& before, const std::function<void()>& commit) {
    progress_.finish();
    before();
    write([&] { document_.finish(out_, corpus_); }, true);
    tell_own_outputs();
    // One page that failed has no report: a file at -o from an earlier run is left as it was
    // (a corpus records its failures and is written).
    const bool page_failed = request_.scope == DocumentScope::kPage && counts_.failed > 0;
    if (commit && !page_failed) commit();
    if (!request_.closing_count) return counts_;
    if (counts_.failed > 0)
      spdlog::warn("{} succeeded, {} failed", counts_.succeeded, counts_.failed);
    else if (!request_.quiet)
      spdlog::info("{} succeeded, 0 failed", counts_.succeeded);
    return counts_;
  }

 private:
  void add_thread(Outcome outcome) {
    ++counts_.succeeded;
    if (!request_.quiet && !outcome.warnings.empty()) {
      progress_.clear();
      for (const std::string& warning : outcome.warnings) spdlog::warn("{}: {}", outcome.shown, warning);
    }
    if (outcome.digest) add_to_corpus(corpus_, *outcome.digest);
    // A filter's reader (GNU parallel, a pipe) gets each JSON line as soon as it is ready.
    write([&] { document_.add_thread(out_, outcome.rendered); }, document_.flushes_each_part());
  }

  void add_failure(Outcome outcome) {
    ++counts_.failed;
    progress_.clear();
    spdlog::error("{}: {}", outcome.shown, outcome.error);
    Failure failure{outcome.path, outcome.error};
    write([&] { document_.add_failure(out_, failure); }, document_.flushes_each_part());
    palabre::add_failure(corpus_, std::move(failure));
  }

  // Once for the run, not once a file: a folder analysed every day may hold hundreds.
  void tell_own_outputs() const {
    if (own_outputs_.empty()) return;
    constexpr std::size_t kNamed = 3;
    std::string named;
    for (std::size_t i = 0; i < own_outputs_.size() && i < kNamed; ++i)
      named += (i ? ", " : "") + own_outputs_[i];
    if (own_outputs_.size() > kNamed) named += ", and " + std::to_string(own_outputs_.size() - kNamed) + " more";
    spdlog::warn("skipped {} {} that palabre wrote, not pages: {}; to read one anyway, name it on the "
                 "command line",
                 own_outputs_.size(), own_outputs_.size() == 1 ? "file" : "files", named);
  }

  // Output shares the terminal with the progress line: erase it first. A failed write stops
  // the run at once rather than after the last of 20,000 files.
  template <typename Put>
  void write(Put&& put, bool flush) {
    if (request_.output_is_terminal) progress_.clear();
    put();
    if (flush || request_.output_is_terminal) out_.flush();
    if (!out_) {
      int error = errno;
      throw Error(ErrorKind::kOutput, request_.output_name,
                  "write failed" + (error ? ": " + std::string(std::strerror(error)) : std::string()));
    }
  }

  const RunRequest& request_;
  ReportDocument& document_;
  std::ostream& out_;
  ProgressBar progress_;
  CorpusReport corpus_;
  RunCounts counts_;
  std::vector<std::string> own_outputs_;  // as stderr names them, with what they are
};

std::unique_ptr<ReportDocument> make_document(const RunRequest& request) {
  if (request.emit_partial) return make_partial_document();
  return make_report_document(request.format, request.scope, request.report);
}

}  // namespace

Pipeline::Pipeline(const std::vector<std::string>& theme_files, std::size_t workers,
                   const AnalysisOptions& analysis)
    : theme_files_(theme_files),
      analysis_(analysis),
      max_workers_(std::min(workers == 0 ? default_worker_count() : workers, max_worker_count())) {
  analyzers_.push_back(std::make_unique<ThreadAnalyzer>(theme_files_, analysis_));
}

Pipeline::~Pipeline() = default;

// An analyzer costs megabytes: as many as there are inputs to share, up to the maximum.
void Pipeline::add_workers(const RunRequest& request) {
  std::size_t workers = max_workers_;
  if (workers > 1) workers = count_jobs_up_to(request.inputs, request.filter, request.jsonl_input, workers);
  workers = std::max<std::size_t>(workers, 1);
  while (analyzers_.size() < workers) analyzers_.push_back(std::make_unique<ThreadAnalyzer>(theme_files_, analysis_));
  workers_used_ = analyzers_.size();
}

RunCounts Pipeline::run(const RunRequest& request, std::ostream& out, const std::function<void()>& commit) {
  add_workers(request);
  RunRequest stamped = request;  // the reports name the theme set that tagged
  stamped.report.generator.themes = analyzers_[0]->themes().fingerprint;
  std::unique_ptr<ReportDocument> document = make_document(stamped);
  Sink sink(request, *document, out);
  JobSource source(request.inputs, request.filter, request.jsonl_input, request.max_bytes);
  sink.set_origin(analyzers_[0]->themes().fingerprint, analysis_);
  sink.begin();
  MemoryBudget budget = MemoryBudget::for_run(request.max_memory, analyzers_.size());
  if (analyzers_.size() == 1) {
    const JobRunner runner(request, *document, &out, budget);
    while (std::optional<Job> job = source.next()) sink.add(runner.run(std::move(*job), *analyzers_[0]));
  } else {
    const JobRunner runner(request, *document, nullptr, budget);
    run_ordered(
        PoolOptions{analyzers_.size(), 0}, [&] { return source.next(); },
        [&](Job job, std::size_t worker) { return runner.run(std::move(job), *analyzers_[worker]); },
        [&](Outcome outcome) { sink.add(std::move(outcome)); });
  }
  // The workers' word memos and buffers (megabytes each) are of no use to the summary, which
  // reads the spilled talking points back: not to stack the two at the end.
  return sink.finish([&] { analyzers_.clear(); }, commit);
}

}  // namespace palabre
