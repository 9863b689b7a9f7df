// Text utilities, fingerprints: bytes → a short stable name for them (64-bit FNV-1a, as 16
// hex digits), the same on every machine and every run. For telling apart what should be
// the same (the theme set two partials were made with, a partial given twice); not a
// defence against anyone forging a collision.
//
//   Fingerprint print;
//   print.add(theme_file_bytes);
//   std::string name = print.hex();   // "a3f0…", 16 digits
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace palabre {

class Fingerprint {
 public:
  // Adds the bytes and their length, so that "ab" + "c" and "a" + "bc" differ.
  void add(std::string_view bytes);
  std::uint64_t value() const { return hash_; }
  std::string hex() const;

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ULL;  // the FNV-1a 64-bit offset basis
};

// 16 lower-case hex digits, and back (nullopt for anything else).
std::string fingerprint_hex(std::uint64_t value);
std::optional<std::uint64_t> parse_fingerprint_hex(std::string_view digits);

}  // namespace palabre
