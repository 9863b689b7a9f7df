// The pieces are json.cpp's and jsonl.cpp's own (write_report_head/comment/tail and the
// per-comment line), so a streamed record cannot drift from a whole one.
#include "palabre/report/json_stream.hpp"

#include "palabre/report/corpus_json.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/jsonl.hpp"

namespace palabre {
namespace {

constexpr std::size_t kFlushBytes = std::size_t{64} << 10;

}  // namespace

JsonReportStream::JsonReportStream(std::ostream& out, JsonStreamShape shape, Generator generator)
    : out_(out),
      per_comment_(shape == JsonStreamShape::kCommentLines),
      generator_(std::move(generator)),
      json_(buffer_, shape == JsonStreamShape::kIndentedRecord ? 2 : -1) {}

void JsonReportStream::begin(const SourceInfo& source, const Article& article) {
  path_ = source.path;
  if (!per_comment_) write_report_head(json_, source, article, generator_);
}

void JsonReportStream::add_comment(const Comment& comment, const std::vector<ThemeTag>& tags) {
  if (per_comment_) append_jsonl_comment_line(buffer_, path_, comment, tags);
  else write_report_comment(json_, comment, tags);
  flush(false);
}

void JsonReportStream::end(const ThreadSummary& summary, const std::optional<std::string>& subject,
                           const std::vector<std::string>& warnings) {
  if (!per_comment_) {
    write_report_tail(json_, summary, subject, warnings);
    buffer_ += '\n';
  }
  flush(true);
}

void JsonReportStream::end_after_failure(const ThreadSummary& summary,
                                         const std::optional<std::string>& subject,
                                         const std::string& failure) {
  if (!per_comment_) {
    end(summary, subject, {failure});
    return;
  }
  JsonWriter json(buffer_);
  write_failure_json(json, Failure{path_, failure});
  buffer_ += '\n';
  flush(true);
}

void JsonReportStream::flush(bool all) {
  if (buffer_.empty() || (!all && buffer_.size() < kFlushBytes)) return;
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  has_output_ = true;
}

}  // namespace palabre
