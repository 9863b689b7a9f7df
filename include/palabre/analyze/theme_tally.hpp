// Per-theme counts, shares and quotes of a thread: comments go in one at a time with their
// tags, the per-theme summaries come out at the end. Keeps, per theme, a count and the quote
// of the best comment so far, so memory follows the theme set, not the thread.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/themes.hpp"

namespace palabre {

class ThemeTally {
 public:
  // Forgets the thread added so far; `themes` must outlive the tally.
  void clear(const ThemeSet& themes);

  // The next comment, in page order, and its tags.
  void add_comment(const Comment& comment, const std::vector<ThemeTag>& tags);

  // Every theme of the set, most frequent first; `total` is the thread's comment count.
  std::vector<ThemeSummary> finish(std::size_t total) const;

 private:
  struct Tally {
    std::size_t comments = 0;
    std::optional<double> best_score;  // of the best affirmative tag so far
    bool quote_is_own = false;         // the quote is the commenter's words, not a quotation
    std::optional<Quote> quote;
  };
  std::vector<const Theme*> themes_;  // each id once, in the set's order
  std::vector<Tally> tallies_;        // per entry of themes_
};

}  // namespace palabre
