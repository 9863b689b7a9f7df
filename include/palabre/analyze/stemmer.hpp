// Snowball stemming (libstemmer, confined to stemmer.cpp) in the algorithm a language's data
// names ("french", "german", …). Not thread-safe: one Stemmer per thread (libstemmer reuses
// its buffer). Callers memoise: the Analyzer stems each spelling once.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace palabre {

class Stemmer {
 public:
  // Throws Error(kUsage) when libstemmer has no such algorithm.
  explicit Stemmer(const std::string& algorithm);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lowercase UTF-8 word, folded (accents stripped): "entrepôts" → "entrepot".
  // The view is valid until the next call.
  std::string_view stem(std::string_view lowercase_word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string stem_;
};

}  // namespace palabre
