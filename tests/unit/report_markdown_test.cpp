// The Markdown report: its structure, and page text that never turns into markup.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "palabre/report/markdown.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

std::string render(const ThreadReport& report) {
  std::ostringstream out;
  write_markdown_report(out, report);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Cells of a table row, split at pipes that are not backslash-escaped.
std::size_t unescaped_pipes(const std::string& line) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++count;
  return count;
}

TEST(MarkdownReport, Escape) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain text, 2.0 é", "plain text, 2.0 é"},
      {"*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
      {"[lien](http://x) <b>", "\\[lien\\](http://x) \\<b\\>"},
      {"a | b", "a \\| b"},
      {"&amp; #1 ~x~ !", "\\&amp; \\#1 \\~x\\~ \\!"},
      {"back\\slash", "back\\\\slash"},
      {"  deux\nlignes\r\n", "deux lignes"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(markdown_escape(in), out) << in;
}

TEST(MarkdownReport, Structure) {
  const ThreadReport& report = testing::sample_report();
  std::string md = render(report);
  std::vector<std::string> lines = lines_of(md);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "# " + report.thread.article.title.value());
  EXPECT_TRUE(lines[0].ends_with("bienvenue dans les villages 2.0 chinois"));
  for (const char* heading : {"## Themes", "## Quotes", "## Talking points"})
    EXPECT_NE(std::find(lines.begin(), lines.end(), heading), lines.end()) << heading;

  auto header = std::find(lines.begin(), lines.end(), "| Theme | Comments | Share |");
  ASSERT_NE(header, lines.end());
  EXPECT_EQ(*(header + 1), "| :--- | ---: | ---: |");
  for (std::size_t i = 0; i < report.summary.themes.size(); ++i) {
    const ThemeSummary& theme = report.summary.themes[i];
    const std::string row = *(header + 2 + static_cast<long>(i));
    EXPECT_TRUE(row.starts_with("| " + theme.label + " | " + std::to_string(theme.comments) + " | "))
        << row;
  }
  std::size_t quotes = 0;
  for (const std::string& line : lines) quotes += line.starts_with("> « ");
  std::size_t with_quote = 0;
  for (const ThemeSummary& theme : report.summary.themes) with_quote += theme.quote.has_value();
  EXPECT_EQ(quotes, with_quote);
  EXPECT_NE(md.find("> — anonyme, 28/12/2018 22:42 (c4)"), std::string::npos);
  EXPECT_NE(md.find("- **france** — 3 commenters, 3 comments: c2, c3, c5"), std::string::npos) << md;
}

TEST(MarkdownReport, PageTextNeverBecomesMarkup) {
  std::string md = render(testing::tricky_report());
  EXPECT_EQ(md.find("<b>"), std::string::npos) << md;
  EXPECT_EQ(md.find("<le>"), std::string::npos);
  EXPECT_NE(md.find("# Chine \\& France : \\<le\\> \"match\" \\| \\*2.0\\*"), std::string::npos) << md;
  // Every table row keeps its four cell borders even with "|" in a label.
  bool in_table = false;
  for (const std::string& line : lines_of(md)) {
    if (line.starts_with("| Theme")) in_table = true;
    else if (line.empty()) in_table = false;
    if (in_table) {
      EXPECT_EQ(unescaped_pipes(line), 4u) << line;
    }
  }
  EXPECT_NE(md.find("| Artisanat \\| \\*métier\\* | 1 | 33 % |"), std::string::npos) << md;
  EXPECT_NE(md.find("1 comment matched no theme: c2."), std::string::npos);
}

TEST(MarkdownReport, NoComments) {
  ThreadReport empty;
  empty.thread.source.path = "vide.txt";
  std::string md = render(empty);
  EXPECT_TRUE(md.starts_with("# vide.txt\n")) << md;
  EXPECT_NE(md.find("No comments on this page."), std::string::npos);
  EXPECT_EQ(md.find("## Themes"), std::string::npos);
}

}  // namespace
}  // namespace palabre
