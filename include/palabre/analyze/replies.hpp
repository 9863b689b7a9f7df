// Who answers whom (analyze stage): each comment's reply target, from its `parent` link, or,
// where the page has no nesting, from how it opens — "@name", "name :", "à name :", or a
// quote header naming an earlier commenter ("name a écrit :", "Zitat von name"). Then the
// exchanges (comments joined by replies, with at least two participants) and the
// commenters who draw the most replies. Comments go in one at a time, in page order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/lang/language.hpp"
#include "palabre/record.hpp"

namespace palabre {

class ReplyTracker {
 public:
  static constexpr std::uint32_t kNone = 0xffffffff;

  void clear();

  // The next comment, with its language's data (may be null). Returns the index of the
  // comment it answers, kNone when none.
  std::uint32_t add(const Comment& comment, const Language* language);

  // The comment answered by comment `index`, kNone when none.
  std::uint32_t target(std::size_t index) const { return targets_[index]; }
  std::size_t size() const { return targets_.size(); }

  // The `limit` longest exchanges, and the `limit` commenters most replied to.
  std::vector<Exchange> exchanges(const CommentIdentities& comments, std::size_t limit) const;
  std::vector<Addressee> most_answered(const CommentIdentities& comments, std::size_t limit) const;

 private:
  // The comment answered by how `text` opens, kNone when it addresses nobody seen so far.
  std::uint32_t addressed(std::string_view text, const Language* language) const;
  // The latest comment of the longest known name `folded_text` opens with, followed by a
  // separator (':' or ',') or, without `separator_needed`, by a word boundary.
  std::uint32_t latest_by_name(std::string_view folded_text, bool separator_needed) const;

  std::vector<std::uint32_t> targets_;
  Interner ids_;                                 // comment ids seen
  std::vector<std::uint32_t> index_of_id_;       // by id in ids_: the first comment with it
  // Folded author names by their first word, each with the latest comment it signed.
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::uint32_t>>> names_;
};

}  // namespace palabre
