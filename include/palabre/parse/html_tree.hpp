// A parsed HTML page as plain values, independent of the HTML library: the elements and
// text nodes in document order (pre-order), each knowing its parent and where its subtree
// ends, so that every walk is a loop over an index range — no recursion, no library types.
// Built by html_page.cpp (the only file that sees MyHTML); read by the article, comment
// and linked-data extractors.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace palabre {

inline constexpr std::size_t kNoNode = static_cast<std::size_t>(-1);

struct HtmlAttribute {
  std::string_view name;  // lower-case
  std::string_view value;
};

// Node fields are views into the HtmlTree's own storage: a node is only read through its tree.
struct HtmlNode {
  std::string_view tag;   // lower-case element name; "#text" for a text node
  std::string_view text;  // a text node's characters (entities decoded); empty for elements
  std::span<const HtmlAttribute> attributes;
  std::size_t parent = kNoNode;
  std::size_t end = 0;  // one past the last node of this subtree
  int depth = 0;

  bool is_text() const { return tag == "#text"; }
  // The attribute's value, or an empty view when absent.
  std::string_view attribute(std::string_view name) const;
};

// Where a tree keeps the characters and attribute lists its nodes view: chunks that never
// move once written (so views stay valid while the tree grows and when it is moved), with
// no allocation per node. Tag names are kept once each.
class HtmlStorage {
 public:
  HtmlStorage() = default;
  HtmlStorage(HtmlStorage&&) = default;
  HtmlStorage& operator=(HtmlStorage&&) = default;
  HtmlStorage(const HtmlStorage&) = delete;  // views into it would point at the original
  HtmlStorage& operator=(const HtmlStorage&) = delete;

  std::string_view keep(std::string_view text);
  std::string_view keep_lower(std::string_view text);  // ASCII lower-cased copy
  std::string_view tag_name(std::string_view lower_name);
  std::span<HtmlAttribute> attribute_slots(std::size_t count);

 private:
  void* allocate(std::size_t bytes, std::size_t alignment);

  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  std::size_t used_ = 0, capacity_ = 0;  // in the last chunk
  std::vector<std::unique_ptr<std::string>> tag_names_;
};

struct HtmlTree {
  std::vector<HtmlNode> nodes;           // nodes[0] is the document's root element
  std::vector<std::string> linked_data;  // bodies of <script type="application/ld+json">
  HtmlStorage storage;                   // what the nodes' views point into

  // True when `inner` lies in the subtree of `outer` (and is not `outer` itself).
  bool contains(std::size_t outer, std::size_t inner) const {
    return inner > outer && inner < nodes[outer].end;
  }
};

namespace detail {
// Calls visit on each word of `value` — a run of ASCII letters and digits, lower-cased, digits
// dropped, empty words skipped — until visit returns true; with `leading_only`, on the first
// word of each white-space separated token only. Words come as views into `value` when it
// needs no change (the usual lower-case class), else into `buffer`.
template <typename Visit>
bool any_word(std::string_view value, bool leading_only, std::string& buffer, Visit& visit);
}  // namespace detail

// Calls visit(word) on the lower-case words of an element's class and id until it returns
// true; says whether it did. "fig-comment 1234 depth-2" → "fig", "comment", "depth": digits
// are dropped so that numbered ids compare equal. Nothing is allocated for plain classes.
template <typename Visit>
bool any_class_word(const HtmlNode& node, Visit visit) {
  std::string buffer;
  return detail::any_word(node.attribute("class"), false, buffer, visit) ||
         detail::any_word(node.attribute("id"), false, buffer, visit);
}

// The same over the first word of each class token and of the id: "widget
// widget_recent_comments" → "widget", "widget"; "elementor-widget-wrap" → "elementor". What a
// block *is* is said first; later words often say what it holds or how it is laid out.
template <typename Visit>
bool any_leading_class_word(const HtmlNode& node, Visit visit) {
  std::string buffer;
  return detail::any_word(node.attribute("class"), true, buffer, visit) ||
         detail::any_word(node.attribute("id"), true, buffer, visit);
}

// The class attribute's first token without digits ("comment", "forum-fil"): with the tag
// it names the kind of block, the same for every comment of one thread.
std::string block_kind(const HtmlNode& node);

// Visible text of a subtree: block elements and <br> become line breaks, runs of white space
// inside a line become one space, blank lines are dropped. `skip(i)` true leaves out node i
// and its subtree.
template <typename Skip>
std::string subtree_text(const HtmlTree& tree, std::size_t root, Skip skip);
std::string subtree_text(const HtmlTree& tree, std::size_t root);

