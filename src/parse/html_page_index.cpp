// Kinds are compared for every node of every candidate record: named once ("li|comment"),
// numbered, and compared as integers from then on.
#include "palabre/parse/html_page_index.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "palabre/parse/html_class_words.hpp"

namespace palabre {

PageIndex::PageIndex(const HtmlTree& page) : tree(page) {
  const std::size_t count = tree.nodes.size();
  hints.assign(count, 0);
  kinds.assign(count, kNoKind);
  classed_kind.assign(count, false);
  std::unordered_map<std::string, std::uint32_t> kind_ids;
  for (std::size_t i = 0; i < count; ++i) {
    const HtmlNode& node = tree.nodes[i];
    if (node.is_text()) continue;
    hints[i] = class_hints(node);
    std::string kind = block_kind(node);
    classed_kind[i] = kind.size() > node.tag.size() + 1;  // more than "tag|"
    auto it = kind_ids.find(kind);
    if (it == kind_ids.end())
      it = kind_ids.emplace(std::move(kind), static_cast<std::uint32_t>(kind_ids.size())).first;
    kinds[i] = it->second;
  }
  kind_count = kind_ids.size();
  has_digit.assign(count, false);
  for (std::size_t i = count; i-- > 0;) {  // children follow parents
    const HtmlNode& node = tree.nodes[i];
    if (node.is_text())
      has_digit[i] = std::any_of(node.text.begin(), node.text.end(),
                                 [](char c) { return c >= '0' && c <= '9'; });
    if (has_digit[i] && node.parent != kNoNode) has_digit[node.parent] = true;
  }
  previous_element.assign(count, kNoNode);
  std::vector<std::size_t> last_child(count, kNoNode);  // the last element child seen so far
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t parent = tree.nodes[i].parent;
    if (parent == kNoNode) continue;
    previous_element[i] = last_child[parent];
    if (!tree.nodes[i].is_text()) last_child[parent] = i;
  }
  text_bytes = text_sizes(tree);
  // Pingbacks and trackbacks count as lists of other pages too: some themes render them with
  // the very markup of comments, only their outer block says what they are.
  negative = chrome_regions(tree, text_bytes, [&](const HtmlNode& node) {
    return (hints[static_cast<std::size_t>(&node - tree.nodes.data())] &
            (kNegativeHint | kPingbackHint)) != 0;
  });
  // A live blog or a ticker stays a newsroom's whatever share of the page it holds.
  for (std::size_t i = 0; i < count; ++i) {
    const HtmlNode& node = tree.nodes[i];
    bool page_level = node.tag == "html" || node.tag == "body" || node.tag == "main";
    if ((hints[i] & kNewsroomHint) && !page_level) negative[i] = true;
    if (node.parent != kNoNode && negative[node.parent]) negative[i] = true;
  }
}

bool PageIndex::is_comment_marked(std::size_t node) const {
  return (hints[node] & (kStrongComment | kWeakComment)) && !(hints[node] & kPingbackHint);
}

bool PageIndex::in_comment_section(std::size_t node) const {
  std::size_t up = tree.nodes[node].parent;
  // An item of a list whose class says comments: <ol class="commentlist"><li>…
  std::string_view tag = tree.nodes[node].tag;
  if (up != kNoNode && (tag == "li" || tag == "article" || tag == "tr") &&
      (hints[up] & kStrongComment) && !(hints[up] & kPingbackHint))
    return true;
  for (int level = 0; level < 2 && up != kNoNode; ++level, up = tree.nodes[up].parent) {
    std::string_view id = tree.nodes[up].attribute("id");
    if (id.empty()) continue;
    std::string buffer;
    auto says_comment = [](std::string_view word) {
      for (std::string_view part : {"comment", "komment", "coment", "reacti", "disqus"})
        if (word.find(part) != std::string_view::npos) return true;
      return false;
    };
    if (detail::any_word(id, false, buffer, says_comment)) return true;
  }
  return false;
}

bool WorkBudget::spend(std::size_t nodes) {
  if (nodes > left_) {
    exhausted_ = true;
    left_ = 0;
    return false;
  }
  left_ -= nodes;
  return true;
}

}  // namespace palabre
