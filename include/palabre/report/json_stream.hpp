// Report stage, JSON as a page is read: the json and jsonl reports of one thread written
// comment by comment, the same bytes the whole-report writers give, with no more than a
// comment's record held before it goes out. The json and jsonl page documents hand it out.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"
#include "palabre/report/generator.hpp"
#include "palabre/report/json_writer.hpp"

namespace palabre {

enum class JsonStreamShape {
  kIndentedRecord,  // the json format: one palabre.thread/1 document, indented
  kRecordLine,      // jsonl per thread: the same document on one line
  kCommentLines,    // jsonl per comment: one {"path", "comment", "themes"} line each
};

class JsonReportStream : public ReportStream {
 public:
  JsonReportStream(std::ostream& out, JsonStreamShape shape, Generator generator = {});
  JsonReportStream(const JsonReportStream&) = delete;
  JsonReportStream& operator=(const JsonReportStream&) = delete;

  void begin(const SourceInfo& source, const Article& article) override;
  void add_comment(const Comment& comment, const std::vector<ThemeTag>& tags) override;
  void end(const ThreadSummary& summary, const std::optional<std::string>& subject,
           const std::vector<std::string>& warnings) override;
  void end_after_failure(const ThreadSummary& summary, const std::optional<std::string>& subject,
                         const std::string& failure) override;
  bool has_output() const override { return has_output_; }

 private:
  void flush(bool all);

  std::ostream& out_;
  bool per_comment_ = false;
  Generator generator_;
  std::string path_;    // the source's, which each per-comment line repeats
  std::string buffer_;  // what is written but not yet sent to out_
  JsonWriter json_;     // writes into buffer_
  bool has_output_ = false;
};

}  // namespace palabre
