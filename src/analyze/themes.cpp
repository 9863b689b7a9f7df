// Theme files are validated strictly (unknown keys are typos until proven otherwise) and
// every error names the file, the theme and the entry, so a user can fix it in one go.
#include "palabre/analyze/themes.hpp"

#include "palabre/lang/derivations.hpp"
#include "palabre/analyze/inflections.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "palabre/data.hpp"
#include "palabre/error.hpp"
#include "palabre/text/json_error.hpp"
#include "palabre/text/fingerprint.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;

constexpr std::string_view kDefaultThemes = "data/themes/default.json";

std::string quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  return true;
}

std::string key(const Term& term) {
  std::string joined;
  for (const TermWord& word : term.words) {
    joined += static_cast<char>('0' + static_cast<int>(word.match));
    joined += word.key;
    joined += ' ';
  }
  return joined;
}

// Adds the variants of `duplicate`'s words to the earlier term with the same words.
void merge_variants(std::vector<Term>& terms, const Term& duplicate) {
  const std::string wanted = key(duplicate);
  for (Term& earlier : terms) {
    if (key(earlier) != wanted) continue;
    for (std::size_t w = 0; w < earlier.words.size(); ++w)
      for (const std::string& variant : duplicate.words[w].variants)
        if (std::find(earlier.words[w].variants.begin(), earlier.words[w].variants.end(),
                      variant) == earlier.words[w].variants.end())
          earlier.words[w].variants.push_back(variant);
    return;
  }
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
  std::string joined;
  for (const std::string& word : words) {
    if (!joined.empty()) joined += separator;
    joined += word;
  }
  return joined;
}

class ThemeFileReader {
 public:
  ThemeFileReader(const std::string& source, const AnalyzerFor& analyzer_for,
                  std::vector<std::string>* findings)
      : source_(source), analyzer_for_(analyzer_for), findings_(findings) {}

  ThemeSet read(std::string_view json_text) {
    json document = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) fail("", "not valid JSON: " + describe_json_syntax_error(json_text));
    if (!document.is_object()) fail("", "expected a JSON object with a \"themes\" array");
    for (const auto& [name, value] : document.items()) {
      if (name != "language" && name != "themes" && name != "description" && name != "version")
        fail("", "unknown key '" + name + "' (expected language, themes, description)");
    }
    auto themes = document.find("themes");
    if (themes == document.end() || !themes->is_array() || themes->empty())
      fail("", "\"themes\" must be a non-empty array");

