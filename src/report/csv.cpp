// Rows are assembled as lists of fields and joined in one place, so that no field can skip
// csv_field (nor the formula guard). Text keeps its line breaks (quoted): a spreadsheet shows
// them in the cell.
#include "palabre/report/csv.hpp"

#include <algorithm>
#include <optional>
#include <sstream>

namespace palabre {
namespace {

constexpr std::string_view kLineEnd = "\r\n";
const std::vector<std::string> kLeadingColumns = {"path", "title", "url", "error", "comment_id", "parent",
                                                  "author", "posted_at", "truncated"};
const std::string kTextColumn = "text";

// A theme called like a fixed column ("text") would make two columns of one name.
std::string theme_column_name(const std::string& id) {
  bool taken = id == kTextColumn || std::find(kLeadingColumns.begin(), kLeadingColumns.end(), id) != kLeadingColumns.end();
  return taken ? "theme:" + id : id;
}

void write_row(std::ostream& out, const std::vector<std::string>& fields, bool guard) {
  for (std::size_t i = 0; i < fields.size(); ++i)
    out << (i ? "," : "") << csv_field(guard ? formula_guarded(fields[i]) : fields[i]);
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

std::string formula_guarded(std::string_view value) {
  if (value.empty() || std::string_view("=+-@\t\r").find(value.front()) == std::string_view::npos)
    return std::string(value);
  return "'" + std::string(value);
}

std::vector<std::string> csv_theme_columns(const ThreadSummary& summary) {
  std::vector<std::string> ids;
  for (const ThemeSummary& theme : summary.themes) ids.push_back(theme.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void write_csv_header(std::ostream& out, const std::vector<std::string>& theme_columns) {
  std::vector<std::string> fields = kLeadingColumns;
  for (const std::string& id : theme_columns) fields.push_back(theme_column_name(id));
  fields.push_back(kTextColumn);
  write_row(out, fields, false);
}

void write_csv_rows(std::ostream& out, const ThreadReport& report,
                    const std::vector<std::string>& theme_columns, const CsvOptions& options) {
  const std::vector<Comment>& comments = report.thread.comments;
  const Article& article = report.thread.article;
  for (std::size_t c = 0; c < comments.size(); ++c) {
    const Comment& comment = comments[c];
    std::vector<std::string> fields = {report.thread.source.path,    article.title.value_or(""),
                                       article.url.value_or(""),      "",
                                       comment.id,                    comment.parent.value_or(""),
                                       comment.author.value_or(""),   comment.posted_at.value_or(""),
                                       comment.truncated ? "1" : "0"};
    for (const std::string& id : theme_columns) {
      bool tagged = false;
      if (c < report.tags.size())
        for (const ThemeTag& tag : report.tags[c]) tagged |= tag.id == id;
      fields.push_back(tagged ? "1" : "0");
    }
    fields.push_back(comment.text);
    write_row(out, fields, options.guard_formulas);
  }
}

void write_csv_failure_row(std::ostream& out, const Failure& failure, std::size_t theme_columns,
                           const CsvOptions& options) {
  std::vector<std::string> fields(kLeadingColumns.size() + theme_columns + 1);
  fields[0] = failure.path;
  fields[3] = failure.error;
  write_row(out, fields, options.guard_formulas);
}

namespace {

// Theme ids hold no comma (themes.hpp): the header's commas count its columns.
std::size_t theme_columns_in(const std::string& header) {
  std::size_t fields = static_cast<std::size_t>(std::count(header.begin(), header.end(), ',')) + 1;
  return fields - kLeadingColumns.size() - 1;
}

class CsvDocument : public ReportDocument {
 public:
  CsvDocument(DocumentScope scope, CsvOptions options) : scope_(scope), options_(options) {}

  // Every thread of a run has the same columns (the theme set's ids): the first one's header
  // heads them all.
  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    std::vector<std::string> columns = csv_theme_columns(report.summary);
    std::ostringstream header, rows;
    write_csv_header(header, columns);
    write_csv_rows(rows, report, columns, options_);
    return {header.str(), rows.str()};
  }

  // Inputs that failed before the first thread wait for its header, which says how many
  // theme columns their rows must leave empty.
  void add_thread(std::ostream& out, const RenderedThread& thread) override {
    if (!theme_columns_) {
      theme_columns_ = theme_columns_in(thread.opening);
      out << thread.opening;
      for (const Failure& failure : waiting_) write_csv_failure_row(out, failure, *theme_columns_, options_);
      waiting_.clear();
    }
    out << thread.body;
    count_thread();
  }

  // A page that failed writes nothing, as in every format: stderr says why.
  void add_failure(std::ostream& out, const Failure& failure) override {
    if (scope_ == DocumentScope::kPage) return;
    if (theme_columns_) write_csv_failure_row(out, failure, *theme_columns_, options_);
    else waiting_.push_back(failure);
  }

  void finish(std::ostream& out, const CorpusReport&) override {
    if (theme_columns_ || waiting_.empty()) return;
    write_csv_header(out, {});
    for (const Failure& failure : waiting_) write_csv_failure_row(out, failure, 0, options_);
  }

 private:
  DocumentScope scope_;
  CsvOptions options_;
  std::optional<std::size_t> theme_columns_;  // known once the header is written
  std::vector<Failure> waiting_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_csv_document(DocumentScope scope, const CsvOptions& options) {
  return std::make_unique<CsvDocument>(scope, options);
}

}  // namespace palabre
