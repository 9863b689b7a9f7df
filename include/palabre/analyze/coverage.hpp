// Coverage: what the comments that matched no theme talk about, as candidate terms for the
// theme file. Takes the thread's analysed tokens and which comments went untagged; gives
// the words most of those comments share, inflections merged ("artisans", "l'artisan").
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/spelling_counter.hpp"
#include "palabre/analyze/token_key_interner.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/token.hpp"

namespace palabre {

// `tokens[i]` are the analysed tokens of comment i; `untagged` the indices of comments
// with no theme. Words are content words (not stopwords, three letters or more), grouped
// by stem and shown as most often written. Ranked by how many untagged comments use the
// word, then by how few tagged comments do (a word the tagged comments use as much says
// little about what the themes miss). A word must appear in two untagged comments, or in
// one when only one comment is untagged. At most `limit` terms.
// The same, comment by comment: a comment's tokens can be dropped once added. Memory
// follows the vocabulary. One per worker: clear() starts a new thread and keeps the buffers.
class CoverageAccumulator {
 public:
  // `memo`, when given, is the worker's (analyze/word_memo.hpp): the tokens' analysers
  // share it, and it outlives this.
  explicit CoverageAccumulator(WordMemo* memo = nullptr) : stems_(memo) {}

  void clear();

  // The next comment's analysed tokens, and whether it matched no theme.
  void add_comment(const std::vector<Token>& tokens, bool untagged);

  std::vector<SuggestedTerm> finish(std::size_t limit = 10) const;

 private:
  struct Tally {
    std::size_t untagged = 0, tagged = 0;  // comments using the word
    std::size_t last_comment = 0;          // the last comment counted, from 1
  };

  std::uint32_t stem_id(const Token& token);

  std::size_t comments_ = 0, untagged_comments_ = 0;
  TokenKeyInterner stems_;
  std::vector<Tally> tallies_;  // per stem id
  SpellingCounter spellings_;   // per stem id, as written in untagged comments
};

std::vector<SuggestedTerm> suggest_terms(const std::vector<std::vector<Token>>& tokens,
                                         const std::vector<std::size_t>& untagged,
                                         std::size_t limit = 10);

}  // namespace palabre
