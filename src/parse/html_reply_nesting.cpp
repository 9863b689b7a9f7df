// One pass in page order with a stack of the records whose subtree the position is in, so
// DOM nesting costs nothing more than the walk; the other signs are looked at only for
// records no other record holds.
#include "palabre/parse/html_reply_nesting.hpp"

#include <map>

#include "palabre/parse/html_class_words.hpp"

namespace palabre {
namespace {

// The nearest ancestor (a few levels up) that is a block of answers: <div class="replies">
// placed after the comment it answers rather than inside it.
std::size_t replies_block(const HtmlTree& tree, std::size_t node) {
  std::size_t up = tree.nodes[node].parent;
  for (int level = 0; level < 4 && up != kNoNode; ++level, up = tree.nodes[up].parent)
    if (is_replies_block(tree.nodes[up])) return up;
  return kNoNode;
}

struct NestingState {
  std::vector<std::size_t> open;  // records whose subtree we are in, outermost first
  std::map<int, std::size_t> last_at_depth;
  std::optional<std::size_t> last_top_level;
};

// DOM nesting first, then a block of answers after the comment, then depth-N classes, then a
// reply marker on the block itself.
std::optional<std::size_t> parent_of(const PageIndex& index,
                                     const std::vector<RecordFields>& records, std::size_t k,
                                     NestingState& state) {
  if (!state.open.empty()) return state.open.back();
  const std::size_t node = records[k].node;
  if (std::size_t block = replies_block(index.tree, node); block != kNoNode) {
    for (std::size_t m = k; m-- > 0;)
      if (records[m].node < block) return m;
  }
  if (int depth = printed_depth(index.tree.nodes[node]); depth > 0) {
    state.last_at_depth[depth] = k;
    auto parent = state.last_at_depth.find(depth - 1);
    if (depth > 1 && parent != state.last_at_depth.end()) return parent->second;
    return std::nullopt;
  }
  if (index.hints[node] & kReplyHint) return state.last_top_level;
  return std::nullopt;
}

}  // namespace

std::vector<std::optional<std::size_t>> find_reply_parents(const PageIndex& index,
                                                           const std::vector<RecordFields>& records) {
  std::vector<std::optional<std::size_t>> parents(records.size());
  NestingState state;
  for (std::size_t k = 0; k < records.size(); ++k) {
    while (!state.open.empty() && !index.tree.contains(records[state.open.back()].node, records[k].node))
      state.open.pop_back();
    parents[k] = parent_of(index, records, k, state);
    if (!parents[k]) state.last_top_level = k;
    state.open.push_back(k);
  }
  return parents;
}

}  // namespace palabre
