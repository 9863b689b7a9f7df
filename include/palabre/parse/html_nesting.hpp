// A guard run on the markup before the HTML parser: HTML5 tree construction looks through
// the stack of open elements at each start tag, so a page nesting elements tens of thousands
// deep costs time quadratic in its depth. Like browsers (which stop nesting at 512 levels),
// palabre closes elements beyond a depth cap, so that deeper ones become siblings.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace palabre {

inline constexpr std::size_t kMaxHtmlNesting = 512;

// The markup with an end tag inserted before every start tag that would open an element
// deeper than `max_depth`; nullopt when no element is that deep (the common case, no copy).
// Depth is estimated by a light scan (comments, raw-text elements, void elements and
// self-closing tags understood; end tags close up to the matching open element).
std::optional<std::string> cap_html_nesting(std::string_view html,
                                            std::size_t max_depth = kMaxHtmlNesting);

}  // namespace palabre
