// palabre eval GOLD.jsonl [--themes FILE]... — measures theme tagging against labelled
// comments. The comments go through the same ThreadAnalyzer as `palabre analyze` (as one
// thread without an article), so the figures are those of the product, not of a copy.
#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "common.hpp"
#include "palabre/analyze/evaluation.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/version.hpp"
#include "palabre/report/json.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::vector<std::string> themes;
  TextOrJson format = TextOrJson::kText;
  bool show_errors = false;
  std::string output;
};

std::string read_gold_file(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorKind::kInput, path, "cannot open the gold file");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return sanitize_utf8(bytes);
}

Thread thread_of(const std::vector<GoldComment>& gold, const std::string& path) {
  Thread thread;
  thread.source.path = path;
  thread.source.format = "json";
  for (std::size_t c = 0; c < gold.size(); ++c) {
    Comment comment;
    comment.id = "c" + std::to_string(c + 1);
    comment.author = gold[c].author;
    comment.text = gold[c].text;
    thread.comments.push_back(std::move(comment));
  }
  return thread;
}

std::string fixed(double value) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << value;
  return out.str();
}

OrderedJson score_to_json(const ThemeScore& score) {
  return OrderedJson{{"id", score.id},
                     {"precision", score.precision},
                     {"recall", score.recall},
                     {"f1", score.f1},
                     {"support", score.support()},
                     {"true_positives", score.true_positives},
                     {"false_positives", score.false_positives},
                     {"false_negatives", score.false_negatives}};
}

void write_text(std::ostream& out, const std::string& gold, const Evaluation& evaluation) {
  out << gold << ": " << evaluation.comments << " comments\n";
  out << std::left << std::setw(28) << "theme" << std::right << std::setw(7) << "P"
      << std::setw(7) << "R" << std::setw(7) << "F1" << std::setw(9) << "support"
      << std::setw(5) << "tp" << std::setw(5) << "fp" << std::setw(5) << "fn" << '\n';
  auto row = [&](const ThemeScore& score) {
    out << std::left << std::setw(28) << score.id << std::right << std::setw(7)
        << fixed(score.precision) << std::setw(7) << fixed(score.recall) << std::setw(7)
        << fixed(score.f1) << std::setw(9) << score.support() << std::setw(5)
        << score.true_positives << std::setw(5) << score.false_positives << std::setw(5)
        << score.false_negatives << '\n';
  };
  for (const ThemeScore& score : evaluation.themes) row(score);
  row(evaluation.micro);
  out << "macro-F1 " << fixed(evaluation.macro_f1) << '\n';
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ",") + id;
  return out.empty() ? "-" : out;
}

// A gold label that no theme of the set carries can only be missed: a misspelt id or the
// wrong --themes, which the figures alone would hide as a recall of 0.
void warn_unknown_labels(const std::string& gold, const std::vector<std::vector<std::string>>& wanted,
                         const std::vector<std::string>& theme_ids) {
  std::map<std::string, std::size_t> unknown;
  for (const std::vector<std::string>& labels : wanted)
    for (const std::string& id : labels)
      if (std::find(theme_ids.begin(), theme_ids.end(), id) == theme_ids.end()) ++unknown[id];
  if (unknown.empty()) return;
  std::string list;
  for (const auto& [id, count] : unknown)
    list += (list.empty() ? "" : ", ") + ("'" + id + "' (" + std::to_string(count) + ")");
  report_warning(gold, "gold labels that no theme of the set has: " + list +
                           "; each counts as a miss. Check the spelling against 'palabre themes "
                           "list', or pass the theme file that defines them with --themes");
}

RunResult run_eval(const EvalOptions& options) {
  ThreadAnalyzer analyzer(options.themes);  // a bad theme file stops here, exit 2
  std::vector<GoldComment> gold = parse_gold_lines(read_gold_file(options.gold), options.gold);
  ThreadReport report = analyzer.analyze(thread_of(gold, options.gold));

  std::vector<std::vector<std::string>> wanted, predicted;
  for (std::size_t c = 0; c < gold.size(); ++c) {
    wanted.push_back(gold[c].themes);
    std::vector<std::string> ids;
    for (const ThemeTag& tag : report.tags[c]) ids.push_back(tag.id);
    predicted.push_back(std::move(ids));
  }
  std::vector<std::string> theme_ids;
  for (const Theme& theme : analyzer.themes().themes) theme_ids.push_back(theme.id);
  warn_unknown_labels(options.gold, wanted, theme_ids);
  Evaluation evaluation = evaluate_tags(wanted, predicted, theme_ids);

  std::vector<std::string> read = options.themes;
  read.push_back(options.gold);
  Output output(options.output, read);
  std::ostream& out = output.stream();
  if (options.format == TextOrJson::kJson) {
    OrderedJson themes = OrderedJson::array();
    for (const ThemeScore& score : evaluation.themes) themes.push_back(score_to_json(score));
    OrderedJson generator{{"name", "palabre"}, {"version", kVersion}, {"themes", analyzer.themes().fingerprint}};
    OrderedJson result{{"generator", std::move(generator)},
                       {"gold", options.gold},
                       {"comments", evaluation.comments},
                       {"themes", std::move(themes)},
                       {"micro", score_to_json(evaluation.micro)},
                       {"macro_f1", evaluation.macro_f1}};
    out << result.dump(2) << '\n';
  } else {
    write_text(out, options.gold, evaluation);
  }
  if (options.show_errors && options.format != TextOrJson::kJson) {
    for (std::size_t c = 0; c < gold.size(); ++c) {
      std::vector<std::string> missing, extra;
      for (const std::string& id : wanted[c])
        if (std::find(predicted[c].begin(), predicted[c].end(), id) == predicted[c].end())
          missing.push_back(id);
      for (const std::string& id : predicted[c])
        if (std::find(wanted[c].begin(), wanted[c].end(), id) == wanted[c].end())
          extra.push_back(id);
      if (missing.empty() && extra.empty()) continue;
      out << (gold[c].id ? *gold[c].id : "line " + std::to_string(c + 1))
          << ": missing " << joined(missing) << ", extra " << joined(extra) << '\n'
          << "  " << sentence_around(gold[c].text, 0, 160) << '\n';
    }
  }
  output.finish();
  return 0;
}

}  // namespace

void setup_eval(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval", "Measure theme tagging against labelled comments: per-theme precision, recall, F1");
  command->add_option("gold", options->gold,
                      "JSON Lines of {\"text\", \"themes\": [...]}; '-' reads stdin")
      ->required()
      ->type_name("GOLD.jsonl");
  add_themes_option(*command, options->themes);
  add_enum_option(*command, "-f,--format", options->format, kTextOrJsonNames, "Output format");
  command->add_flag("--show-errors", options->show_errors,
                    "List the comments whose themes differ from the gold (text format)");
  add_output_option(*command, options->output);
  command->footer(R"(Examples:
  palabre eval gold.jsonl --themes my-themes.json   precision, recall, F1 per theme
  palabre eval gold.jsonl --show-errors             and the comments tagged wrongly)");
  command->callback([options, &exit_code] { exit_code = run_eval(*options); });
}

}  // namespace palabre::cli
