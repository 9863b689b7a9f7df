// The analyze stage as one object: a Thread in, a ThreadReport out. Owns what analysis
// needs (analyzer chain, compiled themes, article-subject resolver); one per worker thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/coverage.hpp"
#include "palabre/analyze/places.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/talking_points.hpp"
#include "palabre/analyze/theme_tally.hpp"
#include "palabre/analyze/themes.hpp"

namespace palabre {

class ThreadAnalyzer {
 public:
  // `theme_files` as given to --themes ("default" names the embedded set); none means the
  // default set. Throws Error(kThemes) for a bad file.
  explicit ThreadAnalyzer(const std::vector<std::string>& theme_files = {});
  ThreadAnalyzer(const ThreadAnalyzer&) = delete;
  ThreadAnalyzer& operator=(const ThreadAnalyzer&) = delete;

  ThreadReport analyze(Thread thread);

  // analyze() for a thread read as a stream (issue 7), keeping only what the summary needs:
  // begin_thread() with the article, analyze_comment() on each comment in page order (its
  // tags come back at once), then finish_thread() gives the report analyze() would, without
  // the thread and the tags.
  void begin_thread(const Article& article);
  std::vector<ThemeTag> analyze_comment(const Comment& comment);
  ThreadReport finish_thread();

  const ThemeSet& themes() const { return themes_; }
  Analyzer& analyzer() { return analyzer_; }

 private:
  Analyzer analyzer_;
  ThemeSet themes_;
  ThemeMatcher matcher_;
  SubjectResolver subjects_;
  // The summary stages, fed comment by comment; their buffers are kept from thread to thread.
  TalkingPointAccumulator talking_points_;
  CoverageAccumulator coverage_;
  // What a streamed thread keeps between comments.
  struct StreamedThread {
    std::optional<ArticleSubject> subject;
    ThreadSummary summary;
    ThemeTally themes;
    // The ids and authors the talking points name (~20 bytes a comment, never expanded
    // to Comments).
    CompactIdentities identities;
  };
  StreamedThread streamed_;
};

// Loads and merges theme files as --themes does.
ThemeSet load_theme_files(const std::vector<std::string>& theme_files, Analyzer& analyzer);

}  // namespace palabre
