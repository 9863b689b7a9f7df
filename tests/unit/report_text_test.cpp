// The text report: plain and stable when piped, coloured only when asked, within the width,
// and never a channel for escape sequences hidden in a comment.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "palabre/error.hpp"
#include "palabre/report/text.hpp"
#include "palabre/text/utf8.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

std::string render(const ThreadReport& report, TextOptions options) {
  std::ostringstream out;
  write_text_report(out, report, options);
  return out.str();
}

std::string strip_sgr(const std::string& text) {
  return std::regex_replace(text, std::regex("\x1b\\[[0-9;]*m"), "");
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The tricky report, with a word longer than any line and an empty comment.
ThreadReport long_word_report() {
  ThreadReport report = testing::tricky_report();
  report.thread.comments[1].text = "voir https://example.com/" + std::string(150, 'x') + "/fin";
  report.thread.comments.push_back(Comment{"c4", std::nullopt, std::nullopt, std::nullopt, std::nullopt, "", false, std::nullopt, {}});
  report.tags.emplace_back();
  return report;
}

std::vector<ThreadReport> reports() {
  return {testing::sample_report(), testing::tricky_report(), long_word_report()};
}

TEST(TextReport, PlainTextHasNoEscapeSequence) {
  for (const ThreadReport& report : reports())
    for (bool explain : {false, true}) {
      std::string text = render(report, {80, false, explain});
      EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
      EXPECT_TRUE(is_valid_utf8(text));
    }
}

TEST(TextReport, ColourOnlyAddsStyles) {
  for (const ThreadReport& report : reports()) {
    std::string coloured = render(report, {80, true, false});
    EXPECT_NE(coloured.find("\x1b["), std::string::npos);
    EXPECT_EQ(strip_sgr(coloured), render(report, {80, false, false}));
  }
}

TEST(TextReport, EscapeSequencesFromThePageAreDefused) {
  const ThreadReport report = testing::tricky_report();
  for (bool colour : {false, true}) {
    std::string text = render(report, {80, colour, true});
    // Every ESC left is one of ours: a complete SGR sequence, and the comment's own
    // "\x1b[31m" now starts with U+FFFD.
    EXPECT_EQ(strip_sgr(text).find('\x1b'), std::string::npos);
    EXPECT_NE(text.find("\xEF\xBF\xBD[31m"), std::string::npos) << text;
  }
}

TEST(TextReport, FitsTheWidth) {
  for (const ThreadReport& report : reports())
    for (std::size_t width : {40u, 57u, 80u, 120u})
      for (bool colour : {false, true}) {
        std::string text = strip_sgr(render(report, {width, colour, true}));
        for (const std::string& line : lines_of(text))
          EXPECT_LE(display_width(line), width) << "width " << width << ": '" << line << "'";
      }
  // Narrower than 40 columns is read as 40.
  for (const std::string& line : lines_of(render(testing::sample_report(), {10, false, true})))
    EXPECT_LE(display_width(line), 40u) << line;
}

TEST(TextReport, QuotesAreAttributed) {
  std::string text = render(testing::sample_report(), {80, false, false});
  EXPECT_NE(text.find("France vs Chine — anonyme, 28/12/2018 22:42 (c4)"), std::string::npos) << text;
  EXPECT_NE(text.find("    « Bravo aux chinois pour leur esprit d’entreprise. »"), std::string::npos);
  std::string tricky = render(testing::tricky_report(), {80, false, false});
  EXPECT_NE(tricky.find("Jean \"JD\" <b>Dupont</b>, 02/01/2019 11:54 (c1)"), std::string::npos) << tricky;
  EXPECT_NE(tricky.find("李雷, 28/12/2018 (c3)"), std::string::npos) << tricky;
}

TEST(TextReport, BarsFollowTheShares) {
  std::string text = render(testing::sample_report(), {80, false, false});
  const std::string full(40 * 3, ' ');
  std::smatch match;
  ASSERT_TRUE(std::regex_search(text, match, std::regex("France vs Chine +5  100 %  ((?:█)+)")));
  EXPECT_EQ(count_code_points(match[1].str()), 40u);
  ASSERT_TRUE(std::regex_search(text, match, std::regex("Artisanat +2   40 %  ((?:█)+)")));
  EXPECT_EQ(count_code_points(match[1].str()), 16u);
}

TEST(TextReport, ExplainMarksEvidence) {
  std::string plain = render(testing::sample_report(), {80, false, true});
  EXPECT_NE(plain.find("Comments"), std::string::npos);
  EXPECT_NE(plain.find("[artisants]"), std::string::npos) << plain;
  EXPECT_NE(plain.find("→ Artisanat: \"artisants\" (artisan*)"), std::string::npos) << plain;
  EXPECT_EQ(render(testing::sample_report(), {80, false, false}).find("[artisants]"), std::string::npos);

  const ThreadReport tricky = testing::tricky_report();
  std::string text = render(tricky, {80, false, true});
  EXPECT_NE(text.find("c2 · anonyme · reply to c1 · cut short by the site"), std::string::npos) << text;
  EXPECT_NE(text.find("→ no theme"), std::string::npos);
  EXPECT_NE(text.find("[negated]"), std::string::npos);
  EXPECT_NE(text.find("[for the article's subject]"), std::string::npos);
  // Overlapping evidence ("la Chine" / "Chine, vraiment") is marked once per run.
  EXPECT_NE(text.find("Bravo [la ][Chine][, vraiment];"), std::string::npos) << text;

  std::string coloured = render(testing::sample_report(), {80, true, true});
  EXPECT_EQ(coloured.find("[artisants]"), std::string::npos);
  EXPECT_NE(coloured.find("artisants\x1b[0m"), std::string::npos);
}

TEST(TextReport, NoComments) {
  ThreadReport empty;
  empty.thread.source.path = "vide.txt";
  std::string text = render(empty, {80, false, true});
  EXPECT_NE(text.find("vide.txt"), std::string::npos);
  EXPECT_NE(text.find("No comments on this page."), std::string::npos);
}

TEST(TextReport, UseColor) {
  struct Case {
    ColorMode mode;
    bool terminal;
    const char* no_color;
    const char* term;
    bool expected;
  };
  const std::vector<Case> cases = {
      {ColorMode::kAuto, true, nullptr, "xterm-256color", true},
      {ColorMode::kAuto, false, nullptr, "xterm", false},
      {ColorMode::kAuto, true, "1", "xterm", false},
      {ColorMode::kAuto, true, "", "xterm", true},  // NO_COLOR counts only when not empty
      {ColorMode::kAuto, true, nullptr, "dumb", false},
      {ColorMode::kAuto, true, nullptr, nullptr, true},
      {ColorMode::kAlways, false, "1", "dumb", true},  // the flag beats the environment
      {ColorMode::kNever, true, nullptr, "xterm", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(use_color(c.mode, c.terminal, c.no_color, c.term), c.expected)
        << static_cast<int>(c.mode) << " " << c.terminal << " " << (c.no_color ? c.no_color : "-");
}

TEST(TextReport, TerminalSafe) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain é 中", "plain é 中"},
      {"a\tb\nc\r\nd", "a b c  d"},
      {"\x1b[2J", "\xEF\xBF\xBD[2J"},
      {"bell\x07", "bell\xEF\xBF\xBD"},
      {"c1 \xC2\x9B" "31m", "c1 \xEF\xBF\xBD" "31m"},          // C1 CSI
      {"\xE2\x80\xAE" "evil", "\xEF\xBF\xBD" "evil"},           // right-to-left override
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},                   // invalid UTF-8
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(terminal_safe(in), out) << in;
}

}  // namespace
}  // namespace palabre
