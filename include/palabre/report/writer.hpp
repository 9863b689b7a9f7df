// The report stage's entry point: picks the writer of a format and streams one or more
// ThreadReports into one document (a CSV header once, one HTML page, one line per thread
// in JSON Lines). The CLI names a format; this file knows what each one needs.
//
//   ReportWriter writer(std::cout, ReportFormat::kCsv, {});
//   for (const ThreadReport& report : reports) writer.write(report);
//   writer.finish();
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/jsonl.hpp"
#include "palabre/report/text.hpp"

namespace palabre {

enum class ReportFormat { kText, kJson, kJsonl, kMarkdown, kCsv, kHtml };

// The names the command line uses, in the order help lists them.
const std::vector<std::string>& report_format_names();  // text json jsonl md csv html

// "text", "json", "jsonl", "md", "csv", "html" → the format; throws
// Error(kUsage) otherwise.
ReportFormat report_format_from_name(std::string_view name);
std::string_view report_format_name(ReportFormat format);

struct ReportOptions {
  TextOptions text;    // text only
  JsonlOptions jsonl;  // jsonl only
};

class ReportWriter {
 public:
  ReportWriter(std::ostream& out, ReportFormat format, ReportOptions options = {});

  // Adds one thread to the document; the first call writes what opens it.
  void write(const ThreadReport& report);
  // Closes the document (the end of an HTML page). Writes nothing when no thread was written.
  void finish();

 private:
  std::ostream& out_;
  ReportFormat format_;
  ReportOptions options_;
  std::size_t written_ = 0;
  std::vector<std::string> csv_columns_;  // fixed by the first thread, kept for the others
};

}  // namespace palabre
