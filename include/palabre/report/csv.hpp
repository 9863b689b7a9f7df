// CSV reporter, for spreadsheets and data frames: one row per comment,
//   path,comment_id,parent,author,posted_at,truncated,<theme id>…,text
// with a 0/1 column per theme of the set (ids sorted, so that every thread of a run has the
// same columns; a theme named like a fixed column is headed "theme:<id>"). RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote
// or a line break, quotes doubled. UTF-8, no byte-order mark; missing values are empty.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"

namespace palabre {

// One header, then every thread's rows, whatever the scope.
std::unique_ptr<ReportDocument> make_csv_document(DocumentScope scope);

// The theme columns for a report: the ids of its summary's themes, sorted.
std::vector<std::string> csv_theme_columns(const ThreadSummary& summary);

void write_csv_header(std::ostream& out, const std::vector<std::string>& theme_columns);

// One row per comment; a theme the columns do not name is left out.
void write_csv_rows(std::ostream& out, const ThreadReport& report,
                    const std::vector<std::string>& theme_columns);

// The escaping routine of the CSV format: the field as is, or quoted with quotes doubled.
std::string csv_field(std::string_view value);

}  // namespace palabre
