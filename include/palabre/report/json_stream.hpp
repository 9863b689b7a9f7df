// The json and jsonl reports of one thread written as the thread is analysed, comment by
// comment (issue 7): the same bytes ReportWriter writes for the whole ThreadReport, with
// no more than a comment's record held before it goes out.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/json_writer.hpp"
#include "palabre/report/jsonl.hpp"
#include "palabre/report/writer.hpp"

namespace palabre {

// True for the formats JsonReportStream writes: json and jsonl.
bool streams_report(ReportFormat format);

class JsonReportStream {
 public:
  // `format`: kJson or kJsonl (`jsonl` says per thread or per comment).
  JsonReportStream(std::ostream& out, ReportFormat format, JsonlOptions jsonl = {});
  JsonReportStream(const JsonReportStream&) = delete;
  JsonReportStream& operator=(const JsonReportStream&) = delete;

  void begin(const SourceInfo& source, const Article& article);
  void add_comment(const Comment& comment, const std::vector<ThemeTag>& tags);
  void end(const ThreadSummary& summary, const std::optional<std::string>& subject,
           const std::vector<std::string>& warnings);

 private:
  void flush(bool all);

  std::ostream& out_;
  bool per_comment_ = false;
  std::string path_;    // the source's, which each per-comment line repeats
  std::string buffer_;  // what is written but not yet sent to out_
  JsonWriter json_;     // writes into buffer_
};

}  // namespace palabre
