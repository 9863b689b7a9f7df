// Passing mentions: a theme named once in a long comment that is plainly about something
// else ("… car Castro et Jong Un ne font pas très différemment" in 300 words on Marxism)
// is not what the comment talks about. Takes a comment's tags and its length, drops such
// themes. Short comments are left alone: one word there is often the whole point.
#pragma once

#include <cstddef>
#include <vector>

#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/token.hpp"

namespace palabre {

struct SalienceRule {
  std::size_t long_comment_words = 100;  // shorter comments keep every theme
  std::size_t dominant_evidence = 4;     // another theme must be this well attested
  std::size_t passing_evidence = 1;      // themes with at most this much evidence may go
};

// Words of a comment, as the rule counts them (word and number tokens, stopwords included).
std::size_t count_words(const std::vector<Token>& tokens);

// Removes, in a comment of at least `long_comment_words` words, each theme with at most
// `passing_evidence` evidence spans when another theme has `dominant_evidence` or more.
void drop_passing_mentions(std::vector<ThemeTag>& tags, std::size_t words,
                           const SalienceRule& rule = {});

}  // namespace palabre
