// Talking points: the phrases a thread keeps coming back to, found without the theme
// files, by YAKE (Campos et al., "YAKE! Keyword extraction from single documents using
// multiple local features", Information Sciences 509, 2020), re-implemented from the paper.
// The thread is the document and each comment's sentences are its sentences. Words are
// merged by stem and elisions dropped, so "artisans" and "l'artisan" are one word;
// stopwords come from data/stopwords/fr.txt (the Analyzer's flags).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/spellings.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/record.hpp"

namespace palabre {

// YAKE's five features of one word and its score (lower is more important).
struct WordFeatures {
  double casing = 0;      // T_Case: how often capitalised mid-sentence or written as an acronym
  double position = 0;    // T_Position: early in its comments
  double frequency = 0;   // T_FNorm: frequency against the thread's mean and deviation
  double relatedness = 0; // T_Rel: many different neighbours makes a word stopword-like
  double sentences = 0;   // T_Sentence: spread over many sentences
  double score = 0;       // S(w) = T_Rel·T_Position / (T_Case + (T_FNorm + T_Sentence) / T_Rel)
};

// Candidates are keyed by a fixed array of word ids: a longer max_words counts as this.
inline constexpr std::size_t kMaxPhraseWords = 4;

struct TalkingPointOptions {
  std::size_t limit = 10;
  std::size_t max_words = 3;      // content words in a phrase, at most kMaxPhraseWords
  std::size_t min_comments = 2;   // a point is something several comments share (1 for a
                                  // thread of one comment)
  double max_similarity = 0.8;    // a phrase this close to a better one is dropped
  // Candidate phrases held before those only one older comment carries are dropped (they
  // cannot be points unless they come back): a huge thread's memory then follows its
  // shared phrases, not its text. No thread of the corpora here comes near it.
  std::size_t prune_above = std::size_t{1} << 20;
};

// YAKE as an accumulator: comments go in one at a time (their tokens can be dropped after
// add_comment), the points come out at the end. Memory follows the thread's vocabulary and
// candidate phrases (with, per candidate, its distinct spellings and the comments that use
// it), not its text. One per worker thread: clear() starts a new thread and keeps the
// buffers.
class TalkingPointAccumulator {
 public:
  explicit TalkingPointAccumulator(const TalkingPointOptions& options = {});

  // Forgets the thread added so far.
  void clear();

  // The next comment of the thread: its text and the analysed tokens of that text.
  void add_comment(std::string_view text, const std::vector<Token>& tokens);

  // The points of the comments added so far; `comments` are those comments' ids and
  // authors, in the order added (their count decides whether one comment is enough).
  std::vector<TalkingPoint> finish(const CommentIdentities& comments);

  // The features of every word added so far, by key (see word_features below).
  std::vector<std::pair<std::string, WordFeatures>> word_features() const;

 private:
  // One word of the sentence being read.
  struct Word {
    const Token* token = nullptr;
    std::uint32_t id = 0;       // interned key: stem, or "~" + folded for a stopword
    bool content = false;       // may start, end and score a phrase
    bool break_before = false;  // punctuation between it and the previous word
    bool all_upper = false;     // for content words only
  };
  struct PositionCount {
    std::uint32_t position = 0, count = 0;
  };
  struct WordStats {
    std::size_t tf = 0, tf_upper = 0, tf_acronym = 0;
    bool content = false;  // as the word's last occurrence says
    // Sentences are visited in order, so distinct ones are counted with the last one seen.
    std::size_t sentence_count = 0, last_sentence = 0;
    std::size_t left_total = 0, left_distinct = 0, right_total = 0, right_distinct = 0;
    std::vector<PositionCount> positions;  // sentence index in comment → count, sorted
  };
  // The comments that use a candidate, in order, each once. Most candidates occur in one
  // comment: it is kept inline, and only the others get a heap list (a vector each cost
  // ~56 bytes a candidate, the accumulator's largest per-comment growth on a huge page).
  struct CommentList {
    std::uint32_t first = 0, count = 0;
    std::unique_ptr<std::vector<std::uint32_t>> later;
    void clear() { count = 0; if (later) later->clear(); }
    void add(std::uint32_t comment);  // comments come in order
    std::size_t size() const { return count; }
    std::uint32_t operator[](std::size_t i) const { return i ? (*later)[i - 1] : first; }
  };
  struct Candidate {
    std::size_t tf = 0;
    CommentList comments;
    double score = 0;
  };

  std::uint32_t word_id(const Token& token, bool stopword);
  static bool is_key_of(std::string_view key, const Token& token, bool stopword);
  void add_sentence(std::string_view text);
  void prune_candidates();
  static void count_position(WordStats& stats, std::uint32_t position);
  static double median_position(const WordStats& stats);
  std::vector<WordFeatures> compute_features() const;
  using PhraseKey = IdTupleInterner<kMaxPhraseWords>::Key;  // unused places: kNoWord
  static constexpr std::uint32_t kNoWord = 0xffffffff;
  static std::vector<std::uint32_t> ids_of(const PhraseKey& key);

  TalkingPointOptions options_;
  std::size_t comments_ = 0, sentences_ = 0;
  // Per word id.
  Interner words_;
  // By Token::word (the analyzer's spelling id): the word id it was last given, a hint
  // checked against the key before use.
  std::vector<std::uint32_t> id_by_word_;
  std::vector<WordStats> stats_;
  IdTupleInterner<2> neighbours_;  // (left id, right id) pairs seen next to each other
  // Per candidate id (its key is its content word ids); ids follow first appearance.
  IdTupleInterner<kMaxPhraseWords> candidates_;
  std::vector<Candidate> candidate_stats_;
  SpellingCounter spellings_;  // each candidate's text as written
  // Pruning (see TalkingPointOptions::prune_above): the size that triggers the next one,
  // and the first comment since the last, whose one-comment candidates are kept.
  std::size_t prune_at_ = 0;
  std::uint32_t recent_from_ = 0;
  // The sentence being read, and the buffer a stopword's key is built in.
  std::vector<Word> sentence_;
  std::uint32_t sentence_in_comment_ = 0;
  std::string key_;
};

// `tokens[i]` are the analysed tokens of `thread.comments[i]`. Returns the best points
// first; `score` is relative relevance, 1 for the best. Empty for an empty thread.
std::vector<TalkingPoint> find_talking_points(const Thread& thread,
                                              const std::vector<std::vector<Token>>& tokens,
                                              const TalkingPointOptions& options = {});

// The features of every word of the thread, by key (a stem, or "~folded" for a stopword):
// for tests and `palabre tokens`-style inspection.
std::vector<std::pair<std::string, WordFeatures>> word_features(
    const Thread& thread, const std::vector<std::vector<Token>>& tokens);

// Similarity of two strings in [0, 1]: 1 − Levenshtein distance / length of the longer.
double string_similarity(std::string_view a, std::string_view b);

}  // namespace palabre
