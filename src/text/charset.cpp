// Decoding follows what browsers do, in a simpler order: a BOM is certain; bytes that are
// valid UTF-8 with non-ASCII content are UTF-8 whatever the page declares (a declaration that
// disagrees is the common lie, and valid multi-byte UTF-8 by accident is rare); otherwise the
// declaration; otherwise uchardet. ISO-8859-1 is read as windows-1252, its superset, as
// browsers do. uchardet and iconv are confined to this file.
#include "palabre/text/charset.hpp"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <memory>
#include <utility>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

constexpr std::size_t kDeclarationWindow = 4096;

std::string upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

bool has_non_ascii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The value after `key` (charset= or encoding=), quoted or not.
std::string value_after(std::string_view haystack, std::size_t value_start) {
  while (value_start < haystack.size() &&
         (haystack[value_start] == ' ' || haystack[value_start] == '"' ||
          haystack[value_start] == '\''))
    ++value_start;
  std::size_t end = value_start;
  while (end < haystack.size()) {
    char c = haystack[end];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
          c == '.'))
      break;
    ++end;
  }
  return upper_ascii(haystack.substr(value_start, end - value_start));
}

std::string canonical_charset(std::string name) {
  if (name == "UTF8") return "UTF-8";
  if (name == "ISO-8859-1" || name == "LATIN1" || name == "ISO8859-1" || name == "US-ASCII" ||
      name == "ASCII" || name == "ISO_8859-1")
    return "WINDOWS-1252";
  if (name == "CP1252") return "WINDOWS-1252";
  return name;
}

struct IconvHandle {
  iconv_t handle;
  explicit IconvHandle(const std::string& from) : handle(iconv_open("UTF-8", from.c_str())) {}
  ~IconvHandle() {
    if (valid()) iconv_close(handle);
  }
  bool valid() const { return handle != reinterpret_cast<iconv_t>(-1); }
  IconvHandle(const IconvHandle&) = delete;
  IconvHandle& operator=(const IconvHandle&) = delete;
};

// Converts with iconv; a byte the charset cannot map becomes U+FFFD and is counted.
bool convert_to_utf8(std::string_view bytes, const std::string& charset, DecodedText& out) {
  IconvHandle converter(charset);
  if (!converter.valid()) return false;
  std::string result;
  result.reserve(bytes.size() + bytes.size() / 4);
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char buffer[16384];
  while (in_left > 0) {
    char* out_ptr = buffer;
    std::size_t out_left = sizeof buffer;
    std::size_t status = iconv(converter.handle, &in, &in_left, &out_ptr, &out_left);
    result.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
    if (status == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) continue;
      // EILSEQ or EINVAL (truncated at the end): skip one byte, mark it.
      append_utf8(result, kReplacementChar);
      ++out.replaced;
      ++in;
      --in_left;
      iconv(converter.handle, nullptr, nullptr, nullptr, nullptr);
    }
  }
  std::size_t nul_or_bad = 0;
  out.text = sanitize_utf8(result, &nul_or_bad);
  out.replaced += nul_or_bad;
  out.charset = charset;
  return true;
}

bool has_valid_multibyte_sequence(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t before = pos;
    char32_t c = decode_next(bytes, pos);
    if (pos - before > 1 && c != kReplacementChar) return true;
  }
  return false;
}

std::string guess_charset(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
      uchardet_new(), &uchardet_delete);
  // A few hundred kilobytes are plenty for a guess and keep huge pages cheap.
  std::string_view sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 256 * 1024));
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return "";
  uchardet_data_end(detector.get());
  return upper_ascii(uchardet_get_charset(detector.get()));
}

}  // namespace

std::string find_declared_charset(std::string_view bytes) {
  std::string head = ascii_lower(bytes.substr(0, std::min(bytes.size(), kDeclarationWindow)));
  // <?xml version="1.0" encoding="...">
  if (head.rfind("<?xml", 0) == 0) {
    std::size_t end = head.find("?>");
    std::size_t at = head.find("encoding=");
    if (at != std::string::npos && at < end) return value_after(head, at + 9);
  }
  // <meta charset="..."> and <meta http-equiv="Content-Type" content="text/html; charset=...">
  std::size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    std::size_t end = head.find('>', at);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + at, end - at);
    std::size_t key = tag.find("charset=");
    if (key != std::string_view::npos) return value_after(tag, key + 8);
    at = end;
  }
  return "";
}

