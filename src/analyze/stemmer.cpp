// libstemmer is confined to this file. Its stemmer returns a pointer into a buffer it
// reuses, so every stem is copied into the memo before the next call.
#include "palabre/analyze/stemmer.hpp"

#include <libstemmer.h>

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

const std::string& Stemmer::stem(std::string_view lowercase_word) {
  // Lookup with a temporary key; C++20 heterogeneous lookup on unordered_map needs a
  // transparent hash, which costs more in code than this copy does at run time.
  std::string key(lowercase_word);
  auto found = memo_.find(key);
  if (found != memo_.end()) return found->second;
  // Frequent words come back within a few pages, so emptying the memo costs little.
  if (memo_.size() >= kMemoCapacity) memo_.clear();
  const sb_symbol* result =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(key.data()),
                      static_cast<int>(key.size()));
  std::string stemmed = result ? std::string(reinterpret_cast<const char*>(result),
                                             static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer)))
                               : key;
  return memo_.emplace(std::move(key), fold(stemmed)).first->second;
}

}  // namespace palabre
