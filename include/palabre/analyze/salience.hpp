// Passing mentions: a theme named once in a long comment that is plainly about something
// else ("… car Castro et Jong Un ne font pas très différemment" in 300 words on Marxism)
// is not what the comment talks about. Takes a comment's tags and its length, drops such
// themes. Short comments are left alone: one word there is often the whole point.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/lang/language.hpp"

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

// Whether the token starting at code point `start` is the standard a comparison measures
// something else by: "plus de milliardaires que les États-Unis", "un pays comme la Chine".
// The comment then talks about the thing compared, not about the standard.
// `words` are the comment's language's (Language::comparison).
bool is_comparison_standard(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t start, const ComparisonWords& words);

// The same rule on a comment's text and tokens, where evidence that is a comparison's
// standard does not keep a theme from passing ("davantage de milliardaires que les
// États-Unis" is about China). Dominance still counts every span: a theme made of
// comparisons, such as France versus China, is no less the comment's topic for it.
void drop_passing_mentions(std::vector<ThemeTag>& tags, std::string_view text,
                           const std::vector<Token>& tokens, const ComparisonWords& words,
                           const SalienceRule& rule = {});

}  // namespace palabre
