// Lines are written without indentation and JsonWriter escapes every control character, so a
// record never spans two lines whatever the comments hold.
#include "palabre/report/jsonl.hpp"

#include "palabre/report/corpus_json.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/json_stream.hpp"

namespace palabre {

std::string jsonl_report_text(const ThreadReport& report, const JsonlOptions& options,
                              const Generator& generator) {
  std::string text;
  JsonWriter json(text);
  if (options.per == JsonlUnit::kThread) {
    write_report_json(json, report, generator);
    text += '\n';
    return text;
  }
  const std::vector<Comment>& comments = report.thread.comments;
  for (std::size_t c = 0; c < comments.size(); ++c)
    append_jsonl_comment_line(text, report.thread.source.path, comments[c],
                             c < report.tags.size() ? report.tags[c] : std::vector<ThemeTag>{});
  return text;
}

void append_jsonl_comment_line(std::string& out, const std::string& path, const Comment& comment,
                               const std::vector<ThemeTag>& tags) {
  JsonWriter json(out);
  json.begin_object().member("path", path).key("comment");
  write_comment_json(json, comment);
  json.key("themes");
  write_tags_json(json, tags);
  json.end_object();
  out += '\n';
}

namespace {

class JsonlDocument : public ReportDocument {
 public:
  JsonlDocument(DocumentScope scope, JsonlOptions options, Generator generator)
      : scope_(scope), options_(options), generator_(std::move(generator)) {}

  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    return {"", jsonl_report_text(report, options_, generator_)};
  }

  void add_failure(std::ostream& out, const Failure& failure) override {
    if (scope_ == DocumentScope::kPage) return;
    std::string line;
    JsonWriter json(line);
    write_failure_json(json, failure);
    out << line << '\n';
  }

  bool flushes_each_part() const override { return true; }

  // A corpus needs each whole thread for its counts (comments per day).
  std::unique_ptr<ReportStream> open_stream(std::ostream& out) const override {
    if (scope_ == DocumentScope::kCorpus) return nullptr;
    return std::make_unique<JsonReportStream>(
        out, options_.per == JsonlUnit::kComment ? JsonStreamShape::kCommentLines : JsonStreamShape::kRecordLine,
        generator_);
  }

 private:
  DocumentScope scope_;
  JsonlOptions options_;
  Generator generator_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_jsonl_document(DocumentScope scope, const JsonlOptions& options,
                                                    const Generator& generator) {
  return std::make_unique<JsonlDocument>(scope, options, generator);
}

}  // namespace palabre
