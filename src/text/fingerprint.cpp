#include "palabre/text/fingerprint.hpp"

#include <cstdio>

namespace palabre {

void Fingerprint::add(std::string_view bytes) {
  constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  for (unsigned char c : bytes) hash_ = (hash_ ^ c) * kPrime;
  for (std::uint64_t length = bytes.size(), i = 0; i < 8; ++i, length >>= 8)
    hash_ = (hash_ ^ (length & 0xFF)) * kPrime;
}

std::string Fingerprint::hex() const { return fingerprint_hex(hash_); }

std::string fingerprint_hex(std::uint64_t value) {
  char digits[17];
  std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(value));
  return digits;
}

std::optional<std::uint64_t> parse_fingerprint_hex(std::string_view digits) {
  if (digits.size() != 16) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : digits) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    value = value << 4 | static_cast<std::uint64_t>(digit);
  }
  return value;
}

}  // namespace palabre
