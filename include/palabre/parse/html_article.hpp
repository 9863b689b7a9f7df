// The article of an HTML page, from an HtmlTree: its metadata (title by order of trust —
// og:title, JSON-LD headline, <title> without the site's decoration, <h1> — canonical url,
// site, publication date, authors), its main text (lede and paragraphs, without navigation,
// related links, footers or the comment thread) and the comment count it announces.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "palabre/parse/html_comments.hpp"
#include "palabre/parse/html_tree.hpp"
#include "palabre/parse/linked_data.hpp"
#include "palabre/record.hpp"

namespace palabre {

// Title, url, site, published and authors.
void read_article_metadata(const HtmlTree& tree, const LinkedData& linked, Article& article);

// Lede, paragraphs, credits and attribution, leaving out the comment thread.
void read_article_text(const HtmlTree& tree, const CommentThread& thread, Article& article);

// "160 commentaires", "Commentaires (6)", "1.977 commentaires", "8 Responses",
// "5 thoughts on “…”", "91 Ergänzungen" → the number; nullopt for anything else.
std::optional<long> match_comment_count(std::string_view text);

// The count the page announces for this thread: JSON-LD commentCount, else the count text
// nearest before the thread, else (no thread) a count in a heading or comment block.
std::optional<long> find_declared_comment_count(const HtmlTree& tree, const LinkedData& linked,
                                                const CommentThread& thread);

}  // namespace palabre
