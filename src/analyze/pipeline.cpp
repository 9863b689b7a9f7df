#include "palabre/analyze/pipeline.hpp"

#include "palabre/analyze/coverage.hpp"
#include "palabre/analyze/salience.hpp"
#include "palabre/analyze/talking_points.hpp"

namespace palabre {

ThemeSet load_theme_files(const std::vector<std::string>& theme_files, Analyzer& analyzer) {
  if (theme_files.empty()) return load_theme_file("default", analyzer);
  ThemeSet set;
  for (const std::string& file : theme_files) merge_theme_sets(set, load_theme_file(file, analyzer));
  return set;
}

ThreadAnalyzer::ThreadAnalyzer(const std::vector<std::string>& theme_files)
    : themes_(load_theme_files(theme_files, analyzer_)), matcher_(themes_), subjects_(analyzer_) {}

ThreadReport ThreadAnalyzer::analyze(Thread thread) {
  analyzer_.forget_words();  // no token of an earlier thread is alive
  ThreadReport report;
  report.thread = std::move(thread);
  const Thread& t = report.thread;
  std::optional<ArticleSubject> subject = subjects_.find_subject(t.article, analyzer_);
  if (subject) report.subject = subject->name;

  std::vector<std::vector<Token>> tokens;
  tokens.reserve(t.comments.size());
  for (const Comment& comment : t.comments) {
    tokens.push_back(analyzer_.analyze(comment.text));
    if (subject) {
      std::vector<Token> for_tagging = tokens.back();
      subjects_.substitute_references(for_tagging, *subject, analyzer_);
      report.tags.push_back(tag_comment(matcher_, comment.text, for_tagging));
    } else {
      report.tags.push_back(tag_comment(matcher_, comment.text, tokens.back()));
    }
    drop_passing_mentions(report.tags.back(), count_words(tokens.back()));
  }

  ThreadSummary& summary = report.summary;
  summary.comments = t.comments.size();
  std::vector<std::size_t> untagged;
  for (std::size_t c = 0; c < t.comments.size(); ++c) {
    if (report.tags[c].empty()) {
      summary.untagged.push_back(t.comments[c].id);
      untagged.push_back(c);
    } else {
      ++summary.tagged;
    }
  }
  summary.suggested_terms = suggest_terms(tokens, untagged);
  summary.themes = summarize_themes(t, report.tags, themes_);
  summary.talking_points = find_talking_points(t, tokens);
  return report;
}

}  // namespace palabre
