// Dense integer ids for byte strings, so the hot loops of the summary stage (talking points,
// coverage) count into flat vectors instead of maps keyed by std::string. Each distinct key
// gets the next id (0, 1, 2, …) the first time it is interned; the keys are kept in one
// buffer. One Interner per worker: clear() forgets the keys but keeps the memory, so a
// worker stops allocating once it has seen its largest thread.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

// Doubles an open-addressing table (a power of two in size, linear probing) whose slots
// carry `hash` and `id_plus_one` (0: empty), and puts its entries back.
template <class Slot>
void grow_table(std::vector<Slot>& slots) {
  std::vector<Slot> old(slots.size() * 2);
  old.swap(slots);
  const std::size_t mask = slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id_plus_one == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots[i].id_plus_one != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
}

// A fast 64-bit hash of short byte strings (words, phrases): eight bytes at a time, mixed
// as in splitmix64. Not for adversarial keys of hash tables that grow without bound.
std::uint64_t hash_bytes(std::string_view key);

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

// The same for fixed-size tuples of ids (a candidate phrase's word ids, a pair of
// neighbours): no bytes to copy, the hash mixes N integers.
template <std::size_t N>
class IdTupleInterner {
 public:
  using Key = std::array<std::uint32_t, N>;

  std::uint32_t intern(const Key& key, bool* added = nullptr) {
    const std::uint32_t hash = hash_of(key);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    for (; slots_[i].id_plus_one != 0; i = (i + 1) & mask) {
      if (slots_[i].hash == hash && keys_[slots_[i].id_plus_one - 1] == key) {
        if (added) *added = false;
        return slots_[i].id_plus_one - 1;
      }
    }
    const auto id = static_cast<std::uint32_t>(keys_.size());
    keys_.push_back(key);
    slots_[i] = {hash, id + 1};
    if (added) *added = true;
    if (2 * keys_.size() > slots_.size()) grow();
    return id;
  }

  // The id of `key` if it was interned.
  std::optional<std::uint32_t> find(const Key& key) const {
    const std::uint32_t hash = hash_of(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i].id_plus_one != 0; i = (i + 1) & mask)
      if (slots_[i].hash == hash && keys_[slots_[i].id_plus_one - 1] == key) return slots_[i].id_plus_one - 1;
    return std::nullopt;
  }

  const Key& key(std::uint32_t id) const { return keys_[id]; }
  std::size_t size() const { return keys_.size(); }

  void clear() {
    const std::size_t wanted = std::max<std::size_t>(64, std::bit_ceil(4 * keys_.size()));
    if (slots_.size() > 4 * wanted) slots_.assign(wanted, Slot{});
    else std::fill(slots_.begin(), slots_.end(), Slot{});
    keys_.clear();
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id_plus_one = 0;  // 0: empty
  };

  static std::uint32_t hash_of(const Key& key) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (std::uint32_t part : key) {
      h = (h ^ part) * 0xbf58476d1ce4e5b9ULL;
      h ^= h >> 29;
    }
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }

  void grow() { grow_table(slots_); }

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::vector<Key> keys_;
};

}  // namespace palabre
