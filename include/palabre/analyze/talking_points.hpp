// Talking points: the points a thread's commenters keep making, found without the theme
// files. A point is a word or a phrase of up to three content words that several commenters
// use, in their own words (quotations and signatures left out): keyed by Snowball stems, so
// "artisans" and "l'artisan" are one word; never starting or ending on a function word; never
// a word too common to say anything alone (the language's generic words) unless a name;
// ranked by distinct commenters, longer phrases first among equals. The list is chosen for variety: a phrase whose comments better points already
// cover counts for less, and one sharing a word and half its comments with a better point is
// the same point. Each point is shown as the longest phrase that still carries most of its
// comments, with one excerpt.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/spelling_counter.hpp"
#include "palabre/analyze/token_key_interner.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/lang/language.hpp"
#include "palabre/record.hpp"

namespace palabre {

// Candidates are keyed by a fixed array of word ids: a longer max_words counts as this.
inline constexpr std::size_t kMaxPhraseWords = 3;

struct TalkingPointOptions {
  std::size_t limit = 10;
  std::size_t max_words = 3;         // content words in a phrase, at most kMaxPhraseWords
  std::size_t max_inner_stopwords = 3;
  std::size_t min_comments = 2;      // a point is something several comments share (1 for a
                                     // thread of one comment)
  double variety = 0.8;              // weight of the share of a point's comments already covered
  double display_coverage = 0.75;    // a longer phrase shows a point when it carries this share
  std::size_t excerpt_bytes = 240;
  // Candidate phrases held before those only one older comment carries are dropped (they
  // cannot be points unless they come back): a huge thread's memory then follows its
  // shared phrases, not its text. No thread of the corpora here comes near it.
  std::size_t prune_above = std::size_t{1} << 20;
};

// Talking points as an accumulator: comments go in one at a time (their tokens can be
// dropped after add_comment), the points come out at the end. Memory follows the thread's
// vocabulary and candidate phrases, not its text. One per worker thread: clear() starts a new
// thread and keeps the buffers.
class TalkingPointAccumulator {
 public:
  // `memo`, when given, is the worker's (analyze/word_memo.hpp): the tokens' analysers
  // share it, and it outlives this.
  explicit TalkingPointAccumulator(const TalkingPointOptions& options = {}, WordMemo* memo = nullptr);

  // Forgets the thread added so far.
  void clear();

  // The next comment: its text, its analysed tokens, the spans of it that are not its
  // author's own words (analyze/hygiene.hpp), and its language's data (null: none).
  void add_comment(std::string_view text, const std::vector<Token>& tokens,
                   const std::vector<TextSpan>& excluded, const Language* language);

  // The points of the comments added so far; `comments` are those comments' ids and
  // authors, in the order added (their count decides whether one comment is enough).
  std::vector<TalkingPoint> finish(const CommentIdentities& comments);

  // The word ids of the last comment's own content words (for discussion groups), taken.
  std::vector<std::uint32_t> take_comment_words() { return std::move(comment_words_); }
  // After finish(): whether a word may tell topics apart — not generic (unless a name),
  // not a commenter's name.
  bool is_topic_word(std::uint32_t word) const;

 private:
  struct WordStats {
    std::uint32_t occurrences = 0, generic = 0;
    std::uint32_t mid_sentence = 0, capitalised = 0;  // occurrences not opening a sentence
    bool proper_noun = false;
    std::string folded;  // as first written, to compare with commenters' names
  };
  // The comments that use a candidate, in order, each once. Most candidates occur in one
  // comment: it is kept inline, and only the others get a heap list.
  struct CommentList {
    std::uint32_t first = 0, count = 0;
    std::unique_ptr<std::vector<std::uint32_t>> later;
    void clear() { count = 0; if (later) later->clear(); }
    void add(std::uint32_t comment);  // comments come in order
    std::size_t size() const { return count; }
    std::uint32_t operator[](std::size_t i) const { return i ? (*later)[i - 1] : first; }
  };
  struct Candidate {
    CommentList comments;
    std::uint32_t excerpt = 0;  // index in excerpts_ + 1; 0: none yet
  };
  struct Excerpt {
    std::uint32_t comment = 0;
    std::string text;
  };
  // One content word of the sentence being read.
  struct Word {
    const Token* token = nullptr;
    std::uint32_t id = 0;  // interned stem
    std::size_t position = 0;  // index among the comment's tokens
  };
  using PhraseKey = IdTupleInterner<kMaxPhraseWords>::Key;  // unused places: kNoWord
  static constexpr std::uint32_t kNoWord = 0xffffffff;

  // Scored candidates and the choice among them (talking_points.cpp).
  struct Scored;
  struct Chosen;

  std::uint32_t count_word(const Token& token, bool mid_sentence);
  std::uint32_t word_id(const Token& token, std::string_view key);
  void add_phrases(std::string_view text, const std::vector<Word>& chunk);
  void count_candidate(const PhraseKey& key, std::string_view text, const Token& first, const Token& last);
  // The sentence [begin, end) of the comment being added ended: its excerpt goes to the
  // phrases it made shared.
  void end_sentence(std::string_view text, std::size_t begin, std::size_t end);
  void prune_candidates();
  static bool is_name(const WordStats& w);
  static bool is_generic(const WordStats& w);
  std::vector<Scored> score_candidates(const CommentIdentities& comments);
  std::vector<Chosen> choose(std::vector<Scored> scored) const;
  std::uint32_t display_candidate(std::uint32_t id, const std::vector<std::uint32_t>& comments) const;
  TalkingPoint make_point(const Chosen& chosen, double best_score, const CommentIdentities& comments) const;

  TalkingPointOptions options_;
  std::uint32_t comments_ = 0;
  TokenKeyInterner words_;          // stems (or site names) → word ids
  std::vector<WordStats> stats_;    // per word id
  IdTupleInterner<kMaxPhraseWords> candidates_;  // ids follow first appearance
  std::vector<Candidate> candidate_stats_;
  SpellingCounter spellings_;  // each candidate's text as written
  std::vector<Excerpt> excerpts_;
  // Pruning (see TalkingPointOptions::prune_above): the size that triggers the next one,
  // and the first comment since the last, whose one-comment candidates are kept.
  std::size_t prune_at_ = 0;
  std::uint32_t recent_from_ = 0;
  std::vector<Word> chunk_;
  std::vector<std::uint32_t> comment_words_;  // of the comment being added
  std::vector<std::uint32_t> shared_phrases_;    // finish(): candidates a point may be shown as
  std::vector<std::uint32_t> awaiting_excerpt_;  // candidates shared in the current sentence
  std::size_t excerpt_at_ = 0;                   // byte of the first of them
  std::vector<bool> addressed_words_;         // by word id, after finish()
  std::vector<std::size_t> gaps_;  // stopwords before each word of chunk_
};

// `tokens[i]` are the analysed tokens of `thread.comments[i]` (whose spans are left out).
// Returns the best points first; `score` is relative, 1 for the best. Empty for an empty
// thread.
std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              const Language* language,
                                              const TalkingPointOptions& options = {});

}  // namespace palabre
