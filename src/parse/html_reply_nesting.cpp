// One pass in page order with a stack of the records whose subtree the position is in, so
// DOM nesting costs nothing more than the walk. For a record no other record holds, the
// other signs are tried in order of trust: a parent named by id (data-parent="812", a link
// "in reply to #comment-812"); a block of answers right after its comment (class words
// "replies", "children", or simply the element sibling after a record, as Drupal's
// div.indented); a level printed in a class ("level-2") or an indentation style; a reply
// marker on the record. Each looks at the record's own nodes or a few ancestors: linear.
#include "palabre/parse/html_reply_nesting.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "palabre/parse/html_byline.hpp"
#include "palabre/parse/html_class_words.hpp"

namespace palabre {
namespace {

constexpr int kMaxLevelsUp = 5;        // ancestors looked at for a block of answers
constexpr std::size_t kIdScanNodes = 40;  // nodes at a record's start looked at for ids

// The first run of digits in an attribute value ("comment-815" → 815), or -1.
long first_number(std::string_view value) {
  std::size_t at = value.find_first_of("0123456789");
  if (at == std::string_view::npos) return -1;
  long number = 0;
  for (int count = 0; at < value.size() && value[at] >= '0' && value[at] <= '9' && count < 15; ++at, ++count)
    number = number * 10 + (value[at] - '0');
  return number;
}

// The number after '#' in a link ("/comment/41#comment-41", "#c4471"), or -1.
long fragment_number(std::string_view href) {
  std::size_t hash = href.rfind('#');
  return hash == std::string_view::npos ? -1 : first_number(href.substr(hash));
}

bool says_parent(const HtmlNode& node) {
  std::string_view classes = node.attribute("class");
  for (std::string_view word : {"parent", "reply-to", "reply_to", "replyto", "in-reply", "inreplyto"})
    if (classes.find(word) != std::string_view::npos) return true;
  return false;
}

class Nester {
 public:
  Nester(const PageIndex& index, const std::vector<RecordFields>& records)
      : index_(index), tree_(index.tree), records_(records) {
    for (std::size_t k = 0; k < records.size(); ++k) {
      record_at_[records[k].node] = k;
      for (long id : own_ids(k)) by_id_.emplace(id, k);
    }
    section_ = thread_section();
    read_levels();
  }

  std::vector<std::optional<std::size_t>> run() {
    std::vector<std::optional<std::size_t>> parents(records_.size());
    std::vector<std::size_t> open;  // records whose subtree we are in, outermost first
    std::optional<std::size_t> last_top_level;
    for (std::size_t k = 0; k < records_.size(); ++k) {
      while (!open.empty() && !records_[open.back()].holds(records_[k].node)) open.pop_back();
      if (!open.empty()) parents[k] = open.back();
      else parents[k] = parent_without_nesting(k, last_top_level);
      if (!parents[k]) last_top_level = k;
      open.push_back(k);
    }
    return parents;
  }

 private:
  std::optional<std::size_t> parent_without_nesting(std::size_t k,
                                                    std::optional<std::size_t> last_top_level) {
    if (auto parent = parent_by_reference(k)) return parent;
    if (auto parent = parent_by_block(k)) return parent;
    if (auto parent = parent_by_level(k)) return parent;
    if (index_.hints[records_[k].node] & kReplyHint) return last_top_level;
    return std::nullopt;
  }

  // The record's own numbers: its id, the anchor just before it, ids at its start.
  std::vector<long> own_ids(std::size_t k) const {
    std::vector<long> ids;
    const std::size_t node = records_[k].node;
    auto add = [&](std::string_view id) {
      if (long number = first_number(id); number >= 0) ids.push_back(number);
    };
    add(tree_.nodes[node].attribute("id"));
    std::size_t before = index_.previous_element[node];
    if (before != kNoNode && index_.text_bytes[before] == 0) add(tree_.nodes[before].attribute("id"));
    std::size_t end = std::min(records_[k].end, node + kIdScanNodes);
    for (std::size_t j = node + 1; j < end; ++j)
      if (!tree_.nodes[j].is_text()) add(tree_.nodes[j].attribute("id"));
    return ids;
  }

