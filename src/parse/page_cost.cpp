#include "palabre/parse/page_cost.hpp"

#include "palabre/text/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace palabre {

// memchr to each '<' and its '>', so that text between tags costs almost nothing; inside a
// tag every word after the first counts as an attribute (a quoted value's words too: the
// estimate may only err upwards). A '<' with no '>' in the next kLongestTag bytes is text
// ("prix < 10"), not the start of a tag spanning the rest of the page.
constexpr std::size_t kLongestTag = 64 << 10;

PageShape measure_page_shape(std::string_view text) {
  PageShape shape;
  shape.bytes = text.size();
  const char* at = text.data();
  const char* const end = at + text.size();
  while (at < end) {
    const auto* open = static_cast<const char*>(std::memchr(at, '<', static_cast<std::size_t>(end - at)));
    if (!open) break;
    ++shape.tags;
    const std::size_t window = std::min<std::size_t>(static_cast<std::size_t>(end - open - 1), kLongestTag);
    const auto* close = static_cast<const char*>(std::memchr(open + 1, '>', window));
    if (!close) {
      at = open + 1;
      continue;
    }
    const char* tag_end = close;
    bool after_space = false;
    for (const char* c = open + 1; c < tag_end; ++c) {
      const bool space = is_html_space(*c);
      if (!space && after_space) ++shape.attributes;
      after_space = space;
    }
    at = tag_end;
  }
  return shape;
}

}  // namespace palabre
