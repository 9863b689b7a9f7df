#include "palabre/analyze/interner.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace palabre {
namespace {

// Keys are short (a stem, a few ids, a phrase as written): an inline hash eating eight
// bytes at a time beats the out-of-line std::hash (callgrind). Mixing as in splitmix64.
std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 31;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 29;
  return h;
}

std::uint32_t hash_of(std::string_view key) {
  const std::uint64_t h = hash_bytes(key);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

}  // namespace

std::uint64_t hash_bytes(std::string_view key) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ key.size();
  const char* p = key.data();
  std::size_t n = key.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = mix(h ^ word) * 0x94d049bb133111ebULL;
  }
  if (n > 0) {  // the tail byte by byte: a memcpy of a variable length is a call
    std::uint64_t word = 0;
    for (std::size_t i = 0; i < n; ++i)
      word |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    h = mix(h ^ word) * 0x94d049bb133111ebULL;
  }
  return mix(h);
}

std::size_t Interner::probe(std::string_view key, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) return i;
    if (slot.hash == hash && this->key(slot.id_plus_one - 1) == key) return i;
  }
}

std::uint32_t Interner::intern(std::string_view key, bool* added) {
  const std::uint32_t hash = hash_of(key);
  std::size_t i = probe(key, hash);
  if (slots_[i].id_plus_one != 0) {
    if (added) *added = false;
    return slots_[i].id_plus_one - 1;
  }
  const auto id = static_cast<std::uint32_t>(size());
  bytes_.append(key);
  offsets_.push_back(bytes_.size());
  slots_[i] = {hash, id + 1};
  if (added) *added = true;
  if (2 * size() > slots_.size()) grow();  // at most half full keeps probes short
  return id;
}

std::optional<std::uint32_t> Interner::find(std::string_view key) const {
  const Slot& slot = slots_[probe(key, hash_of(key))];
  if (slot.id_plus_one == 0) return std::nullopt;
  return slot.id_plus_one - 1;
}

void Interner::grow() { grow_table(slots_); }

void Interner::clear() {
  // A table sized for one huge thread would make every later clear() slow: shrink it back
  // when the keys it held fill less than 1/16 of it.
  const std::size_t wanted = std::max<std::size_t>(64, std::bit_ceil(4 * size()));
  if (slots_.size() > 4 * wanted) slots_.assign(wanted, Slot{});
  else std::fill(slots_.begin(), slots_.end(), Slot{});
  offsets_.assign(1, 0);
  bytes_.clear();
}

}  // namespace palabre
