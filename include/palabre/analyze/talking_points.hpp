// Talking points: the phrases a thread keeps coming back to, found without the theme
// files, by YAKE (Campos et al., "YAKE! Keyword extraction from single documents using
// multiple local features", Information Sciences 509, 2020), re-implemented from the paper.
// The thread is the document and each comment's sentences are its sentences. Words are
// merged by stem and elisions dropped, so "artisans" and "l'artisan" are one word;
// stopwords come from data/stopwords/fr.txt (the Analyzer's flags).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

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

struct TalkingPointOptions {
  std::size_t limit = 10;
  std::size_t max_words = 3;      // content words in a phrase
  std::size_t min_comments = 2;   // a point is something several comments share (1 for a
                                  // thread of one comment)
  double max_similarity = 0.8;    // a phrase this close to a better one is dropped
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
