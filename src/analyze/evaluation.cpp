// Counting is per (comment, theme) pair: a theme predicted for a comment is a true positive
// when the gold has it, a false positive otherwise; a gold theme not predicted is a false
// negative. The micro average sums these counts over themes, so frequent themes weigh more;
// the macro average is there to show when a rare theme is failing.
#include "palabre/analyze/evaluation.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "palabre/error.hpp"

namespace palabre {
namespace {

using nlohmann::json;

std::optional<std::string> optional_text(const json& line, const char* key,
                                         const std::string& where) {
  auto found = line.find(key);
  if (found == line.end() || found->is_null()) return std::nullopt;
  if (found->is_string()) return found->get<std::string>();
  if (found->is_number_integer()) return std::to_string(found->get<long long>());
  throw Error(ErrorKind::kInput, where, std::string("'") + key + "' must be a string");
}

}  // namespace

std::vector<GoldComment> parse_gold_lines(std::string_view jsonl, const std::string& source) {
  std::vector<GoldComment> comments;
  std::size_t line_number = 0;
  while (!jsonl.empty()) {
    std::size_t newline = jsonl.find('\n');
    std::string_view line = jsonl.substr(0, newline);
    jsonl.remove_prefix(newline == std::string_view::npos ? jsonl.size() : newline + 1);
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = source + ":" + std::to_string(line_number);
    json object = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object())
      throw Error(ErrorKind::kInput, where, "not a JSON object");
    GoldComment comment;
    auto text = object.find("text");
    if (text == object.end() || !text->is_string())
      throw Error(ErrorKind::kInput, where, "'text' must be a string");
    comment.text = text->get<std::string>();
    auto themes = object.find("themes");
    if (themes == object.end() || !themes->is_array())
      throw Error(ErrorKind::kInput, where, "'themes' must be an array of strings");
    for (const json& theme : *themes) {
      if (!theme.is_string())
        throw Error(ErrorKind::kInput, where, "'themes' must be an array of strings");
      comment.themes.push_back(theme.get<std::string>());
    }
    comment.id = optional_text(object, "id", where);
    if (!comment.id) comment.id = optional_text(object, "index", where);
    comment.author = optional_text(object, "author", where);
    comments.push_back(std::move(comment));
  }
  return comments;
}

void compute_rates(ThemeScore& score) {
  const double tp = static_cast<double>(score.true_positives);
  const std::size_t predicted = score.true_positives + score.false_positives;
  const std::size_t relevant = score.true_positives + score.false_negatives;
  score.precision = predicted == 0 ? 1.0 : tp / static_cast<double>(predicted);
  score.recall = relevant == 0 ? 1.0 : tp / static_cast<double>(relevant);
  const double sum = score.precision + score.recall;
  score.f1 = sum == 0 ? 0.0 : 2 * score.precision * score.recall / sum;
}

Evaluation evaluate_tags(const std::vector<std::vector<std::string>>& gold,
                         const std::vector<std::vector<std::string>>& predicted,
                         const std::vector<std::string>& theme_ids) {
  if (gold.size() != predicted.size())
    throw std::invalid_argument("evaluate_tags: gold and predicted differ in length");
  std::vector<std::string> ids = theme_ids;
  std::set<std::string> known(ids.begin(), ids.end()), extra;
  for (const auto& labels : gold)
    for (const std::string& label : labels)
      if (!known.count(label)) extra.insert(label);
  ids.insert(ids.end(), extra.begin(), extra.end());

  Evaluation result;
  result.comments = gold.size();
  result.micro.id = "micro";
  for (const std::string& id : ids) {
    ThemeScore score;
    score.id = id;
    for (std::size_t c = 0; c < gold.size(); ++c) {
      bool wanted = std::find(gold[c].begin(), gold[c].end(), id) != gold[c].end();
      bool got = std::find(predicted[c].begin(), predicted[c].end(), id) != predicted[c].end();
      score.true_positives += wanted && got;
      score.false_positives += got && !wanted;
      score.false_negatives += wanted && !got;
    }
    compute_rates(score);
    result.micro.true_positives += score.true_positives;
    result.micro.false_positives += score.false_positives;
    result.micro.false_negatives += score.false_negatives;
    result.macro_f1 += score.f1;
    result.themes.push_back(std::move(score));
  }
  compute_rates(result.micro);
  if (!result.themes.empty()) result.macro_f1 /= static_cast<double>(result.themes.size());
  return result;
}

}  // namespace palabre
