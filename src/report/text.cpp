// Plain, stable text: no colour or clock time here, so that piped output can be diffed.
// Widths are counted in code points (the report is mostly Latin text).
#include "palabre/report/text.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kMinWidth = 40;
constexpr std::size_t kMaxWidth = 120;

std::string pad_right(std::string text, std::size_t width) {
  std::size_t length = count_code_points(text);
  if (length < width) text.append(width - length, ' ');
  return text;
}

std::string cut(std::string_view text, std::size_t width) {
  if (count_code_points(text) <= width) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  for (std::size_t n = 0; n + 1 < width && pos < text.size(); ++n) {
    std::size_t before = pos;
    decode_next(text, pos);
    out.append(text.substr(before, pos - before));
  }
  return out + "…";
}

// Greedy word wrap with a hanging indent.
void write_wrapped(std::ostream& out, std::string_view text, std::size_t width,
                   const std::string& indent) {
  std::size_t usable = width > indent.size() + 10 ? width - indent.size() : 10;
  std::string line;
  std::size_t line_length = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t space = text.find_first_of(" \n", pos);
    if (space == std::string_view::npos) space = text.size();
    std::string_view word = text.substr(pos, space - pos);
    pos = space + 1;
    if (word.empty()) continue;
    std::size_t word_length = count_code_points(word);
    if (line_length > 0 && line_length + 1 + word_length > usable) {
      out << indent << line << '\n';
      line.clear();
      line_length = 0;
    }
    if (line_length > 0) {
      line += ' ';
      ++line_length;
    }
    line += word;
    line_length += word_length;
  }
  if (!line.empty()) out << indent << line << '\n';
}

std::string bar(double share, std::size_t width) {
  std::size_t cells = static_cast<std::size_t>(share * static_cast<double>(width) + 0.5);
  std::string out;
  for (std::size_t i = 0; i < cells; ++i) out += "█";
  if (cells == 0 && share > 0) out = "▏";
  return out;
}

// "2019-01-02T11:54" → "02/01/2019 11:54"
std::string display_date(const std::string& iso) {
  if (iso.size() < 10) return iso;
  std::string out = iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
  if (iso.size() >= 16) out += " " + iso.substr(11, 5);
  return out;
}

const Comment* find_comment(const Thread& thread, const std::string& id) {
  for (const Comment& comment : thread.comments)
    if (comment.id == id) return &comment;
  return nullptr;
}

std::string plural(std::size_t count, const char* singular, const char* plural_form) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural_form);
}

}  // namespace

void write_text_report(std::ostream& out, const ThreadReport& report, const TextOptions& options) {
  const std::size_t width = std::clamp(options.width, kMinWidth, kMaxWidth);
  const Thread& thread = report.thread;
  const ThreadSummary& summary = report.summary;

  out << cut(thread.article.title.value_or(thread.source.path), width) << '\n';
  std::string line = plural(summary.comments, "comment", "comments");
  std::string first, last;
  for (const Comment& comment : thread.comments) {
    if (!comment.posted_at) continue;
    if (first.empty() || *comment.posted_at < first) first = *comment.posted_at;
    if (last.empty() || *comment.posted_at > last) last = *comment.posted_at;
  }
  if (!first.empty()) {
    line += first.substr(0, 10) == last.substr(0, 10)
                ? ", on " + display_date(first).substr(0, 10)
                : ", from " + display_date(first).substr(0, 10) + " to " +
                      display_date(last).substr(0, 10);
  }
  if (thread.article.comment_count_declared &&
      static_cast<std::size_t>(*thread.article.comment_count_declared) != summary.comments)
    line += " (the page announces " + std::to_string(*thread.article.comment_count_declared) + ")";
  out << line << '\n';
  out << std::string(std::min<std::size_t>(width, 60), '-') << "\n\n";

  if (summary.comments == 0) {
    out << "No comments on this page.\n";
    return;
  }

  out << "Themes\n";
  std::size_t label_width = 0;
  for (const ThemeSummary& theme : summary.themes)
    label_width = std::max(label_width, count_code_points(theme.label));
  label_width = std::min<std::size_t>(label_width, 28);
  std::size_t bar_width = width > label_width + 20 ? width - label_width - 18 : 10;
  bar_width = std::min<std::size_t>(bar_width, 40);
  for (const ThemeSummary& theme : summary.themes) {
    char numbers[32];
    std::snprintf(numbers, sizeof numbers, "%4zu %4.0f %%  ", theme.comments, theme.share * 100.0);
    out << "  " << pad_right(cut(theme.label, label_width), label_width) << numbers
        << bar(theme.share, bar_width) << '\n';
  }

  bool any_quote = false;
  for (const ThemeSummary& theme : summary.themes) {
    if (!theme.quote) continue;
    if (!any_quote) out << "\nQuotes\n";
    any_quote = true;
    const Comment* comment = find_comment(thread, theme.quote->comment);
    std::string who = comment && comment->author ? *comment->author : "anonyme";
    if (comment && comment->posted_at) who += ", " + display_date(*comment->posted_at);
    out << "  " << theme.label << " — " << who << " (" << theme.quote->comment << ")\n";
    write_wrapped(out, "« " + theme.quote->text + " »", width, "    ");
  }

  if (!summary.talking_points.empty()) {
    out << "\nTalking points\n";
    for (const TalkingPoint& point : summary.talking_points)
      out << "  " << pad_right(cut(point.phrase, 36), 36) << "  "
          << plural(point.comments.size(), "comment", "comments") << '\n';
  }

  out << '\n';
  if (summary.untagged.empty()) {
    out << "Every comment matched a theme.\n";
  } else {
    out << plural(summary.untagged.size(), "comment", "comments") << " matched no theme:";
    for (const std::string& id : summary.untagged) out << ' ' << id;
    out << '\n';
    if (!summary.suggested_terms.empty()) {
      out << "Candidate terms for the theme file (untagged comments using them):";
      for (const SuggestedTerm& term : summary.suggested_terms)
        out << ' ' << term.term << " (" << term.comments << ')';
      out << '\n';
    }
  }
}

}  // namespace palabre
