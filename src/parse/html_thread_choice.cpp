// Groups are compared pairwise in one sweep each, in document order, with a stack of the
// outer group's records around the position: linear in the records of the two groups.
#include "palabre/parse/html_thread_choice.hpp"

#include <algorithm>
#include <cstdint>
#include <map>

#include "palabre/parse/html_class_words.hpp"

namespace palabre {
namespace {

struct Group {
  std::uint32_t kind;
  std::vector<RecordFields> records;
  bool dropped = false;
};

bool has_linked_heading(const HtmlTree& tree, std::size_t record) {
  std::size_t heading_end = 0;
  for (std::size_t j = record; j < tree.nodes[record].end; ++j) {
    const HtmlNode& node = tree.nodes[j];
    if (node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' && node.tag[1] <= '6')
      heading_end = node.end;
    if (j < heading_end && node.tag == "a" && !node.attribute("href").starts_with("#") &&
        !node.attribute("href").empty())
      return true;
  }
  return false;
}

// Drops `outer` when its records hold several of `inner`'s (a container), or `inner` when
// each of its records lies in one of `outer`'s (a part of each comment).
void compare_groups(const HtmlTree& tree, Group& outer, Group& inner) {
  std::size_t inside = 0, max_per_outer = 0;
  std::map<std::size_t, std::size_t> per_outer;
  std::vector<std::size_t> open;  // the outer records around the position
  std::size_t next_outer = 0;
  for (const RecordFields& b : inner.records) {
    while (next_outer < outer.records.size() && outer.records[next_outer].node < b.node) {
      std::size_t a = outer.records[next_outer++].node;
      while (!open.empty() && !tree.contains(open.back(), a)) open.pop_back();
      open.push_back(a);
    }
    while (!open.empty() && !tree.contains(open.back(), b.node)) open.pop_back();
    if (open.empty()) continue;
    ++inside;  // open.back() is the innermost outer record holding b
    max_per_outer = std::max(max_per_outer, ++per_outer[open.back()]);
  }
  if (inside == 0) return;
  if (max_per_outer >= 2 && per_outer.size() * 2 <= inner.records.size()) {
    outer.dropped = true;
  } else if (inside == inner.records.size()) {
    inner.dropped = true;
  }
}

// How much a group looks like the thread; 0 when it cannot be one.
double group_score(const PageIndex& index, const Group& group) {
  unsigned hints = index.hints[group.records.front().node];
  bool strong = hints & kStrongComment;
  bool weak = hints & kWeakComment;
  std::size_t dated = 0, authored = 0;
  for (const RecordFields& record : group.records) {
    dated += record.has_date();
    authored += record.author.has_value();
  }
  std::size_t size = group.records.size();
  if (!strong && size < 2) return 0;
  if (!strong && !weak && (size < 3 || dated < size || authored < size)) return 0;
  // Unmarked blocks with a linked heading are teasers of other pages, not comments.
  if (!strong && !weak &&
      std::any_of(group.records.begin(), group.records.end(), [&](const RecordFields& record) {
        return has_linked_heading(index.tree, record.node);
      }))
    return 0;
  return static_cast<double>(size) * (strong ? 3 : weak ? 2 : 1) *
         (1.0 + static_cast<double>(dated + authored) / static_cast<double>(size));
}

}  // namespace

std::vector<RecordFields> choose_thread_records(const PageIndex& index,
                                                std::vector<RecordFields> records) {
  std::map<std::uint32_t, std::size_t> by_kind;
  std::vector<Group> groups;
  for (RecordFields& record : records) {
    std::uint32_t kind = index.kinds[record.node];
    auto [it, added] = by_kind.emplace(kind, groups.size());
    if (added) groups.push_back(Group{kind, {}, false});
    groups[it->second].records.push_back(std::move(record));
  }
  for (Group& outer : groups)
    for (Group& inner : groups)
      if (&outer != &inner && !inner.dropped && !outer.dropped)
        compare_groups(index.tree, outer, inner);
  Group* best = nullptr;
  double best_score = 0;
  for (Group& group : groups) {
    if (group.dropped) continue;
    double score = group_score(index, group);
    if (score > best_score) {
      best_score = score;
      best = &group;
    }
  }
  if (!best) return {};
  return std::move(best->records);
}

}  // namespace palabre
