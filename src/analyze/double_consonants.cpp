// ASCII consonants only: folded text has no accents left, and letters outside a–z
// (ß, ø, Cyrillic) are left exactly as they are.
#include "palabre/analyze/double_consonants.hpp"

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
  append_squeezed(out, folded);
  return out;
}

bool has_double_consonant(std::string_view folded) {
  for (std::size_t i = 1; i < folded.size(); ++i)
    if (folded[i] == folded[i - 1] && is_consonant(folded[i])) return true;
  return false;
}

void append_squeezed(std::string& out, std::string_view folded) {
  char previous = '\0';  // not a consonant: the first letter is always kept
  for (char c : folded) {
    if (c != previous || !is_consonant(c)) out += c;
    previous = c;
  }
}

}  // namespace palabre
