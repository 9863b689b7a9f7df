// Stable storage for many short strings: copies land in large chunks that never move, so
// the string_views handed out stay valid until clear(). The analyzer keeps the word forms
// its tokens view here (analyzer.hpp).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace palabre {

class StringArena {
 public:
  // A copy of `text` that lives until clear() or the arena's end.
  std::string_view store(std::string_view text);

  // Frees every copy: all views handed out before dangle.
  void clear();

  // Bytes held by the copies (not counting unused chunk space).
  std::size_t bytes() const { return bytes_; }

 private:
  static constexpr std::size_t kChunkBytes = 64 * 1024;

  std::vector<std::unique_ptr<char[]>> chunks_;
  std::size_t used_ = 0;      // bytes used in the last chunk
  std::size_t capacity_ = 0;  // size of the last chunk
  std::size_t bytes_ = 0;
};

}  // namespace palabre
