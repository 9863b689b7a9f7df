// The display rules live here so that text, Markdown and HTML say the same thing the same
// way; the wording is English like the rest of the reports, the dates day-first like the
// French pages they come from.
#include "palabre/report/presentation.hpp"

#include <cmath>
#include <cstdio>

namespace palabre {
namespace {

bool is_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

}  // namespace

std::string display_date(std::string_view iso) {
  bool has_date = iso.size() >= 10 && is_digits(iso.substr(0, 4)) && iso[4] == '-' &&
                  is_digits(iso.substr(5, 2)) && iso[7] == '-' && is_digits(iso.substr(8, 2));
  if (!has_date) return std::string(iso);
  std::string out = std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" +
                    std::string(iso.substr(0, 4));
  if (iso.size() >= 16 && iso[10] == 'T') out += " " + std::string(iso.substr(11, 5));
  return out;
}

std::string attribution(const Comment& comment) {
  std::string who = comment.author ? *comment.author : std::string(kAnonymous);
  if (comment.posted_at)
    who += ", " + display_date(*comment.posted_at);
  else if (comment.posted_at_text)
    who += ", " + *comment.posted_at_text;
  return who;
}

const Comment* find_comment(const Thread& thread, std::string_view id) {
  for (const Comment& comment : thread.comments)
    if (comment.id == id) return &comment;
  return nullptr;
}

std::string theme_label(const ThreadSummary& summary, std::string_view id) {
  for (const ThemeSummary& theme : summary.themes)
    if (theme.id == id) return theme.label;
  return std::string(id);
}

std::size_t theme_rank(const ThreadSummary& summary, std::string_view id) {
  for (std::size_t i = 0; i < summary.themes.size(); ++i)
    if (summary.themes[i].id == id) return i;
  return summary.themes.size();
}

std::optional<std::pair<std::string, std::string>> comment_date_range(const Thread& thread) {
  std::optional<std::pair<std::string, std::string>> range;
  for (const Comment& comment : thread.comments) {
    if (!comment.posted_at) continue;
    const std::string& at = *comment.posted_at;
    if (!range) {
      range.emplace(at, at);
      continue;
    }
    if (at < range->first) range->first = at;
    if (at > range->second) range->second = at;
  }
  return range;
}

std::string thread_overview(const ThreadReport& report) {
  const Thread& thread = report.thread;
  std::string line = count_noun(report.summary.comments, "comment", "comments");
  if (auto range = comment_date_range(thread)) {
    std::string first = display_date(range->first.substr(0, 10));
    std::string last = display_date(range->second.substr(0, 10));
    line += first == last ? ", on " + first : ", from " + first + " to " + last;
  }
  const auto& declared = thread.article.comment_count_declared;
  if (declared && *declared >= 0 && static_cast<std::size_t>(*declared) != report.summary.comments)
    line += " (the page announces " + std::to_string(*declared) + ")";
  return line;
}

std::string point_figures(const TalkingPoint& point) {
  return count_noun(point.commenters, "commenter", "commenters") + ", " +
         count_noun(point.comments.size(), "comment", "comments");
}

std::string count_noun(std::size_t count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string corpus_percent(std::size_t part, std::size_t whole) {
  char text[24];
  std::snprintf(text, sizeof text, "%.1f %%",
                whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return text;
}

std::string percent(double share) {
  if (share > 0 && share < 0.005) return "< 1 %";
  return std::to_string(static_cast<long>(std::lround(share * 100.0))) + " %";
}

}  // namespace palabre
