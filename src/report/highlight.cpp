// Boundaries are collected in code points, then mapped to bytes once: evidence lists are
// short, comments are short, so a sorted vector of cut points is all it takes.
#include "palabre/report/highlight.hpp"

#include <algorithm>

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

}  // namespace

std::vector<Segment> segment_by_evidence(std::string_view text, const std::vector<ThemeTag>& tags) {
  const std::vector<std::size_t> offsets = code_point_offsets(text);
  const std::size_t length = offsets.size() - 1;
  std::vector<std::size_t> cuts = {0, length};
  for (const ThemeTag& tag : tags)
    for (const Evidence& e : tag.evidence) {
      std::size_t start = std::min(e.start, length), end = std::min(e.end, length);
      if (start >= end) continue;
      cuts.push_back(start);
      cuts.push_back(end);
    }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<Segment> segments;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const std::size_t from = cuts[i], to = cuts[i + 1];
    Segment segment;
    segment.text = text.substr(offsets[from], offsets[to] - offsets[from]);
    for (std::size_t t = 0; t < tags.size(); ++t)
      for (const Evidence& e : tags[t].evidence)
        if (e.start <= from && to <= std::min(e.end, length)) {
          segment.tags.push_back(t);
          segment.evidence.push_back(&e);
          break;
        }
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
