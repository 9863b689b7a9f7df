// libstemmer is confined to this file. Its stemmer returns a pointer into a buffer it
// reuses, so every stem is copied into the memo before the next call.
#include "palabre/analyze/stemmer.hpp"

#include <libstemmer.h>

#include <optional>
#include <stdexcept>

#include "palabre/text/utf8.hpp"

namespace palabre {

struct Stemmer::Impl {
  sb_stemmer* stemmer = sb_stemmer_new("french", "UTF_8");
  ~Impl() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
};

Stemmer::Stemmer() : impl_(std::make_unique<Impl>()) {
  if (!impl_->stemmer) throw std::runtime_error("libstemmer has no French UTF-8 stemmer");
}

Stemmer::~Stemmer() = default;

std::string_view Stemmer::stem(std::string_view lowercase_word) {
  auto stem_of = [this](std::uint32_t id) {
    const std::size_t begin = id == 0 ? 0 : stem_ends_[id - 1];
    return std::string_view(memo_stems_).substr(begin, stem_ends_[id] - begin);
  };
  if (std::optional<std::uint32_t> known = memo_words_.find(lowercase_word)) return stem_of(*known);
  // Frequent words come back within a few pages, so emptying the memo costs little.
  if (memo_words_.size() >= kMemoCapacity) {
    memo_words_.clear();
    memo_stems_.clear();
    stem_ends_.clear();
  }
  const sb_symbol* result =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(lowercase_word.data()),
                      static_cast<int>(lowercase_word.size()));
  const std::string stemmed = fold(
      result ? std::string_view(reinterpret_cast<const char*>(result),
                                static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer)))
             : lowercase_word);
  const std::uint32_t id = memo_words_.intern(lowercase_word);
  memo_stems_ += stemmed;
  stem_ends_.push_back(static_cast<std::uint32_t>(memo_stems_.size()));
  return stem_of(id);
}

}  // namespace palabre
