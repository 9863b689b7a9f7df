#include "palabre/analyze/spelling_counter.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "palabre/text/utf8.hpp"

namespace palabre {

std::uint32_t SpellingCounter::add(std::uint32_t owner, std::string_view written) {
  const auto id = static_cast<std::uint32_t>(spellings_.size());
  spellings_.push_back({bytes_.size(), static_cast<std::uint32_t>(written.size()), 0, owners_[owner].latest});
  bytes_.append(written);
  owners_[owner].latest = id + 1;
  ++owners_[owner].spellings;
  return id;
}

void SpellingCounter::count(std::uint32_t owner, std::string_view written) {
  count(owner, written, 1);
}

void SpellingCounter::count(std::uint32_t owner, std::string_view written, std::uint32_t times) {
  if (owner >= owners_.size()) owners_.resize(owner + 1);
  const Owner& known = owners_[owner];
  if (known.spellings <= kListed) {
    for (std::uint32_t s = known.latest; s != 0; s = spellings_[s - 1].next) {
      if (text(spellings_[s - 1]) == written) {
        spellings_[s - 1].count += times;
        return;
      }
    }
    spellings_[add(owner, written)].count += times;
    if (owners_[owner].spellings <= kListed) return;
    // Past kListed: index every spelling of this owner, then look it up by hash.
    for (std::uint32_t s = owners_[owner].latest; s != 0; s = spellings_[s - 1].next) {
      key_.resize(sizeof owner);
      std::memcpy(key_.data(), &owner, sizeof owner);
      key_.append(text(spellings_[s - 1]));
      index_.intern(key_);
      index_to_spelling_.resize(index_.size());
      index_to_spelling_[index_.size() - 1] = s - 1;
    }
    return;
  }
  key_.resize(sizeof owner);
  std::memcpy(key_.data(), &owner, sizeof owner);
  key_.append(written);
  bool added = false;
  const std::uint32_t indexed = index_.intern(key_, &added);
  if (added) {
    index_to_spelling_.resize(index_.size());
    index_to_spelling_[indexed] = add(owner, written);
  }
  spellings_[index_to_spelling_[indexed]].count += times;
}

std::string SpellingCounter::most_written(std::uint32_t owner) const {
  // Spellings that differ only by case are one: their counts add up once lowercased.
  std::vector<std::pair<std::string, std::size_t>> lowered;
  for (std::uint32_t s = owner < owners_.size() ? owners_[owner].latest : 0; s != 0;
       s = spellings_[s - 1].next)
    lowered.emplace_back(to_lower(text(spellings_[s - 1])), spellings_[s - 1].count);
  std::sort(lowered.begin(), lowered.end());
  std::string best;
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < lowered.size();) {
    std::size_t count = 0, j = i;
    for (; j < lowered.size() && lowered[j].first == lowered[i].first; ++j) count += lowered[j].second;
    if (count > best_count) {  // strictly more: a tie keeps the earlier one in byte order
      best_count = count;
      best = lowered[i].first;
    }
    i = j;
  }
  return best;
}

void SpellingCounter::keep_owners(const std::vector<std::uint32_t>& new_owner_of) {
  SpellingCounter kept;
  std::vector<std::uint32_t> oldest_first;
  for (std::uint32_t owner = 0; owner < owners_.size() && owner < new_owner_of.size(); ++owner) {
    if (new_owner_of[owner] == kDropped) continue;
    oldest_first.clear();
    for (std::uint32_t s = owners_[owner].latest; s != 0; s = spellings_[s - 1].next)
      oldest_first.push_back(s - 1);
    for (auto s = oldest_first.rbegin(); s != oldest_first.rend(); ++s)
      kept.count(new_owner_of[owner], text(spellings_[*s]), spellings_[*s].count);
  }
  *this = std::move(kept);
}

void SpellingCounter::clear() {
  bytes_.clear();
  spellings_.clear();
  owners_.clear();  // keeps its capacity; resize() refills with empty owners
  index_.clear();
  index_to_spelling_.clear();
}

}  // namespace palabre
