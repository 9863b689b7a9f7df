// The per-node facts the comment finder reads again and again, computed once per page in
// linear passes: each element's class hints and block kind, the text bytes under each node,
// and whether it sits in a region that lists other pages. Takes an HtmlTree (which must
// outlive the index); gives vectors indexed by node. Also the finder's work budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "palabre/parse/html_tree.hpp"

namespace palabre {

struct PageIndex {
  static constexpr std::uint32_t kNoKind = static_cast<std::uint32_t>(-1);  // text nodes

  explicit PageIndex(const HtmlTree& tree);

  const HtmlTree& tree;
  std::vector<unsigned> hints;         // ClassHint bits
  std::vector<std::uint32_t> kinds;    // block_kind numbered in order of first appearance
  std::vector<bool> classed_kind;      // the kind names a class, not the tag alone
  std::size_t kind_count = 0;
  std::vector<std::size_t> text_bytes;  // trimmed text under each node
  std::vector<bool> negative;           // inside a sidebar, widget or list of other pages
  std::vector<std::size_t> previous_element;  // the element sibling before (of any node)
  std::vector<bool> has_digit;                // some text under the node holds a digit

  // Marked as a comment (by class word or schema type), and not a pingback.
  bool is_comment_marked(std::size_t node) const;

  // A child or grandchild of a comment section: an element whose id names comments
  // (<section id="comments">, <div id="reacties">, <div id="disqus_thread">); or an item
  // of a list whose class does (<ol class="commentlist"><li>).
  bool in_comment_section(std::size_t node) const;
};

// A bound on the nodes the finder visits, proportional to the page: hostile pages (every
// element a candidate, deeply nested) cost linear time, and the search says it stopped.
class WorkBudget {
 public:
  explicit WorkBudget(std::size_t nodes) : left_(nodes) {}
  // Takes `nodes` from the budget; false (and exhausted from then on) when it cannot.
  bool spend(std::size_t nodes);
  bool exhausted() const { return exhausted_; }

 private:
  std::size_t left_;
  bool exhausted_ = false;
};

}  // namespace palabre