    ThemeSet set;
    set.sources.push_back(source_);
    for (const std::string& code : languages_of(document)) {
      analyzer_ = analyzer_for_(code);
      if (!analyzer_)
        fail("", "palabre has no language data for \"" + code + "\" (it has: " +
                     join(languages_with_data(), ", ") + ")");
      std::set<std::string> ids;
      for (std::size_t i = 0; i < themes->size(); ++i) {
        Theme theme = read_theme((*themes)[i], i);
        if (!ids.insert(theme.id).second)
          fail("theme '" + theme.id + "'", "the id is used twice in this file");
        theme.language = code;
        set.themes.push_back(std::move(theme));
      }
    }
    return set;
  }

 private:
  // "language": a code, or a list of codes whose comments the themes tag; French when absent.
  std::vector<std::string> languages_of(const json& document) const {
    auto language = document.find("language");
    if (language == document.end()) return {"fr"};
    std::vector<std::string> codes;
    if (language->is_string()) codes.push_back(language->get<std::string>());
    else if (language->is_array())
      for (const json& code : *language)
        if (code.is_string()) codes.push_back(code.get<std::string>());
    if (codes.empty() || (language->is_array() && codes.size() != language->size()))
      fail("", "\"language\" must be a language code (\"fr\") or a list of codes");
    return codes;
  }

  static bool has_entries(const json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_array() && !found->empty();
  }

  [[noreturn]] void fail(const std::string& where, const std::string& reason) const {
    throw Error(ErrorKind::kThemes, where.empty() ? source_ : source_ + ": " + where, reason);
  }

  void note(const std::string& where, const std::string& reason) const {
    if (!findings_) fail(where, reason);
    findings_->push_back(source_ + ": " + where + ": " + reason);
  }

  Theme read_theme(const json& object, std::size_t index) {
    std::string where = "themes[" + std::to_string(index) + "]";
    if (!object.is_object()) fail(where, "must be an object");
    auto id = object.find("id");
    if (id == object.end() || !id->is_string() || !valid_id(id->get<std::string>()))
      fail(where, "needs an \"id\" of lowercase letters, digits, '_' or '-'");
    Theme theme;
    theme.id = id->get<std::string>();
    theme.source = source_;
    where = "theme '" + theme.id + "'";
    for (const auto& [name, value] : object.items()) {
      if (name == "id") continue;
      if (name == "label" || name == "description") {
        if (!value.is_string()) fail(where, "\"" + name + "\" must be a string");
        (name == "label" ? theme.label : theme.description) = value.get<std::string>();
      } else if (name == "weight") {
        theme.weight = read_weight(value, where);
      } else if (name == "terms") {
        theme.terms = read_terms(value, where, "terms", &theme.constructions);
      } else if (name == "within") {
        theme.all_of_within = read_within(value, where);
      } else if (name == "exclude") {
        theme.exclude = read_terms(value, where, "exclude");
      } else if (name == "all_of") {
        theme.all_of = read_groups(value, where, "all_of");
      } else {
        fail(where, "unknown key '" + name + "' (expected id, label, description, terms, "
                                             "all_of, within, exclude, weight)");
      }
    }
    if (theme.label.empty()) theme.label = theme.id;
    if (theme.terms.empty() && theme.constructions.empty() && theme.all_of.empty()) {
      if (!has_entries(object, "terms") && !has_entries(object, "all_of"))
        fail(where, "needs \"terms\" or \"all_of\": nothing could make it fire");
      // Every entry was dropped above (`themes check` goes on after each): say why the theme
      // is dead, not that it has no terms.
      note(where, "no term analyses to a word, so nothing could make it fire: write words, "
                  "not only punctuation, elisions or symbols");
    }
    if (theme.all_of_within > 0 && theme.all_of.size() < 2)
      fail(where, "\"within\" needs two \"all_of\" groups or more to bring together");
    return theme;
  }

  std::vector<std::vector<Term>> read_groups(const json& value, const std::string& where,
                                             const std::string& field) {
    if (!value.is_array()) fail(where, "\"" + field + "\" must be an array of arrays of terms");
    std::vector<std::vector<Term>> groups;
    for (std::size_t g = 0; g < value.size(); ++g) {
      std::string group_name = field + "[" + std::to_string(g) + "]";
      auto group = read_terms(value[g], where, group_name);
      if (group.empty()) {
        if (!value[g].is_array() || value[g].empty()) fail(where, group_name + " has no usable term");
        note(where, group_name + ": no term analyses to a word, so the group can never hit");
        continue;
      }
      groups.push_back(std::move(group));
    }
    return groups;
  }

  std::size_t read_within(const json& value, const std::string& where) const {
    if (!value.is_number_integer() || value.get<long long>() < 1 ||
        value.get<long long>() > static_cast<long long>(kMaxWithin))
      fail(where, "\"within\" must be a whole number of words in [1, " +
                      std::to_string(kMaxWithin) + "]");
    return value.get<std::size_t>();
  }

  // {"all_of": [[...], [...]], "within": N, "weight": W} among a theme's terms.
  Construction read_construction(const json& entry, const std::string& where) {
    Construction construction;
    for (const auto& [name, value] : entry.items()) {
      if (name == "all_of") construction.groups = read_groups(value, where, "all_of");
      else if (name == "within") construction.within = read_within(value, where);
      else if (name == "weight") construction.weight = read_weight(value, where);
      else fail(where, "unknown key '" + name + "' (expected all_of, within, weight)");
    }
    if (construction.groups.size() < 2)
      fail(where, "\"all_of\" needs two groups or more: one group is a list of terms");
    for (const auto& group : construction.groups) {
      if (!construction.text.empty()) construction.text += " … ";
      construction.text += group.front().text;
    }
    return construction;
  }

  double read_weight(const json& value, const std::string& where) const {
    if (!value.is_number() || value.get<double>() <= 0 || value.get<double>() > 100)
      fail(where, "\"weight\" must be a number in (0, 100]");
    return value.get<double>();
  }

  // Constructions are read into `constructions` where a caller takes them (a theme's terms).
  std::vector<Term> read_terms(const json& list, const std::string& where,
                               const std::string& field,
                               std::vector<Construction>* constructions = nullptr) {
    if (!list.is_array()) fail(where, "\"" + field + "\" must be an array of terms");
    std::vector<Term> terms;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const json& entry = list[i];
      std::string entry_name = field + "[" + std::to_string(i) + "]";
      std::string text;
      double weight = 1.0;
      if (entry.is_string()) {
        text = entry.get<std::string>();
      } else if (entry.is_object() && entry.contains("all_of")) {
        if (!constructions)
          fail(where, entry_name + ": a construction {\"all_of\": ...} belongs among \"terms\"");
        constructions->push_back(read_construction(entry, where + ": " + entry_name));
        continue;
      } else if (entry.is_object() && entry.contains("text") && entry["text"].is_string()) {
        text = entry["text"].get<std::string>();
        if (entry.contains("weight")) weight = read_weight(entry["weight"], where + ": " + entry_name);
      } else {
        fail(where, entry_name + " must be a string, {\"text\": ..., \"weight\": ...} or "
                                 "{\"all_of\": [[...], [...]], \"within\": N}");
      }
      if (!is_valid_utf8(text)) fail(where, entry_name + " is not valid UTF-8");
      Term term = analyze_term(text, *analyzer_, weight);
      if (findings_) note_barren_families(text, where + ": " + entry_name);
      if (term.words.empty()) {
        note(where, entry_name + " " + quote(text) +
                        ": analyses to no word (only punctuation, an elision or a symbol): "
                        "write a word, or remove the entry");
        continue;
      }
      if (!seen.insert(key(term)).second) {
        // Harmless when loading; `themes check` lists it. The duplicate may still bring
        // variants ("privatiser" after "privatisation": the verb's forms), which join the
        // earlier term's words.
        if (findings_)
          findings_->push_back(source_ + ": " + where + ": " + entry_name + " " + quote(text) +
                               ": same words as an earlier term");
        merge_variants(terms, term);
        continue;
      }
      terms.push_back(std::move(term));
    }
    return terms;
  }

  // A word marked '~' that no series of endings fits matches only its own stem: the
  // author expected more (`palabre themes check` says so).
  void note_barren_families(std::string_view text, const std::string& where) {
    for (const Token& token : analyzer_->analyze(text)) {
      if (token.byte_end >= text.size() || text[token.byte_end] != '~') continue;
      if (analyzer_->language().derivations.family(token.folded).empty())
        findings_->push_back(source_ + ": " + where + " " + quote(text) + ": \"" +
                             std::string(token.surface) + "~\" has no derivational family");
    }
  }

  const std::string& source_;
  const AnalyzerFor& analyzer_for_;
  Analyzer* analyzer_ = nullptr;  // the language being read
  std::vector<std::string>* findings_;
};