// The same over the nodes [begin, end): a subtree, or a run of siblings with their subtrees
// (a <dt> and the <dd>s after it). `skip` is not asked about `begin`.
template <typename Skip>
std::string range_text(const HtmlTree& tree, std::size_t begin, std::size_t end, Skip skip);

// For each node, the bytes of (trimmed) text in its subtree; computed in one pass.
std::vector<std::size_t> text_sizes(const HtmlTree& tree);

// Nodes inside page chrome: <nav>, <aside>, and elements whose class words `is_chrome`
// accepts — unless such an element holds a third of the page's text or more (a <body
// class="no-sidebar"> or a layout panel "one-sidebar" holding the article is no chrome).
template <typename IsChrome>
std::vector<bool> chrome_regions(const HtmlTree& tree, const std::vector<std::size_t>& sizes,
                                 IsChrome is_chrome) {
  std::vector<bool> chrome(tree.nodes.size(), false);
  const std::size_t page = sizes.empty() ? 0 : sizes[0];
  for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
    const HtmlNode& node = tree.nodes[i];
    if (node.parent != kNoNode && chrome[node.parent]) {
      chrome[i] = true;
    } else if (!node.is_text()) {
      bool small = sizes[i] * 3 < page;
      chrome[i] = node.tag == "nav" || node.tag == "aside" ||
                  (small && node.tag != "body" && node.tag != "main" && is_chrome(node));
    }
  }
  return chrome;
}

// The share of a subtree's text that sits inside links (0 to 1; 1 when there is no text):
// lists of links to other pages are near 1, reader prose near 0.
double link_text_share(const HtmlTree& tree, std::size_t root);

// The same text on one line: every white space run (no-break spaces too) becomes a space.
// With `stop_after`, stops once the result is longer than that: a caller that rejects long
// lines (dates, names) need not read a whole paragraph to learn it is one.
std::string one_line(std::string_view text, std::size_t stop_after = std::string_view::npos);

// Implementation detail of subtree_text, shared by its instantiations.
namespace detail {
bool is_block_tag(std::string_view tag);
std::string tidy_lines(std::string_view raw);
}  // namespace detail

template <typename Visit>
bool detail::any_word(std::string_view value, bool leading_only, std::string& buffer,
                      Visit& visit) {
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto is_letter = [&](char c) { return (c >= 'a' && c <= 'z') || is_upper(c); };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto is_blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  };
  bool token_has_word = false;  // for leading_only: a word was seen in this token
  std::size_t i = 0;
  while (i < value.size()) {
    char c = value[i];
    if (!is_letter(c) && !is_digit(c)) {
      if (is_blank(c)) token_has_word = false;
      ++i;
      continue;
    }
    std::size_t start = i;
    bool plain = true, has_letter = false;
    for (; i < value.size() && (is_letter(value[i]) || is_digit(value[i])); ++i) {
      if (is_upper(value[i]) || is_digit(value[i])) plain = false;
      if (is_letter(value[i])) has_letter = true;
    }
    if (!has_letter || (leading_only && token_has_word)) continue;
    token_has_word = true;
    std::string_view run = value.substr(start, i - start);
    std::string_view word = run;
    if (!plain) {
      buffer.clear();
      for (char d : run)
        if (is_letter(d)) buffer += is_upper(d) ? static_cast<char>(d + 32) : d;
      word = buffer;
    }
    if (visit(word)) return true;
  }
  return false;
}

template <typename Skip>
std::string subtree_text(const HtmlTree& tree, std::size_t root, Skip skip) {
  return range_text(tree, root, tree.nodes[root].end, skip);
}

template <typename Skip>
std::string range_text(const HtmlTree& tree, std::size_t root, std::size_t end, Skip skip) {
  std::string raw;
  std::vector<std::size_t> open_blocks;  // ends of the block elements we are inside
  for (std::size_t i = root; i < end;) {
    while (!open_blocks.empty() && i >= open_blocks.back()) {
      raw += '\n';
      open_blocks.pop_back();
    }
    const HtmlNode& node = tree.nodes[i];
    if (i != root && skip(i)) {
      i = node.end;
      continue;
    }
    if (node.is_text()) {
      raw += node.text;
    } else if (node.tag == "br") {
      raw += '\n';
    } else if (detail::is_block_tag(node.tag)) {
      raw += '\n';
      open_blocks.push_back(node.end);
    }
    ++i;
  }
  return detail::tidy_lines(raw);
}

}  // namespace palabre
