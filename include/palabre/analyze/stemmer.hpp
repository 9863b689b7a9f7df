// Snowball French stemming (libstemmer, confined to stemmer.cpp), with a memo of
// word → stem. Not thread-safe: one Stemmer per thread (libstemmer reuses its buffer).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace palabre {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lowercase UTF-8 word, folded (accents stripped): "entrepôts" → "entrepot".
  // The reference is valid until the next call (the memo may be emptied then).
  const std::string& stem(std::string_view lowercase_word);

  // The memo is a cache, not a dictionary: emptied when it holds this many words, so that a
  // batch run over 20,000 pages does not grow with its whole vocabulary: 8,192 words are about
  // 0.7 MB per worker (32,768 cost 2.4 MB more and kept -j 1 above issue 7's 16 MB).
  static constexpr std::size_t kMemoCapacity = std::size_t{1} << 13;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace palabre
