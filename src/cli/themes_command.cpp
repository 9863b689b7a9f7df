// palabre themes list | check FILE — inspect the theme set in use, lint a theme file.
#include <iostream>

#include "common.hpp"
#include "palabre/analyze/pipeline.hpp"
#include "palabre/analyze/theme_draft.hpp"
#include "palabre/parse/page.hpp"
#include "palabre/report/json.hpp"

namespace palabre::cli {
namespace {

struct ThemesOptions {
  std::vector<std::string> themes;
  TextOrJson format = TextOrJson::kText;
  std::string check_file;
  std::vector<std::string> draft_inputs;
  std::string output;
};

std::string_view match_name(WordMatch match) {
  switch (match) {
    case WordMatch::kStem: return "stem";
    case WordMatch::kFolded: return "folded";
    case WordMatch::kPrefix: return "prefix";
  }
  return "stem";
}

OrderedJson term_to_json(const Term& term) {
  OrderedJson words = OrderedJson::array();
  for (const TermWord& word : term.words) {
    OrderedJson item{{"match", std::string(match_name(word.match))},
                     {"key", word.key},
                     {"optional", word.optional}};
    // Shown only when there are some: the other stems a word matches (verb forms, the
    // unaccented spelling), which explain a match the key alone does not.
    if (!word.variants.empty()) item["variants"] = word.variants;
    if (word.family) item["family"] = true;
    words.push_back(std::move(item));
  }
  return OrderedJson{{"text", term.text}, {"weight", term.weight}, {"words", std::move(words)}};
}

OrderedJson groups_to_json(const std::vector<std::vector<Term>>& groups) {
  OrderedJson list = OrderedJson::array();
  for (const auto& group : groups) {
    OrderedJson terms = OrderedJson::array();
    for (const Term& term : group) terms.push_back(term_to_json(term));
    list.push_back(std::move(terms));
  }
  return list;
}

OrderedJson theme_to_json(const Theme& theme) {
  OrderedJson terms = OrderedJson::array(), exclude = OrderedJson::array(),
              constructions = OrderedJson::array();
  for (const Term& term : theme.terms) terms.push_back(term_to_json(term));
  for (const Construction& construction : theme.constructions)
    constructions.push_back(OrderedJson{{"text", construction.text},
                                        {"within", construction.within},
                                        {"weight", construction.weight},
                                        {"all_of", groups_to_json(construction.groups)}});
  for (const Term& term : theme.exclude) exclude.push_back(term_to_json(term));
  OrderedJson json{{"id", theme.id}, {"label", theme.label}, {"language", theme.language},
                   {"source", theme.source}, {"weight", theme.weight}};
  if (!theme.description.empty()) json["description"] = theme.description;
  json["terms"] = std::move(terms);
  if (!constructions.empty()) json["constructions"] = std::move(constructions);
  json["all_of"] = groups_to_json(theme.all_of);
  if (theme.all_of_within > 0) json["within"] = theme.all_of_within;
  json["exclude"] = std::move(exclude);
  return json;
}

RunResult run_list(const ThemesOptions& options) {
  AnalyzerSet analyzers;
  ThemeSet set = load_theme_files(options.themes, analyzers.lookup());
  Output output(options.output, options.themes);
  std::ostream& out = output.stream();
  if (options.format == TextOrJson::kJson) {
    OrderedJson themes = OrderedJson::array();
    for (const Theme& theme : set.themes) themes.push_back(theme_to_json(theme));
    out << OrderedJson{{"sources", set.sources}, {"themes", std::move(themes)}}.dump(2) << '\n';
  } else {
    for (const Theme& theme : set.themes) {
      std::size_t grouped = 0;
      for (const auto& group : theme.all_of) grouped += group.size();
      out << theme.id << "  \"" << theme.label << "\"  " << theme.terms.size() << " terms";
      if (!theme.constructions.empty()) out << ", " << theme.constructions.size() << " constructions";
      if (!theme.all_of.empty())
        out << ", " << theme.all_of.size() << " all_of groups (" << grouped << " terms)";
      if (!theme.exclude.empty()) out << ", " << theme.exclude.size() << " excluded";
      out << "  [" << theme.source << "]\n";
    }
  }
  output.finish();
  return 0;
}

RunResult run_check(const ThemesOptions& options) {
  AnalyzerSet analyzers;
  std::vector<std::string> findings = check_theme_file(options.check_file, analyzers.lookup());
  Output output(options.output, {options.check_file});
  for (const std::string& finding : findings) output.stream() << finding << '\n';
  if (findings.empty()) output.stream() << options.check_file << ": no problem found\n";
  output.finish();
  return findings.empty() ? 0 : 1;
}

// The pages are analysed with the default themes only for their discussion groups; the
// draft is written from those.
RunResult run_draft(const ThemesOptions& options) {
  Output output(options.output, options.draft_inputs);  // a page as -o: exit 2, before it is read
  ThreadAnalyzer analyzer;
  std::vector<ThreadReport> reports;
  for (const std::string& path : options.draft_inputs) reports.push_back(analyzer.analyze(read_page(path)));
  const std::string draft = draft_theme_file(reports, analyzer.analyzers());
  output.stream() << draft;
  output.finish();
  return 0;
}

}  // namespace

void setup_themes(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ThemesOptions>();
  CLI::App* command = app.add_subcommand("themes", "Inspect the theme set or check a theme file");
  command->require_subcommand(1);
  const std::string examples = R"(Examples:
  palabre themes list                               the themes in use
  palabre themes list --themes my-themes.json -f json   each term's analysis
  palabre themes check my-themes.json               problems in a theme file (exit 1 if any)
  palabre themes draft a.html b.html -o mine.json   a starter theme file from discussion groups)";
  command->footer(examples);
  CLI::App* list = command->add_subcommand("list", "List the themes in use with their term counts");
  add_themes_option(*list, options->themes);
  add_enum_option(*list, "-f,--format", options->format, kTextOrJsonNames, "Output format (json shows each term's analysis)");
  add_output_option(*list, options->output);
  list->footer(examples);
  list->callback([options, &exit_code] { exit_code = run_list(*options); });

  CLI::App* check = command->add_subcommand(
      "check", "Report terms that analyse to nothing, duplicates, stopword-only terms (exit 1 if any)");
  check->add_option("file", options->check_file, "The theme file; 'default' names the built-in set")
      ->required()
      ->type_name("FILE");
  add_output_option(*check, options->output);
  check->footer(examples);
  check->callback([options, &exit_code] { exit_code = run_check(*options); });

  CLI::App* draft = command->add_subcommand(
      "draft", "Draft a starter theme file from the discussion groups of pages");
  draft->add_option("inputs", options->draft_inputs, "Pages (.txt, .html, palabre JSON)")
      ->required()
      ->type_name("INPUT...");
  add_output_option(*draft, options->output);
  draft->footer(R"(Examples:
  palabre themes draft page.html -o mine.json       a starter theme file to edit
  palabre themes check mine.json && palabre analyze --themes mine.json page.html)");
  draft->callback([options, &exit_code] { exit_code = run_draft(*options); });
}

}  // namespace palabre::cli
