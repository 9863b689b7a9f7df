#include "palabre/text/paths.hpp"

#include <cstdio>

#include "palabre/text/utf8.hpp"

namespace palabre {

std::string path_for_record(std::string_view raw) { return sanitize_utf8(raw); }

std::string path_for_terminal(std::string_view raw) {
  std::string out;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    std::size_t start = pos;
    char32_t c = decode_next(raw, pos);
    bool invalid = c == kReplacementChar && raw.substr(start, pos - start) != "\xEF\xBF\xBD";
    if (invalid || c == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(raw[start]));
      out += escaped;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(c));
      out += escaped;
    } else {
      out.append(raw.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace palabre
