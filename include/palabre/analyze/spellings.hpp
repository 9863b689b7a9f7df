// How each of a set of keys (a stem, a candidate phrase) is written, counted as written;
// lowercasing waits until a key is shown, so it runs for a few keys rather than for every
// occurrence. Keys are dense ids from an Interner. One per worker: clear() keeps the memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/interner.hpp"

namespace palabre {

class SpellingCounter {
 public:
  // One more occurrence of `owner` written `written`.
  void count(std::uint32_t owner, std::string_view written);

  // The lowercased spelling of `owner` written most often ("" if none); on a tie the first
  // in byte order.
  std::string most_written(std::uint32_t owner) const;

  void clear();

 private:
  Interner spellings_;                  // owner id bytes + the text as written
  std::vector<std::size_t> counts_;     // per spelling
  std::vector<std::uint32_t> next_;     // per spelling: the owner's previous spelling + 1
  std::vector<std::uint32_t> latest_;   // per owner: its latest new spelling + 1 (0: none)
  std::vector<std::uint32_t> recent_;   // per owner: the spelling counted last + 1 (0: none)
  std::string key_;
};

}  // namespace palabre
