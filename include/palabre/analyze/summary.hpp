// The analysis results of a thread: per-comment theme tags, per-theme summaries with a
// representative quote, and the talking points. Plain values, read by every reporter.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/tagger.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct Quote {
  std::string comment;  // comment id
  std::string text;     // one sentence of it
};

struct ThemeSummary {
  std::string id;
  std::string label;
  std::size_t comments = 0;
  double share = 0;     // comments / all comments
  std::optional<Quote> quote;
};

struct TalkingPoint {
  std::string phrase;                 // as most often written, lowercase
  double score = 0;                   // relative to the best point's, which is 1
  std::vector<std::string> comments;  // ids, in page order
  std::size_t commenters = 0;         // distinct named authors + anonymous comments
  std::string key;                    // its words' stems: the same point in another thread
  std::optional<Quote> excerpt;       // the sentence of one comment that makes it
};

// A candidate for the theme file: a word the untagged comments share.
struct SuggestedTerm {
  std::string term;              // as most often written, lowercase
  std::size_t comments = 0;      // untagged comments that use it
  std::size_t tagged_comments = 0;  // tagged comments that use it too
};

// How many comments are in one language, and whether palabre analysed them (it has data for
// that language). `code` is empty for comments whose language could not be told.
struct LanguageCount {
  std::optional<std::string> code;
  std::size_t comments = 0;
  bool analysed = false;
};

struct ThreadSummary {
  std::size_t comments = 0;
  std::size_t tagged = 0;                 // comments with at least one theme
  std::vector<ThemeSummary> themes;       // every theme of the set, most frequent first
  std::vector<TalkingPoint> talking_points;
  std::vector<std::string> untagged;      // ids of comments that matched no theme
  std::vector<SuggestedTerm> suggested_terms;  // what the untagged comments share
  std::vector<LanguageCount> languages;   // by code, comments of unknown language first
};

struct ThreadReport {
  Thread thread;
  std::vector<std::vector<ThemeTag>> tags;  // per comment, in page order
  ThreadSummary summary;
  std::optional<std::string> subject;       // the article's dominant place, if any
};

// The sentence of `text` that holds code-point offset `at`, trimmed and capped at about
// `max_code_points` (cut at a word, with "…").
std::string sentence_around(std::string_view text, std::size_t at,
                            std::size_t max_code_points = 220);

}  // namespace palabre
