// Decoding follows what browsers do, in a simpler order: a BOM is certain; bytes that are
// valid UTF-8 with non-ASCII content are UTF-8 whatever the page declares (a declaration that
// disagrees is the common lie, and valid multi-byte UTF-8 by accident is rare), and so are
// bytes whose valid multi-byte sequences outnumber the invalid ones (UTF-8 with a few
// damaged bytes, which a charset guess would garble whole); otherwise the declaration;
// otherwise uchardet. Labels follow the WHATWG Encoding Standard (ISO-8859-1 is read as
// windows-1252, its superset, as browsers do). uchardet and iconv are confined to this file.
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

// A charset label as the WHATWG Encoding Standard reads it (its "get an encoding"), named
// as iconv knows the encoding; a label it does not list is passed on as it is. Browsers
// decode ISO-8859-1 and ASCII as windows-1252, GBK as GB18030, EUC-KR as windows-949 and
// Shift_JIS as windows-31j, the supersets that saved pages actually hold.
std::string canonical_charset(std::string name) {
  struct Alias {
    std::string_view label;
    const char* encoding;
  };
  static constexpr Alias kAliases[] = {
      {"UTF8", "UTF-8"}, {"UNICODE-1-1-UTF-8", "UTF-8"}, {"X-UNICODE20UTF8", "UTF-8"},
      {"ISO-8859-1", "WINDOWS-1252"}, {"ISO8859-1", "WINDOWS-1252"}, {"ISO_8859-1", "WINDOWS-1252"},
      {"ISO88591", "WINDOWS-1252"}, {"LATIN1", "WINDOWS-1252"}, {"L1", "WINDOWS-1252"},
      {"US-ASCII", "WINDOWS-1252"}, {"ASCII", "WINDOWS-1252"}, {"ANSI_X3.4-1968", "WINDOWS-1252"},
      {"CP1252", "WINDOWS-1252"}, {"X-CP1252", "WINDOWS-1252"}, {"CP819", "WINDOWS-1252"},
      {"IBM819", "WINDOWS-1252"}, {"X-USER-DEFINED", "WINDOWS-1252"},
      {"ISO-8859-9", "WINDOWS-1254"}, {"ISO8859-9", "WINDOWS-1254"}, {"LATIN5", "WINDOWS-1254"},
      {"ISO-8859-11", "CP874"}, {"TIS-620", "CP874"}, {"WINDOWS-874", "CP874"},
      {"ISO-8859-8-I", "ISO-8859-8"},
      {"GB2312", "GB18030"}, {"GBK", "GB18030"}, {"X-GBK", "GB18030"}, {"CHINESE", "GB18030"},
      {"BIG5", "BIG5-HKSCS"}, {"CN-BIG5", "BIG5-HKSCS"}, {"X-X-BIG5", "BIG5-HKSCS"},
      {"EUC-KR", "CP949"}, {"KS_C_5601-1987", "CP949"}, {"WINDOWS-949", "CP949"}, {"KOREAN", "CP949"},
      {"SHIFT_JIS", "CP932"}, {"SJIS", "CP932"}, {"MS_KANJI", "CP932"}, {"WINDOWS-31J", "CP932"},
      {"X-SJIS", "CP932"},
  };
  for (const Alias& alias : kAliases)
    if (name == alias.label) return alias.encoding;
  return name;
}

// A page that declares UTF-16 in its markup cannot have been read to find that markup if it
// were UTF-16: browsers take such a declaration to mean UTF-8.
bool declares_utf16(const std::string& label) {
  return label.starts_with("UTF-16") || label == "UNICODE" || label == "UCS-2" ||
         label == "CSUNICODE" || label == "ISO-10646-UCS-2" || label == "UNICODEFFFE" ||
         label == "UNICODEFEFF";
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

// The size of a code unit: what an error skips, so that one bad unit of UTF-16 (a lone
// surrogate) is replaced alone and every later unit is still read on its boundary.
std::size_t code_unit_bytes(const std::string& charset) {
  if (charset.starts_with("UTF-16")) return 2;
  if (charset.starts_with("UTF-32")) return 4;
  return 1;
}

// Converts with iconv; a code unit the charset cannot map becomes U+FFFD and is counted.
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
      // EILSEQ or EINVAL (truncated at the end): skip one code unit, mark it.
      const std::size_t skipped = std::min(code_unit_bytes(charset), in_left);
      append_utf8(result, kReplacementChar);
      ++out.replaced;
      in += skipped;
      in_left -= skipped;
      iconv(converter.handle, nullptr, nullptr, nullptr, nullptr);
    }
  }
  std::size_t bad = 0;
  out.text = sanitize_utf8(result, &bad, &out.nul_bytes);
  out.replaced += bad;
  out.charset = charset;
  return true;
}

