// The CSV report, read back with an RFC 4180 reader: same rows, same values.
#include <gtest/gtest.h>

#include <sstream>

#include "palabre/report/csv.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

using testing::read_csv;
using testing::Rows;

std::string render(const ThreadReport& report) {
  std::ostringstream out;
  std::vector<std::string> columns = csv_theme_columns(report.summary);
  write_csv_header(out, columns);
  write_csv_rows(out, report, columns);
  return out.str();
}

TEST(CsvReport, Field) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},        {"", ""},
      {"a,b", "\"a,b\""},        {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""}, {"cr\r", "\"cr\r\""},
      {"é 中 😀", "é 中 😀"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(csv_field(in), out) << in;
}

TEST(CsvReport, OneRowPerCommentWithThemeColumns) {
  const ThreadReport report = testing::tricky_report();
  Rows rows = read_csv(render(report));
  const std::vector<std::string> header = {"path", "comment_id", "parent", "author", "posted_at",
                                           "truncated", "china", "craft", "theme:text", "unused", "text"};
  ASSERT_EQ(rows.size(), 1 + report.thread.comments.size());
  EXPECT_EQ(rows[0], header);
  for (std::size_t c = 0; c < report.thread.comments.size(); ++c) {
    const Comment& comment = report.thread.comments[c];
    const std::vector<std::string>& row = rows[c + 1];
    ASSERT_EQ(row.size(), header.size());
    EXPECT_EQ(row[0], report.thread.source.path);
    EXPECT_EQ(row[1], comment.id);
    EXPECT_EQ(row[2], comment.parent.value_or(""));
    EXPECT_EQ(row[3], comment.author.value_or(""));
    EXPECT_EQ(row[4], comment.posted_at.value_or(""));
    EXPECT_EQ(row[5], comment.truncated ? "1" : "0");
    for (std::size_t t = 6; t < 10; ++t) {
      std::string id = header[t].starts_with("theme:") ? header[t].substr(6) : header[t];
      bool tagged = false;
      for (const ThemeTag& tag : report.tags[c]) tagged |= tag.id == id;
      EXPECT_EQ(row[t], tagged ? "1" : "0") << comment.id << " " << id;
    }
    EXPECT_EQ(row[10], comment.text);
  }
}

TEST(CsvReport, SampleReadsBack) {
  const ThreadReport& report = testing::sample_report();
  Rows rows = read_csv(render(report));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0][6], "craft");  // theme columns sorted by id
  EXPECT_EQ(rows[4][10], report.thread.comments[3].text);  // the one with "alibaba.com" in quotes
}

}  // namespace
}  // namespace palabre
