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

#include "palabre/analyze/stemmer.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/analyze/tokenizer.hpp"
#include "palabre/analyze/word_memo.hpp"
#include "palabre/lang/language.hpp"

namespace palabre {

class Analyzer {
 public:
  // `function_words`, when given, fills Token::function_word_languages (and must outlive
  // the analyzer). `memo`, when given, is the worker's memo the analyser shares with the
  // others of its AnalyzerSet (it must outlive the analyser); otherwise it has its own.
  explicit Analyzer(std::shared_ptr<const Language> language,
                    const FunctionWordIndex* function_words = nullptr, WordMemo* memo = nullptr);

  // Tokens of `text` (valid UTF-8, which must outlive them) with folded forms, stems and
  // word flags filled in, and Token::word naming their memo entry. Their folded and stem
  // forms view `text` or the memo: they stay valid until the memo's forget_if_full().
  std::vector<Token> analyze(std::string_view text);

  // A copy of `text` in the memo, for a form a token views that the chain did not compute
  // itself (a stand-in's spelling).
  std::string_view keep(std::string_view text) { return memo_->keep(text); }

  // The memo the tokens' ids index, where later stages keep their per-spelling values.
  WordMemo& memo() { return *memo_; }

  // WordMemo::forget_if_full() on this analyser's memo (between threads).
  void forget_words() { memo_->forget_if_full(); }

  const Language& language() const { return *language_; }
  const std::shared_ptr<const Language>& shared_language() const { return language_; }

 private:
  // The memo entry of `surface`, made on first sight.
  std::uint32_t word_forms(std::string_view surface);
  bool is_generic(std::string_view folded) const;

  std::shared_ptr<const Language> language_;
  const FunctionWordIndex* function_words_;
  ElisionRules elisions_;
  Stemmer stemmer_;
  WordSet generic_words_;
  std::unique_ptr<WordMemo> own_memo_;  // when no memo is shared
  WordMemo* memo_;
  std::uint32_t memo_language_;  // this analyser's namespace in memo_
};

}  // namespace palabre
