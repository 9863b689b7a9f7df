// The saved-HTML page parser (MyHTML + Modest, confined to html_page.cpp): the article's
// title, text and metadata, and the comment thread as separate records.
#pragma once

#include <string_view>

#include "palabre/record.hpp"

namespace palabre {

// Parses a whole HTML page. `html` must be valid UTF-8 (decode first). Never throws on
// malformed markup; oddities become Thread::warnings.
Thread parse_html_page(std::string_view html);

}  // namespace palabre
