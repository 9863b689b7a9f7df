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
  std::uint64_t kind;
  std::vector<RecordFields> records;
  bool dropped = false;
  const Group* answers = nullptr;  // the group whose records these answer from inside
};

// Does `inner`, inside `outer`, stand apart from it: both dated, the outer's date outside
// the inner (an owner's answer after the visitor's text), rather than a part of the same
// comment (li.comment > article.comment-body)?
bool stands_apart(const HtmlTree& tree, const RecordFields& outer, const RecordFields& inner) {
  if (!outer.has_date() || !inner.has_date() || outer.date_node == kNoNode) return false;
  auto within = [&](std::size_t node, std::size_t outer_node) {
    return node == outer_node || tree.contains(outer_node, node);
  };
  return !within(outer.date_node, inner.node) && !within(inner.node, outer.date_node);
}

// A heading linking to another page: the title of a teaser. `same_page_too` counts links to
// the page itself ("/this-article#comment-4") as well, not bare fragments ("#p11"). A
// heading that holds the writer's name (<h4><a href="/members/x">x</a></h4>) is no title.
bool has_linked_heading(const HtmlTree& tree, const RecordFields& record, bool same_page_too) {
  std::size_t heading_end = 0;
  for (std::size_t j = record.node; j < record.end; ++j) {
    const HtmlNode& node = tree.nodes[j];
    bool heading = node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' && node.tag[1] <= '6';
    if (heading && record.author_node != kNoNode &&
        (record.author_node == j || tree.contains(j, record.author_node))) {
      j = node.end - 1;
      continue;
    }
    if (heading) heading_end = node.end;
    if (j >= heading_end || node.tag != "a") continue;
    std::string_view href = node.attribute("href");
    if (href.empty() || href.starts_with("#")) continue;
    if (same_page_too || href.find('#') == std::string_view::npos) return true;
  }
  return false;
}

// An image the size of a face, or that says it is one: a commenter's picture, no thumbnail.
bool is_avatar(const HtmlNode& img) {
  for (std::string_view size : {img.attribute("width"), img.attribute("height")}) {
    int pixels = 0;
    for (char c : size) {
      if (c < '0' || c > '9') break;
      pixels = pixels * 10 + (c - '0');
      if (pixels > 1000) break;
    }
    if (pixels > 0 && pixels <= 120) return true;
  }
  return any_class_word(img, [](std::string_view word) {
    return word == "avatar" || word == "gravatar" || word == "photo" || word == "profile" ||
           word == "user" || word == "userpic";
  });
}

// A link to another page that a teaser is built around: a headline of four words or more, or
// a thumbnail; not the writer's name or avatar, not a button ("Répondre à ce message"), not
// a permalink ("…#comment-3").
bool has_teaser_link(const PageIndex& index, const RecordFields& record) {
  const HtmlTree& tree = index.tree;
  auto in_chrome = [&](std::size_t j) {
    for (std::size_t up = j; up != kNoNode && up > record.node; up = tree.nodes[up].parent)
      if (index.hints[up] & kChromeHint) return true;
    return false;
  };
  for (std::size_t j = record.node; j < record.end; ++j) {
    const HtmlNode& node = tree.nodes[j];
    if (node.tag != "a") continue;
    std::string_view href = node.attribute("href");
    if (href.empty() || href.find('#') != std::string_view::npos || j == record.author_node ||
        (record.author_node != kNoNode && tree.contains(j, record.author_node)) || in_chrome(j))
      continue;
    bool thumbnail = false;
    for (std::size_t k = j + 1; k < node.end && !thumbnail; ++k)
      thumbnail = tree.nodes[k].tag == "img" && !is_avatar(tree.nodes[k]);
    std::string text = one_line(subtree_text(tree, j), 200);
    if (thumbnail || std::count(text.begin(), text.end(), ' ') >= 3) return true;
  }
  return false;
}

// Does record `part` hold one of the fields (author, date, body) of `whole`?
bool holds_a_field_of(const RecordFields& part, const RecordFields& whole) {
  auto within = [&](std::size_t node) {
    return node != kNoNode && node != whole.node && (node == part.node || part.holds(node));
  };
  return within(whole.author_node) || within(whole.date_node) || within(whole.body_node);
}

