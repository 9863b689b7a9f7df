// Matching is on a letters-and-digits key of the text, because copies differ in exactly the
// things readers do not see: a comment title glued in front ("Titre - texte"), an ellipsis,
// the case of an author's name. Authors are not compared for that reason.
//
// A page may hold thousands of comments and as many copies, so a copy is never compared with
// every comment: each comment's key is computed once, and an index maps the strings a copy's
// key may meet — the comment's first kKeyChars characters, and those at each of its first
// kLeadWords word starts (what follows a glued title) — to the comments that have them. A
// copy looks up its own such strings, and every candidate found is checked with the full
// rule. The cost follows the text, not the product of the two counts.
//
// A copy cut short (JSON-LD texts are often cut to a few words) has strings shorter than
// kKeyChars, which no indexed string equals: those are looked up as prefixes, by a binary
// search in the indexed strings kept sorted, so that the cost stays O(n log n). A cut copy
// says little, so it must be at least kMinCutChars long and must not name another author.
#include "palabre/parse/comment_merge.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "palabre/parse/dates.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kKeyChars = 40;   // enough to tell comments apart, short of any cut
constexpr std::size_t kLeadWords = 12;  // a title glued in front is shorter than this
constexpr std::size_t kCandidatesTried = 8;  // of one indexed string, for a copy
constexpr std::size_t kMinCutChars = 20;     // about four words: fewer would name no comment
constexpr std::size_t kPrefixesTried = 8;    // indexed strings that a cut copy's string begins

bool has_offset(const std::string& iso) {
  return iso.size() > 16 && (iso.back() == 'Z' || iso[iso.size() - 6] == '+' ||
                             iso[iso.size() - 6] == '-');
}

bool same_key(std::string_view key_a, std::string_view key_b) {
  if (key_a.empty() || key_b.empty()) return false;
  const std::string_view shorter = key_a.size() <= key_b.size() ? key_a : key_b;
  const std::string_view longer = key_a.size() <= key_b.size() ? key_b : key_a;
  return longer.find(shorter.substr(0, kKeyChars)) != std::string_view::npos;
}

// A text's key, and where in the key its first words start (0 first): the places a glued
// title may end.
struct KeyedText {
  std::string key;
  std::vector<std::size_t> word_starts;

  explicit KeyedText(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
      while (pos < text.size() && is_html_space(text[pos])) ++pos;
      std::size_t end = pos;
      while (end < text.size() && !is_html_space(text[end])) ++end;
      if (end == pos) break;
      const std::size_t before = key.size();
      key += folded_letters_and_digits(text.substr(pos, end - pos));
      if (key.size() > before && word_starts.size() <= kLeadWords) word_starts.push_back(before);
      pos = end;
    }
  }

  // The strings of the key that the index holds or looks up: from each word start, at most
  // kKeyChars characters.
  template <typename Visit>
  void for_each_window(Visit&& visit) const {
    for (std::size_t start : word_starts) visit(std::string_view(key).substr(start, kKeyChars));
  }
};

// The comments that hold a given window, in page order; `next` skips those already matched.
struct Holders {
  std::vector<std::uint32_t> comments;
  std::size_t next = 0;
  bool starts = false;  // the window begins one of the comments
};

// Indexed strings in sorted order, for the prefix lookups of cut copies. A string whose
// comments are all matched is passed over in amortised constant time: `alive_` links each
// entry to the next one that may still match, compressed as it is followed (as in a
// union-find), so that thousands of comments beginning alike cost no rescans.
class SortedWindows {
 public:
  void add(std::string_view window, Holders* holders) { entries_.emplace_back(window, holders); }

  void sort() {
    std::sort(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    alive_.resize(entries_.size() + 1);
    for (std::size_t k = 0; k < alive_.size(); ++k) alive_[k] = k;
  }

  // Calls visit(holders) on up to `limit` live entries that begin with `prefix`, in sorted
  // order; visit returns false when all the entry's comments are matched (it is then dropped
  // and not counted).
  template <typename Visit>
  void visit_beginning(std::string_view prefix, std::size_t limit, Visit&& visit) {
    auto first = std::lower_bound(entries_.begin(), entries_.end(), prefix,
                                  [](const auto& entry, std::string_view p) { return entry.first < p; });
    std::size_t k = live(static_cast<std::size_t>(first - entries_.begin()));
    for (std::size_t tried = 0; k < entries_.size() && tried < limit && entries_[k].first.starts_with(prefix);
         k = live(k + 1)) {
      if (visit(*entries_[k].second)) ++tried;
      else alive_[k] = k + 1;
    }
  }

 private:
  std::size_t live(std::size_t k) {
    std::size_t root = k;
    while (alive_[root] != root) root = alive_[root];
    while (alive_[k] != root) k = std::exchange(alive_[k], root);
    return root;
  }

  std::vector<std::pair<std::string_view, Holders*>> entries_;
  std::vector<std::size_t> alive_;  // size entries_ + 1: the last one is the end, always live
};

// Author names as the two sides may write them: case, accents and a cut end aside.
bool same_author(const std::string& a, const std::string& b) {
  const std::string key_a = folded_letters_and_digits(a), key_b = folded_letters_and_digits(b);
  return key_a.starts_with(key_b) || key_b.starts_with(key_a);
}

class CommentIndex {
 public:
  explicit CommentIndex(const std::vector<Comment>& comments)
      : comments_(comments), matched_(comments.size(), false) {
    keys_.reserve(comments.size());
    for (const Comment& comment : comments) keys_.emplace_back(comment.text);
    windows_.reserve(comments.size() * (kLeadWords + 1));
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      keys_[i].for_each_window([&](std::string_view window) {
        std::vector<std::uint32_t>& holders = windows_[window].comments;
        if (holders.empty() || holders.back() != i) holders.push_back(static_cast<std::uint32_t>(i));
      });
      if (!keys_[i].key.empty()) windows_[std::string_view(keys_[i].key).substr(0, kKeyChars)].starts = true;
    }
  }

