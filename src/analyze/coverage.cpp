// Document frequency, not raw counts: one commenter repeating a word ten times is one
// voice, and the theme file should follow what many comments say.
#include "palabre/analyze/coverage.hpp"

#include <algorithm>
#include <cstdint>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/spellings.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinLetters = 3;

constexpr std::size_t kMaxWordBytes = 64;  // longer is not a word (a hash, a hostile input)

bool is_candidate(const Token& token) {
  return token.kind == TokenKind::kWord && !token.stopword && token.folded.size() <= kMaxWordBytes &&
         count_code_points(token.folded) >= kMinLetters;
}

struct Tally {
  std::size_t untagged = 0, tagged = 0;
  std::size_t last_comment = 0;  // + 1, so 0 is "none yet": counts each comment once
};

}  // namespace

std::vector<SuggestedTerm> suggest_terms(const std::vector<std::vector<Token>>& tokens,
                                         const std::vector<std::size_t>& untagged,
                                         std::size_t limit) {
  std::vector<bool> is_untagged(tokens.size(), false);
  for (std::size_t c : untagged)
    if (c < tokens.size()) is_untagged[c] = true;
  std::vector<std::size_t> distinct_untagged = untagged;
  std::sort(distinct_untagged.begin(), distinct_untagged.end());
  distinct_untagged.erase(std::unique(distinct_untagged.begin(), distinct_untagged.end()),
                          distinct_untagged.end());

  // Stems get ids in order of first appearance, so an id is also the tie-break "first seen".
  Interner stems;
  std::vector<Tally> tallies;
  SpellingCounter spellings;  // as written in untagged comments
  for (std::size_t c = 0; c < tokens.size(); ++c) {
    for (const Token& token : tokens[c]) {
      if (!is_candidate(token)) continue;
      bool added = false;
      const std::uint32_t id = stems.intern(token.stem, &added);
      if (added) tallies.emplace_back();
      Tally& tally = tallies[id];
      if (is_untagged[c]) spellings.count(id, token.surface);
      if (tally.last_comment == c + 1) continue;
      tally.last_comment = c + 1;
      ++(is_untagged[c] ? tally.untagged : tally.tagged);
    }
  }

  const std::size_t min_comments = distinct_untagged.size() > 1 ? 2 : 1;
  std::vector<std::uint32_t> ranked;
  for (std::uint32_t id = 0; id < tallies.size(); ++id)
    if (tallies[id].untagged >= min_comments) ranked.push_back(id);
  std::sort(ranked.begin(), ranked.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (tallies[a].untagged != tallies[b].untagged) return tallies[a].untagged > tallies[b].untagged;
    if (tallies[a].tagged != tallies[b].tagged) return tallies[a].tagged < tallies[b].tagged;
    return a < b;
  });
  if (ranked.size() > limit) ranked.resize(limit);

  std::vector<SuggestedTerm> terms;
  for (std::uint32_t id : ranked)
    terms.push_back({spellings.most_written(id), tallies[id].untagged, tallies[id].tagged});
  return terms;
}

}  // namespace palabre
