// The analyzer chain of one language, in one place: tokenize (the language's elisions) →
// fold → stopwords → stem (its Snowball algorithm). The same chain analyses comment texts
// and theme terms, so a term matches its inflections and unaccented spellings. One Analyzer
// per language and worker thread (it owns a Stemmer).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/stemmer.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/analyze/tokenizer.hpp"
#include "palabre/lang/language.hpp"
#include "palabre/text/string_arena.hpp"

namespace palabre {

class Analyzer {
 public:
  // `function_words`, when given, fills Token::function_word_languages (and must outlive
  // the analyzer).
  explicit Analyzer(std::shared_ptr<const Language> language,
                    const FunctionWordIndex* function_words = nullptr);

  // Tokens of `text` (valid UTF-8, which must outlive them) with folded forms, stems and
  // word flags filled in. Their folded and stem forms view `text` or this analyzer's
  // storage: they stay valid while this analyzer lives, until forget_words() empties it.
  std::vector<Token> analyze(std::string_view text);

  // A copy of `text` in the analyzer's storage, for a form a token views that the chain
  // did not compute itself (a stand-in's spelling).
  std::string_view keep(std::string_view text) { return storage_.store(text); }

  // Past kMemoLimit distinct spellings, empties the memo and its storage, so memory stays
  // flat on any corpus. Every token analysed before then is left with dangling folded and
  // stem views: call it only when none is in use (ThreadAnalyzer does, between threads).
  void forget_words();

  // How many spellings the memo holds before forget_words() empties it.
  static constexpr std::size_t kMemoLimit = 16384;

  const Language& language() const { return *language_; }
  const std::shared_ptr<const Language>& shared_language() const { return language_; }

 private:
  // What the chain computes for a word token, a pure function of its surface spelling;
  // the views point into storage_.
  struct WordForms {
    std::string_view folded;
    std::string_view stem;
    FunctionWordIndex::Mask function_word_languages = 0;
    bool stopword = false;
    bool generic = false;
    bool proper_noun = false;
  };

  // The memo entry of `surface` (its index is the tokens' `word` id), made on first sight.
  std::uint32_t word_forms(std::string_view surface);
  bool is_generic(std::string_view folded) const;

  std::shared_ptr<const Language> language_;
  const FunctionWordIndex* function_words_;
  ElisionRules elisions_;
  Stemmer stemmer_;
  WordSet generic_words_;
  // Every string the memo and tokens view: folded forms, stems, site names.
  StringArena storage_;
  // Per-thread memo of surface → forms: fold, stopword lookup and Snowball stemming run once
  // per spelling, since most tokens repeat a word already seen. The interner keeps the
  // surfaces and hands out the dense ids that index forms_.
  Interner spellings_;
  std::vector<WordForms> forms_;
};

}  // namespace palabre
