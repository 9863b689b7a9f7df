// A comment goes through its language's chain. Its language is decided from the tokens the
// thread language's analyser makes (analyze/languages.hpp); only a comment in another
// language is analysed again, by that language's analyser, and a comment in a language
// palabre has no data for is counted but not analysed: never read with another language's
// stopwords and stems.
#include "palabre/analyze/pipeline.hpp"

#include "palabre/analyze/salience.hpp"
#include "palabre/text/byte_size.hpp"

namespace palabre {
namespace {

// The first comments' text, for the thread's language when the article says too little.
std::string comment_sample(const std::vector<Comment>& comments, std::size_t max_bytes) {
  std::string sample;
  for (const Comment& comment : comments) {
    if (sample.size() >= max_bytes) break;
    sample += comment.text;
    sample += '\n';
  }
  return sample;
}

// The tokens outside `spans`: what the commenter wrote, without quotations and signatures.
std::vector<Token> own_words(const std::vector<Token>& tokens, const std::vector<TextSpan>& spans) {
  if (spans.empty()) return tokens;
  std::vector<Token> own;
  std::size_t span = 0;
  for (const Token& token : tokens) {
    while (span < spans.size() && spans[span].end <= token.start) ++span;
    if (span < spans.size() && token.start < spans[span].end && token.end > spans[span].start) continue;
    own.push_back(token);
  }
  return own;
}

}  // namespace

ThemeSet load_theme_files(const std::vector<std::string>& theme_files, const AnalyzerFor& analyzer_for) {
  if (theme_files.empty()) return load_theme_file("default", analyzer_for);
  ThemeSet set;
  for (const std::string& file : theme_files) merge_theme_sets(set, load_theme_file(file, analyzer_for));
  return set;
}

namespace {

TalkingPointOptions points_of(const AnalysisOptions& options) {
  TalkingPointOptions points;
  points.limit = options.points;
  return points;
}

}  // namespace

ThreadAnalyzer::ThreadAnalyzer(const std::vector<std::string>& theme_files, const AnalysisOptions& options)
    : chooser_(analyzers_.function_words()),
      themes_(load_theme_files(theme_files, analyzers_.lookup())),
      talking_points_(points_of(options), &analyzers_.memo()),
      coverage_(&analyzers_.memo()) {}

ThreadAnalyzer::LanguageThemes* ThreadAnalyzer::themes_for(const std::string& code) {
  if (auto known = language_themes_.find(code); known != language_themes_.end())
    return known->second.matcher ? &known->second : nullptr;
  LanguageThemes& entry = language_themes_[code];
  for (const Theme& theme : themes_.themes)
    if (theme.language == code) entry.themes.themes.push_back(theme);
  if (entry.themes.themes.empty()) return nullptr;
  entry.matcher = std::make_unique<ThemeMatcher>(entry.themes, analyzers_.language(code), &analyzers_.memo());
  return &entry;
}

ThreadReport ThreadAnalyzer::analyze(Thread thread) {
  begin_thread(thread.article, comment_sample(thread.comments, LanguageRules{}.sample_bytes));
  std::vector<std::vector<ThemeTag>> tags;
  tags.reserve(thread.comments.size());
  for (Comment& comment : thread.comments) tags.push_back(analyze_comment(comment));
  ThreadReport report = finish_thread();
  thread.warnings.insert(thread.warnings.end(), report.thread.warnings.begin(), report.thread.warnings.end());
  report.thread = std::move(thread);
  report.tags = std::move(tags);
  return report;
}

void ThreadAnalyzer::begin_thread(Article& article, std::string_view sample) {
  analyzers_.forget_words();
  thread_ = ThreadState{};
  article.language = chooser_.thread_language(article, sample);
  thread_.language = article.language;
  thread_.themes.clear(themes_);
  talking_points_.clear();
  coverage_.clear();
  hygiene_.clear();
  discussion_.clear();
  if (!thread_.language) return;
  if (Analyzer* analyzer = analyzers_.find(*thread_.language)) {
    auto [resolver, added] = subjects_.try_emplace(*thread_.language);
    if (added) resolver->second = SubjectResolver::for_language(*analyzer);
    if (resolver->second) thread_.subject = resolver->second->find_subject(article, *analyzer);
  }
}

// The comment's tokens in its own language, which this decides; none when palabre has no
// data for that language.
std::vector<Token> ThreadAnalyzer::comment_tokens(Comment& comment) {
  const std::string_view text = analysed_part(comment);
  Analyzer* thread_analyzer = thread_.language ? analyzers_.find(*thread_.language) : nullptr;
  std::vector<Token> tokens;
  if (thread_analyzer) tokens = thread_analyzer->analyze(text);
  comment.language = chooser_.comment_language(text, tokens, thread_.language);
  if (comment.language == thread_.language && thread_analyzer) return tokens;
  Analyzer* own = comment.language ? analyzers_.find(*comment.language) : nullptr;
  return own ? own->analyze(text) : std::vector<Token>{};
}

// The part of a comment the analysis reads: all of it up to kMaxAnalysedCommentBytes, else
// up to the last space before that (or a whole UTF-8 sequence), counted for the warning.
std::string_view ThreadAnalyzer::analysed_part(const Comment& comment) {
  const std::string_view text = comment.text;
  if (text.size() <= kMaxAnalysedCommentBytes) return text;
  std::size_t end = text.rfind(' ', kMaxAnalysedCommentBytes);
  if (end == std::string_view::npos || end < kMaxAnalysedCommentBytes / 2) {
    end = kMaxAnalysedCommentBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  }
  CutComments& cut = thread_.cut_comments;
  ++cut.count;
  if (text.size() > cut.longest_bytes) {
    cut.longest_bytes = text.size();
    cut.longest_id = comment.id;
  }
  return text.substr(0, end);
}

std::vector<ThemeTag> ThreadAnalyzer::tag(const Comment& comment, const std::vector<Token>& tokens) {
  LanguageThemes* themes = comment.language ? themes_for(*comment.language) : nullptr;
  if (!themes) return {};
  const Language& language = themes->matcher->language();
  std::vector<ThemeTag> tags;
  const auto resolver = subjects_.find(language.code);
  const bool borrows = thread_.subject && comment.language == thread_.language &&
                       resolver != subjects_.end() && resolver->second &&
                       resolver->second->has_references(tokens);
  if (borrows) {
    std::vector<Token> for_tagging = tokens;
    resolver->second->substitute_references(for_tagging, *thread_.subject, *analyzers_.find(language.code));
    tags = tag_comment(*themes->matcher, comment.text, for_tagging);
  } else {
    tags = tag_comment(*themes->matcher, comment.text, tokens);
  }
  drop_passing_mentions(tags, comment.text, tokens, language.comparison);
  return tags;
}

// The summary stages accumulate comment by comment, so no comment's tokens outlive it.
std::vector<ThemeTag> ThreadAnalyzer::analyze_comment(Comment& comment) {
  std::vector<Token> tokens = comment_tokens(comment);
  ThreadSummary& summary = thread_.summary;
  ++summary.comments;
  ++thread_.languages[comment.language.value_or("")];
  thread_.identities.add(comment);
  Analyzer* analyzer = comment.language ? analyzers_.find(*comment.language) : nullptr;
  const bool analysed = analyzer != nullptr;
  const Language* language = analysed ? &analyzer->language() : nullptr;
  std::vector<TextSpan> spans = hygiene_.mark(comment, tokens, language);
  comment.spans.insert(comment.spans.end(), spans.begin(), spans.end());
  if (analysed) talking_points_.add_comment(comment.text, tokens, comment.spans, language);
  discussion_.add_comment(comment, tokens, analyzer, analysed ? talking_points_.take_comment_words()
                                                              : std::vector<std::uint32_t>{});
  std::vector<ThemeTag> tags = analysed ? tag(comment, tokens) : std::vector<ThemeTag>{};
  const bool untagged = tags.empty();
  if (analysed) coverage_.add_comment(own_words(tokens, comment.spans), untagged);
  if (untagged) summary.untagged.push_back(comment.id);
  else ++summary.tagged;
  thread_.themes.add_comment(comment, tags);
  return tags;
}

ThreadReport ThreadAnalyzer::finish_thread() {
  ThreadReport report;
  report.summary = std::move(thread_.summary);
  report.summary.suggested_terms = coverage_.finish();
  report.summary.themes = thread_.themes.finish(report.summary.comments);
  report.summary.talking_points = talking_points_.finish(thread_.identities);
  report.summary.discussion = discussion_.finish(
      report.summary.talking_points, [this](std::uint32_t word) { return talking_points_.is_topic_word(word); },
      thread_.identities);
  for (const auto& [code, comments] : thread_.languages) {
    LanguageCount count;
    count.code = code.empty() ? std::nullopt : std::optional<std::string>(code);
    count.comments = comments;
    count.analysed = !code.empty() && analyzers_.find(code) != nullptr;
    report.summary.languages.push_back(std::move(count));
  }
  if (thread_.subject) report.subject = thread_.subject->name;
  if (const CutComments& cut = thread_.cut_comments; cut.count > 0)
    report.thread.warnings.push_back(
        std::to_string(cut.count) + (cut.count == 1 ? " comment" : " comments") + " longer than " +
        format_byte_size(kMaxAnalysedCommentBytes) + ": only the first " + format_byte_size(kMaxAnalysedCommentBytes) +
        " of each analysed (the record keeps the whole text); the longest, " +
        (cut.longest_id.empty() ? std::string("unnamed") : cut.longest_id) + ", " +
        format_byte_size_up(cut.longest_bytes));
  thread_ = ThreadState{};
  return report;
}

}  // namespace palabre
