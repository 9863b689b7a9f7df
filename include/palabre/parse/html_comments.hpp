// Finds the reader-comment thread of an HTML page by its structure, on an HtmlTree: blocks
// of one kind (same tag and class) that each hold an author and/or a date and a text,
// marked as comments by their class words, schema.org microdata / RDFa, or repeated as
// siblings; replies by DOM nesting, depth-N classes or reply markers. The word tables
// (what a class word says: author, date, body, title, button, sidebar) are data at the top
// of html_comments.cpp — nothing there names a site.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "palabre/parse/dates.hpp"
#include "palabre/parse/html_tree.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct CommentThread {
  std::vector<Comment> comments;        // page order, ids c1, c2, …
  std::vector<std::size_t> item_nodes;  // the element holding each comment
  std::size_t section = kNoNode;        // the element holding the whole thread
  std::vector<std::string> warnings;
};

// `page_date` completes dates printed without a year and anchors relative ones
// ("il y a 3 heures"). Never throws; bounded work on any tree.
CommentThread find_comment_thread(const HtmlTree& tree, std::optional<DateTime> page_date);

}  // namespace palabre
