#include "palabre/report/document.hpp"

namespace palabre {

void ReportStream::end_after_failure(const ThreadSummary& summary,
                                     const std::optional<std::string>& subject,
                                     const std::string& failure) {
  end(summary, subject, {failure});
}

void ReportDocument::begin(std::ostream&) {}

void ReportDocument::add_thread(std::ostream& out, const RenderedThread& thread) {
  out << (written_ == 0 ? thread.opening : separator_) << thread.body;
  ++written_;
}

void ReportDocument::add_failure(std::ostream&, const Failure&) {}

void ReportDocument::finish(std::ostream&, const CorpusReport&) {}

std::unique_ptr<ReportStream> ReportDocument::open_stream(std::ostream&) const { return nullptr; }

}  // namespace palabre
