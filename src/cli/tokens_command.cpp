// palabre tokens [TEXT|-] — how the analyzer sees a text: a debugging aid that is part of
// the product (users check why a term did or did not match).
#include <iomanip>
#include <iostream>
#include <iterator>

#include "common.hpp"
#include "palabre/analyze/analyzer_set.hpp"
#include "palabre/error.hpp"
#include "palabre/lang/identify.hpp"
#include "palabre/report/json.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre::cli {
namespace {

struct TokensOptions {
  std::string text = "-";
  std::string language = "auto";
  TextOrJson format = TextOrJson::kText;
  std::string output;
};

RunResult run_tokens(const TokensOptions& options) {
  std::string text = options.text;
  if (text == "-")
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::size_t replaced = 0;
  text = sanitize_utf8(text, &replaced);
  if (replaced > 0) report_warning("<text>", std::to_string(replaced) + " invalid bytes replaced by U+FFFD");

  AnalyzerSet analyzers;
  std::string code = options.language;
  if (code == "auto") {
    const LanguageGuess guess = identify_language(text);
    code = analyzers.find(guess.code) ? guess.code : "fr";
  }
  Analyzer* analyzer = analyzers.find(code);
  if (!analyzer) {
    std::string known;
    for (const std::string& each : languages_with_data()) known += (known.empty() ? "" : ", ") + each;
    throw Error(ErrorKind::kUsage, "--language", "palabre has no data for \"" + code +
                                                     "\" (it has: " + known + ")");
  }
  std::vector<Token> tokens = analyzer->analyze(text);
  Output output(options.output, {});
  std::ostream& out = output.stream();
  if (options.format == TextOrJson::kJson) {
    OrderedJson list = OrderedJson::array();
    for (const Token& token : tokens) {
      list.push_back(OrderedJson{{"surface", std::string(token.surface)},
                                 {"folded", token.folded},
                                 {"stem", token.stem},
                                 {"kind", std::string(token_kind_name(token.kind))},
                                 {"stopword", token.stopword},
                                 {"generic", token.generic},
                                 {"start", token.start},
                                 {"end", token.end}});
    }
    out << list.dump(2) << '\n';
  } else {
    auto column = [](std::string_view value, std::size_t width) {
      std::string cell(value);
      std::size_t length = count_code_points(cell);
      if (length < width) cell.append(width - length, ' ');
      return cell;
    };
    out << column("surface", 20) << column("folded", 20) << column("stem", 16)
        << column("kind", 9) << "span\n";
    for (const Token& token : tokens) {
      out << column(token.surface, 20) << column(token.folded, 20) << column(token.stem, 16)
          << column(std::string(token_kind_name(token.kind)) + (token.stopword ? "*" : ""), 9)
          << token.start << '-' << token.end << '\n';
    }
    out << "(" << code << "; * stopword: skipped by theme terms and talking points)\n";
  }
  output.finish();
  return 0;
}

}  // namespace

void setup_tokens(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TokensOptions>();
  CLI::App* command = app.add_subcommand(
      "tokens", "Show how the analyzer sees a text: each token's surface, folded form, stem, kind, span");
  command->add_option("text", options->text, "The text to analyse; '-' or nothing reads stdin")
      ->type_name("TEXT");
  add_enum_option(*command, "-f,--format", options->format, kTextOrJsonNames, "Output format");
  command->add_option("-l,--language", options->language,
                      "The text's language (fr, en, de, es, it, pt, nl); 'auto' tells it from the "
                      "text, French when unsure")
      ->capture_default_str();
  add_output_option(*command, options->output);
  command->footer(R"(Examples:
  palabre tokens "Les artisants d un village"       folded forms, stems, stopwords
  palabre tokens -l en "The craftsmen's village"    another language's chain)");
  command->callback([options, &exit_code] { exit_code = run_tokens(*options); });
}

}  // namespace palabre::cli
