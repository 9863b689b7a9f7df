#include "palabre/text/byte_size.hpp"

#include <array>
#include <cctype>
#include <limits>

namespace palabre {
namespace {

constexpr std::array<char, 4> kUnits = {'K', 'M', 'G', 'T'};

}  // namespace

std::optional<std::size_t> parse_byte_size(std::string_view text) {
  std::size_t at = 0;
  std::size_t value = 0;
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
  for (; at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])); ++at) {
    const std::size_t digit = static_cast<std::size_t>(text[at] - '0');
    if (value > (kMax - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  if (at == 0) return std::nullopt;
  std::string unit;
  for (char c : text.substr(at)) unit += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (unit.empty() || unit == "B") return value;
  for (std::size_t power = 0; power < kUnits.size(); ++power) {
    const std::string letter(1, kUnits[power]);
    if (unit != letter && unit != letter + "B" && unit != letter + "IB") continue;
    for (std::size_t i = 0; i <= power; ++i) {
      if (value > kMax / 1024) return std::nullopt;
      value *= 1024;
    }
    return value;
  }
  return std::nullopt;
}

std::string format_byte_size(std::size_t bytes) {
  std::size_t value = bytes;
  std::size_t power = 0;
  while (value != 0 && value % 1024 == 0 && power < kUnits.size()) {
    value /= 1024;
    ++power;
  }
  return std::to_string(value) + (power == 0 ? std::string() : std::string(1, kUnits[power - 1]));
}

std::string format_byte_size_up(std::size_t bytes) {
  std::size_t unit = 1, power = 0;
  while (power < kUnits.size() && bytes / (unit * 1024) >= 10) {
    unit *= 1024;
    ++power;
  }
  const std::size_t value = bytes / unit + (bytes % unit != 0);
  return std::to_string(value) + (power == 0 ? std::string() : std::string(1, kUnits[power - 1]));
}

}  // namespace palabre
