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

// A phrase of one comment that signals agreement or disagreement ("tout à fait", "Unsinn").
struct CueEvidence {
  std::string comment;             // comment id
  std::string text;                // as written
  std::size_t start = 0, end = 0;  // code-point offsets into the comment's text
};

struct AgreementCues {
  std::size_t agree = 0, disagree = 0;                // cues counted in the group's comments
  std::vector<CueEvidence> agreeing, disagreeing;     // a few of each
};

struct Representative {
  std::string comment;                // id
  std::optional<std::string> author;
  std::string excerpt;                // its opening sentence
};

// A conversation of the thread: comments that talk about the same thing.
struct DiscussionGroup {
  std::string label;                  // its best points, joined by " · "
  std::vector<std::string> points;    // those points' phrases
  std::vector<std::string> comments;  // ids, in page order
  std::size_t commenters = 0;         // distinct named authors + anonymous comments
  std::optional<Representative> representative;
  AgreementCues agreement;
};

// Comments joined by replies, with at least two participants.
struct Exchange {
  std::vector<std::string> participants;  // named authors, by first turn; anonymous not listed
  std::size_t turns = 0;                  // comments
  std::string first, last;                // comment ids
};

struct Addressee {
  std::string author;
  std::size_t replies = 0;  // comments of others that answer theirs
};

struct Discussion {
  std::vector<DiscussionGroup> groups;  // largest first
  std::vector<std::string> other;       // comments in no group
  std::vector<Exchange> exchanges;      // longest first
  std::vector<Addressee> most_answered;
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
  Discussion discussion;
};

struct ThreadReport {
  Thread thread;
  std::vector<std::vector<ThemeTag>> tags;  // per comment, in page order
  ThreadSummary summary;
  std::optional<std::string> subject;       // the article's dominant place, if any
};

// Whether the theme set hardly touches the thread: under a fifth of its analysed comments
// tagged (threads of five comments or more).
bool themes_fit_poorly(const ThreadSummary& summary);

// The sentence of `text` that holds code-point offset `at`, trimmed and capped at about
// `max_code_points` (cut at a word, with "…").
std::string sentence_around(std::string_view text, std::size_t at,
                            std::size_t max_code_points = 220);

// Text [begin, end) of `text` (byte offsets, a sentence), trimmed; when longer than
// `max_bytes`, the part around byte `at` cut at spaces, with "…" where it was cut. Reads
// only that range.
std::string excerpt_of_range(std::string_view text, std::size_t begin, std::size_t end, std::size_t at,
                             std::size_t max_bytes);

// The end of the run of closing marks (". ! ? …") at byte `at`; `at` itself when none.
std::size_t after_closing_marks(std::string_view text, std::size_t at);

// The sentence that starts at byte `from`, as excerpt_of_range gives it.
std::string opening_sentence(std::string_view text, std::size_t from, std::size_t max_bytes);

// The same around byte offset `byte_at`, in time independent of the text's length (for
// excerpts taken many times from one long comment).
std::string sentence_at_byte(std::string_view text, std::size_t byte_at,
                             std::size_t max_code_points = 220);

}  // namespace palabre
