// A folder's file names, sorted byte-wise and packed: a walk holds the listing of every
// folder it is inside, and a folder may hold a million names. A std::string per name costs
// its header and an allocation besides the name; packed, a name costs what it does not share
// with the one before it ("a00124.txt" after "a00123.txt": "4.txt") and two bytes of lengths.
//
//   NameList names;
//   names.add("b.txt");
//   names.add("a.txt");
//   names.sort();                       // byte order: the same on every machine
//   while (std::optional<std::string_view> name = names.next()) { ... }  // "a.txt", "b.txt"
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

class NameList {
 public:
  // The most name bytes a list gathers before sort() (offsets are 32-bit): ~100 million names.
  static constexpr std::size_t kMaxBytes = std::size_t{UINT32_MAX};

  // Appends a name (no NUL inside: file names never have one), before sort(). False, and
  // nothing added, when the list would pass kMaxBytes.
  bool add(std::string_view name);
  // Sorts the names in byte order (as std::string's operator< does) and packs them.
  void sort();
  // After sort(): the next name in order, or nullopt past the last one. The view lasts
  // until the next call or until the list moves.
  std::optional<std::string_view> next();

  std::size_t size() const { return count_; }
  // Heap bytes held, for tests and measures.
  std::size_t capacity_bytes() const {
    return bytes_.capacity() + starts_.capacity() * sizeof(std::uint32_t) + packed_.capacity() +
           current_.capacity();
  }

 private:
  // Gathering: every name followed by a NUL, and where each starts.
  std::string bytes_;
  std::vector<std::uint32_t> starts_;
  // Sorted: per name, the length shared with the previous name and the rest's length
  // (variable-length integers), then the rest.
  std::string packed_;
  std::string current_;  // the name next() gave last: the next one starts with part of it
  std::size_t count_ = 0, read_ = 0;
};

}  // namespace palabre
