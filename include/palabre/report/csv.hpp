// CSV reporter, for spreadsheets and data frames: one row per comment,
//   path,title,url,error,comment_id,parent,author,posted_at,truncated,<theme id>…,text
// with a 0/1 column per theme of the set (ids sorted, so that every thread of a run has the
// same columns; a theme named like a fixed column is headed "theme:<id>"), and a row per
// input that failed, its message in `error`. RFC 4180: CRLF line ends, fields quoted when
// they hold a comma, a quote or a line break, quotes doubled. UTF-8, no byte-order mark;
// missing values are empty.
//
// A cell that starts with = + - @, a tab or a carriage return is what a spreadsheet runs as a
// formula (CSV injection): as OWASP advises, it is written with a leading single quote,
// "'=1+1", which spreadsheets show as text. CsvOptions::guard_formulas = false (--csv-raw)
// writes cells as they are, for data frames.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"

namespace palabre {

struct CsvOptions {
  bool guard_formulas = true;
};

// One header, then every thread's rows; a corpus adds a row per failed input.
std::unique_ptr<ReportDocument> make_csv_document(DocumentScope scope, const CsvOptions& options = {});

// The theme columns for a report: the ids of its summary's themes, sorted.
std::vector<std::string> csv_theme_columns(const ThreadSummary& summary);

void write_csv_header(std::ostream& out, const std::vector<std::string>& theme_columns);

// One row per comment; a theme the columns do not name is left out.
void write_csv_rows(std::ostream& out, const ThreadReport& report,
                    const std::vector<std::string>& theme_columns, const CsvOptions& options = {});

// One row for an input that failed: its path and error, the other fields empty.
void write_csv_failure_row(std::ostream& out, const Failure& failure, std::size_t theme_columns,
                           const CsvOptions& options = {});

// The escaping routine of the CSV format: the field as is, or quoted with quotes doubled.
std::string csv_field(std::string_view value);

// A cell's value as written: with a leading ' when a spreadsheet would run it as a formula.
std::string formula_guarded(std::string_view value);

}  // namespace palabre
