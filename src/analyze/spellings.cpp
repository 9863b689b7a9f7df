#include "palabre/analyze/spellings.hpp"

#include <algorithm>
#include <cstring>

#include "palabre/text/utf8.hpp"

namespace palabre {

void SpellingCounter::count(std::uint32_t owner, std::string_view written) {
  // Most occurrences repeat the spelling counted last for the same owner: compare with it
  // before building and hashing the key.
  if (owner < recent_.size() && recent_[owner] != 0) {
    const std::uint32_t recent = recent_[owner] - 1;
    if (spellings_.key(recent).substr(sizeof owner) == written) {
      ++counts_[recent];
      return;
    }
  }
  key_.resize(sizeof owner);
  std::memcpy(key_.data(), &owner, sizeof owner);
  key_.append(written);
  bool added = false;
  const std::uint32_t spelling = spellings_.intern(key_, &added);
  if (owner >= latest_.size()) {
    latest_.resize(owner + 1, 0);
    recent_.resize(owner + 1, 0);
  }
  if (added) {
    counts_.resize(spellings_.size());
    next_.resize(spellings_.size());
    counts_[spelling] = 0;
    next_[spelling] = latest_[owner];
    latest_[owner] = spelling + 1;
  }
  recent_[owner] = spelling + 1;
  ++counts_[spelling];
}

std::string SpellingCounter::most_written(std::uint32_t owner) const {
  // Spellings that differ only by case are one: their counts add up once lowercased.
  std::vector<std::pair<std::string, std::size_t>> lowered;
  for (std::uint32_t s = owner < latest_.size() ? latest_[owner] : 0; s != 0; s = next_[s - 1])
    lowered.emplace_back(to_lower(spellings_.key(s - 1).substr(sizeof owner)), counts_[s - 1]);
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

void SpellingCounter::clear() {
  spellings_.clear();
  latest_.clear();  // keep their capacity; resize() refills with zeros
  recent_.clear();
}

}  // namespace palabre
