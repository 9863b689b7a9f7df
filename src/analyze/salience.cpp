// The labelling policy (a theme applies when the comment substantively talks about it) is
// about proportion: the same single "Cuba" is the topic of a ten-word comment and an aside
// in a three-hundred-word one that cites ten -isms. Evidence counts are distinct spans, as
// the tagger reports them, so a repeated word does count again: repetition is emphasis.
#include "palabre/analyze/salience.hpp"

#include <algorithm>

namespace palabre {

std::size_t count_words(const std::vector<Token>& tokens) {
  return static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  }));
}

void drop_passing_mentions(std::vector<ThemeTag>& tags, std::size_t words,
                           const SalienceRule& rule) {
  if (words < rule.long_comment_words) return;
  std::size_t strongest = 0;
  for (const ThemeTag& tag : tags) strongest = std::max(strongest, tag.evidence.size());
  if (strongest < rule.dominant_evidence) return;
  std::erase_if(tags, [&](const ThemeTag& tag) { return tag.evidence.size() <= rule.passing_evidence; });
}

}  // namespace palabre
