// The analyzer chain's memory of spellings, one per worker: what the chain makes of each
// spelling it meets (folded form, stem, word flags), computed once, and what later stages
// derive from those forms (a theme matcher's key ids, an accumulator's word ids), kept in
// slots beside them. Takes a language's spellings; gives dense ids (Token::word).
//
// The contract every user relies on:
// - An id names one spelling of one language until forget(); a token carrying it has that
//   entry's folded form (and stem, except an elision, whose stem is its folded form).
// - A value stored in a slot for an id comes back until the slot's reset() or the memo's
//   forget(), whichever is first: a stage's per-spelling values never outlive the spelling,
//   nor the stage's own numbering (reset() is O(1), for a stage that renumbers per thread).
// - Views of forms and kept text stay valid until forget().
// - Not thread-safe: one memo per worker, shared by that worker's analysers (AnalyzerSet);
//   a stage given a memo must only see tokens of analysers that share it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "palabre/analyze/interner.hpp"
#include "palabre/lang/language.hpp"
#include "palabre/text/string_arena.hpp"

namespace palabre {

class WordMemo {
 public:
  // What the chain computes for a word, a pure function of its spelling and language.
  struct Forms {
    std::string_view folded;
    std::string_view stem;
    FunctionWordIndex::Mask function_word_languages = 0;
    bool stopword = false;
    bool generic = false;
    bool proper_noun = false;
  };

  // How many spellings the memo holds before forget_if_full() empties it: memory stays flat
  // on any corpus, and a thread's spellings are rarely met again in the next.
  static constexpr std::size_t kLimit = 16384;

  // A namespace of spellings for one analyser (its language): the same spelling gets a
  // different id, and forms, in each.
  std::uint32_t add_language();

  // The id of `surface` in `language` if it has an entry.
  std::optional<std::uint32_t> find(std::uint32_t language, std::string_view surface) const {
    if (std::optional<std::uint32_t> local = languages_[language].spellings.find(surface))
      return languages_[language].ids[*local];
    return std::nullopt;
  }
  // A new entry (`surface` must have none); `forms` must view kept text (keep()).
  std::uint32_t add(std::uint32_t language, std::string_view surface, const Forms& forms);
  const Forms& forms(std::uint32_t id) const { return forms_[id]; }

  // A copy of `text` that lives until forget().
  std::string_view keep(std::string_view text) { return storage_.store(text); }

  std::size_t size() const { return forms_.size(); }

  // Past kLimit spellings, forgets every entry, kept text and slot value; call it only when
  // no token or view of the memo is in use (between threads).
  void forget_if_full();

  // Per-spelling values of one stage: trivially copyable, 4-byte aligned, the size of a
  // few integers. A slot handle is valid while its memo lives.
  template <class Value>
  class Slot {
    static_assert(std::is_trivially_copyable_v<Value> && alignof(Value) <= 4 && sizeof(Value) % 4 == 0);

   public:
    // The value stored for `id` since the last reset() or forget(), if any. An id the memo
    // never handed out (kNoWordId) has none, and storing for it does nothing.
    const Value* find(std::uint32_t id) const {
      const std::uint32_t* cell = memo_->cell(column_, id);
      return cell ? reinterpret_cast<const Value*>(cell) : nullptr;
    }
    void store(std::uint32_t id, const Value& value) {
      if (std::uint32_t* cell = memo_->new_cell(column_, id)) std::memcpy(cell, &value, sizeof value);
    }
    void reset() { memo_->reset(column_); }

   private:
    friend class WordMemo;
    Slot(WordMemo* memo, std::uint32_t column) : memo_(memo), column_(column) {}
    WordMemo* memo_;
    std::uint32_t column_;
  };

  template <class Value>
  Slot<Value> claim_slot() {
    return Slot<Value>(this, claim_column(sizeof(Value) / 4));
  }

 private:
  struct Language {
    Interner spellings;               // dense local ids
    std::vector<std::uint32_t> ids;   // local id → memo id
  };
  // A slot's values: per id, a stamp then `width` words. A cell is live when its stamp is
  // the column's epoch, so reset() only moves the epoch on.
  struct Column {
    std::size_t width = 0;
    std::uint32_t epoch = 1;
    std::vector<std::uint32_t> cells;
  };

  std::uint32_t claim_column(std::size_t width);
  const std::uint32_t* cell(std::uint32_t column, std::uint32_t id) const {
    const Column& values = columns_[column];
    const std::size_t at = std::size_t{id} * (values.width + 1);
    if (at >= values.cells.size() || values.cells[at] != values.epoch) return nullptr;
    return &values.cells[at + 1];
  }
  std::uint32_t* new_cell(std::uint32_t column, std::uint32_t id);
  void reset(std::uint32_t column);

  std::vector<Language> languages_;
  std::vector<Forms> forms_;
  StringArena storage_;
  std::vector<Column> columns_;
};

}  // namespace palabre
