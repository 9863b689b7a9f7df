// The analyze stage as one object: a Thread in, a ThreadReport out. Owns what analysis
// needs (the languages' data and analysers, compiled themes, article-subject resolvers);
// one per worker thread.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/analyze/comment_identities.hpp"
#include "palabre/analyze/coverage.hpp"
#include "palabre/analyze/discussion.hpp"
#include "palabre/analyze/hygiene.hpp"
#include "palabre/analyze/languages.hpp"
#include "palabre/analyze/places.hpp"
#include "palabre/analyze/summary.hpp"
#include "palabre/analyze/tagger.hpp"
#include "palabre/analyze/talking_points.hpp"
#include "palabre/analyze/theme_tally.hpp"
#include "palabre/analyze/themes.hpp"
#include "palabre/lang/language.hpp"

namespace palabre {

// A comment's analysis needs ~40 times its text (its tokens and the stages' views of them);
// no reader writes a megabyte, so past that only the first megabyte is analysed, and a huge
// pasted text costs what a long comment does. The record keeps the whole text.
inline constexpr std::size_t kMaxAnalysedCommentBytes = std::size_t{1} << 20;

// What a user may choose of the analysis itself.
struct AnalysisOptions {
  std::size_t points = 10;  // talking points listed (--points)
};

class ThreadAnalyzer {
 public:
  // `theme_files` as given to --themes ("default" names the embedded set); none means the
  // default set. Throws Error(kThemes) for a bad file.
  explicit ThreadAnalyzer(const std::vector<std::string>& theme_files = {},
                          const AnalysisOptions& options = {});
  ThreadAnalyzer(const ThreadAnalyzer&) = delete;
  ThreadAnalyzer& operator=(const ThreadAnalyzer&) = delete;

  ThreadReport analyze(Thread thread);

  // analyze() for a thread read as a stream, keeping only what the summary needs:
  // begin_thread() with the article (its language is decided then, from the article
  // alone), analyze_comment() on each comment in page order (it sets the comment's
  // language; its tags come back at once), then finish_thread() gives the report analyze()
  // would, without the thread and the tags.
  void begin_thread(Article& article, std::string_view comment_sample = {});
  std::vector<ThemeTag> analyze_comment(Comment& comment);
  ThreadReport finish_thread();

  const ThemeSet& themes() const { return themes_; }
  AnalyzerSet& analyzers() { return analyzers_; }

 private:
  // The themes that tag one language's comments, and their matcher.
  struct LanguageThemes {
    ThemeSet themes;
    std::unique_ptr<ThemeMatcher> matcher;
  };
  LanguageThemes* themes_for(const std::string& code);
  std::vector<Token> comment_tokens(Comment& comment);
  std::string_view analysed_part(const Comment& comment);
  std::vector<ThemeTag> tag(const Comment& comment, const std::vector<Token>& tokens);

  AnalyzerSet analyzers_;
  LanguageChooser chooser_;
  ThemeSet themes_;
  std::map<std::string, LanguageThemes, std::less<>> language_themes_;
  std::map<std::string, std::unique_ptr<SubjectResolver>, std::less<>> subjects_;
  // The summary stages, fed comment by comment; their buffers are kept from thread to thread.
  TalkingPointAccumulator talking_points_;
  CoverageAccumulator coverage_;
  ThreadHygiene hygiene_;
  DiscussionAccumulator discussion_;
  // Comments longer than kMaxAnalysedCommentBytes in the thread, for one warning.
  struct CutComments {
    std::size_t count = 0, longest_bytes = 0;
    std::string longest_id;
  };
  // What the thread being analysed keeps between comments.
  struct ThreadState {
    std::optional<std::string> language;
    std::optional<ArticleSubject> subject;
    ThreadSummary summary;
    ThemeTally themes;
    // The ids and authors the talking points name (~20 bytes a comment, never expanded
    // to Comments).
    CompactIdentities identities;
    std::map<std::string, std::size_t> languages;  // comments per language code
    CutComments cut_comments;
  };
  ThreadState thread_;
};

// Loads and merges theme files as --themes does, each term analysed by the analyser of its
// file's language.
ThemeSet load_theme_files(const std::vector<std::string>& theme_files, const AnalyzerFor& analyzer_for);

}  // namespace palabre
