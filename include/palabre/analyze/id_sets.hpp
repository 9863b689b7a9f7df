// Analyze stage helper: sets of ids (words, comments) kept as sorted vectors without
// repeats, the form the talking points and the discussion groups compare them in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace palabre {

// How many ids two sorted, repeat-free vectors have in common (a linear merge).
inline std::size_t count_common(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return common;
}

}  // namespace palabre
