#include "palabre/text/string_arena.hpp"

#include <algorithm>
#include <cstring>

namespace palabre {

std::string_view StringArena::store(std::string_view text) {
  if (text.empty()) return {};
  if (chunks_.empty() || capacity_ - used_ < text.size()) {
    // A string longer than a chunk gets a chunk of its own size.
    capacity_ = std::max(kChunkBytes, text.size());
    chunks_.push_back(std::make_unique_for_overwrite<char[]>(capacity_));
    used_ = 0;
  }
  char* copy = chunks_.back().get() + used_;
  std::memcpy(copy, text.data(), text.size());
  used_ += text.size();
  bytes_ += text.size();
  return {copy, text.size()};
}

void StringArena::clear() {
  chunks_.clear();
  used_ = capacity_ = bytes_ = 0;
}

}  // namespace palabre
