// Snowball French stemming (libstemmer, confined to stemmer.cpp), with a memo of
// word → stem. Not thread-safe: one Stemmer per thread (libstemmer reuses its buffer).
#pragma once

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
  const std::string& stem(std::string_view lowercase_word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace palabre