// Valid multi-byte UTF-8 sequences and invalid ones. Text in a single-byte charset almost
// never forms a valid sequence by accident (an accented letter is a lone high byte), so
// valid sequences that outnumber the invalid ones mean UTF-8 with a few damaged bytes.
struct Utf8Census {
  std::size_t valid_multibyte = 0, invalid = 0;
  bool mostly_utf8() const { return valid_multibyte > invalid; }
};

Utf8Census take_utf8_census(std::string_view bytes) {
  Utf8Census census;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    std::size_t before = pos;
    char32_t c = decode_next(bytes, pos);
    if (c == kReplacementChar && bytes.substr(before, pos - before) != "\xEF\xBF\xBD") ++census.invalid;
    else ++census.valid_multibyte;
  }
  return census;
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

std::string sniff_utf16(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1});
  const std::size_t units = head.size() / 2;
  if (units < 4) return "";
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i + 1 < head.size(); i += 2) {
    zero_even += head[i] == '\0';
    zero_odd += head[i + 1] == '\0';
  }
  // At least half the units ASCII-like, the other byte of a unit almost never zero.
  if (zero_odd * 2 >= units && zero_even * 20 <= units) return "UTF-16LE";
  if (zero_even * 2 >= units && zero_odd * 20 <= units) return "UTF-16BE";
  return "";
}

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
      result.text = sanitize_utf8(body, &result.replaced, &result.nul_bytes);
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
    result.text = sanitize_utf8(bytes, &result.replaced, &result.nul_bytes);  // replaces NUL bytes only
  result.charset = "UTF-8";
  return true;
}

// UTF-16 without a byte-order mark, told by its zero bytes: text in a Latin script has a
// zero high byte in nearly every code unit, and a zero low byte in almost none.
bool decode_unmarked_utf16(std::string_view bytes, DecodedText& result) {
  const std::string charset = sniff_utf16(bytes);
  return !charset.empty() && convert_to_utf8(bytes, charset, result);
}

// Bytes that are mostly UTF-8, repaired where they are not.
void repair_utf8(std::string_view bytes, const std::string& declared, const Utf8Census& census,
                 DecodedText& result) {
  if (!declared.empty() && declared != "UTF-8")
    result.warnings.push_back("the page declares " + declared + " but its bytes are UTF-8 (" +
                              std::to_string(census.valid_multibyte) + " valid sequences, " +
                              std::to_string(census.invalid) + " invalid): read as UTF-8");
  result.text = sanitize_utf8(bytes, &result.replaced, &result.nul_bytes);
  result.charset = "UTF-8";
}

// Bytes that are not mostly UTF-8: the declared charset, else uchardet's guess. When
// uchardet sees UTF-8 or gives up (it does on short texts), bytes with valid multi-byte
// sequences are UTF-8 repaired, the others windows-1252 (what Western pages use, as browsers
// assume). `label` is the declaration as the page wrote it, for the warning.
void convert_legacy(std::string_view bytes, const std::string& declared, const std::string& label,
                    const Utf8Census& census, DecodedText& result) {
  const bool declared_legacy = !declared.empty() && declared != "UTF-8";
  if (declared_legacy && convert_to_utf8(bytes, declared, result)) return;
  std::string guessed = canonical_charset(guess_charset(bytes));
  if (guessed.empty() || guessed == "UTF-8") guessed = census.valid_multibyte > 0 ? "UTF-8" : "WINDOWS-1252";
  if (declared_legacy)
    result.warnings.push_back("the page declares " + label + ", a charset palabre cannot read: read as " + guessed);
  else if (!declared.empty() && guessed != "UTF-8")
    result.warnings.push_back("the page declares " + label + (declared == label ? "" : " (read as " + declared + ")") +
                              " but its bytes are not: read as " + guessed);
  if (guessed == "UTF-8" || !convert_to_utf8(bytes, guessed, result)) {
    result.text = sanitize_utf8(bytes, &result.replaced, &result.nul_bytes);
    result.charset = "UTF-8";
  }
}

void decode_unmarked(std::string_view bytes, std::string* owned, DecodedText& result) {
  const std::string label = find_declared_charset(bytes);
  std::string declared = label.empty() ? label : canonical_charset(label);
  if (declares_utf16(declared)) declared = "UTF-8";
  if (decode_clean_utf8(bytes, owned, declared, result)) return;
  const Utf8Census census = take_utf8_census(bytes);
  if (census.mostly_utf8()) repair_utf8(bytes, declared, census, result);
  else convert_legacy(bytes, declared, label, census, result);
}

DecodedText decode(std::string_view bytes, std::string* owned) {
  DecodedText result;
  if (!decode_marked(bytes, result) && !decode_unmarked_utf16(bytes, result))
    decode_unmarked(bytes, owned, result);
  // NUL bytes in the first 8 KB make a page binary data; later ones are replaced, and said
  // apart from invalid sequences since they suggest a different damage (a binary blob).
  if (result.nul_bytes > 0)
    result.warnings.push_back(nul_bytes_warning(result.nul_bytes));
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
