// Same content and order as the text summary (corpus_text.cpp): totals, themes, talking
// points with where they are most discussed, comments per day, failures — as tables,
// since both formats end up in documents that people copy figures from.
#include "palabre/report/corpus_tables.hpp"

#include <string>

#include "palabre/report/html.hpp"
#include "palabre/report/markdown.hpp"
#include "palabre/report/presentation.hpp"

namespace palabre {
namespace {

std::string totals(const CorpusReport& corpus) {
  std::string line = std::to_string(corpus.threads) + (corpus.threads == 1 ? " article, " : " articles, ") +
                     std::to_string(corpus.comments) + (corpus.comments == 1 ? " comment" : " comments") +
                     " (" + std::to_string(corpus.tagged) + " tagged)";
  if (!corpus.failures.empty()) line += ", " + std::to_string(corpus.failures.size()) + " failed";
  return line;
}

}  // namespace

void write_corpus_summary_markdown(std::ostream& out, const CorpusReport& corpus) {
  out << "# Corpus\n\n" << totals(corpus) << "\n";
  std::vector<RankedTheme> themes = rank_themes(corpus);
  if (!themes.empty()) {
    out << "\n## Themes\n\n| Theme | Comments | Share | Articles |\n|---|--:|--:|--:|\n";
    for (const RankedTheme& theme : themes)
      out << "| " << markdown_escape(theme.theme->label) << " | " << theme.theme->comments << " | "
          << corpus_percent(theme.theme->comments, corpus.comments) << " | " << theme.theme->threads << " |\n";
  }
  std::vector<RankedPoint> points = rank_points(corpus);
  if (!points.empty()) {
    out << "\n## Talking points across articles\n\n| Phrase | Articles | Comments | Most discussed in |\n"
           "|---|--:|--:|---|\n";
    for (const RankedPoint& point : points) {
      std::string where;
      for (const PointArticle& article : point.point->articles)
        where += (where.empty() ? "" : ", ") + markdown_escape(article.path);
      out << "| " << markdown_escape(point.phrase) << " | " << point.point->threads << " | "
          << point.point->comments << " | " << where << " |\n";
    }
  }
  if (!corpus.per_day.empty()) {
    out << "\n## Comments per day\n\n| Day | Comments |\n|---|--:|\n";
    for (const auto& [day, count] : corpus.per_day) out << "| " << day << " | " << count << " |\n";
    if (corpus.undated > 0) out << "| undated | " << corpus.undated << " |\n";
  }
  if (!corpus.failures.empty()) {
    out << "\n## Failed inputs\n\n| Path | Error |\n|---|---|\n";
    for (const Failure& failure : corpus.failures)
      out << "| " << markdown_escape(failure.path) << " | " << markdown_escape(failure.error) << " |\n";
  }
}

void write_corpus_summary_html(std::ostream& out, const CorpusReport& corpus) {
  out << "<section class=\"corpus\" id=\"corpus\">\n<h1>Corpus</h1>\n<p>" << html_escape(totals(corpus))
      << "</p>\n";
  std::vector<RankedTheme> themes = rank_themes(corpus);
  if (!themes.empty()) {
    out << "<h2>Themes</h2>\n<table>\n<thead><tr><th>Theme</th><th>Comments</th><th>Share</th>"
           "<th>Articles</th></tr></thead>\n<tbody>\n";
    for (const RankedTheme& theme : themes)
      out << "<tr><td>" << html_escape(theme.theme->label) << "</td><td>" << theme.theme->comments
          << "</td><td>" << html_escape(corpus_percent(theme.theme->comments, corpus.comments)) << "</td><td>"
          << theme.theme->threads << "</td></tr>\n";
    out << "</tbody>\n</table>\n";
  }
  std::vector<RankedPoint> points = rank_points(corpus);
  if (!points.empty()) {
    out << "<h2>Talking points across articles</h2>\n<table>\n<thead><tr><th>Phrase</th><th>Articles</th>"
           "<th>Comments</th><th>Most discussed in</th></tr></thead>\n<tbody>\n";
    for (const RankedPoint& point : points) {
      std::string where;
      for (const PointArticle& article : point.point->articles)
        where += (where.empty() ? "" : ", ") + html_escape(article.path);
      out << "<tr><td>" << html_escape(point.phrase) << "</td><td>" << point.point->threads << "</td><td>"
          << point.point->comments << "</td><td>" << where << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  if (!corpus.per_day.empty()) {
    out << "<h2>Comments per day</h2>\n<table>\n<thead><tr><th>Day</th><th>Comments</th></tr></thead>\n"
           "<tbody>\n";
    for (const auto& [day, count] : corpus.per_day)
      out << "<tr><td>" << html_escape(day) << "</td><td>" << count << "</td></tr>\n";
    if (corpus.undated > 0) out << "<tr><td>undated</td><td>" << corpus.undated << "</td></tr>\n";
    out << "</tbody>\n</table>\n";
  }
  if (!corpus.failures.empty()) {
    out << "<h2>Failed inputs</h2>\n<ul>\n";
    for (const Failure& failure : corpus.failures)
      out << "<li><code>" << html_escape(failure.path) << "</code>: " << html_escape(failure.error) << "</li>\n";
    out << "</ul>\n";
  }
  out << "</section>\n";
}

}  // namespace palabre