// A theme file is a few hundred kilobytes; a device or a pipe that never ends is no theme
// file, and must not be read forever.
constexpr std::size_t kMaxThemeFileBytes = std::size_t{16} << 20;

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(ErrorKind::kThemes, path, "cannot open the theme file");
  std::string contents;
  char buffer[65536];
  while (file.read(buffer, sizeof buffer) || file.gcount() > 0) {
    contents.append(buffer, static_cast<std::size_t>(file.gcount()));
    if (contents.size() > kMaxThemeFileBytes)
      throw Error(ErrorKind::kThemes, path,
                  "larger than " + std::to_string(kMaxThemeFileBytes >> 20) + " MB: not a theme file");
  }
  return contents;
}

std::string fingerprint_of(std::string_view text) {
  Fingerprint print;
  print.add(text);
  return print.hex();
}

// Adds the stem of `form` as another key of `word`, unless it is a stopword or known.
void add_variant(TermWord& word, Analyzer& analyzer, const std::string& form) {
  std::vector<Token> tokens = analyzer.analyze(form);
  if (tokens.size() != 1 || tokens[0].stopword) return;
  const std::string stem(tokens[0].stem);
  if (stem == word.key ||
      std::find(word.variants.begin(), word.variants.end(), stem) != word.variants.end())
    return;
  word.variants.push_back(stem);
}

// Adds the distinct stems of the word's verb forms (see inflections.hpp).
void add_verb_variants(TermWord& word, const std::string& folded, Analyzer& analyzer) {
  for (const std::string& form : verb_forms(folded, analyzer.language().verb_rules))
    add_variant(word, analyzer, form);
}

// Adds the stems of the word's derivational family and, for the family's verbs, of their
// conjugations: "creer~" matches "création", "créateurs" and "ils créent".
void add_family_variants(TermWord& word, const std::string& folded, Analyzer& analyzer) {
  add_verb_variants(word, folded, analyzer);
  for (const std::string& form : analyzer.language().derivations.family(folded)) {
    add_variant(word, analyzer, form);
    add_verb_variants(word, form, analyzer);
  }
}

}  // namespace

const Theme* ThemeSet::find(std::string_view id) const {
  for (const Theme& theme : themes)
    if (theme.id == id) return &theme;
  return nullptr;
}

