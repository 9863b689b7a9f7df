// The HTML report as markup: self-contained, escaped, one element per comment, the chart.
// tests/cli/formats_test.cpp loads it in a real browser.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "palabre/report/html.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

std::string render(const ThreadReport& report) {
  return testing::render_page(ReportFormat::kHtml, report);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(HtmlReport, Escape) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain é", "plain é"},
      {"<script>", "&lt;script&gt;"},
      {"a & b", "a &amp; b"},
      {"\"q\" 'a'", "&quot;q&quot; &#39;a&#39;"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(html_escape(in), out) << in;
}

TEST(HtmlReport, SelfContained) {
  for (const ThreadReport& report : {testing::sample_report(), testing::tricky_report()}) {
    std::string html = render(report);
    EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n"));
    EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
    for (const char* fetch : {" src=", "<link", "@import", "url(", "<iframe", "<img"})
      EXPECT_EQ(html.find(fetch), std::string::npos) << fetch;
    EXPECT_EQ(count(html, "<script>"), 1u);
    EXPECT_EQ(count(html, "</html>"), 1u);
  }
}

TEST(HtmlReport, PageTextIsEscaped) {
  std::string html = render(testing::tricky_report());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<b>Dupont"), std::string::npos);
  EXPECT_NE(html.find("Jean &quot;JD&quot; &lt;b&gt;Dupont&lt;/b&gt;"), std::string::npos);
  // A javascript: URL is shown, never linked.
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);
  EXPECT_NE(html.find("javascript:alert(1)"), std::string::npos);
}

TEST(HtmlReport, OneElementPerCommentWithItsThemes) {
  const ThreadReport report = testing::tricky_report();
  std::string html = render(report);
  EXPECT_EQ(count(html, "<li class=\"comment\""), report.thread.comments.size());
  EXPECT_NE(html.find("<li class=\"comment\" id=\"t1-c1\" data-themes=\"china text\">"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"comment\" id=\"t1-c2\" data-themes=\"\">"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"chip none\">no theme</li>"), std::string::npos);
  EXPECT_NE(html.find("reply to <a href=\"#t1-c1\">c1</a>"), std::string::npos);
  EXPECT_NE(html.find("<time datetime=\"2019-01-02T11:54\">02/01/2019 11:54</time>"), std::string::npos);
  // Filter buttons only for themes some comment has.
  EXPECT_NE(html.find("data-theme=\"craft\" aria-pressed=\"false\""), std::string::npos);
  EXPECT_EQ(html.find("data-theme=\"unused\" aria-pressed"), std::string::npos);
}

TEST(HtmlReport, EvidenceIsHighlighted) {
  std::string html = render(testing::sample_report());
  EXPECT_NE(html.find("title=\"Artisanat: artisan*\">artisants</mark>"), std::string::npos);
  std::string tricky = render(testing::tricky_report());
  // Overlapping evidence: "Chine" is covered by both themes; negation shows dotted.
  EXPECT_NE(tricky.find(">la </mark><mark class=\"ev t0\" data-theme=\"china\" title=\"Chine "
                        "&lt;&amp;&gt; &quot;pays&quot;: la chine; Texte: chine vraiment (negated)\">"
                        "Chine</mark><mark class=\"ev t2 negated\""),
            std::string::npos)
      << tricky;
  EXPECT_NE(tricky.find("(for the article&#39;s subject)\">中国</mark>"), std::string::npos);
}

TEST(HtmlReport, ChartHasABarPerTheme) {
  const ThreadReport& report = testing::sample_report();
  std::string html = render(report);
  EXPECT_EQ(count(html, "<svg class=\"theme-chart\""), 1u);
  EXPECT_EQ(count(html, "<g class=\"bar "), report.summary.themes.size());
  // 100 % of 330 units, 40 % of it.
  EXPECT_NE(html.find("width=\"330.0\""), std::string::npos);
  EXPECT_NE(html.find("width=\"132.0\""), std::string::npos);
}

TEST(HtmlReport, ThreadsOfOneDocumentDoNotShareIds) {
  std::ostringstream out;
  write_html_begin(out, "two", "fr");
  write_html_thread(out, testing::sample_report(), 1);
  write_html_thread(out, testing::tricky_report(), 2);
  write_html_end(out);
  std::string html = out.str();
  std::set<std::string> ids;
  std::regex id(" id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), id); it != std::sregex_iterator(); ++it)
    EXPECT_TRUE(ids.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  EXPECT_TRUE(ids.count("t1-c1") && ids.count("t2-c1"));
  EXPECT_EQ(count(html, "<!DOCTYPE html>"), 1u);
}

}  // namespace
}  // namespace palabre
