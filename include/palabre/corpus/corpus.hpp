// Corpus stage: ThreadReports → one CorpusReport across articles: theme prevalence, the
// talking points that recur across articles (with the articles that carry them most),
// comments per day. A CorpusReport is a mergeable partial: merging the reports of any split
// of a corpus gives, exactly, the report of the whole — every figure is an integer count,
// every list is kept in a total order, and no floating-point sum is ever stored.
//
//   ThreadDigest digest = digest_thread(report);   // on the worker
//   add_to_corpus(corpus, digest);                           // in input order, or not:
//   merge_corpus(corpus, other_corpus);                      // the result is the same
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/corpus/point_table.hpp"

namespace palabre {

// What one thread brings to the corpus: small, so that the full report can be dropped.
struct ThreadDigest {
  struct Theme {
    std::string id, label;
    std::size_t comments = 0;
  };
  struct Point {
    std::string key;     // content-word stems, "plac march": spellings of one phrase meet
    std::string phrase;  // as the thread spells it
    std::size_t comments = 0;
  };
  std::string path;  // the article, as records name it
  std::size_t comments = 0, tagged = 0, undated = 0;
  std::vector<Theme> themes;
  std::vector<Point> points;
  std::map<std::string, std::size_t> per_day;  // "YYYY-MM-DD" → comments
  std::uint64_t identity = 0;  // names the thread: its path and its comments' text
};

// Talking points are keyed by their stems (TalkingPoint::key).
ThreadDigest digest_thread(const ThreadReport& report);

struct CorpusTheme {
  std::string label;
  std::size_t comments = 0;  // comments tagged with the theme, over all articles
  std::size_t threads = 0;   // articles with at least one such comment
};

struct Failure {
  std::string path;   // valid UTF-8
  std::string error;
};

struct CorpusReport {
  std::size_t threads = 0, comments = 0, tagged = 0, undated = 0;
  std::map<std::string, CorpusTheme> themes;  // by id
  PointTable points;                          // by key; spills to a temporary file
  std::map<std::string, std::size_t> per_day;
  std::vector<Failure> failures;              // in input order (merge: partial order)
  // What made the counts, for `merge`: partials add up only when both agree. Empty when
  // unknown (a corpus built in memory).
  std::string palabre_version;
  std::string themes_fingerprint;
  std::string analysis_options;  // those that change the counts: "points=10"
  // The sum (mod 2^64) of the threads' identities: the same for the same threads in any
  // split and order, so that `merge` tells a partial given twice from two partials that
  // happen to hold the same figures.
  std::uint64_t threads_fingerprint = 0;
};

void add_to_corpus(CorpusReport& corpus, const ThreadDigest& digest);
void add_failure(CorpusReport& corpus, Failure failure);
// Adds `part` into `into`. Commutative and associative for every figure; failures are
// appended in the order the partials come.
void merge_corpus(CorpusReport& into, const CorpusReport& part);

// The summary's views, computed from the counts when printed.
struct RankedTheme {
  std::string id;
  const CorpusTheme* theme;
};
// Every theme, most comments first, then by id.
std::vector<RankedTheme> rank_themes(const CorpusReport& corpus);

struct RankedPoint {
  std::string key;
  std::string phrase;  // the spelling most articles use (ties: the smallest string)
  std::shared_ptr<const CorpusPoint> point;  // the points may live on disk: a copy
};
// Points carried by two articles or more (any, for a corpus of one article): most
// articles first, then most comments, then phrase; at most `limit`. Memory: `limit` points.
std::vector<RankedPoint> rank_points(const CorpusReport& corpus, std::size_t limit = 20);

// "YYYY-MM-DD" from an ISO 8601 date or date-time, or "" when it is not one.
std::string day_of(std::string_view posted_at);

}  // namespace palabre
