// Document frequency, not raw counts: one commenter repeating a word ten times is one
// voice, and the theme file should follow what many comments say.
#include "palabre/analyze/coverage.hpp"

#include <algorithm>
#include <map>
#include <set>

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
  std::size_t untagged = 0, tagged = 0, first_seen = 0;
  std::map<std::string, std::size_t> spellings;
};

}  // namespace

std::vector<SuggestedTerm> suggest_terms(const std::vector<std::vector<Token>>& tokens,
                                         const std::vector<std::size_t>& untagged,
                                         std::size_t limit) {
  std::set<std::size_t> untagged_set(untagged.begin(), untagged.end());
  std::map<std::string, Tally> tallies;
  std::size_t order = 0;
  for (std::size_t c = 0; c < tokens.size(); ++c) {
    const bool is_untagged = untagged_set.count(c) > 0;
    std::set<std::string> seen_here;
    for (const Token& token : tokens[c]) {
      if (!is_candidate(token)) continue;
      Tally& tally = tallies[std::string(token.stem)];
      if (is_untagged) ++tally.spellings[to_lower(token.surface)];
      if (!seen_here.emplace(token.stem).second) continue;
      if (tally.untagged == 0 && tally.tagged == 0) tally.first_seen = order++;
      ++(is_untagged ? tally.untagged : tally.tagged);
    }
  }

  const std::size_t min_comments = untagged_set.size() > 1 ? 2 : 1;
  std::vector<const Tally*> ranked;
  for (const auto& [stem, tally] : tallies)
    if (tally.untagged >= min_comments) ranked.push_back(&tally);
  std::sort(ranked.begin(), ranked.end(), [](const Tally* a, const Tally* b) {
    if (a->untagged != b->untagged) return a->untagged > b->untagged;
    if (a->tagged != b->tagged) return a->tagged < b->tagged;
    return a->first_seen < b->first_seen;
  });
  if (ranked.size() > limit) ranked.resize(limit);

  std::vector<SuggestedTerm> terms;
  for (const Tally* tally : ranked) {
    auto most_written = std::max_element(
        tally->spellings.begin(), tally->spellings.end(),
        [](const auto& a, const auto& b) { return a.second < b.second; });
    terms.push_back({most_written->first, tally->untagged, tally->tagged});
  }
  return terms;
}

}  // namespace palabre