namespace {

// `owned`, when given, holds `bytes` and may be moved into the result instead of copied.
// A byte-order mark is certain: the text is read in its charset (UTF-8 when iconv fails).
bool decode_marked(std::string_view bytes, DecodedText& result) {
  struct Bom {
    std::string_view bytes;
    const char* charset;
  };
  static constexpr Bom kBoms[] = {{"\xEF\xBB\xBF", "UTF-8"},
                                  {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
                                  {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
                                  {"\xFF\xFE", "UTF-16LE"},
                                  {"\xFE\xFF", "UTF-16BE"}};
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    std::string_view body = bytes.substr(bom.bytes.size());
    if (std::string_view(bom.charset) == "UTF-8" || !convert_to_utf8(body, bom.charset, result)) {
      result.text = sanitize_utf8(body, &result.replaced);
      result.charset = "UTF-8";
    }
    return true;
  }
  return false;
}

// Clean UTF-8 (ASCII included), the common case, found in one pass and copied once as it
// is (moved when `owned`); false when the bytes are not UTF-8.
bool decode_clean_utf8(std::string_view bytes, std::string* owned, const std::string& declared,
                       DecodedText& result) {
  std::size_t unclean = find_unclean_utf8(bytes);
  if (unclean != std::string_view::npos && !is_valid_utf8(bytes.substr(unclean))) return false;
  if (!declared.empty() && declared != "UTF-8" && has_non_ascii(bytes))
    result.warnings.push_back("the page declares " + declared +
                              " but its bytes are valid UTF-8: read as UTF-8");
  if (unclean == std::string_view::npos)
    result.text = owned ? std::move(*owned) : std::string(bytes);
  else
    result.text = sanitize_utf8(bytes, &result.replaced);  // replaces NUL bytes only
  result.charset = "UTF-8";
  return true;
}

// The charset to convert bytes that are not UTF-8 from: the declared one, else uchardet's
// guess; empty or "UTF-8" to repair them as UTF-8.
std::string charset_for(std::string_view bytes, const std::string& declared, DecodedText& result) {
  if (!declared.empty() && declared != "UTF-8") return declared;
  std::string guessed = canonical_charset(guess_charset(bytes));
  // uchardet gives up on short texts; bytes with no valid multi-byte sequence at all are
  // then a single-byte charset, and windows-1252 is what Western pages use (as browsers
  // assume). Mostly-valid UTF-8 with a few bad bytes stays UTF-8, repaired.
  if ((guessed.empty() || guessed == "UTF-8") && !has_valid_multibyte_sequence(bytes))
    guessed = "WINDOWS-1252";
  if (!declared.empty() && !guessed.empty() && guessed != "UTF-8")
    result.warnings.push_back("the page declares UTF-8 but its bytes are not: read as " + guessed);
  return !guessed.empty() && guessed != "UTF-8" ? guessed : declared;
}

DecodedText decode(std::string_view bytes, std::string* owned) {
  DecodedText result;
  if (decode_marked(bytes, result)) return result;
  std::string declared = find_declared_charset(bytes);
  if (!declared.empty()) declared = canonical_charset(declared);
  if (decode_clean_utf8(bytes, owned, declared, result)) return result;
  std::string charset = charset_for(bytes, declared, result);
  if (charset.empty() || charset == "UTF-8" || !convert_to_utf8(bytes, charset, result)) {
    result.text = sanitize_utf8(bytes, &result.replaced);
    result.charset = "UTF-8";
  }
  if (result.replaced > 0)
    result.warnings.push_back(std::to_string(result.replaced) +
                              " invalid byte sequences replaced by U+FFFD");
  return result;
}

}  // namespace

DecodedText decode_bytes(std::string_view bytes) { return decode(bytes, nullptr); }

DecodedText decode_owned_bytes(std::string bytes) {
  // Taken by value: whatever is not moved into the result is freed on return, so the raw
  // bytes and their decoded copy are never both held after this call.
  return decode(bytes, &bytes);
}

}  // namespace palabre
