// libstemmer is confined to this file. Its stemmer returns a pointer into a buffer it
// reuses, so each stem is copied (folded) before the next call.
#include "palabre/analyze/stemmer.hpp"

#include <libstemmer.h>

#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {

struct Stemmer::Impl {
  sb_stemmer* stemmer = nullptr;
  ~Impl() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
};

Stemmer::Stemmer(const std::string& algorithm) : impl_(std::make_unique<Impl>()) {
  impl_->stemmer = sb_stemmer_new(algorithm.c_str(), "UTF_8");
  if (!impl_->stemmer)
    throw Error(ErrorKind::kUsage, "libstemmer", "no Snowball algorithm named \"" + algorithm + "\"");
}

Stemmer::~Stemmer() = default;

std::string_view Stemmer::stem(std::string_view lowercase_word) {
  const sb_symbol* result =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(lowercase_word.data()),
                      static_cast<int>(lowercase_word.size()));
  stem_ = fold(result ? std::string_view(reinterpret_cast<const char*>(result),
                                         static_cast<std::size_t>(sb_stemmer_length(impl_->stemmer)))
                      : lowercase_word);
  return stem_;
}

}  // namespace palabre