// How the records of `inner` lie in those of `outer`, in one sweep in document order.
struct Overlap {
  std::size_t inside = 0;  // inner records inside an outer one
  std::size_t apart = 0;   // of those, standing apart (answers)
  std::size_t max_per_outer = 0;
  std::map<std::size_t, std::size_t> per_outer;        // outer node → inner records inside
  std::map<std::size_t, std::size_t> fields_spread;    // outer node → inner records with its fields
  std::size_t sections = 0;  // outer records that are titled sections around their inner ones
};

bool is_heading(const HtmlNode& node) {
  return node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '1' && node.tag[1] <= '6';
}

// Is `outer` a section around `inner` records rather than a comment: its date and body lie
// in them (its author too, if any), and it holds a heading of its own outside them
// ("1 comentário", "2 comments")?
bool is_titled_section(const HtmlTree& tree, const RecordFields& outer,
                       const std::vector<const RecordFields*>& inner) {
  auto inside = [&](std::size_t node) {
    return std::any_of(inner.begin(), inner.end(), [&](const RecordFields* b) {
      return node == b->node || b->holds(node);
    });
  };
  if (!outer.has_date() || outer.date_node == kNoNode || !inside(outer.date_node) ||
      outer.body_node == outer.node || !inside(outer.body_node) ||
      (outer.author_node != kNoNode && !inside(outer.author_node)))
    return false;
  std::size_t next = 0;  // inner records are in page order
  for (std::size_t j = outer.node + 1; j < outer.end; ++j) {
    if (next < inner.size() && j == inner[next]->node) {
      j = inner[next++]->end - 1;
      continue;
    }
    if (is_heading(tree.nodes[j])) return true;
  }
  return false;
}

Overlap overlap_of(const HtmlTree& tree, const Group& outer, const Group& inner) {
  Overlap overlap;
  std::map<const RecordFields*, std::vector<const RecordFields*>> held;  // outer → its inner
  std::vector<const RecordFields*> open;  // the outer records around the position
  std::size_t next_outer = 0;
  for (const RecordFields& b : inner.records) {
    while (next_outer < outer.records.size() && outer.records[next_outer].node < b.node) {
      const RecordFields* a = &outer.records[next_outer++];
      while (!open.empty() && !open.back()->holds(a->node)) open.pop_back();
      open.push_back(a);
    }
    while (!open.empty() && !open.back()->holds(b.node)) open.pop_back();
    if (open.empty()) continue;
    const RecordFields& a = *open.back();  // the innermost outer record holding b
    ++overlap.inside;
    // A block holding a record of the outer group is a block of replies, no answer itself.
    bool holds_outer = next_outer < outer.records.size() && b.holds(outer.records[next_outer].node);
    overlap.apart += !holds_outer && stands_apart(tree, a, b);
    overlap.max_per_outer = std::max(overlap.max_per_outer, ++overlap.per_outer[a.node]);
    if (holds_a_field_of(b, a)) ++overlap.fields_spread[a.node];
    if (held[&a].empty() || !held[&a].back()->holds(b.node)) held[&a].push_back(&b);
  }
  for (const auto& [a, records] : held) overlap.sections += is_titled_section(tree, *a, records);
  return overlap;
}

