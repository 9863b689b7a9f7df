// Theme files: load, validate and analyse the terms of a theme set.
// A theme file is JSON: {"language": "fr", "themes": [{"id", "label", "description",
// "terms": [...], "all_of": [[...], ...], "within": N, "exclude": [...], "weight"}]}; a term
// is a string, {"text": "...", "weight": 2}, or a construction {"all_of": [[...], [...]],
// "within": N}: one word of each group, in one sentence, at most N words apart ("reprendre~"
// near "commerce"). Each word of a term is matched
//   - on its prefix when it ends with '*' ("artisan*" → artisane, artisanat, artisants),
//   - on its stem and the stems of its derivational family when it ends with '~'
//     ("créer~" → création, créateur; see derivations.hpp),
//   - on its folded form when written with a capital ("Amazon", "CIA", "Chine": proper
//     nouns and acronyms, so that "Amazonie", "celle-ci" and "chiner" do not match),
//   - on its Snowball stem otherwise ("entrepôt" → entrepots, entrepot); a term that
//     starts with an infinitive also matches its conjugated forms ("vendre" → vendons).
// Stopwords inside a term are optional ("place de marché" matches "place du marché");
// words at its edges are required ("chez nous", "savoir-faire").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/analyzer.hpp"

namespace palabre {

enum class WordMatch { kStem, kFolded, kPrefix };

struct TermWord {
  WordMatch match = WordMatch::kStem;
  std::string key;        // stem, folded form or folded prefix
  bool optional = false;  // an inner stopword
  bool joined = false;    // written joined to the previous word: "savoir-faire"
  // Other stems that also match this word: the inflections of a term's leading verb
  // ("vendre" also matches vendons, vendu, vendent; see inflections.hpp).
  std::vector<std::string> variants;
  bool family = false;    // written with '~': its family's stems are among the variants
};

struct Term {
  std::string text;       // as written in the theme file
  std::vector<TermWord> words;
  double weight = 1.0;
};

// Groups of terms that must all hit: each group once. With `within` > 0 the hits must lie
// in one sentence and start at most `within` words apart; with 0, anywhere in the comment.
struct Construction {
  std::string text;       // readable: the first term of each group, "créer~ … entreprise"
  std::vector<std::vector<Term>> groups;
  std::size_t within = 0;
  double weight = 1.0;
};

struct Theme {
  std::string id;
  std::string label;
  std::string description;  // the codebook paragraph: what the theme covers and what not
  double weight = 1.0;
  std::vector<Term> terms;
  std::vector<Construction> constructions;  // terms written as {"all_of": ..., "within": N}
  std::vector<std::vector<Term>> all_of;
  std::size_t all_of_within = 0;            // the theme's "within" for its all_of groups
  std::vector<Term> exclude;
  std::string source;     // the file it came from ("default" for the embedded set)
  // The language whose comments it tags; its terms were analysed by that language's
  // chain. A file written for several languages gives one Theme per language, same id.
  std::string language;
};

struct ThemeSet {
  std::vector<Theme> themes;
  std::vector<std::string> sources;
  // Names the bytes of the theme files, in the order they were merged: two runs whose
  // counts may be added up have the same (text/fingerprint.hpp).
  std::string fingerprint;

  const Theme* find(std::string_view id) const;
};

// The Analyzer of a language code, nullptr when palabre has no data for it.
using AnalyzerFor = std::function<Analyzer*(std::string_view code)>;

// Parses and validates a theme file; its "language" (a code or a list, French when absent)
// picks the analysers its terms go through. Errors throw Error(kThemes) naming the source, the
// theme and the entry: "my.json: theme 'craft': terms[3] \"l'\": analyses to no word".
// With `findings`, problems that do not break the file's structure (a term that analyses
// to nothing, a duplicate) are listed there and skipped instead (`palabre themes check`).
ThemeSet parse_theme_file(std::string_view json_text, const std::string& source,
                          const AnalyzerFor& analyzer_for,
                          std::vector<std::string>* findings = nullptr);

// Loads a theme file from disk; the name "default" loads the embedded default set.
ThemeSet load_theme_file(const std::string& path, const AnalyzerFor& analyzer_for);

// Adds `more` to `into`; a theme whose id already exists replaces the earlier one(s).
void merge_theme_sets(ThemeSet& into, ThemeSet more);

// Analyses one term as theme files do; empty `words` when it analyses to nothing.
Term analyze_term(std::string_view text, Analyzer& analyzer, double weight = 1.0);

// The largest "within" a theme file may ask for: past it, a window is the whole sentence.
inline constexpr std::size_t kMaxWithin = 50;

// Findings of `palabre themes check` on a file: terms that analyse to nothing, duplicates
// within a theme, terms made only of stopwords, terms that two themes share.
std::vector<std::string> check_theme_file(const std::string& path, const AnalyzerFor& analyzer_for);

}  // namespace palabre
