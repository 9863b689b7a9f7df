// The per-theme summary, comment by comment: the quote comes from the comment with the most
// evidence, the first on a tie (a strictly better score wins), preferring one whose evidence
// is not negated.
#include "palabre/analyze/theme_tally.hpp"

#include <algorithm>
#include <cmath>

namespace palabre {

// A theme written for several languages is one Theme per language with the same id: it is
// tallied once, under its first occurrence.
void ThemeTally::clear(const ThemeSet& themes) {
  themes_.clear();
  for (const Theme& theme : themes.themes) {
    const bool known = std::any_of(themes_.begin(), themes_.end(),
                                   [&](const Theme* seen) { return seen->id == theme.id; });
    if (!known) themes_.push_back(&theme);
  }
  tallies_.assign(themes_.size(), Tally{});
}

namespace {

bool inside_spans(const Evidence& evidence, const std::vector<TextSpan>& spans) {
  return std::any_of(spans.begin(), spans.end(), [&](const TextSpan& span) {
    return evidence.start >= span.start && evidence.start < span.end;
  });
}

// The evidence a quote is cut around: affirmative, in the comment's own words (not a
// quotation of another comment, a signature, the article's subject) when any is.
const Evidence* quote_anchor(const ThemeTag& tag, const std::vector<TextSpan>& spans) {
  const Evidence* anchor = &tag.evidence.front();
  bool found = false;
  for (const Evidence& evidence : tag.evidence) {
    if (evidence.negated || evidence.via_article) continue;
    if (!inside_spans(evidence, spans)) return &evidence;
    if (!found) anchor = &evidence;
    found = true;
  }
  return anchor;
}

}  // namespace

// A theme's quote is from its best-scored affirmative tag, preferring tags that hold
// evidence in the commenter's own words: a reply quoting a comment shows the original.
void ThemeTally::add_comment(const Comment& comment, const std::vector<ThemeTag>& tags) {
  for (std::size_t t = 0; t < tallies_.size(); ++t) {
    const Theme& theme = *themes_[t];
    Tally& tally = tallies_[t];
    for (const ThemeTag& tag : tags) {
      if (tag.id != theme.id) continue;
      ++tally.comments;
      bool affirmative = std::any_of(tag.evidence.begin(), tag.evidence.end(),
                                     [](const Evidence& e) { return !e.negated; });
      if (!affirmative) continue;
      const Evidence* anchor = quote_anchor(tag, comment.spans);
      const bool own = !anchor->negated && !inside_spans(*anchor, comment.spans);
      const bool better = !tally.best_score || (own && !tally.quote_is_own) ||
                          (own == tally.quote_is_own && tag.score > *tally.best_score);
      if (!better) continue;
      tally.best_score = tag.score;
      tally.quote_is_own = own;
      tally.quote = Quote{comment.id, sentence_around(comment.text, anchor->start)};
    }
  }
}

std::vector<ThemeSummary> ThemeTally::finish(std::size_t total) const {
  std::vector<ThemeSummary> summaries;
  for (std::size_t t = 0; t < tallies_.size(); ++t) {
    ThemeSummary summary;
    summary.id = themes_[t]->id;
    summary.label = themes_[t]->label;
    summary.comments = tallies_[t].comments;
    summary.share =
        total ? std::round(static_cast<double>(summary.comments) / total * 100.0) / 100.0 : 0.0;
    summary.quote = tallies_[t].quote;
    summaries.push_back(std::move(summary));
  }
  std::stable_sort(summaries.begin(), summaries.end(),
                   [](const ThemeSummary& a, const ThemeSummary& b) { return a.comments > b.comments; });
  return summaries;
}

}  // namespace palabre