  // The first comment in page order, not yet matched, that is the same as `copy`; marks it.
  std::optional<std::size_t> match(const KeyedText& copy, const LinkedComment& linked) {
    std::optional<std::size_t> best;
    auto keep = [&](std::optional<std::size_t> i) {
      if (i && (!best || *i < *best)) best = i;
    };
    copy.for_each_window([&](std::string_view window) {
      auto found = windows_.find(window);
      if (found != windows_.end()) keep(first_same(found->second, copy.key));
    });
    // A cut copy: the comments it begins first, lest it take another that merely holds it
    // and leave its own comment to no copy.
    auto cut = [](std::string_view window) { return window.size() < kKeyChars && window.size() >= kMinCutChars; };
    if (!best && cut(copy.key)) keep(first_extending(starts_, copy.key, copy.key, linked, copy.key));
    if (!best)
      copy.for_each_window([&](std::string_view window) {
        if (cut(window)) keep(first_extending(all_, window, copy.key, linked, {}));
      });
    if (best) matched_[*best] = true;
    return best;
  }

 private:
  // A cut copy's string `window`: the first comment among those whose strings in `sorted`
  // begin with it, when the copy names no other author (and the comment's key begins with
  // `start`: a string that begins one comment may stand after a title in another).
  std::optional<std::size_t> first_extending(SortedWindows& sorted, std::string_view window,
                                             std::string_view copy_key, const LinkedComment& linked,
                                             std::string_view start) {
    sort_windows();
    std::optional<std::size_t> best;
    auto visit = [&](Holders& holders) {
      std::optional<std::size_t> i = first_same(holders, copy_key, start);
      const std::optional<std::string>* author = i ? &comments_[*i].author : nullptr;
      if (i && (!best || *i < *best) && !(*author && linked.author && !same_author(**author, *linked.author)))
        best = i;
      return holders.next < holders.comments.size();
    };
    sorted.visit_beginning(window, kPrefixesTried, visit);
    return best;
  }

  // Sorted when a cut copy first needs it: most pages have none, and pay nothing.
  void sort_windows() {
    if (sorted_) return;
    sorted_ = true;
    for (auto& [window, holders] : windows_) {
      all_.add(window, &holders);
      if (holders.starts) starts_.add(window, &holders);
    }
    all_.sort();
    starts_.sort();
  }

  std::optional<std::size_t> first_same(Holders& holders, std::string_view copy_key,
                                       std::string_view start = {}) const {
    while (holders.next < holders.comments.size() && matched_[holders.comments[holders.next]]) ++holders.next;
    const std::size_t end = std::min(holders.comments.size(), holders.next + kCandidatesTried);
    for (std::size_t k = holders.next; k < end; ++k) {
      const std::size_t i = holders.comments[k];
      if (!matched_[i] && same_key(keys_[i].key, copy_key) && keys_[i].key.starts_with(start)) return i;
    }
    return std::nullopt;
  }

  const std::vector<Comment>& comments_;  // grows as copies are appended; read below its size here
  std::vector<KeyedText> keys_;
  std::vector<bool> matched_;
  std::unordered_map<std::string_view, Holders> windows_;  // views into keys_
  bool sorted_ = false;
  SortedWindows all_;     // windows_, sorted
  SortedWindows starts_;  // those that begin a comment
};

// The copy's date wins when it says the same minute and adds the offset.
void complete_from_copy(Comment& comment, const LinkedComment& copy) {
  std::optional<std::string> copy_date;
  if (copy.posted_at) copy_date = normalize_machine_date(*copy.posted_at);
  if (copy_date && (!comment.posted_at ||
                    (!has_offset(*comment.posted_at) && has_offset(*copy_date) &&
                     copy_date->substr(0, 16) == comment.posted_at->substr(0, 16))))
    comment.posted_at = copy_date;
  if (!comment.author && copy.author) comment.author = copy.author;
}

}  // namespace

bool same_comment_text(const std::string& a, const std::string& b) {
  return same_key(folded_letters_and_digits(a), folded_letters_and_digits(b));
}

void merge_linked_comments(std::vector<Comment>& comments,
                           const std::vector<LinkedComment>& linked,
                           std::vector<std::string>& warnings) {
  if (linked.empty()) return;
  CommentIndex index(comments);
  std::size_t appended = 0;
  const bool html_had_comments = !comments.empty();
  for (const LinkedComment& copy : linked) {
    if (std::optional<std::size_t> i = index.match(KeyedText(copy.text), copy)) {
      complete_from_copy(comments[*i], copy);
      continue;
    }
    Comment comment;
    comment.id = "c" + std::to_string(comments.size() + 1);
    comment.author = copy.author;
    // No wording was shown for a comment the page keeps only as data: posted_at_text stays null.
    if (copy.posted_at) comment.posted_at = normalize_machine_date(*copy.posted_at);
    comment.text = copy.text;
    comments.push_back(std::move(comment));
    ++appended;
  }
  if (appended > 0 && html_had_comments)
    warnings.push_back(std::to_string(appended) +
                       " comments found only in the page's JSON-LD were added after the others");
}

}  // namespace palabre
