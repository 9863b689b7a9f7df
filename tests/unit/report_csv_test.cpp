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

TEST(CsvReport, FormulaGuard) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"=1+1", "'=1+1"},   {"+33 6", "'+33 6"}, {"-5 degrés", "'-5 degrés"}, {"@Jean", "'@Jean"},
      {"\tx", "'\tx"},     {"\rx", "'\rx"},     {"", ""},                     {"a=1", "a=1"},
      {" =1", " =1"},      {"é=", "é="},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(formula_guarded(in), out) << in;
}

TEST(CsvReport, OneRowPerCommentWithThemeColumns) {
  const ThreadReport report = testing::tricky_report();
  Rows rows = read_csv(render(report));
  const std::vector<std::string> header = {"path",     "title", "url",   "error",      "comment_id", "parent",
                                           "author",   "posted_at", "truncated", "china", "craft", "theme:text",
                                           "unused",   "text"};
  ASSERT_EQ(rows.size(), 1 + report.thread.comments.size());
  EXPECT_EQ(rows[0], header);
  for (std::size_t c = 0; c < report.thread.comments.size(); ++c) {
    const Comment& comment = report.thread.comments[c];
    const std::vector<std::string>& row = rows[c + 1];
    ASSERT_EQ(row.size(), header.size());
    EXPECT_EQ(row[0], report.thread.source.path);
    EXPECT_EQ(row[1], formula_guarded(report.thread.article.title.value_or("")));
    EXPECT_EQ(row[2], report.thread.article.url.value_or(""));
    EXPECT_EQ(row[3], "");
    EXPECT_EQ(row[4], comment.id);
    EXPECT_EQ(row[5], comment.parent.value_or(""));
    EXPECT_EQ(row[6], formula_guarded(comment.author.value_or("")));
    EXPECT_EQ(row[7], comment.posted_at.value_or(""));
    EXPECT_EQ(row[8], comment.truncated ? "1" : "0");
    for (std::size_t t = 9; t < 13; ++t) {
      std::string id = header[t].starts_with("theme:") ? header[t].substr(6) : header[t];
      bool tagged = false;
      for (const ThemeTag& tag : report.tags[c]) tagged |= tag.id == id;
      EXPECT_EQ(row[t], tagged ? "1" : "0") << comment.id << " " << id;
    }
    EXPECT_EQ(row[13], formula_guarded(comment.text));
  }
}

TEST(CsvReport, SampleReadsBack) {
  const ThreadReport& report = testing::sample_report();
  Rows rows = read_csv(render(report));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0][9], "craft");  // theme columns sorted by id
  EXPECT_EQ(rows[4][13], report.thread.comments[3].text);  // the one with "alibaba.com" in quotes
}

}  // namespace
}  // namespace palabre
