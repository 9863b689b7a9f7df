// The saved-HTML page parser (MyHTML + Modest, confined to html_page.cpp): the article's
// title, text and metadata, and the comment thread as separate records.
#pragma once

#include <string>
#include <string_view>

#include "palabre/record.hpp"

namespace palabre {

// Parses a whole HTML page. `html` must be valid UTF-8 (decode first). Never throws on
// malformed markup; oddities become Thread::warnings. Throws Error(kInput), naming no file
// (the caller knows it), when MyHTML itself fails: it reports memory running out that way,
// and a page it could not read must not pass for a page without comments.
Thread parse_html_page(std::string_view html);

namespace detail {
// Throws that Error unless `status` (a myhtml_status_t) is MyHTML_STATUS_OK; `step` says what
// MyHTML was doing ("start", "read the page").
void require_html_parser_ok(unsigned int status, std::string_view step);
}  // namespace detail

}  // namespace palabre
