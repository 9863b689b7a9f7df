// The labelling policy (a theme applies when the comment substantively talks about it) is
// about proportion: the same single "Cuba" is the topic of a ten-word comment and an aside
// in a three-hundred-word one that cites ten -isms. Evidence counts are distinct spans, as
// the tagger reports them, so a repeated word does count again: repetition is emphasis.
#include "palabre/analyze/salience.hpp"

#include <algorithm>

namespace palabre {

namespace {

// How far back, in words, a comparative may stand from its "que".
constexpr std::size_t kComparativeReach = 8;

bool is_one_of(std::string_view word, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Whether a sentence ends between tokens `a` and `b` (a before b): a comparison does not
// reach across it.
bool sentence_break_between(std::string_view text, const Token& a, const Token& b) {
  if (a.byte_end > b.byte_start || b.byte_start > text.size()) return false;
  return text.substr(a.byte_end, b.byte_start - a.byte_end).find_first_of(".!?;:") !=
         std::string_view::npos;
}

// `passing(tag)` is the evidence that keeps a theme from being a passing mention; dominance
// is always measured on all of a theme's evidence spans, and a dominant theme never goes.
template <typename PassingEvidence>
void drop_passing(std::vector<ThemeTag>& tags, std::size_t words, const SalienceRule& rule,
                  PassingEvidence passing) {
  if (words < rule.long_comment_words) return;
  std::size_t strongest = 0;
  for (const ThemeTag& tag : tags) strongest = std::max(strongest, tag.evidence.size());
  if (strongest < rule.dominant_evidence) return;
  std::erase_if(tags, [&](const ThemeTag& tag) {
    return tag.evidence.size() < rule.dominant_evidence && passing(tag) <= rule.passing_evidence;
  });
}

}  // namespace

std::size_t count_words(const std::vector<Token>& tokens) {
  return static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [](const Token& t) {
    return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  }));
}

void drop_passing_mentions(std::vector<ThemeTag>& tags, std::size_t words,
                           const SalienceRule& rule) {
  drop_passing(tags, words, rule, [](const ThemeTag& tag) { return tag.evidence.size(); });
}

bool is_comparison_standard(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t start, const ComparisonWords& words) {
  // Tokens are in text order: find the one at `start` by bisection.
  auto at = std::lower_bound(tokens.begin(), tokens.end(), start,
                             [](const Token& t, std::size_t s) { return t.start < s; });
  if (at == tokens.end() || at->start != start) return false;
  std::size_t i = static_cast<std::size_t>(at - tokens.begin());
  while (i > 0 && is_one_of(tokens[i - 1].folded, words.before_standard) &&
         !sentence_break_between(text, tokens[i - 1], tokens[i]))
    --i;
  if (i == 0 || sentence_break_between(text, tokens[i - 1], tokens[i])) return false;
  const std::string_view marker = tokens[i - 1].folded;
  if (is_one_of(marker, words.like)) return true;
  if (!is_one_of(marker, words.than)) return false;
  for (std::size_t j = i - 1, seen = 0; j > 0 && seen < kComparativeReach; --j, ++seen) {
    if (sentence_break_between(text, tokens[j - 1], tokens[j])) return false;
    if (is_one_of(tokens[j - 1].folded, words.comparatives)) return true;
  }
  return false;
}

void drop_passing_mentions(std::vector<ThemeTag>& tags, std::string_view text,
                           const std::vector<Token>& tokens, const ComparisonWords& words,
                           const SalienceRule& rule) {
  drop_passing(tags, count_words(tokens), rule, [&](const ThemeTag& tag) {
    return static_cast<std::size_t>(std::count_if(
        tag.evidence.begin(), tag.evidence.end(),
        [&](const Evidence& e) { return !is_comparison_standard(text, tokens, e.start, words); }));
  });
}

}  // namespace palabre
