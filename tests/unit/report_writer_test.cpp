// Choosing a writer by name and streaming several threads into one document.
#include <gtest/gtest.h>

#include <sstream>

#include "palabre/error.hpp"
#include "palabre/report/writer.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

std::string render(ReportFormat format, const std::vector<ThreadReport>& reports,
                   ReportOptions options = {}) {
  std::ostringstream out;
  ReportWriter writer(out, format, options);
  for (const ThreadReport& report : reports) writer.write(report);
  writer.finish();
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ReportWriter, FormatNames) {
  for (const std::string& name : report_format_names())
    EXPECT_EQ(report_format_name(report_format_from_name(name)), name);
  EXPECT_EQ(report_format_names().size(), 6u);
  try {
    report_format_from_name("pdf");
    FAIL() << "pdf accepted";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kUsage);
    EXPECT_NE(std::string(error.what()).find("pdf"), std::string::npos);
  }
}

TEST(ReportWriter, SameInputSameBytes) {
  for (const std::string& name : report_format_names()) {
    ReportFormat format = report_format_from_name(name);
    std::vector<ThreadReport> reports = {testing::sample_report(), testing::tricky_report()};
    std::string first = render(format, reports);
    EXPECT_FALSE(first.empty()) << name;
    EXPECT_EQ(first, render(format, reports)) << name;
  }
}

TEST(ReportWriter, NothingWrittenNothingOut) {
  for (const std::string& name : report_format_names())
    EXPECT_EQ(render(report_format_from_name(name), {}), "") << name;
}

TEST(ReportWriter, SeveralThreadsMakeOneDocument) {
  const std::vector<ThreadReport> two = {testing::sample_report(), testing::tricky_report()};
  std::string csv = render(ReportFormat::kCsv, two);
  EXPECT_EQ(count(csv, "path,comment_id"), 1u);
  EXPECT_EQ(count(csv, "samples/villages-2-0-chinois.txt,c"), 5u);

  std::string jsonl = render(ReportFormat::kJsonl, two);
  EXPECT_EQ(count(jsonl, "\n"), 2u);
  ReportOptions per_comment;
  per_comment.jsonl.per = JsonlUnit::kComment;
  EXPECT_EQ(count(render(ReportFormat::kJsonl, two, per_comment), "\n"), 8u);

  std::string html = render(ReportFormat::kHtml, two);
  EXPECT_EQ(count(html, "<!DOCTYPE html>"), 1u);
  EXPECT_EQ(count(html, "<article class=\"thread\""), 2u);
  EXPECT_TRUE(html.ends_with("</html>\n"));

  std::string md = render(ReportFormat::kMarkdown, two);
  EXPECT_EQ(count(md, "\n---\n"), 1u);
  EXPECT_EQ(count(md, "\n## Themes\n"), 2u);

  std::string text = render(ReportFormat::kText, two);
  EXPECT_EQ(count(text, "\nThemes\n"), 2u);
}

TEST(ReportWriter, PassesTextOptions) {
  ReportOptions options;
  options.text.color = true;
  options.text.explain = true;
  std::string text = render(ReportFormat::kText, {testing::sample_report()}, options);
  EXPECT_NE(text.find("\x1b["), std::string::npos);
  EXPECT_NE(text.find("Comments\x1b[0m"), std::string::npos);
}

}  // namespace
}  // namespace palabre
