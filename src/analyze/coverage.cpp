// Document frequency, not raw counts: one commenter repeating a word ten times is one
// voice, and the theme file should follow what many comments say.
#include "palabre/analyze/coverage.hpp"

#include <algorithm>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinLetters = 3;

constexpr std::size_t kMaxWordBytes = 64;  // longer is not a word (a hash, a hostile input)

// A theme term must say something: no function word, no word the language uses everywhere.
bool is_candidate(const Token& token) {
  return token.kind == TokenKind::kWord && !token.stopword && !token.generic &&
         token.folded.size() <= kMaxWordBytes &&
         count_code_points(token.folded) >= kMinLetters;
}

}  // namespace

void CoverageAccumulator::clear() {
  comments_ = untagged_comments_ = 0;
  stems_.clear();
  tallies_.clear();
  spellings_.clear();
}

std::uint32_t CoverageAccumulator::stem_id(const Token& token) {
  bool added = false;
  // Stems get ids in order of first appearance: an id is also the tie-break "first seen".
  const std::uint32_t id = stems_.intern(token, token.stem, &added);
  if (added) tallies_.emplace_back();
  return id;
}

void CoverageAccumulator::add_comment(const std::vector<Token>& tokens, bool untagged) {
  const std::size_t comment = ++comments_;  // from 1, so a tally's 0 is "none yet"
  untagged_comments_ += untagged;
  for (const Token& token : tokens) {
    if (!is_candidate(token)) continue;
    const std::uint32_t id = stem_id(token);
    Tally& tally = tallies_[id];
    if (untagged) spellings_.count(id, token.surface);
    if (tally.last_comment == comment) continue;  // each comment counts once
    tally.last_comment = comment;
    ++(untagged ? tally.untagged : tally.tagged);
  }
}

std::vector<SuggestedTerm> CoverageAccumulator::finish(std::size_t limit) const {
  const std::size_t min_comments = untagged_comments_ > 1 ? 2 : 1;
  std::vector<std::uint32_t> ranked;
  for (std::uint32_t id = 0; id < tallies_.size(); ++id)
    if (tallies_[id].untagged >= min_comments) ranked.push_back(id);
  std::sort(ranked.begin(), ranked.end(), [this](std::uint32_t a, std::uint32_t b) {
    const Tally &x = tallies_[a], &y = tallies_[b];
    if (x.untagged != y.untagged) return x.untagged > y.untagged;
    if (x.tagged != y.tagged) return x.tagged < y.tagged;
    return a < b;
  });
  if (ranked.size() > limit) ranked.resize(limit);

  std::vector<SuggestedTerm> terms;
  for (std::uint32_t id : ranked)
    terms.push_back({spellings_.most_written(id), tallies_[id].untagged, tallies_[id].tagged});
  return terms;
}

std::vector<SuggestedTerm> suggest_terms(const std::vector<std::vector<Token>>& tokens,
                                         const std::vector<std::size_t>& untagged,
                                         std::size_t limit) {
  std::vector<bool> is_untagged(tokens.size(), false);
  std::vector<std::size_t> distinct_untagged = untagged;
  std::sort(distinct_untagged.begin(), distinct_untagged.end());
  distinct_untagged.erase(std::unique(distinct_untagged.begin(), distinct_untagged.end()),
                          distinct_untagged.end());
  CoverageAccumulator accumulator;
  for (std::size_t c : distinct_untagged) {
    if (c < tokens.size()) is_untagged[c] = true;
    else accumulator.add_comment({}, true);  // no words, but one more untagged comment
  }
  for (std::size_t c = 0; c < tokens.size(); ++c) accumulator.add_comment(tokens[c], is_untagged[c]);
  return accumulator.finish(limit);
}

}  // namespace palabre
