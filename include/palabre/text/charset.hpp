// Decoding stage: the raw bytes of a page → valid UTF-8, whatever the page was saved in.
// Order of trust: a byte-order mark, then UTF-16 told by its zero bytes, then bytes that
// are valid UTF-8 (or mostly: a few damaged bytes in UTF-8 text), then the page's own
// declaration (<meta charset>, http-equiv, XML declaration; labels read as the WHATWG
// Encoding Standard reads them, a declared UTF-16 as UTF-8), then uchardet's guess.
// Bytes no charset can read become U+FFFD one code unit at a time, counted in a warning:
// a bad unit never shifts the rest of the page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

struct DecodedText {
  std::string text;                   // valid UTF-8, without BOM
  std::string charset;                // what the bytes were read as, e.g. "UTF-8", "WINDOWS-1252"
  std::size_t replaced = 0;           // invalid sequences turned into U+FFFD
  std::size_t nul_bytes = 0;          // NUL bytes turned into U+FFFD (not counted in `replaced`)
  std::vector<std::string> warnings;  // e.g. a declaration that lied
};

// The charset named by a <meta charset>, http-equiv Content-Type or XML declaration in
// the first kilobytes of the page, upper-cased; empty when there is none.
std::string find_declared_charset(std::string_view bytes);

// "UTF-16LE" or "UTF-16BE" when the bytes, which have no byte-order mark, look like UTF-16
// text in a Latin script (zero high bytes in at least half the code units of the first 8
// KB, zero low bytes in almost none); "" otherwise.
std::string sniff_utf16(std::string_view bytes);

// Converts bytes to UTF-8. Never throws on bad bytes: they become U+FFFD.
DecodedText decode_bytes(std::string_view bytes);

// The same, for bytes the caller gives up: clean UTF-8 (the common case) becomes the text
// without a copy, so a page is held once instead of twice.
DecodedText decode_owned_bytes(std::string bytes);

}  // namespace palabre
