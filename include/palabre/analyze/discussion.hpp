// The shape of a discussion (analyze stage, end of a thread): the groups of comments by
// what they talk about, the exchanges (who answers whom) and the agreement cues within each
// group. Comments go in one at a time — their topic words, reply target, cues and opening
// sentence are kept, a few dozen bytes each — and the discussion comes out at the end,
// seeded by the thread's talking points.
//
// Groups: each talking point seeds a group with the comments that carry it; then, a few
// times over, every comment joins the groups whose words it shares most (cosine of
// tf-idf vectors over the thread's topic words), a reply leaning towards the group of the
// comment it answers; a comment close to two groups joins both, one close to none is
// "other". Cues, not a sentiment model: agreement and disagreement are counted phrases of
// the comment's language ("tout à fait", "n'importe quoi", "I agree", "Unsinn").
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/replies.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct DiscussionOptions {
  std::size_t max_groups = 8;
  std::size_t comments_per_group = 3;  // a thread of n comments has at most n / this groups
  double min_similarity = 0.2;         // below this a comment joins no group
  double reply_affinity = 0.25;        // added towards the group of the comment answered
  double second_group = 0.8;           // share of its best score that makes a second group
  std::size_t iterations = 3;
  double same_seed = 0.8;              // points sharing this share of comments seed one group
  std::size_t label_points = 3;
  std::size_t excerpt_bytes = 240;     // a representative's opening, at most
  std::size_t cue_evidence = 5;        // evidence kept per group and kind
  std::size_t exchanges = 5;           // longest exchanges and most answered commenters shown
};

class DiscussionAccumulator {
 public:
  explicit DiscussionAccumulator(DiscussionOptions options = {}) : options_(options) {}

  // Forgets the thread added so far.
  void clear();

  // The next comment, analysed: its tokens (null `analyzer` when its language has no data),
  // and `topic_words`, the ids of its own content words (TalkingPointAccumulator).
  void add_comment(const Comment& comment, const std::vector<Token>& tokens, Analyzer* analyzer,
                   std::vector<std::uint32_t> topic_words);

  // `points` are the thread's talking points; `is_topic_word` says which word ids may tell
  // groups apart (not generic); `comments` are the ids and authors in the order added.
  Discussion finish(const std::vector<TalkingPoint>& points,
                    const std::function<bool(std::uint32_t)>& is_topic_word,
                    const CommentIdentities& comments);

 private:
  struct CueHit {
    bool agrees = false;
    std::size_t start = 0, end = 0;  // code points
    std::string text;
  };
  // A language's cue phrases, as the folded forms its analyser gives them.
  struct CuePhrases {
    std::vector<std::pair<std::vector<std::string>, bool>> phrases;  // words, agrees; longest first
    // Phrases by their first word (ids of first_words), in the order above: most tokens
    // start none.
    Interner first_words;
    std::vector<std::vector<std::size_t>> by_first_word;
    // The first two bytes of those words (opening_of): one test rules out most tokens.
    std::bitset<65536> openings;
    static std::size_t opening_of(std::string_view word) {
      const auto byte = [&](std::size_t k) { return k < word.size() ? static_cast<unsigned char>(word[k]) : 0u; };
      return std::size_t{byte(0)} << 8 | byte(1);
    }
  };

  using SparseVector = std::vector<std::pair<std::uint32_t, double>>;  // by dense word index
  struct WordIndex {
    std::uint32_t dense = 0;  // among the thread's shared topic words
    double idf = 0;           // 0: not one of them
  };

  const CuePhrases& cue_phrases(Analyzer& analyzer);
  // Comment `comment`'s shared topic words weighted by idf, unit length.
  SparseVector vector_of(std::size_t comment, const std::vector<WordIndex>& shared_words) const;
  DiscussionGroup describe(const std::vector<std::uint32_t>& members, std::size_t seed_point,
                           const std::vector<TalkingPoint>& points,
                           const std::unordered_map<std::string_view, std::uint32_t>& index,
                           const std::vector<SparseVector>& vectors, std::size_t dimensions,
                           const CommentIdentities& comments) const;
  std::vector<CueHit> find_cues(const Comment& comment, const std::vector<Token>& tokens,
                                Analyzer& analyzer);

  DiscussionOptions options_;
  ReplyTracker replies_;
  std::vector<std::vector<std::uint32_t>> words_;  // per comment, sorted, each once
  std::vector<std::string> openings_;              // per comment: its opening sentence
  std::vector<std::vector<CueHit>> cues_;          // per comment
  std::map<std::string, CuePhrases, std::less<>> cue_phrases_;
};

}  // namespace palabre
