#include "work.hpp"

#include "palabre/error.hpp"
#include "palabre/parse/page_cost.hpp"
#include "palabre/parse/text_stream.hpp"
#include "palabre/run/input_failure.hpp"
#include "palabre/text/paths.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// Connects the text page parser to the analyzer and the report stream: each comment goes
// through both and is dropped.
class CommentRelay : public TextPageEvents {
 public:
  CommentRelay(SourceInfo source, ThreadAnalyzer& analyzer, ReportStream& report)
      : source_(std::move(source)), analyzer_(analyzer), report_(report) {}

  void on_article(Article article) override {
    analyzer_.begin_thread(article);
    report_.begin(source_, article);
  }

  void on_comment(Comment comment) override {
    const std::vector<ThemeTag> tags = analyzer_.analyze_comment(comment);  // sets its language
    report_.add_comment(comment, tags);
  }

 private:
  SourceInfo source_;
  ThreadAnalyzer& analyzer_;
  ReportStream& report_;
};

}  // namespace

// Streams the page when the output is at hand, the format writes as it reads and the page is
// a text page that reads the same streamed; false, having written nothing, otherwise.
bool JobRunner::stream_page(const Job& job, ThreadAnalyzer& analyzer, Outcome& outcome) const {
  if (!direct_output_ || job.thread || request_.chunk_bytes == 0) return false;
  std::unique_ptr<ReportStream> report = document_.open_stream(*direct_output_);
  if (!report) return false;
  std::optional<TextPageStream> page =
      TextPageStream::open(job.path, request_.page_format, request_.max_bytes, request_.chunk_bytes);
  if (!page) return false;
  SourceInfo source = page->source();
  // Its thread's tables grow with the page, as a page read whole does (without markup).
  const MemoryBudget::Reservation held =
      budget_.reserve(PageShape{source.bytes, 0, 0}.estimated_peak_bytes(), job.path);
  source.path = outcome.path;
  CommentRelay events(source, analyzer, *report);
  TextPageParser parser(events);
  const std::string failure = capture_input_failure(job.path, [&] { outcome.warnings = page->read(parser); });
  if (!failure.empty()) {
    const std::string where = failure + " (at " + page->position() + ")";
    if (!report->has_output()) throw Error(ErrorKind::kInput, "", where);  // a failed page, nothing out
    // Part of the report is out and cannot be taken back: it is closed as a valid document
    // that says it stops short, and the page is still a failure (exit code, stderr).
    ThreadReport summary = analyzer.finish_thread();
    report->end_after_failure(summary.summary, summary.subject,
                              "not read to the end: " + where + "; this report holds only the comments before");
    throw Error(ErrorKind::kInput, "", "not read to the end: " + where);
  }
  ThreadReport summary = analyzer.finish_thread();
  outcome.warnings.insert(outcome.warnings.end(), summary.thread.warnings.begin(), summary.thread.warnings.end());
  report->end(summary.summary, summary.subject, outcome.warnings);
  finish(summary, outcome);
  return true;
}

// The page's memory is reserved once its text is decoded, before any parser runs, and held
// until its part of the document is rendered.
void JobRunner::analyze_whole(Job job, ThreadAnalyzer& analyzer, Outcome& outcome) const {
  MemoryBudget::Reservation held;
  auto reserve = [&](std::string_view text) { held = budget_.reserve_page(text, job.path); };
  Thread thread = job.thread ? std::move(*job.thread)
                             : read_page(job.path, request_.page_format, request_.max_bytes, reserve);
  thread.source.path = outcome.path;
  ThreadReport report = analyzer.analyze(std::move(thread));
  finish(report, outcome);
  outcome.rendered = document_.render_thread(report, job.index);
  outcome.warnings = std::move(report.thread.warnings);
}

void JobRunner::finish(const ThreadReport& report, Outcome& outcome) const {
  if (request_.scope == DocumentScope::kCorpus) outcome.digest = digest_thread(report);
  outcome.analysed = true;
}

Outcome JobRunner::run(Job job, ThreadAnalyzer& analyzer) const {
  Outcome outcome;
  const std::string raw_path = job.path == "-" && !job.thread ? "<stdin>" : job.path;
  outcome.path = job.thread ? job.path : path_for_record(raw_path);
  outcome.shown = path_for_terminal(raw_path);
  outcome.skipped = job.skipped;
  outcome.own_output = std::move(job.own_output);
  if (job.skipped || !job.problem.empty()) {
    outcome.error = sanitize_utf8(job.problem);
    return outcome;
  }
  outcome.error = capture_input_failure(raw_path, [&] {
    if (!stream_page(job, analyzer, outcome)) analyze_whole(std::move(job), analyzer, outcome);
  });
  if (outcome.error.empty() && !outcome.analysed) outcome.error = "internal error: no result";
  return outcome;
}

}  // namespace palabre
