// The analyzer chain, in one place: tokenize → fold → stopwords → stem. The same chain
// analyses comment texts and theme terms, so a term matches its inflections and
// unaccented spellings. One Analyzer per thread (it owns a Stemmer).
#pragma once

#include <string_view>
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
  Stemmer stemmer_;
  Stopwords stopwords_;
};

}  // namespace palabre
