#include "palabre/analyze/word_memo.hpp"

#include <algorithm>

namespace palabre {

std::uint32_t WordMemo::add_language() {
  languages_.emplace_back();
  return static_cast<std::uint32_t>(languages_.size() - 1);
}

std::uint32_t WordMemo::add(std::uint32_t language, std::string_view surface, const Forms& forms) {
  // Room first, so that once the id is handed out the push_backs cannot throw: the
  // spellings and forms stay in step. A memo's worth (and the thread that crosses the
  // limit) is reserved at once: doubling up to it would keep the old and new arrays alive
  // together at the peak; pages not written stay out of the resident set.
  if (forms_.size() == forms_.capacity()) forms_.reserve(std::max(kLimit + kLimit / 8, 2 * forms_.capacity()));
  Language& spellings = languages_[language];
  if (spellings.ids.size() == spellings.ids.capacity()) spellings.ids.reserve(std::max<std::size_t>(64, 2 * spellings.ids.capacity()));
  const auto id = static_cast<std::uint32_t>(forms_.size());
  spellings.spellings.intern(surface);
  spellings.ids.push_back(id);
  forms_.push_back(forms);
  return id;
}

void WordMemo::forget_if_full() {
  if (forms_.size() < kLimit) return;
  for (Language& language : languages_) {
    language.spellings.clear();
    language.ids.clear();
  }
  forms_.clear();
  storage_.clear();
  for (std::uint32_t column = 0; column < columns_.size(); ++column) reset(column);
}

std::uint32_t WordMemo::claim_column(std::size_t width) {
  columns_.push_back(Column{width, 1, {}});
  return static_cast<std::uint32_t>(columns_.size() - 1);
}

std::uint32_t* WordMemo::new_cell(std::uint32_t column, std::uint32_t id) {
  if (id >= forms_.size()) return nullptr;
  Column& values = columns_[column];
  const std::size_t stride = values.width + 1;
  const std::size_t at = std::size_t{id} * stride;
  // Grown to the memo's capacity at once, like the forms, so a column is resized a few
  // times per worker rather than once per new spelling.
  if (at >= values.cells.size()) values.cells.resize(std::max(forms_.capacity(), std::size_t{id} + 1) * stride, 0);
  values.cells[at] = values.epoch;
  return &values.cells[at + 1];
}

// Stamps are compared with the epoch, so moving it on empties the column; when it wraps,
// the stamps are cleared for real so that no stale one matches again.
void WordMemo::reset(std::uint32_t column) {
  Column& values = columns_[column];
  if (++values.epoch == 0) {
    std::fill(values.cells.begin(), values.cells.end(), 0);
    values.epoch = 1;
  }
}

}  // namespace palabre