Term analyze_term(std::string_view text, Analyzer& analyzer, double weight) {
  Term term;
  term.text = std::string(text);
  term.weight = weight;
  std::vector<Token> tokens = analyzer.analyze(text);
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].kind != TokenKind::kElision) kept.push_back(i);
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const Token& token = tokens[kept[k]];
    TermWord word;
    const char marker = token.byte_end < text.size() ? text[token.byte_end] : '\0';
    if (marker == '*') {
      word.match = WordMatch::kPrefix;
      word.key = token.folded;
    } else if (marker == '~' && token.kind == TokenKind::kWord) {
      word.match = WordMatch::kStem;
      word.key = token.stem;
      word.family = true;
      add_family_variants(word, std::string(token.folded), analyzer);
      add_variant(word, analyzer, std::string(token.folded));
    } else if (token.kind != TokenKind::kWord || starts_with_uppercase(token.surface)) {
      word.match = WordMatch::kFolded;
      word.key = token.folded;
    } else {
      word.match = WordMatch::kStem;
      word.key = token.stem;
      // Verb phrases lead with their verb ("vendre", "créer son entreprise"): only the first
      // word is conjugated, so a noun inside a term never grows verb forms.
      if (k == 0) add_verb_variants(word, std::string(token.folded), analyzer);
      // Snowball reads accents ("créée" → cre but "creee" → cree), and comments often
      // drop them: the stem of the unaccented spelling matches too.
      add_variant(word, analyzer, std::string(token.folded));
    }
    word.optional = token.stopword && k > 0 && k + 1 < kept.size();
    word.joined = token.after_hyphen && k > 0;
    term.words.push_back(std::move(word));
  }
  return term;
}

ThemeSet parse_theme_file(std::string_view json_text, const std::string& source,
                          const AnalyzerFor& analyzer_for, std::vector<std::string>* findings) {
  // The reader keeps a reference to `source`: a temporary must outlive it.
  const std::string& named = source;
  return ThemeFileReader(named, analyzer_for, findings).read(json_text);
}

ThemeSet load_theme_file(const std::string& path, const AnalyzerFor& analyzer_for) {
  const std::string text = path == "default" ? std::string(embedded_data(kDefaultThemes)) : read_file(path);
  ThemeSet set = parse_theme_file(text, path, analyzer_for);
  set.fingerprint = fingerprint_of(text);
  return set;
}

void merge_theme_sets(ThemeSet& into, ThemeSet more) {
  // A theme of `more` replaces every earlier theme of its id, in every language, at the
  // place of the first of them.
  std::vector<Theme> merged;
  std::set<std::string> placed;
  auto take_from_more = [&](const std::string& id) {
    for (Theme& theme : more.themes)
      if (theme.id == id) merged.push_back(std::move(theme));
    placed.insert(id);
  };
  std::set<std::string> replaced;
  for (const Theme& theme : more.themes) replaced.insert(theme.id);
  for (Theme& theme : into.themes) {
    if (!replaced.count(theme.id)) merged.push_back(std::move(theme));
    else if (!placed.count(theme.id)) take_from_more(theme.id);
  }
  for (Theme& theme : more.themes)
    if (!placed.count(theme.id) && !theme.id.empty()) take_from_more(std::string(theme.id));
  into.themes = std::move(merged);
  into.sources.insert(into.sources.end(), more.sources.begin(), more.sources.end());
  into.fingerprint = into.fingerprint.empty() ? more.fingerprint : fingerprint_of(into.fingerprint + more.fingerprint);
}

std::vector<std::string> check_theme_file(const std::string& path, const AnalyzerFor& analyzer_for) {
  std::string text = path == "default" ? std::string(embedded_data(kDefaultThemes)) : read_file(path);
  std::vector<std::string> findings;
  ThemeSet set = parse_theme_file(text, path, analyzer_for, &findings);
  // Terms that stopwords reduce to function words only match those words.
  std::map<std::string, std::string> owner;
  for (const Theme& theme : set.themes) {
    const Language& language = analyzer_for(theme.language)->language();
    auto visit = [&](const Term& term, const std::string& field) {
      bool all_stopwords = true;
      for (const TermWord& word : term.words)
        all_stopwords &= word.match != WordMatch::kPrefix && language.stopwords.contains(word.key);
      // Inside an all_of group a broad word is constrained by the other groups ("nous" with
      // "Chine"), so only a lone stopword among terms or excludes is worth a finding.
      if (all_stopwords && term.words.size() == 1 && field != "all_of")
        findings.push_back(path + ": theme '" + theme.id + "': " + field + " " + quote(term.text) +
                           ": a stopword alone matches almost every comment");
      if (field == "terms") {
        auto [it, inserted] = owner.emplace(key(term), theme.id);
        if (!inserted && it->second != theme.id)
          findings.push_back(path + ": theme '" + theme.id + "': " + field + " " +
                             quote(term.text) + ": also a term of theme '" + it->second + "'");
      }
    };
    for (const Term& term : theme.terms) visit(term, "terms");
    for (const Construction& construction : theme.constructions)
      for (const auto& group : construction.groups)
        for (const Term& term : group) visit(term, "all_of");
    for (const auto& group : theme.all_of)
      for (const Term& term : group) visit(term, "all_of");
    for (const Term& term : theme.exclude) visit(term, "exclude");
  }
  return findings;
}

}  // namespace palabre
