// Coverage: what the comments that matched no theme talk about, as candidate terms for the
// theme file. Takes the thread's analysed tokens and which comments went untagged; gives
// the words most of those comments share, inflections merged ("artisans", "l'artisan").
#pragma once

#include <cstddef>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/token.hpp"

namespace palabre {

// `tokens[i]` are the analysed tokens of comment i; `untagged` the indices of comments
// with no theme. Words are content words (not stopwords, three letters or more), grouped
// by stem and shown as most often written. Ranked by how many untagged comments use the
// word, then by how few tagged comments do (a word the tagged comments use as much says
// little about what the themes miss). A word must appear in two untagged comments, or in
// one when only one comment is untagged. At most `limit` terms.
std::vector<SuggestedTerm> suggest_terms(const std::vector<std::vector<Token>>& tokens,
                                         const std::vector<std::size_t>& untagged,
                                         std::size_t limit = 10);

}  // namespace palabre
