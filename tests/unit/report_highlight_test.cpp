// Cutting a comment at its evidence spans: the pieces always rebuild the text, and each
// piece knows which themes cover it.
#include <gtest/gtest.h>

#include "palabre/report/highlight.hpp"
#include "report_fixture.hpp"

namespace palabre {
namespace {

std::string joined(const std::vector<Segment>& segments) {
  std::string out;
  for (const Segment& s : segments) out += s.text;
  return out;
}

Evidence span(std::size_t start, std::size_t end) { return Evidence{"", start, end, "t", false, false}; }

TEST(Highlight, Table) {
  struct Case {
    std::string text;
    std::vector<ThemeTag> tags;
    std::vector<std::pair<std::string, std::vector<std::size_t>>> expected;
  };
  const std::vector<Case> cases = {
      {"no evidence", {}, {{"no evidence", {}}}},
      {"Les artisans de Chine",
       {ThemeTag{"craft", 1, {span(4, 12)}}, ThemeTag{"china", 1, {span(16, 21)}}},
       {{"Les ", {}}, {"artisans", {0}}, {" de ", {}}, {"Chine", {1}}}},
      // Offsets are code points: "é" and "中" take one each.
      {"é中 artisans", {ThemeTag{"craft", 1, {span(3, 11)}}}, {{"é中 ", {}}, {"artisans", {0}}}},
      // Two themes over one word.
      {"la Chine, vraiment",
       {ThemeTag{"a", 1, {span(0, 8)}}, ThemeTag{"b", 1, {span(3, 18)}}},
       {{"la ", {0}}, {"Chine", {0, 1}}, {", vraiment", {1}}}},
      // Past the end: clipped; empty and inverted spans: ignored.
      {"court", {ThemeTag{"a", 1, {span(2, 99), span(1, 1), span(4, 2)}}}, {{"co", {}}, {"urt", {0}}}},
      {"", {ThemeTag{"a", 1, {span(0, 3)}}}, {}},
  };
  for (const Case& c : cases) {
    std::vector<Segment> segments = segment_by_evidence(c.text, c.tags);
    EXPECT_EQ(joined(segments), c.text);
    ASSERT_EQ(segments.size(), c.expected.size()) << c.text;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      EXPECT_EQ(segments[i].text, c.expected[i].first) << c.text;
      EXPECT_EQ(segments[i].tags, c.expected[i].second) << c.text << " segment " << i;
      EXPECT_EQ(segments[i].evidence.size(), segments[i].tags.size());
    }
  }
}

TEST(Highlight, EvidenceOfTheSampleIsWhatItsSegmentsSay) {
  const ThreadReport& report = testing::sample_report();
  for (std::size_t c = 0; c < report.thread.comments.size(); ++c) {
    const std::string& text = report.thread.comments[c].text;
    std::vector<Segment> segments = segment_by_evidence(text, report.tags[c]);
    EXPECT_EQ(joined(segments), text);
    for (const Segment& segment : segments)
      for (const Evidence* e : segment.evidence)
        EXPECT_NE(e->text.find(std::string(segment.text)), std::string::npos)
            << "segment '" << segment.text << "' is not inside evidence '" << e->text << "'";
  }
}

}  // namespace
}  // namespace palabre
