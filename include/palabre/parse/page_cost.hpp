// What analysing a page costs in memory at its peak, estimated from its decoded text before
// any parser runs, so that a run can refuse a page it cannot afford (or wait for room)
// instead of failing inside the parser. Takes the text; gives bytes.
//
// The estimate is an upper bound measured on real and adversarial pages, not a model: about
// kBytesPerByte per byte of text (the decoded page, its records, the analysis and the
// report; a comment of one megabyte or more, analysed in part, costs ~17 times its size),
// and for markup kBytesPerTag per tag and kBytesPerAttribute per attribute (the
// HTML parser's tree: a page of "<i>a</i>" needs ~85 times its size, one of bare attributes
// ~95 times, a saved news page ~14 times).
#pragma once

#include <cstddef>
#include <string_view>

namespace palabre {

inline constexpr std::size_t kBytesPerByte = 20;
inline constexpr std::size_t kBytesPerTag = 400;
inline constexpr std::size_t kBytesPerAttribute = 200;

struct PageShape {
  std::size_t bytes = 0;
  std::size_t tags = 0;        // '<' characters: tags, comments, stray ones alike
  std::size_t attributes = 0;  // words inside tags after the name (at least the attributes)

  std::size_t estimated_peak_bytes() const {
    return kBytesPerByte * bytes + kBytesPerTag * tags + kBytesPerAttribute * attributes;
  }
};

PageShape measure_page_shape(std::string_view text);

}  // namespace palabre
