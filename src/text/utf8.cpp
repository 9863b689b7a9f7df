// utf8proc is confined to this file. Folding and lowercasing take an ASCII fast path:
// most French words are ASCII or nearly, and these run once per token on the hot path.
#include "palabre/text/utf8.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>

namespace palabre {
namespace {

std::string map_with(std::string_view text, int options) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t size = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                       static_cast<utf8proc_ssize_t>(text.size()), &result,
                                       static_cast<utf8proc_option_t>(options));
  if (size < 0) return sanitize_utf8(text);  // only on invalid input, which callers avoid
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(result, &std::free);
  return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(size));
}

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

char32_t decode_next(std::string_view text, std::size_t& pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char lead = bytes[pos];
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length;
  char32_t code_point;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
  } else {
    ++pos;
    return kReplacementChar;
  }
  if (pos + length > text.size()) {
    ++pos;
    return kReplacementChar;
  }
  for (std::size_t i = 1; i < length; ++i) {
    unsigned char next = bytes[pos + i];
    if ((next & 0xC0) != 0x80) {
      ++pos;
      return kReplacementChar;
    }
    code_point = (code_point << 6) | (next & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000) ||
      (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
    ++pos;
    return kReplacementChar;
  }
  pos += length;
  return code_point;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool is_valid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    std::size_t before = pos;
    if (decode_next(text, pos) == kReplacementChar && !(pos - before == 3 &&
        text.substr(before, 3) == "\xEF\xBF\xBD"))
      return false;
  }
  return true;
}

std::size_t find_unclean_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte == 0) return pos;
    if (byte < 0x80) {
      ++pos;
      continue;
    }
    std::size_t before = pos;
    if (decode_next(text, pos) == kReplacementChar && pos - before != 3) return before;
  }
  return std::string_view::npos;
}

std::string sanitize_utf8(std::string_view text, std::size_t* replaced, std::size_t* nul_bytes) {
  // Most text is clean: one copy, no per-code-point appends.
  std::size_t pos = find_unclean_utf8(text);
  if (nul_bytes) *nul_bytes = 0;
  if (pos == std::string_view::npos) {
    if (replaced) *replaced = 0;
    return std::string(text);
  }
  std::string out;
  out.reserve(text.size());
  out.append(text.substr(0, pos));
  std::size_t count = 0, nuls = 0;
  while (pos < text.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(text, pos);
    bool genuine_fffd = c == kReplacementChar && pos - before == 3;
    if ((c == kReplacementChar && !genuine_fffd) || c == 0) {
      ++(c == 0 && nul_bytes ? nuls : count);
      append_utf8(out, kReplacementChar);
    } else {
      out.append(text.substr(before, pos - before));
    }
  }
  if (replaced) *replaced = count;
  if (nul_bytes) *nul_bytes = nuls;
  return out;
}

std::size_t replace_nul_characters(std::string& text) {
  std::size_t at = text.find('\0');
  if (at == std::string::npos) return 0;
  std::string out;
  out.reserve(text.size() + 8);
  std::size_t copied = 0, count = 0;
  for (; at != std::string::npos; at = text.find('\0', at + 1), ++count) {
    out.append(text, copied, at - copied);
    append_utf8(out, kReplacementChar);
    copied = at + 1;
  }
  out.append(text, copied);
  text = std::move(out);
  return count;
}

std::string nul_bytes_warning(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " NUL byte" : " NUL bytes") + " replaced by U+FFFD";
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++count;
  return count;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = decode_next(text, pos);
    if (c < 0x80) {
      width += c >= 0x20 && c != 0x7F ? 1 : 0;
      continue;
    }
    int columns = utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
    width += columns > 0 ? static_cast<std::size_t>(columns) : 0;
  }
  return width;
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_ME);
}

bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
         category == UTF8PROC_CATEGORY_ZP || c == 0x85 || c == 0xFEFF || c == 0x200B;
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x00B4;
}

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool is_symbol(char32_t c) {
  if (c < 0x80) return false;
  auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category >= UTF8PROC_CATEGORY_SM && category <= UTF8PROC_CATEGORY_SO;
}

