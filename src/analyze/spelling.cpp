// ASCII consonants only: folded text has no accents left, and letters outside a–z
// (ß, ø, Cyrillic) are left exactly as they are.
#include "palabre/analyze/spelling.hpp"

namespace palabre {
namespace {

bool is_consonant(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' &&
         c != 'y';
}

}  // namespace

std::string squeeze_double_consonants(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (char c : folded)
    if (out.empty() || c != out.back() || !is_consonant(c)) out += c;
  return out;
}

}  // namespace palabre
