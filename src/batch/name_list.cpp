// Names end with a NUL while they are gathered rather than carrying a length: readdir never
// gives a NUL inside a name, and the NUL lets the sort compare without a second array.
// Sorted neighbours share long prefixes (a00123.txt, a00124.txt), hence the packing.
#include "palabre/batch/name_list.hpp"

#include <algorithm>
#include <cstring>

namespace palabre {
namespace {

void put_length(std::string& out, std::size_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>(0x80 | (value & 0x7F)));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::size_t get_length(const std::string& in, std::size_t& at) {
  std::size_t value = 0;
  for (int shift = 0;; shift += 7) {
    auto byte = static_cast<unsigned char>(in[at++]);
    value |= static_cast<std::size_t>(byte & 0x7F) << shift;
    if (byte < 0x80) return value;
  }
}

}  // namespace

bool NameList::add(std::string_view name) {
  if (bytes_.size() + name.size() + 1 > kMaxBytes) return false;
  starts_.push_back(static_cast<std::uint32_t>(bytes_.size()));
  bytes_.append(name);
  bytes_.push_back('\0');
  ++count_;
  return true;
}

void NameList::sort() {
  const char* base = bytes_.data();
  // strcmp compares as unsigned char: the order std::string's operator< gives for names
  // without a NUL ("é", 0xC3…, after "z").
  std::sort(starts_.begin(), starts_.end(),
            [base](std::uint32_t a, std::uint32_t b) { return std::strcmp(base + a, base + b) < 0; });
  std::string_view previous;
  for (std::uint32_t start : starts_) {
    std::string_view name(base + start);
    std::size_t shared = 0;
    while (shared < previous.size() && shared < name.size() && previous[shared] == name[shared]) ++shared;
    put_length(packed_, shared);
    put_length(packed_, name.size() - shared);
    packed_.append(name.substr(shared));
    previous = name;
  }
  packed_.shrink_to_fit();
  std::string().swap(bytes_);
  std::vector<std::uint32_t>().swap(starts_);
}

std::optional<std::string_view> NameList::next() {
  if (read_ >= packed_.size()) return std::nullopt;
  std::size_t shared = get_length(packed_, read_);
  std::size_t rest = get_length(packed_, read_);
  current_.resize(shared);
  current_.append(packed_, read_, rest);
  read_ += rest;
  return std::string_view(current_);
}

}  // namespace palabre
