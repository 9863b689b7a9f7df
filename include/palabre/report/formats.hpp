// Report stage, the formats: a name on the command line → the document that writes it.
// Takes a format, a scope (one page or a corpus) and the formats' options; gives a
// ReportDocument. Adding a format is a file that defines its document (see csv.cpp, the
// smallest) and one row in formats.cpp.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/report/csv.hpp"
#include "palabre/report/document.hpp"
#include "palabre/report/generator.hpp"
#include "palabre/report/jsonl.hpp"
#include "palabre/report/text.hpp"

namespace palabre {

enum class ReportFormat { kText, kJson, kJsonl, kMarkdown, kCsv, kHtml };

struct ReportOptions {
  TextOptions text;    // text: width, colour, --explain (a corpus uses the width only)
  JsonlOptions jsonl;  // jsonl: a line per thread or per comment
  CsvOptions csv;      // csv: formula cells guarded or not
  Generator generator;  // json, jsonl: the palabre that made the report
};

struct ReportFormatInfo {
  ReportFormat format;
  std::string_view name;         // as --format takes it
  std::string_view description;  // for --help
  std::vector<std::string_view> extensions;  // of an output file that implies the format
};

// Every format, in the order --help lists them.
const std::vector<ReportFormatInfo>& report_formats();
std::string_view report_format_name(ReportFormat format);

// The format an output file's name implies ("report.html", "comments.CSV"), or nullopt
// when its extension names none: -o picks the format unless --format says otherwise.
std::optional<ReportFormat> report_format_for_path(std::string_view path);

std::unique_ptr<ReportDocument> make_report_document(ReportFormat format, DocumentScope scope,
                                                     const ReportOptions& options);

}  // namespace palabre
