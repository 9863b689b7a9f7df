// Boundaries are collected in code points, then mapped to bytes once. The segments are
// found by one sweep over the sorted cut points: each evidence span is added to its tag's
// active set where it starts and removed where it ends, so that a comment with hundreds of
// thousands of spans costs O(n log n), not a scan of every span for every segment.
#include "palabre/report/highlight.hpp"

#include <algorithm>
#include <set>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// Byte offset of every code point of `text`, plus text.size() at the end.
std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  std::size_t pos = 0;
  while (pos < text.size()) {
    offsets.push_back(pos);
    decode_next(text, pos);
  }
  offsets.push_back(text.size());
  return offsets;
}

// Where one evidence span starts or ends, in code points.
struct Edge {
  std::size_t at;
  std::size_t tag;
  std::size_t index;  // in the tag's evidence list
  bool opens;
};

// The spans' edges, clipped to the text, sorted by position; empty spans have none.
std::vector<Edge> evidence_edges(const std::vector<ThemeTag>& tags, std::size_t length) {
  std::vector<Edge> edges;
  for (std::size_t t = 0; t < tags.size(); ++t)
    for (std::size_t k = 0; k < tags[t].evidence.size(); ++k) {
      const Evidence& e = tags[t].evidence[k];
      const std::size_t start = std::min(e.start, length), end = std::min(e.end, length);
      if (start >= end) continue;
      edges.push_back(Edge{start, t, k, true});
      edges.push_back(Edge{end, t, k, false});
    }
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) { return a.at < b.at; });
  return edges;
}

// The spans covering the current segment: per tag, the indices of its open spans (the first
// in list order is the one a segment names), and the tags that have any.
class OpenSpans {
 public:
  explicit OpenSpans(std::size_t tags) : open_(tags) {}

  void apply(const Edge& edge) {
    std::set<std::size_t>& spans = open_[edge.tag];
    if (edge.opens) {
      spans.insert(edge.index);
      tags_.insert(edge.tag);
    } else {
      spans.erase(edge.index);
      if (spans.empty()) tags_.erase(edge.tag);
    }
  }

  void describe(const std::vector<ThemeTag>& tags, Segment& segment) const {
    for (std::size_t t : tags_) {
      segment.tags.push_back(t);
      segment.evidence.push_back(&tags[t].evidence[*open_[t].begin()]);
    }
  }

 private:
  std::vector<std::set<std::size_t>> open_;
  std::set<std::size_t> tags_;
};

}  // namespace

std::vector<Segment> segment_by_evidence(std::string_view text, const std::vector<ThemeTag>& tags) {
  const std::vector<std::size_t> offsets = code_point_offsets(text);
  const std::size_t length = offsets.size() - 1;
  const std::vector<Edge> edges = evidence_edges(tags, length);
  std::vector<std::size_t> cuts = {0, length};
  for (const Edge& edge : edges) cuts.push_back(edge.at);
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<Segment> segments;
  OpenSpans open(tags.size());
  std::size_t next_edge = 0;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const std::size_t from = cuts[i], to = cuts[i + 1];
    for (; next_edge < edges.size() && edges[next_edge].at <= from; ++next_edge) open.apply(edges[next_edge]);
    Segment segment;
    segment.text = text.substr(offsets[from], offsets[to] - offsets[from]);
    open.describe(tags, segment);
    // Neighbours covered by the same evidence are one run to the reader.
    if (!segments.empty() && segments.back().evidence == segment.evidence) {
      std::string_view& previous = segments.back().text;
      previous = std::string_view(previous.data(), previous.size() + segment.text.size());
    } else {
      segments.push_back(std::move(segment));
    }
  }
  return segments;
}

}  // namespace palabre
