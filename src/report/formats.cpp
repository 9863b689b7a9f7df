// The one table of formats: each row names a format and builds its document.
#include "palabre/report/formats.hpp"

#include <cctype>
#include <string>

#include "palabre/report/csv.hpp"
#include "palabre/report/html.hpp"
#include "palabre/report/json.hpp"
#include "palabre/report/markdown.hpp"

namespace palabre {
namespace {

using MakeDocument = std::unique_ptr<ReportDocument> (*)(DocumentScope, const ReportOptions&);

struct FormatRow {
  ReportFormatInfo info;
  MakeDocument make;
};

const std::vector<FormatRow>& rows() {
  static const std::vector<FormatRow> kRows = {
      {{ReportFormat::kText, "text", "for a terminal", {".txt", ".text"}},
       [](DocumentScope scope, const ReportOptions& options) { return make_text_document(scope, options.text); }},
      {{ReportFormat::kJson, "json", "palabre.thread/1", {".json"}},
       [](DocumentScope scope, const ReportOptions& options) { return make_json_document(scope, options.generator); }},
      {{ReportFormat::kJsonl, "jsonl", "one line per thread or comment", {".jsonl", ".ndjson"}},
       [](DocumentScope scope, const ReportOptions& options) {
         return make_jsonl_document(scope, options.jsonl, options.generator);
       }},
      {{ReportFormat::kMarkdown, "md", "Markdown", {".md", ".markdown"}},
       [](DocumentScope scope, const ReportOptions&) { return make_markdown_document(scope); }},
      {{ReportFormat::kCsv, "csv", "one row per comment", {".csv"}},
       [](DocumentScope scope, const ReportOptions& options) { return make_csv_document(scope, options.csv); }},
      {{ReportFormat::kHtml, "html", "one self-contained page", {".html", ".htm"}},
       [](DocumentScope scope, const ReportOptions&) { return make_html_document(scope); }},
  };
  return kRows;
}

const FormatRow& row(ReportFormat format) {
  for (const FormatRow& row : rows())
    if (row.info.format == format) return row;
  return rows().front();  // unreachable: every ReportFormat has a row
}

}  // namespace

const std::vector<ReportFormatInfo>& report_formats() {
  static const std::vector<ReportFormatInfo> kInfos = [] {
    std::vector<ReportFormatInfo> infos;
    for (const FormatRow& row : rows()) infos.push_back(row.info);
    return infos;
  }();
  return kInfos;
}

std::string_view report_format_name(ReportFormat format) { return row(format).info.name; }

std::optional<ReportFormat> report_format_for_path(std::string_view path) {
  std::size_t dot = path.find_last_of("./");
  if (dot == std::string_view::npos || path[dot] != '.') return std::nullopt;
  std::string extension(path.substr(dot));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const FormatRow& row : rows())
    for (std::string_view known : row.info.extensions)
      if (extension == known) return row.info.format;
  return std::nullopt;
}

std::unique_ptr<ReportDocument> make_report_document(ReportFormat format, DocumentScope scope,
                                                     const ReportOptions& options) {
  return row(format).make(scope, options);
}

}  // namespace palabre
