// Plain text for a reader, stable for a diff: no clock time, widths counted in code points,
// file names escaped the way diagnostics escape them (a newline in a name stays one line).
#include "palabre/report/corpus_text.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "palabre/report/presentation.hpp"
#include "palabre/text/paths.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kThemesPerArticle = 3;
constexpr std::size_t kArticlesShown = 3;
constexpr std::size_t kMaxDays = 31;    // beyond this many days, count per month
constexpr std::size_t kMaxMonths = 36;  // beyond this many months, count per year

std::string pad_right(std::string text, std::size_t width) {
  std::size_t length = count_code_points(text);
  if (length < width) text.append(width - length, ' ');
  return text;
}

std::string pad_left(const std::string& text, std::size_t width) {
  std::size_t length = count_code_points(text);
  return length < width ? std::string(width - length, ' ') + text : text;
}

std::string bar(std::size_t value, std::size_t max, std::size_t width) {
  if (max == 0 || value == 0) return std::string();
  std::size_t cells = std::max<std::size_t>(1, value * width / max);
  std::string out;
  for (std::size_t i = 0; i < cells; ++i) out += "█";
  return out;
}

std::string plural(std::size_t count, const char* singular, const char* plural_form) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural_form);
}

// Enough to recognise an article in a list: the full paths are in the JSON reports.
std::string base_name(const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  return slash == std::string::npos || slash + 1 == path.size() ? path : path.substr(slash + 1);
}

}  // namespace

std::string render_article_line(const ThreadReport& report) {
  std::string line = path_for_terminal(report.thread.source.path);
  const std::string title = report.thread.article.title.value_or("");
  if (!title.empty()) line += "  \"" + shorten(title, 48) + "\"";
  line += "  " + plural(report.summary.comments, "comment", "comments");
  if (!report.summary.discussion.groups.empty())
    line += " in " + plural(report.summary.discussion.groups.size(), "group", "groups");
  std::vector<const ThemeSummary*> themes;
  for (const ThemeSummary& theme : report.summary.themes)
    if (theme.comments > 0) themes.push_back(&theme);
  std::stable_sort(themes.begin(), themes.end(),
                   [](const auto* a, const auto* b) { return a->comments > b->comments; });
  for (std::size_t i = 0; i < themes.size() && i < kThemesPerArticle; ++i)
    line += (i == 0 ? "  " : " · ") + themes[i]->id + " " + std::to_string(themes[i]->comments);
  return line + "\n";
}

std::string render_failure_line(const Failure& failure) {
  return path_for_terminal(failure.path) + "  FAILED: " + failure.error + "\n";
}

void write_corpus_summary_text(std::ostream& out, const CorpusReport& corpus, std::size_t width) {
  width = std::clamp<std::size_t>(width, 50, 120);
  out << "\nCorpus: " << plural(corpus.threads, "article", "articles") << ", "
      << plural(corpus.comments, "comment", "comments") << " (" << corpus.tagged << " tagged)";
  if (!corpus.failures.empty()) out << ", " << corpus.failures.size() << " failed";
  out << "\n";

  std::vector<RankedTheme> themes = rank_themes(corpus);
  if (!themes.empty()) {
    std::size_t label_width = 0;
    for (const RankedTheme& theme : themes)
      label_width = std::max(label_width, count_code_points(theme.theme->label));
    label_width = std::min<std::size_t>(label_width, 28);
    std::size_t bar_width = width > label_width + 40 ? width - label_width - 40 : 10;
    std::size_t max = themes.front().theme->comments;
    out << "\nThemes (comments, share of comments, articles)\n";
    for (const RankedTheme& theme : themes)
      out << "  " << pad_right(shorten(theme.theme->label, label_width), label_width) << "  "
          << pad_right(bar(theme.theme->comments, max, bar_width), bar_width) << " "
          << pad_left(std::to_string(theme.theme->comments), 6) << " "
          << pad_left(corpus_percent(theme.theme->comments, corpus.comments), 7) << " "
          << pad_left(std::to_string(theme.theme->threads), 6) << "\n";
  }

  std::vector<RankedPoint> points = rank_points(corpus);
  if (!points.empty()) {
    out << "\nTalking points across articles (articles, comments; where most discussed)\n";
    for (const RankedPoint& point : points) {
      std::string line = "  " + point.phrase + " — " + std::to_string(point.point->threads) + ", " +
                         std::to_string(point.point->comments) + " (";
      for (std::size_t i = 0; i < point.point->articles.size() && i < kArticlesShown; ++i)
        line += (i == 0 ? "" : ", ") + path_for_terminal(base_name(point.point->articles[i].path));
      line += point.point->threads > kArticlesShown ? ", …)" : ")";
      out << shorten(line, width) << "\n";
    }
  }

  if (!corpus.per_day.empty()) {
    std::map<std::string, std::size_t> months, years;
    for (const auto& [day, count] : corpus.per_day) {
      months[day.substr(0, 7)] += count;
      years[day.substr(0, 4)] += count;
    }
    const char* unit = "day";
    const std::map<std::string, std::size_t>* shown = &corpus.per_day;
    if (corpus.per_day.size() > kMaxDays) {
      unit = months.size() > kMaxMonths ? "year" : "month";
      shown = months.size() > kMaxMonths ? &years : &months;
    }
    const std::map<std::string, std::size_t>& periods = *shown;
    std::size_t max = 0;
    for (const auto& [period, count] : periods) max = std::max(max, count);
    out << "\nComments per " << unit << "\n";
    for (const auto& [period, count] : periods)
      out << "  " << pad_right(period, 10) << " " << pad_left(std::to_string(count), 7) << " "
          << bar(count, max, width > 30 ? width - 30 : 10) << "\n";
    if (corpus.undated > 0) out << "  " << pad_right("undated", 10) << " " << pad_left(std::to_string(corpus.undated), 7) << "\n";
  }
}

namespace {

class CorpusTextDocument : public ReportDocument {
 public:
  explicit CorpusTextDocument(std::size_t width) : width_(width) {}

  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    return {"", render_article_line(report)};
  }
  void add_failure(std::ostream& out, const Failure& failure) override { out << render_failure_line(failure); }
  void finish(std::ostream& out, const CorpusReport& corpus) override {
    write_corpus_summary_text(out, corpus, width_);
  }

 private:
  std::size_t width_;
};

}  // namespace

std::unique_ptr<ReportDocument> make_corpus_text_document(std::size_t width) {
  return std::make_unique<CorpusTextDocument>(width);
}

}  // namespace palabre
