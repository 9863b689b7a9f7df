// Language data: what the analysis chain knows about one language, read from the folder
// data/lang/<code>/ (embedded at build time): language.json (Snowball algorithm, elisions,
// negations, quote headers, agreement cues…), stopwords.txt and frequent.txt (a general
// word-frequency list). Takes an ISO 639-1 code; gives a Language, a plain value.
// Adding a language is adding a folder: nothing here names one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "palabre/lang/derivations.hpp"

namespace palabre {

// A set of folded words, looked up by view without a copy.
class WordSet {
 public:
  void insert(std::string word) { words_.insert(std::move(word)); }
  bool contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  std::size_t size() const { return words_.size(); }
  template <typename Each>
  void for_each(Each each) const {
    for (const std::string& word : words_) each(word);
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

// Words that make a following noun the standard of a comparison: "plus … que la Chine",
// "comme la Chine" (the comment talks about the thing compared, not the standard).
struct ComparisonWords {
  std::vector<std::string> like;             // "comme", "like"
  std::vector<std::string> than;             // "que", "than"
  std::vector<std::string> comparatives;     // "plus", "more": must precede "than"
  std::vector<std::string> before_standard;  // articles that may stand in between
};

// Lines that announce a quotation of another commenter: "Zitat von X", "X a écrit :".
struct QuoteHeaders {
  std::vector<std::string> before_name;  // the words open the line, the name follows
  std::vector<std::string> after_name;   // the name opens the line, the words close it
};

// One rule of a language's regular verb inflection, for theme terms written as infinitives:
// a word ending in `ending` (and not in `unless`) has the forms radical + each of `forms`,
// where radical = the word without `ending`, followed by `keep`, of at least `min_radical`
// bytes. Rules apply in order; a matching rule marked `only` ends the search.
struct VerbRule {
  std::string ending, unless, keep;
  std::size_t min_radical = 0;
  std::vector<std::string> forms;
  bool only = false;
};

struct Language {
  std::string code;      // "fr"
  std::string name;      // "French"
  std::string snowball;  // libstemmer's algorithm name: "french"
  // Elided words split off before an apostrophe ("l'", "dell'"), and those also typed with
  // a space for the apostrophe before a vowel ("d un"). Folded.
  std::vector<std::string> elisions, spaced_elisions;
  // Whether every noun is written capitalised (German): capitals then say nothing about
  // proper nouns.
  bool capitalised_nouns = false;
  WordSet stopwords;     // function words, folded
  // Words too common to say anything alone ("temps", "people", "Leute"): the first
  // `generic_rank` words of the general frequency list, stopwords aside. Folded.
  std::vector<std::string> generic_words;
  // Words the general frequency list only ever writes capitalised ("France", "Paris"):
  // proper nouns. Empty for languages that capitalise every noun.
  WordSet proper_nouns;
  std::vector<std::string> negations;        // folded: "pas", "not", "nicht"
  std::vector<std::string> set_aside_stems;  // verbs of speech that, negated, set a topic aside
  ComparisonWords comparison;
  QuoteHeaders quote_headers;
  std::vector<std::string> address_words;  // that may open a reply before a name: "à", "to"
  std::vector<std::string> agreement, disagreement;  // cue phrases, folded
  std::vector<VerbRule> verb_rules;                 // empty: terms match by stem alone
  // Series of endings that relate a theme word marked '~' to its family (derivations.txt;
  // none when the language has no such file).
  DerivationRules derivations;
};

// The codes of every language with a data folder, sorted: "de", "en", "es", "fr", …
std::vector<std::string> languages_with_data();

// The data of `code`; std::nullopt when palabre has none for it. Throws Error(kUsage) when
// the folder is there but malformed (a build defect, caught by the tests).
std::optional<Language> load_language(std::string_view code);

// The languages one worker has loaded, each loaded on first use and kept. Not thread-safe:
// one per worker.
class LanguageCache {
 public:
  // nullptr when palabre has no data for `code`.
  std::shared_ptr<const Language> find(std::string_view code);

 private:
  std::map<std::string, std::shared_ptr<const Language>, std::less<>> loaded_;
};

// Which languages list a word among their function words, as a bit set over `codes()`:
// what tells a comment's language from its short words without a detector.
class FunctionWordIndex {
 public:
  using Mask = std::uint32_t;
  static constexpr std::size_t kMaxLanguages = 32;

  // The function words of every language with data.
  FunctionWordIndex();

  Mask languages_of(std::string_view folded_word) const;
  const std::vector<std::string>& codes() const { return codes_; }
  // The bit of `code`, 0 when it has no data.
  Mask bit_of(std::string_view code) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> codes_;
  std::unordered_map<std::string, Mask, Hash, std::equal_to<>> masks_;
};

}  // namespace palabre
