// Plain text for a reader, stable for a diff: no clock time, widths counted in code points,
// file names escaped the way diagnostics escape them (a newline in a name stays one line).
#include "palabre/report/corpus_text.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "palabre/corpus/periods.hpp"
#include "palabre/report/presentation.hpp"
#include "palabre/report/text.hpp"
#include "palabre/text/paths.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kThemesPerArticle = 3;
constexpr std::size_t kArticlesShown = 3;

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

// Cuts the text to `width` columns, "…" marking the cut.
std::string fit(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  std::string out;
  std::size_t used = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    decode_next(text, pos);
    std::string_view glyph = text.substr(before, pos - before);
    if (used + display_width(glyph) + 1 > width) break;
    used += display_width(glyph);
    out.append(glyph);
  }
  return out + "…";
}

// "  Label 12 · Other 5 · Third 3": the article's main themes, most comments first.
std::vector<std::string> theme_parts(const ThreadSummary& summary) {
  std::vector<const ThemeSummary*> themes;
  for (const ThemeSummary& theme : summary.themes)
    if (theme.comments > 0) themes.push_back(&theme);
  std::stable_sort(themes.begin(), themes.end(),
                   [](const auto* a, const auto* b) { return a->comments > b->comments; });
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < themes.size() && i < kThemesPerArticle; ++i)
    parts.push_back((i == 0 ? "  " : " · ") + terminal_safe(themes[i]->label) + " " + std::to_string(themes[i]->comments));
  return parts;
}

std::string render_article_line(const ThreadReport& report, std::size_t width) {
  constexpr std::size_t kTitleMin = 16, kTitleMax = 48;  // a recognisable start, a whole title
  const std::string path = path_for_terminal(report.thread.source.path);
  std::string count = "  " + plural(report.summary.comments, "comment", "comments");
  if (!report.summary.discussion.groups.empty())
    count += " in " + plural(report.summary.discussion.groups.size(), "group", "groups");
  const std::string title = terminal_safe(report.thread.article.title.value_or(""));
  std::vector<std::string> themes = theme_parts(report.summary);
  // The themes are what palabre adds, the path already names the article: the title gives
  // way first (shortened, then left out when not even its start fits), then the themes
  // from the last; the path and the count stay whole unless the path alone is too wide.
  auto used = [&] {
    std::size_t columns = display_width(path) + display_width(count);
    for (const std::string& part : themes) columns += display_width(part);
    return columns;
  };
  while (themes.size() > 1 && used() > width) themes.pop_back();
  const std::size_t title_room = width > used() + 4 ? width - used() - 4 : 0;  // two spaces, two quotes
  const bool titled = !title.empty() && title_room >= std::min(kTitleMin, display_width(title));
  std::string line = path;
  if (titled) line += "  \"" + fit(title, std::min(title_room, kTitleMax)) + "\"";
  line += count;
  for (const std::string& part : themes) line += part;
  return fit(line, width) + "\n";
}

std::string render_failure_line(const Failure& failure, std::size_t width) {
  // The message is wrapped, not cut: it says what to do (the whole path is on stderr).
  std::string out, line = fit(path_for_terminal(failure.path), width > 20 ? width - 10 : width) + "  FAILED:";
  std::string_view rest = failure.error;
  while (!rest.empty()) {
    std::size_t space = rest.find(' ');
    std::string word = terminal_safe(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (display_width(line) + 1 + display_width(word) > width && display_width(line) > 4) {
      out += fit(line, width) + "\n";
      line = "    " + word;
    } else {
      line += " " + word;
    }
  }
  return out + fit(line, width) + "\n";
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

  const CommentsPerPeriod periods = comments_per_period(corpus);
  if (!periods.counts.empty()) {
    std::size_t max = 0;
    for (const PeriodCount& period : periods.counts) max = std::max(max, period.comments);
    out << "\nComments per " << periods.unit << "\n";
    for (const PeriodCount& period : periods.counts)
      out << "  " << pad_right(shorten(period.period, 10), 10) << " " << pad_left(std::to_string(period.comments), 7)
          << " " << bar(period.comments, max, width > 30 ? width - 30 : 10) << "\n";
    if (corpus.undated > 0) out << "  " << pad_right("undated", 10) << " " << pad_left(std::to_string(corpus.undated), 7) << "\n";
  }
}

namespace {

class CorpusTextDocument : public ReportDocument {
 public:
  explicit CorpusTextDocument(std::size_t width) : width_(width) {}

  RenderedThread render_thread(const ThreadReport& report, std::size_t) const override {
    return {"", render_article_line(report, width_)};
  }
  void add_failure(std::ostream& out, const Failure& failure) override {
    out << render_failure_line(failure, width_);
  }
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
