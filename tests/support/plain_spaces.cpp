#include "support/plain_spaces.hpp"

#include "palabre/text/utf8.hpp"

namespace palabre::test {

std::string plain_spaces(std::string_view text) {
  std::string out;
  bool pending = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t before = pos;
    const char32_t c = decode_next(text, pos);
    if (is_space(c) || c == 0x00A0 || c == 0x202F) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(text.substr(before, pos - before));
  }
  return out;
}

}  // namespace palabre::test
