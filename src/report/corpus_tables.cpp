// Same content and order as the text summary (corpus_text.cpp): totals, themes, talking
// points with where they are most discussed, comments per day, failures — as tables,
// since both formats end up in documents that people copy figures from. The tables are
// built once (corpus_tables) with the format's escaping, and each format draws them.
#include "palabre/report/corpus_tables.hpp"

#include <string>
#include <vector>

#include "palabre/corpus/periods.hpp"
#include "palabre/report/html.hpp"
#include "palabre/report/markdown.hpp"
#include "palabre/report/presentation.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using Escape = std::string (*)(std::string_view);

struct Table {
  std::string title;
  std::vector<std::string> headers;
  std::vector<bool> numeric;                  // right-aligned in Markdown
  std::vector<std::vector<std::string>> rows;  // cells, escaped for the format
};

std::string totals(const CorpusReport& corpus) {
  std::string line = std::to_string(corpus.threads) + (corpus.threads == 1 ? " article, " : " articles, ") +
                     std::to_string(corpus.comments) + (corpus.comments == 1 ? " comment" : " comments") +
                     " (" + std::to_string(corpus.tagged) + " tagged)";
  if (!corpus.failures.empty()) line += ", " + std::to_string(corpus.failures.size()) + " failed";
  return line;
}

Table themes_table(const CorpusReport& corpus, Escape escape) {
  Table table{"Themes", {"Theme", "Comments", "Share", "Articles"}, {false, true, true, true}, {}};
  for (const RankedTheme& theme : rank_themes(corpus))
    table.rows.push_back({escape(theme.theme->label), std::to_string(theme.theme->comments),
                          escape(corpus_percent(theme.theme->comments, corpus.comments)),
                          std::to_string(theme.theme->threads)});
  return table;
}

Table points_table(const CorpusReport& corpus, Escape escape) {
  Table table{"Talking points across articles",
              {"Phrase", "Articles", "Comments", "Most discussed in"},
              {false, true, true, false},
              {}};
  for (const RankedPoint& point : rank_points(corpus)) {
    std::string where;
    for (const PointArticle& article : point.point->articles)
      where += (where.empty() ? "" : ", ") + escape(article.path);
    table.rows.push_back({escape(point.phrase), std::to_string(point.point->threads),
                          std::to_string(point.point->comments), where});
  }
  return table;
}

Table periods_table(const CorpusReport& corpus, Escape escape) {
  const CommentsPerPeriod periods = comments_per_period(corpus);
  std::string unit = periods.unit;
  unit[0] = static_cast<char>(unit[0] - 'a' + 'A');
  Table table{"Comments per " + periods.unit, {unit, "Comments"}, {false, true}, {}};
  for (const PeriodCount& period : periods.counts)
    table.rows.push_back({escape(period.period), std::to_string(period.comments)});
  if (!table.rows.empty() && corpus.undated > 0) table.rows.push_back({"undated", std::to_string(corpus.undated)});
  return table;
}

std::vector<Table> corpus_tables(const CorpusReport& corpus, Escape escape) {
  std::vector<Table> tables;
  for (Table table : {themes_table(corpus, escape), points_table(corpus, escape), periods_table(corpus, escape)})
    if (!table.rows.empty()) tables.push_back(std::move(table));
  return tables;
}

void write_markdown_table(std::ostream& out, const Table& table) {
  out << "\n## " << table.title << "\n\n|";
  for (const std::string& header : table.headers) out << ' ' << header << " |";
  out << "\n|";
  for (bool numeric : table.numeric) out << (numeric ? "--:|" : "---|");
  out << '\n';
  for (const std::vector<std::string>& row : table.rows) {
    out << '|';
    for (const std::string& cell : row) out << ' ' << cell << " |";
    out << '\n';
  }
}

// "Comments per day" → "corpus-comments-per-day": the anchor the table of contents links to.
std::string anchor(const std::string& title) {
  std::string id = "corpus-";
  for (char c : title) id += c == ' ' ? '-' : ascii_lower(c);
  return id;
}

void write_html_table(std::ostream& out, const Table& table) {
  out << "<h2 id=\"" << anchor(table.title) << "\">" << table.title << "</h2>\n<table>\n<thead><tr>";
  for (const std::string& header : table.headers) out << "<th>" << header << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const std::vector<std::string>& row : table.rows) {
    out << "<tr>";
    for (const std::string& cell : row) out << "<td>" << cell << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace

void write_corpus_summary_markdown(std::ostream& out, const CorpusReport& corpus) {
  out << "# Corpus\n\n" << totals(corpus) << "\n";
  for (const Table& table : corpus_tables(corpus, markdown_escape)) write_markdown_table(out, table);
  if (!corpus.failures.empty()) {
    out << "\n## Failed inputs\n\n| Path | Error |\n|---|---|\n";
    for (const Failure& failure : corpus.failures)
      out << "| " << markdown_escape(failure.path) << " | " << markdown_escape(failure.error) << " |\n";
  }
}

void write_corpus_summary_html(std::ostream& out, const CorpusReport& corpus, std::string_view articles) {
  const std::vector<Table> tables = corpus_tables(corpus, html_escape);
  out << "<section class=\"corpus\" id=\"corpus\">\n<h1>Corpus</h1>\n<p class=\"overview\">"
      << html_escape(totals(corpus)) << "</p>\n<nav class=\"contents\" aria-label=\"Contents\">\n<ul>\n";
  for (const Table& table : tables)
    out << "<li><a href=\"#" << anchor(table.title) << "\">" << table.title << "</a></li>\n";
  if (!corpus.failures.empty()) out << "<li><a href=\"#corpus-failed-inputs\">Failed inputs</a></li>\n";
  if (!articles.empty()) out << "<li><a href=\"#corpus-articles\">Articles</a></li>\n";
  out << "</ul>\n</nav>\n";
  for (const Table& table : tables) write_html_table(out, table);
  if (!corpus.failures.empty()) {
    out << "<h2 id=\"corpus-failed-inputs\">Failed inputs</h2>\n<ul>\n";
    for (const Failure& failure : corpus.failures)
      out << "<li><code>" << html_escape(failure.path) << "</code>: " << html_escape(failure.error) << "</li>\n";
    out << "</ul>\n";
  }
  if (!articles.empty()) out << "<h2 id=\"corpus-articles\">Articles</h2>\n<ol class=\"articles\">\n" << articles << "</ol>\n";
  out << "</section>\n";
}

}  // namespace palabre
