// Dense ids for one form of each token (its stem), for the summary stage's accumulators.
// Takes tokens with the form to key them by; gives the form's Interner id, ids following
// first appearance. The key must be a function of the token's memo entry (Token::word):
// the id a spelling got is kept in a slot of the worker's WordMemo, so a spelling met again
// skips hashing. Without a memo every key is hashed.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "palabre/analyze/interner.hpp"
#include "palabre/analyze/token.hpp"
#include "palabre/analyze/word_memo.hpp"

namespace palabre {

class TokenKeyInterner {
 public:
  // `memo`, when given, must be the one the tokens' analysers share, and outlive this.
  explicit TokenKeyInterner(WordMemo* memo = nullptr) {
    if (memo) id_by_word_ = memo->claim_slot<std::uint32_t>();
  }

  // The id of `key`, a form of `token`. `added` (when given) says whether the key is new.
  std::uint32_t intern(const Token& token, std::string_view key, bool* added = nullptr) {
    if (id_by_word_) {
      if (const std::uint32_t* known = id_by_word_->find(token.word)) {
        if (added) *added = false;
        return *known;
      }
    }
    const std::uint32_t id = keys_.intern(key, added);
    if (id_by_word_) id_by_word_->store(token.word, id);
    return id;
  }

  std::string_view key(std::uint32_t id) const { return keys_.key(id); }
  std::size_t size() const { return keys_.size(); }
  // Forgets the keys; ids start again at 0.
  void clear() {
    keys_.clear();
    if (id_by_word_) id_by_word_->reset();
  }

 private:
  Interner keys_;
  std::optional<WordMemo::Slot<std::uint32_t>> id_by_word_;
};

}  // namespace palabre
