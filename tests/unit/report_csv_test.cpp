// The CSV report, read back with an RFC 4180 reader: same rows, same values.
#include <gtest/gtest.h>

#include <sstream>

#include "palabre/report/csv.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: CRLF ends records, quoted fields may hold anything.
Rows read_csv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field at byte " << i;
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r') {
      EXPECT_EQ(text[i + 1], '\n') << "bare CR at byte " << i;
      ++i;
      rows.emplace_back(1);
    } else {
      EXPECT_NE(c, '\n') << "bare LF at byte " << i;
      field += c;
    }
  }
  EXPECT_FALSE(quoted);
  EXPECT_EQ(rows.back(), std::vector<std::string>(1)) << "the last record must end in CRLF";
  rows.pop_back();
  return rows;
}

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
