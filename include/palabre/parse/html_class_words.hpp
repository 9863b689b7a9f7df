// What an element's markup says of its role in a comment thread, before its content is read:
// class and id words, schema.org microdata / RDFa types and the tag give hint bits (comment,
// author, body, title, chrome, lists of other pages, pingback, reply). Takes one HtmlNode;
// gives bits. The word tables are data in html_class_words.cpp and name no site.
#pragma once

#include <optional>
#include <string_view>

#include "palabre/parse/html_tree.hpp"

namespace palabre {

enum ClassHint : unsigned {
  kStrongComment = 1u << 0,  // class says comment, or schema.org / RDFa Comment
  kWeakComment = 1u << 1,    // class says forum or post
  kAuthorHint = 1u << 2,
  kBodyHint = 1u << 3,
  kTitleHint = 1u << 4,
  kChromeHint = 1u << 5,    // buttons, tools, avatars, counters: never comment text
  kNegativeHint = 1u << 6,  // sidebars, widgets, related links: no thread inside
  kPingbackHint = 1u << 7,
  kReplyHint = 1u << 8,  // the block itself is marked as an answer
  kNewsroomHint = 1u << 9,  // live blogs, tickers, pinned and paid blocks: no reader inside
};

// The hint bits of one element (text nodes: none).
unsigned class_hints(const HtmlNode& node);

// Form controls, embedded objects and the like: never part of a comment's text.
bool is_chrome_tag(std::string_view tag);

// "depth-3", "level-2", "msg-level-0", "comment_lvl_1" → the nesting level the page prints
// in a class; nullopt when it prints none.
std::optional<int> printed_level(const HtmlNode& node);

// style="margin-left: 40px" (em counted as 16 px) → the indentation the page gives a block.
std::optional<int> printed_indent(const HtmlNode& node);

// A block that holds answers: <div class="replies">, <ul class="children">.
bool is_replies_block(const HtmlNode& node);

}  // namespace palabre
