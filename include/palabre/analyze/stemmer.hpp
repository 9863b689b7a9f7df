// Snowball French stemming (libstemmer, confined to stemmer.cpp), with a memo of
// word → stem. Not thread-safe: one Stemmer per thread (libstemmer reuses its buffer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/interner.hpp"

namespace palabre {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lowercase UTF-8 word, folded (accents stripped): "entrepôts" → "entrepot".
  // The view is valid until the next call (the memo may be emptied then).
  std::string_view stem(std::string_view lowercase_word);

  // The memo is a cache, not a dictionary: emptied when it holds this many words, so that a
  // batch run over 20,000 pages does not grow with its whole vocabulary. Words and stems
  // sit in flat buffers (~40 bytes a word: 8,192 words are about 0.3 MB per worker; a hash
  // map of string pairs took twice that, and 32,768 words kept -j 1 above issue 7's 16 MB).
  static constexpr std::size_t kMemoCapacity = std::size_t{1} << 13;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Interner memo_words_;                    // word → id
  std::string memo_stems_;                 // the stems, one after another, by id
  std::vector<std::uint32_t> stem_ends_;  // stem i is memo_stems_[stem_ends_[i - 1], stem_ends_[i])
};

}  // namespace palabre
