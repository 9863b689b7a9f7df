// Report helpers shared by the writers for people (text, Markdown, HTML): how a date, an
// author and a theme are shown. Reads a ThreadReport, gives display strings; no escaping
// here — each writer escapes its own output in one place.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "palabre/analyze/summary.hpp"

namespace palabre {

// The name shown for a comment without author: the word the French sites use.
inline constexpr std::string_view kAnonymous = "anonyme";

// "2019-01-02T11:54" → "02/01/2019 11:54", "2019-01-02" → "02/01/2019"; anything that is
// not ISO 8601 is returned unchanged.
std::string display_date(std::string_view iso);

// "Jean D., 02/01/2019 11:54", "anonyme, 02/01/2019 11:54", or the author alone.
std::string attribution(const Comment& comment);

// The comment with this id, or nullptr.
const Comment* find_comment(const Thread& thread, std::string_view id);

// The label of a theme of the summary, or the id when the summary does not know it.
std::string theme_label(const ThreadSummary& summary, std::string_view id);

// The theme's rank in the summary (most frequent first), used to give it a stable colour
// within one report; summary.themes.size() when unknown.
std::size_t theme_rank(const ThreadSummary& summary, std::string_view id);

// The dates the comments span: {first, last} in ISO form, or nullopt when none is dated.
std::optional<std::pair<std::string, std::string>> comment_date_range(const Thread& thread);

// "5 comments, from 28/12/2018 to 02/01/2019", "1 comment, on 02/01/2019",
// "(the page announces 7)" appended when the page's count differs.
std::string thread_overview(const ThreadReport& report);

// What a talking point is ranked by, then how often it came up: "3 commenters, 4 comments".
std::string point_figures(const TalkingPoint& point);

// "1 comment", "3 comments".
std::string count_noun(std::size_t count, std::string_view singular, std::string_view plural);

// "100 %", "40 %", "< 1 %" — shares rounded to whole percents, French spacing.
std::string percent(double share);

// "12.3 %", "0.0 %" — a share of a corpus's comments, to one decimal (a theme of 20,000
// comments moves by less than a whole percent), the same spacing; every corpus summary
// prints its shares this way.
std::string corpus_percent(std::size_t part, std::size_t whole);

}  // namespace palabre
