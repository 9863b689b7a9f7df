// Report stage, documents: the framing of a format around its threads — what opens and
// closes the output, what stands between two threads, the corpus summary after many. Takes
// each thread's rendered part, the failed inputs and the corpus counts; gives one document.
// Every format's framing for one page, many pages and a page read as a stream lives here.
//
//   std::unique_ptr<ReportDocument> document = make_report_document(ReportFormat::kCsv, scope, options);
//   document->begin(out);
//   RenderedThread part = document->render_thread(report, index);   // on any worker
//   document->add_thread(out, part);                                // in input order
//   document->finish(out, corpus);
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/corpus/corpus.hpp"

namespace palabre {

// What the document holds: one page's full report, or a line or section per page and a
// summary of them all (a folder, several inputs, JSON lines).
enum class DocumentScope { kPage, kCorpus };

// One thread's share of a document, made on a worker (rendering is a fair share of the work).
struct RenderedThread {
  std::string opening;  // what opens the document when this thread is its first (a CSV header)
  std::string body;
  std::string contents = {};  // its entry in the document's table of contents (a corpus's HTML)
  std::string language = {};  // the thread's language code, "" when unknown
};

// One page's report written as its comments are analysed, so that memory holds one comment
// and not the page: begin, add_comment per comment in page order, end.
class ReportStream {
 public:
  virtual ~ReportStream() = default;
  virtual void begin(const SourceInfo& source, const Article& article) = 0;
  virtual void add_comment(const Comment& comment, const std::vector<ThemeTag>& tags) = 0;
  virtual void end(const ThreadSummary& summary, const std::optional<std::string>& subject,
                   const std::vector<std::string>& warnings) = 0;
  // Instead of end when the page fails after begin: what is written cannot be taken back,
  // so the report is closed as a valid document over the comments written, `failure` among
  // its warnings (comment lines, which have none, end with a {"path", "error"} line).
  virtual void end_after_failure(const ThreadSummary& summary, const std::optional<std::string>& subject,
                                 const std::string& failure);
  // True once any byte has reached the output: before that, a failed page can still leave
  // nothing, as a page read whole does.
  virtual bool has_output() const = 0;
};

class ReportDocument {
 public:
  virtual ~ReportDocument() = default;

  // The thread's part. Const and free of shared state: workers call it at once.
  virtual RenderedThread render_thread(const ThreadReport& report, std::size_t index) const = 0;

  // The rest runs on the one thread that writes, in input order.
  virtual void begin(std::ostream& out);
  // The first thread's opening, else the separator; then the body. A format that holds
  // parts back (a table of contents first) or weaves failures in overrides it.
  virtual void add_thread(std::ostream& out, const RenderedThread& thread);
  // An input that failed: most formats keep it for the corpus summary and write nothing here.
  virtual void add_failure(std::ostream& out, const Failure& failure);
  virtual void finish(std::ostream& out, const CorpusReport& corpus);

  // True when each part must reach the reader at once (a filter reading JSON lines).
  virtual bool flushes_each_part() const { return false; }
  // A writer for a page read as a stream, or nullptr when the format needs the whole report.
  virtual std::unique_ptr<ReportStream> open_stream(std::ostream& out) const;

 protected:
  explicit ReportDocument(std::string separator = {}) : separator_(std::move(separator)) {}
  std::size_t threads_written() const { return written_; }
  void count_thread() { ++written_; }  // for an add_thread that does not call this one's

 private:
  std::string separator_;  // between two threads' bodies
  std::size_t written_ = 0;
};

}  // namespace palabre
