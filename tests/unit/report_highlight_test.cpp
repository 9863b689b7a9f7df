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

namespace palabre {
namespace {

// The rule written the plain way: for each segment, each tag's first evidence that covers it.
std::vector<std::pair<std::vector<std::size_t>, std::vector<const Evidence*>>> covering_by_scan(
    const std::vector<Segment>& segments, std::string_view text, const std::vector<ThemeTag>& tags) {
  std::vector<std::pair<std::vector<std::size_t>, std::vector<const Evidence*>>> out;
  std::size_t from = 0;
  for (const Segment& segment : segments) {
    const std::size_t to = from + segment.text.size();  // ASCII text: bytes are code points
    std::vector<std::size_t> found_tags;
    std::vector<const Evidence*> found;
    for (std::size_t t = 0; t < tags.size(); ++t)
      for (const Evidence& e : tags[t].evidence)
        if (e.start <= from && to <= std::min(e.end, text.size()) && e.start < e.end) {
          found_tags.push_back(t);
          found.push_back(&e);
          break;
        }
    out.emplace_back(found_tags, found);
    from = to;
  }
  return out;
}

// Overlapping, nested, repeated, empty and out-of-range spans of three themes, at random:
// each segment names, per theme, the first evidence in list order that covers it.
TEST(Highlight, ManyOverlappingSpansNameTheFirstCoveringEvidence) {
  const std::string text(600, 'x');
  std::uint32_t state = 11;
  auto next = [&state](std::uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  std::vector<ThemeTag> tags(3);
  for (ThemeTag& tag : tags)
    for (int k = 0; k < 300; ++k) {
      const std::size_t start = next(640);
      tag.evidence.push_back(span(start, start + next(30)));
    }
  const std::vector<Segment> segments = segment_by_evidence(text, tags);
  EXPECT_EQ(joined(segments), text);
  const auto expected = covering_by_scan(segments, text, tags);
  ASSERT_EQ(segments.size(), expected.size());
  for (std::size_t i = 0; i < segments.size(); ++i) {
    EXPECT_EQ(segments[i].tags, expected[i].first) << i;
    EXPECT_EQ(segments[i].evidence, expected[i].second) << i;
  }
}

}  // namespace
}  // namespace palabre
