// A folder's file names, sorted byte-wise, in one buffer: a walk holds the listing of every
// folder it is inside, and a folder may hold a million names. One std::string per name cost
// ~52 bytes a file; here a name costs its bytes, a NUL and a 4-byte offset.
//
//   NameList names;
//   names.add("b.txt");
//   names.add("a.txt");
//   names.sort();          // byte order: the same on every machine
//   names[0];              // "a.txt", a view into the buffer
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

class NameList {
 public:
  // The most name bytes a list holds (offsets are 32-bit): ~100 million names.
  static constexpr std::size_t kMaxBytes = std::size_t{UINT32_MAX};

  // Appends a name (no NUL inside: file names never have one). False, and nothing added,
  // when the list would pass kMaxBytes.
  bool add(std::string_view name);
  // Sorts the names in byte order (as std::string's operator< does) and frees spare capacity.
  void sort();

  std::size_t size() const { return starts_.size(); }
  bool empty() const { return starts_.empty(); }
  std::string_view operator[](std::size_t index) const;
  // Heap bytes held, for tests and measures.
  std::size_t capacity_bytes() const { return bytes_.capacity() + starts_.capacity() * sizeof(std::uint32_t); }

 private:
  std::string bytes_;                  // every name, each followed by a NUL
  std::vector<std::uint32_t> starts_;  // where each name starts in bytes_, in list order
};

}  // namespace palabre
