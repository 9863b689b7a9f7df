#include "stream_page.hpp"

#include "common.hpp"
#include "palabre/parse/text_stream.hpp"
#include "palabre/report/json_stream.hpp"

namespace palabre::cli {
namespace {

// Connects the parser to the analyzer and the writer: each comment goes through both and
// is dropped.
class StreamedReport : public TextPageEvents {
 public:
  StreamedReport(const SourceInfo& source, ThreadAnalyzer& analyzer, JsonReportStream& writer)
      : source_(source), analyzer_(analyzer), writer_(writer) {}

  void on_article(Article article) override {
    analyzer_.begin_thread(article);
    writer_.begin(source_, article);
  }

  void on_comment(Comment comment) override {
    const std::vector<ThemeTag> tags = analyzer_.analyze_comment(comment);
    writer_.add_comment(comment, tags);
  }

 private:
  const SourceInfo& source_;
  ThreadAnalyzer& analyzer_;
  JsonReportStream& writer_;
};

}  // namespace

bool analyze_streamed(const StreamRequest& request, ThreadAnalyzer& analyzer, std::ostream& out) {
  if (request.chunk_bytes == 0 || !streams_report(request.format)) return false;
  std::optional<TextPageStream> page = TextPageStream::open(
      request.path, request.input_format, request.max_bytes, request.chunk_bytes);
  if (!page) return false;
  JsonReportStream writer(out, request.format, request.jsonl);
  StreamedReport report(page->source(), analyzer, writer);
  TextPageParser parser(report);
  std::vector<std::string> warnings = page->read(parser);
  ThreadReport summary = analyzer.finish_thread();
  if (!request.quiet)
    for (const std::string& warning : warnings) report_warning(page->source().path, warning);
  writer.end(summary.summary, summary.subject, warnings);
  return true;
}

std::size_t stream_chunk_bytes_from_environment() {
  return bytes_from_environment("PALABRE_STREAM_CHUNK_BYTES", kDefaultChunkBytes, true);
}

}  // namespace palabre::cli
