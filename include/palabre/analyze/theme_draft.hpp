// A starter theme file drafted from analysed threads (analyze stage, for `palabre themes
// draft`): one theme per discussion group, its id from the group's label, its terms the
// group's points and the words that reach most of its comments. Takes ThreadReports (with
// their threads); gives the theme file's JSON text, which `palabre themes check` accepts.
#pragma once

#include <string>
#include <vector>

#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/analyze/summary.hpp"

namespace palabre {

struct ThemeDraftOptions {
  std::size_t max_terms = 12;    // per theme
  double coverage = 0.9;         // stop adding words once this share of the group is reached
  double too_common = 0.5;       // a word in more of the thread's comments tells nothing apart
};

// Throws Error(kUsage) when no report has a discussion group to draft from.
std::string draft_theme_file(const std::vector<ThreadReport>& reports, AnalyzerSet& analyzers,
                             const ThemeDraftOptions& options = {});

}  // namespace palabre
