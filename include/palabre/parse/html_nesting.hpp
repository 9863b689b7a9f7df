// A guard run on the markup before the HTML parser: HTML5 tree construction looks through
// the stack of open elements at each start tag, so a page nesting elements tens of thousands
// deep costs time quadratic in its depth. Like browsers (which stop nesting at 512 levels),
// palabre closes elements beyond a depth cap, so that deeper ones become siblings — moving
// whole repeated blocks (the comments of a reply chain) up, never splitting one.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace palabre {

inline constexpr std::size_t kMaxHtmlNesting = 512;

// The depth past which elements start to be moved up: three quarters of the cap.
constexpr std::size_t html_nesting_cut_depth(std::size_t max_depth) {
  return max_depth - max_depth / 4;
}

// The markup with end tags inserted so that no element opens deeper than `max_depth`;
// nullopt when nothing is changed (the common case, no copy). Past the cut depth, a start
// tag of a kind already open in the deeper half (same tag and first class word) closes the
// elements down to that one and opens beside it: `<div class="c"><div class="r">` repeated
// 1,000 deep becomes runs a few hundred deep, each block whole. Past the cap itself, the
// deepest element is closed before each start tag. Depth is estimated by a light scan
// (comments, raw-text elements, void elements and self-closing tags understood; end tags
// close up to the matching open element). Linear in the markup.
std::optional<std::string> cap_html_nesting(std::string_view html,
                                            std::size_t max_depth = kMaxHtmlNesting);

}  // namespace palabre
