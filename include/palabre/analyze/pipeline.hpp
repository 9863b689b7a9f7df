// The analyze stage as one object: a Thread in, a ThreadReport out. Owns what analysis
// needs (analyzer chain, compiled themes, article-subject resolver); one per worker thread.
#pragma once

#include <vector>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/coverage.hpp"
#include "palabre/analyze/places.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/talking_points.hpp"
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
};

// Loads and merges theme files as --themes does.
ThemeSet load_theme_files(const std::vector<std::string>& theme_files, Analyzer& analyzer);

}  // namespace palabre
