// Separators between threads live here, not in the writers: a writer draws one thread,
// the document around several is this file's business.
#include "palabre/report/writer.hpp"

#include "palabre/error.hpp"
#include "palabre/report/csv.hpp"
#include "palabre/report/html.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/markdown.hpp"

namespace palabre {

const std::vector<std::string>& report_format_names() {
  static const std::vector<std::string> kNames = {"text", "json", "jsonl", "md", "csv", "html"};
  return kNames;
}

ReportFormat report_format_from_name(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "jsonl") return ReportFormat::kJsonl;
  if (name == "md") return ReportFormat::kMarkdown;
  if (name == "csv") return ReportFormat::kCsv;
  if (name == "html") return ReportFormat::kHtml;
  throw Error(ErrorKind::kUsage, "--format",
              "unknown format '" + std::string(name) + "' (expected text, json, jsonl, md, csv or html)");
}

std::string_view report_format_name(ReportFormat format) {
  switch (format) {
    case ReportFormat::kText: return "text";
    case ReportFormat::kJson: return "json";
    case ReportFormat::kJsonl: return "jsonl";
    case ReportFormat::kMarkdown: return "md";
    case ReportFormat::kCsv: return "csv";
    case ReportFormat::kHtml: return "html";
  }
  return "text";
}

ReportWriter::ReportWriter(std::ostream& out, ReportFormat format, ReportOptions options)
    : out_(out), format_(format), options_(std::move(options)) {}

void ReportWriter::write(const ThreadReport& report) {
  const bool first = written_ == 0;
  switch (format_) {
    case ReportFormat::kText:
      if (!first) out_ << '\n';
      write_text_report(out_, report, options_.text);
      break;
    case ReportFormat::kJson:
      write_json_report(out_, report);
      break;
    case ReportFormat::kJsonl:
      write_jsonl_report(out_, report, options_.jsonl);
      break;
    case ReportFormat::kMarkdown:
      if (!first) out_ << "\n---\n\n";
      write_markdown_report(out_, report);
      break;
    case ReportFormat::kCsv:
      if (first) {
        csv_columns_ = csv_theme_columns(report.summary);
        write_csv_header(out_, csv_columns_);
      }
      write_csv_rows(out_, report, csv_columns_);
      break;
    case ReportFormat::kHtml:
      if (first)
        write_html_begin(out_, report.thread.article.title.value_or(report.thread.source.path));
      write_html_thread(out_, report, written_ + 1);
      break;
  }
  ++written_;
}

void ReportWriter::finish() {
  if (format_ == ReportFormat::kHtml && written_ > 0) write_html_end(out_);
}

}  // namespace palabre
