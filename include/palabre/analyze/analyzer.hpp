// The analyzer chain, in one place: tokenize → fold → stopwords → stem. The same chain
// analyses comment texts and theme terms, so a term matches its inflections and
// unaccented spellings. One Analyzer per thread (it owns a Stemmer).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "palabre/analyze/stemmer.hpp"
#include "palabre/analyze/stopwords.hpp"
#include "palabre/analyze/token.hpp"

namespace palabre {

class Analyzer {
 public:
  Analyzer();
  explicit Analyzer(Stopwords stopwords);

  // Tokens of `text` (valid UTF-8, which must outlive them) with folded forms, stems and
  // stopword flags filled in.
  std::vector<Token> analyze(std::string_view text);

  const Stopwords& stopwords() const { return stopwords_; }

 private:
  // What the chain computes for a word token, a pure function of its surface spelling.
  struct WordForms {
    std::string folded;
    std::string stem;
    bool stopword = false;
  };

  // Bounds the memo's memory (a few MB at most): past this many distinct spellings it is
  // emptied and refills with the words still in use, so memory stays flat on any corpus.
  static constexpr std::size_t kMemoLimit = 16384;

  const WordForms& word_forms(std::string_view surface);

  Stemmer stemmer_;
  Stopwords stopwords_;
  // Per-thread memo of surface → forms: fold, stopword lookup and Snowball stemming ran
  // once per token; most tokens repeat a word already seen (callgrind, issue 7).
  std::unordered_map<std::string, WordForms> memo_;
};

}  // namespace palabre
