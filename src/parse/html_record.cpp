// A record is read in steps over its node range [node, end): its own parts are collected
// (leaving out nested replies, chrome, sidebars and records read apart); then its author
// (html_record_author), its date (html_record_date) and its body (html_record_body) are
// read; last it is judged: a comment has a text, and a date or a marked author.
#include "palabre/parse/html_record.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>

#include "palabre/parse/html_class_words.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// schema.org's articleBody: the post a forum topic or a blog opens with, not a comment on it.
bool is_article_body(const HtmlNode& node) {
  std::string_view itemprop = node.attribute("itemprop");
  return itemprop.find("articleBody") != std::string_view::npos ||
         itemprop.find("articlebody") != std::string_view::npos;
}

}  // namespace

bool RecordReader::is_nested_record(const RecordFields& fields, std::size_t j) const {
  const std::size_t record = fields.node;
  if (j == record || index_.tree.nodes[j].is_text()) return false;
  if (std::binary_search(fields.left_out.begin(), fields.left_out.end(), j)) return true;
  return index_.kinds[j] == index_.kinds[record] &&
         index_.is_comment_marked(j) == index_.is_comment_marked(record);
}

// The text of `root` without nested replies, chrome, titles and the nodes left out; `cut`
// (if given) learns whether a continuation link was left out.
std::string RecordReader::text_without(std::size_t root, const RecordFields& fields,
                                       std::size_t left_out_a, std::size_t left_out_b,
                                       bool* cut) const {
  return subtree_text(index_.tree, root, [&](std::size_t j) {
    if (is_nested_record(fields, j)) return true;
    if (cut && is_continuation_link(j)) {
      *cut = true;
      return true;
    }
    if ((index_.hints[j] & kChromeHint) || is_title(fields, j)) return true;
    return j == left_out_a || j == left_out_b;
  });
}

// A title line of the record ("Re: …", a comment's own title) — not the header of a quote
// inside its text ("solderjoe said:" in a blockquote's title bar), which the reader sees
// as part of the text.
bool RecordReader::is_title(const RecordFields& fields, std::size_t j) const {
  if (!(index_.hints[j] & kTitleHint)) return false;
  const HtmlTree& tree = index_.tree;
  for (std::size_t up = tree.nodes[j].parent; up != kNoNode && up >= fields.node && up != fields.node;
       up = tree.nodes[up].parent)
    if (tree.nodes[up].tag == "blockquote") return false;
  return true;
}

// The whole record's text without nested replies, chrome, titles, author and date.
std::string RecordReader::record_text(const RecordFields& fields, bool* cut) const {
  return range_text(index_.tree, fields.node, fields.end, [&](std::size_t j) {
    if (is_nested_record(fields, j)) return true;
    if (cut && is_continuation_link(j)) {
      *cut = true;
      return true;
    }
    if ((index_.hints[j] & kChromeHint) || is_title(fields, j)) return true;
    return j == fields.author_node || j == fields.date_node;
  });
}

RecordFields RecordReader::read(std::size_t record) const {
  return read(record, index_.tree.nodes[record].end);
}

RecordFields RecordReader::read(std::size_t record, std::size_t end,
                                std::vector<std::size_t> left_out) const {
  RecordFields fields;
  fields.node = record;
  fields.end = end;
  fields.left_out = std::move(left_out);
  Parts parts;
  if (inside_link(record) || !collect_parts(parts, fields)) return fields;
  read_marked_author(parts, fields);
  read_shown_date(parts, fields);
  if (!fields.author) read_introduced_author(parts, fields);
  choose_body(record, parts, fields);
  if (!fields.author) read_bold_author(parts, fields);
  if (!fields.author && fields.has_date()) read_name_near_date(record, parts, fields);
  read_body_text(record, fields);
  fields.valid = judge(fields);
  return fields;
}

// A block inside a link is a card leading to another page, not a comment.
bool RecordReader::inside_link(std::size_t record) const {
  const HtmlTree& tree = index_.tree;
  std::size_t up = tree.nodes[record].parent;
  for (int level = 0; level < 4 && up != kNoNode; ++level, up = tree.nodes[up].parent)
    if (tree.nodes[up].tag == "a" && !tree.nodes[up].attribute("href").empty()) return true;
  return false;
}

// False when the record cannot be a comment: it holds the page's <h1> or the article's body
// (the article, "commentary", "Kommentar", a forum topic's first post) or several
// comment-marked blocks of one kind (a list).
bool RecordReader::collect_parts(Parts& parts, RecordFields& fields) const {
  const HtmlTree& tree = index_.tree;
  const std::size_t record = fields.node;
  // The budget is charged the nodes visited, not the record's span: nested replies are
  // skipped, so a chain of n replies costs n, not the n² of its nested spans.
  std::size_t visited = 0;
  auto stop = [&](bool whole) { return budget_.spend(visited) && whole; };
  if (budget_.exhausted()) return false;
  std::map<std::uint32_t, int> inner_kinds;
  for (std::size_t j = record + 1; j < fields.end; ++visited) {
    const HtmlNode& node = tree.nodes[j];
    if (is_nested_record(fields, j) || (index_.hints[j] & kChromeHint) || index_.negative[j]) {
      j = node.end;
      continue;
    }
    if (node.tag == "h1" || is_article_body(node)) return stop(false);
    if (!node.is_text() && index_.is_comment_marked(j) && ++inner_kinds[index_.kinds[j]] >= 2)
      return stop(false);
    if (node.is_text()) {
      if (index_.text_bytes[j] > 0) parts.texts.push_back(j);
    } else {
      parts.elements.push_back(j);
      if (index_.hints[j] & kAuthorHint) parts.author_nodes.push_back(j);
      if (index_.hints[j] & kBodyHint) parts.body_nodes.push_back(j);
      if (!fields.machine_date) read_machine_date(j, fields);
    }
    ++j;
  }
  return stop(true);
}

// A text with a letter or digit, a date or a marked author with it, and not mostly links
// unless it shows both an author and a date (a reader may well post links; sidebars of
// recent comments, share bars and counters are links with one or neither).
bool RecordReader::judge(const RecordFields& fields) const {
  bool has_visible_character = false;
  for (std::size_t pos = 0; pos < fields.text.size() && !has_visible_character;) {
    char32_t c = decode_next(fields.text, pos);
    has_visible_character = !is_space(c);
  }
  if (!has_visible_character) return false;
  bool strong = index_.hints[fields.node] & kStrongComment;
  if (!fields.has_date() && !(strong && fields.author)) return false;
  if (!(fields.has_date() && fields.author) && link_text_share(index_.tree, fields.body_node) > 0.5)
    return false;
  return true;
}

}  // namespace palabre
