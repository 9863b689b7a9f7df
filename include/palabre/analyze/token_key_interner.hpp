// Dense ids for one form of each token (its stem), for the summary stage's accumulators.
// Takes tokens with the form to key them by; gives the form's Interner id. Tokens repeat
// a few spellings: the id each spelling (Token::word) got last is remembered and checked
// against the key before use, since it goes stale after clear() or the analyzer's
// forget_words(), which reuses spelling ids. Most tokens then skip hashing.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/token.hpp"

namespace palabre {

class TokenKeyInterner {
 public:
  // The id of `key`, a form of `token`; ids follow first appearance. `added` (when given)
  // says whether the key is new.
  std::uint32_t intern(const Token& token, std::string_view key, bool* added = nullptr) {
    if (token.word < id_by_word_.size()) {
      const std::uint32_t known = id_by_word_[token.word];
      if (known < keys_.size() && keys_.key(known) == key) {
        if (added) *added = false;
        return known;
      }
    }
    const std::uint32_t id = keys_.intern(key, added);
    if (token.word != kNoWordId) {
      if (token.word >= id_by_word_.size()) id_by_word_.resize(std::size_t{token.word} + 1, kNoWordId);
      id_by_word_[token.word] = id;
    }
    return id;
  }

  std::string_view key(std::uint32_t id) const { return keys_.key(id); }
  std::size_t size() const { return keys_.size(); }
  // Forgets the keys; the remembered ids stay, checked on use.
  void clear() { keys_.clear(); }

 private:
  Interner keys_;
  std::vector<std::uint32_t> id_by_word_;  // by Token::word: the id it got last, a hint
};

}  // namespace palabre
