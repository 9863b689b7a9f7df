// Text utilities, byte counts as people write them: "512M", "10K", "1G", "2000" ↔ a number of
// bytes, so that an option takes a size the way palabre prints it. Multiples are binary
// (K = 1024), as in `ls -h` and `du -h`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace palabre {

// "2000", "10K", "10k", "10KB", "10KiB", "512M", "1G", "1T" → bytes; nullopt for anything
// else (a sign, a fraction, an unknown unit, a count that does not fit a size_t).
std::optional<std::size_t> parse_byte_size(std::string_view text);

// The shortest exact spelling: 536870912 → "512M", 1536 → "1536" … "1.5K" is never written,
// since parse_byte_size would not read it back.
std::string format_byte_size(std::size_t bytes);

// Rounded up, for an estimate people read: the largest unit that keeps two digits, so
// 1635782340 → "1561M", 4613740070 → "4401M", 12884901888 → "12G"; parse_byte_size reads it.
std::string format_byte_size_up(std::size_t bytes);

}  // namespace palabre
