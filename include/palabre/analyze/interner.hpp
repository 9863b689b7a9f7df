// Dense integer ids for byte strings, so the hot loops of the summary stage (talking points,
// coverage) count into flat vectors instead of maps keyed by std::string. Each distinct key
// gets the next id (0, 1, 2, …) the first time it is interned; the keys are kept in one
// buffer. One Interner per worker: clear() forgets the keys but keeps the memory, so a
// worker stops allocating once it has seen its largest thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

class Interner {
 public:
  // The id of `key`, a new one if it was never interned; `added` (when given) says which.
  std::uint32_t intern(std::string_view key, bool* added = nullptr);

  // The id of `key` if it was interned.
  std::optional<std::uint32_t> find(std::string_view key) const;

  // The key of `id` (< size()); valid until the next intern() or clear().
  std::string_view key(std::uint32_t id) const {
    return std::string_view(bytes_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }

  std::size_t size() const { return offsets_.size() - 1; }

  // Forgets every key; ids start again at 0.
  void clear();

 private:
  // Open addressing with linear probing; the slot keeps 32 bits of the hash so most
  // mismatches are rejected without touching the key bytes.
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id_plus_one = 0;  // 0: empty
  };

  std::size_t probe(std::string_view key, std::uint32_t hash) const;  // slot of key, or empty
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::vector<std::size_t> offsets_ = {0};  // key i is bytes_[offsets_[i], offsets_[i + 1])
  std::string bytes_;
};

}  // namespace palabre
