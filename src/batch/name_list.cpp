// Names end with a NUL rather than carrying a length: readdir never gives a NUL inside a
// name, and the NUL lets the comparison stop without a second array of lengths.
#include "palabre/batch/name_list.hpp"

#include <algorithm>
#include <cstring>

namespace palabre {

bool NameList::add(std::string_view name) {
  if (bytes_.size() + name.size() + 1 > kMaxBytes) return false;
  starts_.push_back(static_cast<std::uint32_t>(bytes_.size()));
  bytes_.append(name);
  bytes_.push_back('\0');
  return true;
}

void NameList::sort() {
  const char* base = bytes_.data();
  // strcmp compares as unsigned char, the order std::string's operator< gives for names
  // without a NUL: "é" (0xC3…) after "z", as before.
  std::sort(starts_.begin(), starts_.end(),
            [base](std::uint32_t a, std::uint32_t b) { return std::strcmp(base + a, base + b) < 0; });
  bytes_.shrink_to_fit();
  starts_.shrink_to_fit();
}

std::string_view NameList::operator[](std::size_t index) const {
  return std::string_view(bytes_.data() + starts_[index]);
}

}  // namespace palabre
