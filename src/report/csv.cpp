// Rows are assembled as lists of fields and joined in one place, so that no field can skip
// csv_field. Text keeps its line breaks (quoted): a spreadsheet shows them in the cell.
#include "palabre/report/csv.hpp"

#include <algorithm>
#include <sstream>

namespace palabre {
namespace {

constexpr std::string_view kLineEnd = "\r\n";
const std::vector<std::string> kFixedColumns = {"path", "comment_id", "parent", "author",
                                                "posted_at", "truncated", "text"};

// A theme called like a fixed column ("text") would make two columns of one name.
std::string theme_column_name(const std::string& id) {
  bool taken = std::find(kFixedColumns.begin(), kFixedColumns.end(), id) != kFixedColumns.end();
  return taken ? "theme:" + id : id;
}

void write_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << kLineEnd;
}

}  // namespace

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::vector<std::string> csv_theme_columns(const ThreadSummary& summary) {
  std::vector<std::string> ids;
  for (const ThemeSummary& theme : summary.themes) ids.push_back(theme.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void write_csv_header(std::ostream& out, const std::vector<std::string>& theme_columns) {
  std::vector<std::string> fields(kFixedColumns.begin(), kFixedColumns.end() - 1);
  for (const std::string& id : theme_columns) fields.push_back(theme_column_name(id));
  fields.push_back(kFixedColumns.back());
  write_row(out, fields);
}

void write_csv_rows(std::ostream& out, const ThreadReport& report,
                    const std::vector<std::string>& theme_columns) {
  const std::vector<Comment>& comments = report.thread.comments;
  for (std::size_t c = 0; c < comments.size(); ++c) {
    const Comment& comment = comments[c];
    std::vector<std::string> fields = {report.thread.source.path,   comment.id,
                                       comment.parent.value_or(""),  comment.author.value_or(""),
                                       comment.posted_at.value_or(""), comment.truncated ? "1" : "0"};
    for (const std::string& id : theme_columns) {
      bool tagged = false;
      if (c < report.tags.size())
        for (const ThemeTag& tag : report.tags[c]) tagged |= tag.id == id;
      fields.push_back(tagged ? "1" : "0");
    }
    fields.push_back(comment.text);
    write_row(out, fields);
  }
}

namespace {

class CsvDocument : public ReportDocument {
 public:
  // Every thread of a run has the same columns (the theme set's ids): the first one's header
  // heads them all.
  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    std::vector<std::string> columns = csv_theme_columns(report.summary);
    std::ostringstream header, rows;
    write_csv_header(header, columns);
    write_csv_rows(rows, report, columns);
    return {header.str(), rows.str()};
  }
};

}  // namespace

std::unique_ptr<ReportDocument> make_csv_document(DocumentScope) { return std::make_unique<CsvDocument>(); }

}  // namespace palabre