namespace detail {

std::string to_lower_by_utf8proc(std::string_view text) {
  return map_with(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string fold_by_utf8proc(std::string_view text) {
  std::string stripped =
      map_with(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  // Ligatures and typographic apostrophes have no decomposition: fold them by hand.
  std::string out;
  out.reserve(stripped.size());
  std::size_t pos = 0;
  while (pos < stripped.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(stripped, pos);
    switch (c) {
      case 0x0153: out += "oe"; break;  // œ
      case 0x00E6: out += "ae"; break;  // æ
      case 0x00DF: out += "ss"; break;  // ß
      case 0x2019: case 0x02BC: case 0x2018: case 0x00B4: out += '\''; break;
      default: out.append(stripped, before, pos - before);
    }
  }
  return out;
}

bool in_fast_fold_range(char32_t c) {
  return c < kFastFoldLatinEnd || (c >= kFastFoldPunctBegin && c < kFastFoldPunctEnd);
}

}  // namespace detail

namespace {

// utf8proc_map decomposes, case-folds and recomposes through a malloc'd UTF-32 buffer:
// profiling showed it at ~20% of a run, called once per token and per sentence. Text in
// French comments stays within Latin (U+0000–U+024F) and General Punctuation
// (U+2000–U+206F); none of those code points carries a combining class, so the mapping of
// a string is the concatenation of the mappings of its code points. The table holds those
// per code point results, computed once by utf8proc itself so the fast path cannot drift
// from it (utf8_test checks every pair against utf8proc). Anything else — combining marks,
// other scripts, emoji, invalid bytes — takes the utf8proc path as before.
class CodePointMaps {
 public:
  CodePointMaps() {
    for (std::size_t i = 0; i < kSize; ++i) {
      std::string one;
      append_utf8(one, code_point_at(i));
      lower_[i] = detail::to_lower_by_utf8proc(one);
      folded_[i] = detail::fold_by_utf8proc(one);
    }
  }

  // The mapped form of c, or nullptr when c is outside the table.
  const std::string* find(char32_t c, bool folded) const {
    std::size_t index;
    if (c < detail::kFastFoldLatinEnd) {
      index = c;
    } else if (c >= detail::kFastFoldPunctBegin && c < detail::kFastFoldPunctEnd) {
      index = detail::kFastFoldLatinEnd + (c - detail::kFastFoldPunctBegin);
    } else {
      return nullptr;
    }
    return folded ? &folded_[index] : &lower_[index];
  }

 private:
  static constexpr std::size_t kSize = detail::kFastFoldLatinEnd +
                                       (detail::kFastFoldPunctEnd - detail::kFastFoldPunctBegin);

  static char32_t code_point_at(std::size_t index) {
    if (index < detail::kFastFoldLatinEnd) return static_cast<char32_t>(index);
    return static_cast<char32_t>(detail::kFastFoldPunctBegin + (index - detail::kFastFoldLatinEnd));
  }

  std::array<std::string, kSize> lower_;
  std::array<std::string, kSize> folded_;
};

const CodePointMaps& code_point_maps() {
  // Immutable once built; C++ guarantees the one-time construction is thread-safe.
  static const CodePointMaps maps;
  return maps;
}

// Maps text code point by code point through the table; false (out left partial) when a
// code point is outside it, so the caller falls back to utf8proc for the whole text.
bool map_by_table(std::string_view text, bool folded, std::string& out) {
  const CodePointMaps& maps = code_point_maps();
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char byte = text[pos];
    if (static_cast<unsigned char>(byte) < 0x80) {
      out += byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : byte;
      ++pos;
      continue;
    }
    const std::string* mapped = maps.find(decode_next(text, pos), folded);
    if (mapped == nullptr) return false;  // U+FFFD from invalid bytes lands here too
    out += *mapped;
  }
  return true;
}

}  // namespace

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

std::string to_lower(std::string_view text) {
  if (is_ascii(text)) return ascii_lower(text);
  std::string out;
  if (map_by_table(text, false, out)) return out;
  return detail::to_lower_by_utf8proc(text);
}

std::string fold(std::string_view text) {
  if (is_ascii(text)) return ascii_lower(text);
  std::string out;
  if (map_by_table(text, true, out)) return out;
  return detail::fold_by_utf8proc(text);
}

std::string folded_letters_and_digits(std::string_view text) {
  std::string folded = fold(text);
  std::string key;
  std::size_t pos = 0;
  while (pos < folded.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(folded, pos);
    if (is_letter(c) || is_digit(c)) key.append(folded, before, pos - before);
  }
  return key;
}

bool starts_with_uppercase(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = decode_next(text, pos);
    if (is_letter(c))
      return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU ||
             utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LT;
  }
  return false;
}

std::string shorten(std::string_view text, std::size_t max_code_points) {
  if (count_code_points(text) <= max_code_points) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  for (std::size_t n = 0; n + 1 < max_code_points && pos < text.size(); ++n) {
    std::size_t before = pos;
    decode_next(text, pos);
    out.append(text.substr(before, pos - before));
  }
  return out + "…";
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t pos = begin;
    if (!is_space(decode_next(text, pos))) break;
    begin = pos;
  }
  std::size_t end = text.size();
  while (end > begin) {
    // Step back over one code point.
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    if (!is_space(decode_next(text, pos))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

}  // namespace palabre