// Marks `inner` as answers of `outer` when each of its records lies in one of `outer`'s and
// stands apart from it; else drops `outer` when its records are titled sections around
// `inner`'s, or hold several of them (a container) — unless each outer record's author, date
// and body lie in different inner records (cells of one comment: a profile column, a
// message column) — or drops `inner` when each lies in one of `outer`'s (a part of each
// comment).
void compare_groups(const HtmlTree& tree, Group& outer, Group& inner) {
  Overlap overlap = overlap_of(tree, outer, inner);
  if (overlap.inside == 0) return;
  std::size_t composite = 0;
  for (const auto& [node, spread] : overlap.fields_spread) composite += spread >= 2;
  bool parts = composite * 2 >= overlap.per_outer.size();
  if (overlap.inside == inner.records.size() && overlap.apart == overlap.inside) {
    inner.answers = &outer;
  } else if (overlap.sections == overlap.per_outer.size()) {
    outer.dropped = true;
  } else if (overlap.max_per_outer >= 2 && overlap.per_outer.size() * 2 <= inner.records.size() &&
             !parts) {
    outer.dropped = true;
  } else if (overlap.inside == inner.records.size()) {
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
  // Unmarked records need a run of three, or a comment section around them.
  bool in_section = std::all_of(group.records.begin(), group.records.end(),
                                [&](const RecordFields& record) { return index.in_comment_section(record.node); });
  if (!strong && !in_section && size < 2) return 0;
  if (!strong && !weak && ((size < 3 && !in_section) || dated < size || authored < size)) return 0;
  // Unmarked records say something: a third of their texts at least are sentences, not
  // table cells or titles.
  std::size_t sentences = 0;
  for (const RecordFields& record : group.records)
    sentences += std::count(record.text.begin(), record.text.end(), ' ') >= 3;
  if (!strong && !weak && sentences * 3 < size) return 0;
  // Blocks with a heading linking to another page are teasers, not comments: any of them
  // when nothing marks them, all of them when their class says "post" (forum posts link
  // their headings to themselves, "#p11", "thread?p=11#post11").
  auto teaser = [&](const RecordFields& record) {
    return has_linked_heading(index.tree, record, !weak);
  };
  if (!strong && !weak && std::any_of(group.records.begin(), group.records.end(), teaser)) return 0;
  // Every record built around a link to another page: cards, however they are marked up.
  if (!strong && std::all_of(group.records.begin(), group.records.end(), [&](const RecordFields& record) {
        return has_teaser_link(index, record);
      }))
    return 0;
  if (!strong && weak && std::all_of(group.records.begin(), group.records.end(), teaser)) return 0;
  return static_cast<double>(size) * (strong ? 3 : weak ? 2 : 1) *
         (1.0 + static_cast<double>(dated + authored) / static_cast<double>(size));
}

}  // namespace

// The items of one list marked as comments are one group whatever their own class: old
// themes alternate it (<li class="alt">, then <li>). Groups holding items of such a list
// are merged, with their records elsewhere (replies in nested lists of the same kinds).
void merge_list_items(const PageIndex& index, std::vector<Group>& groups) {
  const HtmlTree& tree = index.tree;
  std::map<std::size_t, std::size_t> list_group;  // list node → the first group with an item
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const RecordFields& record : groups[g].records) {
      std::size_t parent = tree.nodes[record.node].parent;
      if (record.is_run(tree) || tree.nodes[record.node].tag != "li" || parent == kNoNode ||
          !(index.hints[parent] & kStrongComment))
        continue;
      auto [it, added] = list_group.emplace(parent, g);
      if (added || it->second == g || groups[g].records.empty()) continue;
      Group& into = groups[it->second];
      for (RecordFields& moved : groups[g].records) into.records.push_back(std::move(moved));
      groups[g].records.clear();
      std::sort(into.records.begin(), into.records.end(),
                [](const RecordFields& a, const RecordFields& b) { return a.node < b.node; });
      break;
    }
  }
  std::erase_if(groups, [](const Group& group) { return group.records.empty(); });
}

ThreadRecords choose_thread_records(const PageIndex& index, std::vector<RecordFields> records) {
  std::map<std::uint64_t, std::size_t> by_kind;  // kind, and whether a sibling run
  std::vector<Group> groups;
  for (RecordFields& record : records) {
    std::uint64_t kind = std::uint64_t{index.kinds[record.node]} * 2 + record.is_run(index.tree);
    auto [it, added] = by_kind.emplace(kind, groups.size());
    if (added) groups.push_back(Group{kind, {}, false, nullptr});
    groups[it->second].records.push_back(std::move(record));
  }
  merge_list_items(index, groups);
  for (Group& outer : groups)
    for (Group& inner : groups)
      if (&outer != &inner && !inner.dropped && !outer.dropped && !inner.answers)
        compare_groups(index.tree, outer, inner);
  Group* best = nullptr;
  double best_score = 0;
  for (Group& group : groups) {
    if (group.dropped || group.answers) continue;
    double score = group_score(index, group);
    if (score > best_score) {
      best_score = score;
      best = &group;
    }
  }
  ThreadRecords thread;
  if (!best) return thread;
  thread.records = std::move(best->records);
  for (Group& group : groups)
    if (group.answers == best && !group.dropped)
      for (RecordFields& answer : group.records) thread.answers.push_back(std::move(answer));
  std::sort(thread.answers.begin(), thread.answers.end(),
            [](const RecordFields& a, const RecordFields& b) { return a.node < b.node; });
  return thread;
}

}  // namespace palabre
