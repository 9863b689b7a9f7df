// The analyzer chain, in one place: tokenize → fold → stopwords → stem. The same chain
// analyses comment texts and theme terms, so a term matches its inflections and
// unaccented spellings. One Analyzer per thread (it owns a Stemmer).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/stemmer.hpp"
#include "palabre/analyze/stopwords.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/text/string_arena.hpp"

namespace palabre {

class Analyzer {
 public:
  Analyzer();
  explicit Analyzer(Stopwords stopwords);

  // Tokens of `text` (valid UTF-8, which must outlive them) with folded forms, stems and
  // stopword flags filled in. Their folded and stem forms view `text` or this analyzer's
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

  const Stopwords& stopwords() const { return stopwords_; }

 private:
  // What the chain computes for a word token, a pure function of its surface spelling;
  // the views point into storage_.
  struct WordForms {
    std::string_view folded;
    std::string_view stem;
    bool stopword = false;
  };

  // The memo entry of `surface` (its index is the tokens' `word` id), made on first sight.
  std::uint32_t word_forms(std::string_view surface);

  Stemmer stemmer_;
  Stopwords stopwords_;
  // Every string the memo and tokens view: folded forms, stems, site names.
  StringArena storage_;
  // Per-thread memo of surface → forms: fold, stopword lookup and Snowball stemming run once
  // per spelling; most tokens repeat a word already seen (callgrind, issue 7). The interner
  // keeps the surfaces and hands out the dense ids that index forms_.
  Interner spellings_;
  std::vector<WordForms> forms_;
};

}  // namespace palabre
