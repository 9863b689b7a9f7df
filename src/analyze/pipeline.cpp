#include "palabre/analyze/pipeline.hpp"

#include "palabre/analyze/salience.hpp"

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
  // The streamed path over a thread already in memory: one way to analyse a comment.
  begin_thread(thread.article);
  std::vector<std::vector<ThemeTag>> tags;
  tags.reserve(thread.comments.size());
  for (const Comment& comment : thread.comments) tags.push_back(analyze_comment(comment));
  ThreadReport report = finish_thread();
  report.thread = std::move(thread);
  report.tags = std::move(tags);
  return report;
}

void ThreadAnalyzer::begin_thread(const Article& article) {
  analyzer_.forget_words();
  streamed_ = StreamedThread{};
  streamed_.subject = subjects_.find_subject(article, analyzer_);
  streamed_.themes.clear(themes_);
  talking_points_.clear();
  coverage_.clear();
}

// The summary stages accumulate comment by comment, so no comment's tokens outlive it.
std::vector<ThemeTag> ThreadAnalyzer::analyze_comment(const Comment& comment) {
  std::vector<Token> tokens = analyzer_.analyze(comment.text);
  talking_points_.add_comment(comment.text, tokens);
  std::vector<ThemeTag> tags;
  if (streamed_.subject && subjects_.has_references(tokens)) {
    std::vector<Token> for_tagging = tokens;
    subjects_.substitute_references(for_tagging, *streamed_.subject, analyzer_);
    tags = tag_comment(matcher_, comment.text, for_tagging);
  } else {
    tags = tag_comment(matcher_, comment.text, tokens);
  }
  drop_passing_mentions(tags, comment.text, tokens);
  const bool untagged = tags.empty();
  coverage_.add_comment(tokens, untagged);
  ThreadSummary& summary = streamed_.summary;
  ++summary.comments;
  if (untagged) summary.untagged.push_back(comment.id);
  else ++summary.tagged;
  streamed_.themes.add_comment(comment, tags);
  streamed_.identities.add(comment);
  return tags;
}

ThreadReport ThreadAnalyzer::finish_thread() {
  ThreadReport report;
  report.summary = std::move(streamed_.summary);
  report.summary.suggested_terms = coverage_.finish();
  report.summary.themes = streamed_.themes.finish(report.summary.comments);
  report.summary.talking_points = talking_points_.finish(streamed_.identities);
  if (streamed_.subject) report.subject = streamed_.subject->name;
  streamed_ = StreamedThread{};
  return report;
}

}  // namespace palabre