  // A parent named by the record: a data-parent attribute, or a link to it inside a block
  // that says so ("parent-link", "wpd-reply-to", a hidden "In reply to …" line).
  std::optional<std::size_t> parent_by_reference(std::size_t k) const {
    const HtmlNode& root = tree_.nodes[records_[k].node];
    for (const HtmlAttribute& attribute : root.attributes)
      if (attribute.name.starts_with("data-") &&
          (attribute.name.find("parent") != std::string_view::npos ||
           attribute.name.find("reply-to") != std::string_view::npos ||
           attribute.name.find("replyto") != std::string_view::npos))
        if (auto parent = record_with_id(first_number(attribute.value), k)) return parent;
    for (std::size_t j = records_[k].node + 1; j < records_[k].end; ++j) {
      if (record_at_.count(j)) {
        j = tree_.nodes[j].end - 1;  // a nested record's links are its own
        continue;
      }
      const HtmlNode& node = tree_.nodes[j];
      if (node.tag != "a") continue;
      auto parent = record_with_id(fragment_number(node.attribute("href")), k);
      if (parent && is_parent_link(j)) return parent;
    }
    return std::nullopt;
  }

  bool is_parent_link(std::size_t link) const {
    std::size_t up = link;
    for (int level = 0; level < 3 && up != kNoNode; ++level, up = tree_.nodes[up].parent) {
      if (says_parent(tree_.nodes[up])) return true;
      if (up != link && index_.text_bytes[up] <= 200) {
        std::optional<Byline> line = read_byline(one_line(subtree_text(tree_, up)), std::nullopt);
        if (line && line->names_parent) return true;
      }
    }
    return false;
  }

  std::optional<std::size_t> record_with_id(long id, std::size_t k) const {
    if (id < 0) return std::nullopt;
    auto [first, last] = by_id_.equal_range(id);
    for (auto it = first; it != last; ++it)
      if (it->second < k) return it->second;
    return std::nullopt;
  }

  // Answers in a block after their comment: an ancestor (inside the thread) that says it
  // holds replies, or that comes right after a record.
  std::optional<std::size_t> parent_by_block(std::size_t k) const {
    const std::size_t node = records_[k].node;
    std::size_t up = tree_.nodes[node].parent;
    for (int level = 0; level < kMaxLevelsUp && up != kNoNode && up != section_;
         ++level, up = tree_.nodes[up].parent) {
      if (is_replies_block(tree_.nodes[up])) {
        for (std::size_t m = k; m-- > 0;)
          if (records_[m].node < up) return m;
      }
      std::size_t before = index_.previous_element[up];
      while (before != kNoNode && index_.text_bytes[before] == 0) before = index_.previous_element[before];
      if (before == kNoNode) continue;
      if (auto it = record_at_.find(before); it != record_at_.end() && it->second < k) return it->second;
    }
    return std::nullopt;
  }

  // Levels printed in classes or indentation styles, when they differ within the thread.
  void read_levels() {
    levels_.assign(records_.size(), std::nullopt);
    bool varied = false;
    for (bool by_style : {false, true}) {
      for (std::size_t k = 0; k < records_.size(); ++k) {
        const HtmlNode& root = tree_.nodes[records_[k].node];
        levels_[k] = by_style ? printed_indent(root) : printed_level(root);
        if (levels_[k] && levels_[k] != levels_[0]) varied = true;
      }
      if (varied) return;
    }
    levels_.assign(records_.size(), std::nullopt);
  }

  std::optional<std::size_t> parent_by_level(std::size_t k) const {
    if (!levels_[k]) return std::nullopt;
    for (std::size_t m = k; m-- > 0;) {
      if (!levels_[m]) continue;
      if (*levels_[m] < *levels_[k]) return m;
    }
    return std::nullopt;
  }

  // The nearest element holding every record: blocks of answers lie inside it.
  std::size_t thread_section() const {
    if (records_.empty()) return kNoNode;
    std::size_t section = tree_.nodes[records_.front().node].parent;
    while (section != kNoNode && !tree_.contains(section, records_.back().node))
      section = tree_.nodes[section].parent;
    return section;
  }

  const PageIndex& index_;
  const HtmlTree& tree_;
  const std::vector<RecordFields>& records_;
  std::unordered_map<std::size_t, std::size_t> record_at_;  // record node → its index
  std::unordered_multimap<long, std::size_t> by_id_;        // number in an id → record index
  std::vector<std::optional<int>> levels_;
  std::size_t section_ = kNoNode;
};

}  // namespace

std::vector<std::optional<std::size_t>> find_reply_parents(const PageIndex& index,
                                                           const std::vector<RecordFields>& records) {
  return Nester(index, records).run();
}

}  // namespace palabre
