// Accuracy of theme tagging against labelled comments ("gold" lines): the gold file's lines
// in, per-theme precision/recall/F1 and the micro average out. Used by `palabre eval`;
// the tagging itself is the analyze stage's, so eval measures exactly what analyze does.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

// One labelled comment: {"text": "...", "themes": ["craft", ...]} plus optional "id",
// "author" (other fields, such as "why", are ignored).
struct GoldComment {
  std::optional<std::string> id;
  std::optional<std::string> author;
  std::string text;
  std::vector<std::string> themes;
};

// Parses JSON Lines; blank lines are skipped. A bad line throws Error(kInput) naming
// "source:line" and what is wrong ("'themes' must be an array of strings").
std::vector<GoldComment> parse_gold_lines(std::string_view jsonl, const std::string& source);

struct ThemeScore {
  std::string id;
  std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision = 1.0;  // 1 when the theme was never predicted (nothing wrongly found)
  double recall = 1.0;     // 1 when the gold never has it (nothing to find)
  double f1 = 1.0;         // 0 when precision and recall are both 0
  std::size_t support() const { return true_positives + false_negatives; }
};

struct Evaluation {
  std::size_t comments = 0;
  std::vector<ThemeScore> themes;  // the theme set's order, then gold-only labels, sorted
  ThemeScore micro;                // counts summed over every (comment, theme) pair
  double macro_f1 = 0;             // unweighted mean of the themes' F1
};

// Scores `predicted` against `gold` (one list of theme ids per comment, same length).
// `theme_ids` are the ids of the theme set used: each is scored even when it never occurs;
// a gold label outside the set is scored too (all its occurrences are misses).
Evaluation evaluate_tags(const std::vector<std::vector<std::string>>& gold,
                         const std::vector<std::vector<std::string>>& predicted,
                         const std::vector<std::string>& theme_ids);

// Fills precision, recall and F1 from the counts, with the conventions above.
void compute_rates(ThemeScore& score);

}  // namespace palabre
