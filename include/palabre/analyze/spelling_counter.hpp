// How each of a set of keys (a stem, a candidate phrase) is written, counted as written;
// lowercasing waits until a key is shown, so it runs for a few keys rather than for every
// occurrence. Keys are dense ids (from an Interner). One per worker: clear() keeps the
// memory.
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

  // Renumbers the owners: owner i becomes new_owner_of[i], or is forgotten with its
  // spellings when that is kDropped. New numbers keep the old order.
  static constexpr std::uint32_t kDropped = 0xffffffff;
  void keep_owners(const std::vector<std::uint32_t>& new_owner_of);

 private:
  // Most keys are written one way or two (most candidate phrases occur once): a key's few
  // spellings are found by walking its list, and only a key with many gets a hash index.
  static constexpr std::uint32_t kListed = 8;

  // Kept to 24 bytes: a huge thread's candidate phrases each keep one or two.
  struct Spelling {
    std::size_t offset = 0;     // in bytes_
    std::uint32_t length = 0;   // a phrase's spelling: a few words
    std::uint32_t count = 0;    // occurrences in one thread
    std::uint32_t next = 0;     // the owner's previous spelling + 1 (0: none)
  };
  struct Owner {
    std::uint32_t latest = 0;     // its newest spelling + 1 (0: none)
    std::uint32_t spellings = 0;  // how many
  };

  std::string_view text(const Spelling& spelling) const {
    return std::string_view(bytes_).substr(spelling.offset, spelling.length);
  }
  std::uint32_t add(std::uint32_t owner, std::string_view written);
  void count(std::uint32_t owner, std::string_view written, std::uint32_t times);

  std::string bytes_;
  std::vector<Spelling> spellings_;
  std::vector<Owner> owners_;
  Interner index_;                         // owner id bytes + text, for owners past kListed
  std::vector<std::uint32_t> index_to_spelling_;
  std::string key_;
};

}  // namespace palabre
