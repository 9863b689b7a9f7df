// Report helper: cuts a comment's text at the edges of its evidence spans, so that a writer
// can show which words made which theme fire (text --explain, HTML). Evidence offsets are
// code points into the comment's text, as in the JSON contract; segments are byte views.
//
//   text "Les artisans de Chine", tags {craft: [4,12)}, {china: [16,21)} →
//   "Les " {} · "artisans" {0} · " de " {} · "Chine" {1}
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "palabre/analyze/tagger.hpp"

namespace palabre {

struct Segment {
  std::string_view text;          // a view into the comment's text
  std::vector<std::size_t> tags;  // indices of the tags with evidence covering it, ascending
  std::vector<const Evidence*> evidence;  // for each of `tags`, its evidence covering it
};

// The segments of `text`, in order, covering it exactly (their concatenation is `text`).
// Overlapping evidence of several themes gives segments with several tags. Spans past the
// end of the text are clipped; empty or inverted spans are ignored. The evidence pointers
// point into `tags`, which must outlive the segments.
std::vector<Segment> segment_by_evidence(std::string_view text, const std::vector<ThemeTag>& tags);

}  // namespace palabre
