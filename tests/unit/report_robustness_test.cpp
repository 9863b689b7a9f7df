// Random reports through every writer: whatever the page holds (control characters, markup,
// quotes, wide characters, spans past the end), each format keeps its invariants. The
// generator is seeded, so a failure replays.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <sstream>

#include "palabre/report/csv.hpp"
#include "palabre/report/html.hpp"
#include "palabre/report/jsonl.hpp"
#include "palabre/report/markdown.hpp"
#include "palabre/report/text.hpp"
#include "palabre/text/utf8.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

// Pieces that break writers, and plain words so that wrapping has something to do.
const std::vector<std::string> kPieces = {
    "mot", "artisans", " ", " ", "  ", "\n", "\r\n", "\t", "\x1b[31m", "\x07", "\xC2\x9B", "<", ">",
    "&", "\"", "'", ",", ";", "|", "*", "_", "`", "\\", "[", "](", "#", "!", "~", "é", "中国",
    "😀", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\xAE", "…", "-", "https://exemple.fr/" + std::string(90, 'x')};

class RandomReports {
 public:
  explicit RandomReports(unsigned seed) : random_(seed) {}

  std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

  std::string text(std::size_t max_pieces) {
    std::string out;
    for (std::size_t n = below(max_pieces + 1); n > 0; --n) out += kPieces[below(kPieces.size())];
    return out;
  }
  std::optional<std::string> maybe(std::size_t max_pieces) {
    std::string value = text(max_pieces);
    return below(3) == 0 || value.empty() ? std::nullopt : std::optional<std::string>(value);
  }

  ThreadReport report() {
    ThreadReport report;
    report.thread.source = {text(4), "text", "UTF-8", below(10000)};
    report.thread.article.title = maybe(8);
    report.thread.article.lede = maybe(20);
    report.thread.article.url = maybe(3);
    const std::vector<std::string> ids = {"alpha", "beta", "text", "path", "g-1"};
    for (const std::string& id : ids)
      report.summary.themes.push_back({id, below(4) ? text(6) + "x" : id, 0, 0.0, std::nullopt});
    const std::size_t comments = below(6);
    for (std::size_t c = 0; c < comments; ++c) {
      Comment comment;
      comment.id = "c" + std::to_string(c + 1);
      comment.author = maybe(3);
      comment.posted_at = below(2) ? std::optional<std::string>("2019-01-0" + std::to_string(1 + below(9)) + "T11:54")
                                   : std::nullopt;
      comment.parent = c > 0 && below(3) == 0 ? std::optional<std::string>("c1") : std::nullopt;
      comment.text = text(60);
      comment.truncated = below(2);
      const std::size_t length = count_code_points(comment.text);
      std::vector<ThemeTag> tags;
      for (std::size_t t = 0; t < ids.size(); ++t) {
        if (below(3)) continue;
        ThemeTag tag{ids[t], 1.0, {}};
        for (std::size_t e = below(3) + 1; e > 0; --e) {
          std::size_t start = below(length + 3), end = start + below(12);
          tag.evidence.push_back({"ev", start, end, text(2) + "t", below(4) == 0, below(4) == 0});
        }
        tags.push_back(std::move(tag));
        ++report.summary.themes[t].comments;
      }
      if (tags.empty()) report.summary.untagged.push_back(comment.id);
      report.tags.push_back(std::move(tags));
      report.thread.comments.push_back(std::move(comment));
    }
    report.summary.comments = comments;
    for (ThemeSummary& theme : report.summary.themes) {
      theme.share = comments ? static_cast<double>(theme.comments) / static_cast<double>(comments) : 0.0;
      if (theme.comments && below(2)) theme.quote = Quote{"c1", text(30) + "q"};
    }
    if (comments) report.summary.talking_points.push_back({text(4) + "p", 1.0, {"c1"}, 1, "p", Quote{"c1", text(40)}});
    return report;
  }

 private:
  std::mt19937 random_;
};

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ReportRobustness, EveryWriterKeepsItsInvariants) {
  RandomReports generate(20261129);
  for (int round = 0; round < 300; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    const ThreadReport report = generate.report();
    const std::size_t comments = report.thread.comments.size();

    // text: plain has no control character, every line fits, colour only adds styles.
    const std::size_t width = 40 + generate.below(81);
    std::ostringstream plain, coloured, plain_summary;
    write_text_report(plain, report, {width, false, true});
    write_text_report(coloured, report, {width, true, true});
    write_text_report(plain_summary, report, {width, false, false});
    ASSERT_TRUE(is_valid_utf8(plain.str()));
    for (unsigned char c : plain.str()) ASSERT_TRUE(c >= 0x20 || c == '\n') << static_cast<int>(c);
    std::istringstream lines(std::regex_replace(coloured.str(), std::regex("\x1b\\[[0-9;]*m"), ""));
    for (std::string line; std::getline(lines, line);) {
      ASSERT_LE(display_width(line), width) << line;
      for (unsigned char c : line) ASSERT_GE(c, 0x20) << "a control character survived";
    }
    std::ostringstream coloured_summary;
    write_text_report(coloured_summary, report, {width, true, false});
    EXPECT_EQ(std::regex_replace(coloured_summary.str(), std::regex("\x1b\\[[0-9;]*m"), ""), plain_summary.str());

    // csv: reads back to the same values, formula-looking cells as text.
    std::ostringstream csv;
    const std::vector<std::string> columns = csv_theme_columns(report.summary);
    write_csv_header(csv, columns);
    write_csv_rows(csv, report, columns);
    testing::Rows rows = testing::read_csv(csv.str());
    ASSERT_EQ(rows.size(), comments + 1);
    for (std::size_t c = 0; c < comments; ++c) {
      ASSERT_EQ(rows[c + 1].size(), rows[0].size());
      EXPECT_EQ(rows[c + 1].back(), formula_guarded(report.thread.comments[c].text));
      EXPECT_EQ(rows[c + 1][6], formula_guarded(report.thread.comments[c].author.value_or("")));
    }

    // jsonl: one line per comment, its text intact.
    ReportOptions per_comment;
    per_comment.jsonl.per = JsonlUnit::kComment;
    std::ostringstream jsonl(testing::render_page(ReportFormat::kJsonl, report, per_comment));
    EXPECT_EQ(count(jsonl.str(), "\n"), comments);
    std::istringstream json_lines(jsonl.str());
    std::size_t c = 0;
    for (std::string line; std::getline(json_lines, line); ++c)
      EXPECT_EQ(nlohmann::json::parse(line)["comment"]["text"], report.thread.comments.at(c).text);

    // md: no raw markup from the page, table rows keep their cells.
    std::ostringstream md;
    write_markdown_report(md, report);
    std::istringstream md_lines(md.str());
    for (std::string line; std::getline(md_lines, line);) {
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '<') {
          EXPECT_TRUE(i > 0 && line[i - 1] == '\\') << line;
        }
      }
      if (line.starts_with("| ")) {
        std::size_t pipes = 0;
        for (std::size_t i = 0; i < line.size(); ++i) pipes += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
        EXPECT_EQ(pipes, 4u) << line;
      }
    }

    // html: one element per comment, our script only, no tag from the page.
    std::ostringstream html(testing::render_page(ReportFormat::kHtml, report));
    EXPECT_EQ(count(html.str(), "<li class=\"comment\""), comments);
    EXPECT_EQ(count(html.str(), "<script"), 1u);
    EXPECT_EQ(count(html.str(), "<mark"), count(html.str(), "</mark>"));
    EXPECT_EQ(html.str().find("href=\"javascript"), std::string::npos);
  }
}

}  // namespace
}  // namespace palabre
