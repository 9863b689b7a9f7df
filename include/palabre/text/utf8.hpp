// Text utilities over UTF-8: decoding code points, validation, Unicode categories, NFC,
// lowercasing and folding (through utf8proc, which no other file includes).
// Inputs may be invalid UTF-8 unless said otherwise; outputs are always valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace palabre {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at text[pos] and advances pos past it. An invalid or truncated
// sequence yields kReplacementChar and advances by one byte.
char32_t decode_next(std::string_view text, std::size_t& pos);

void append_utf8(std::string& out, char32_t code_point);

bool is_valid_utf8(std::string_view text);

// Copies text, replacing each invalid sequence by U+FFFD and NUL bytes by U+FFFD;
// *replaced (if given) receives how many were replaced. With `nul_bytes` given, NUL bytes
// are counted there instead, so that a warning can say which of the two the text held.
std::string sanitize_utf8(std::string_view text, std::size_t* replaced = nullptr,
                          std::size_t* nul_bytes = nullptr);

// Replaces each NUL character of valid UTF-8 `text` (from a JSON "\u0000", which decoding
// cannot see) by U+FFFD, in place; how many.
std::size_t replace_nul_characters(std::string& text);

// "1 NUL byte replaced by U+FFFD", "3 NUL bytes …": one wording wherever NULs are replaced.
std::string nul_bytes_warning(std::size_t count);

// Where the first invalid sequence or NUL byte of `text` starts; npos when there is none,
// and then sanitize_utf8 returns the text unchanged.
std::size_t find_unclean_utf8(std::string_view text);

std::size_t count_code_points(std::string_view text);

// Terminal columns the text takes: wide (CJK) characters count 2, combining marks and
// control characters 0, everything else 1.
std::size_t display_width(std::string_view text);

// Unicode classes the tokenizer needs.
bool is_letter(char32_t c);       // L* categories and combining marks M*
bool is_digit(char32_t c);        // Nd
bool is_space(char32_t c);        // Z* categories, tabs, newlines
bool is_apostrophe(char32_t c);   // ' ’ ʼ ‘ ´
bool is_hyphen(char32_t c);       // - ‐ ‑
bool is_symbol(char32_t c);       // S* categories (emoji among them)

// ASCII letters lowercased, every other byte as is: for markup names, charset labels and
// the like, which are ASCII by definition. Any bytes.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
std::string ascii_lower(std::string_view text);
// HTML's ASCII white space (space, tab, LF, CR, FF), between attributes and words of markup.
constexpr bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Lowercase, accents kept, NFC: "Élève" → "élève". Input must be valid UTF-8.
std::string to_lower(std::string_view text);

// The matching form: case-folded, accents stripped, œ → oe, æ → ae, ’ → ':
// "Élève" → "eleve", "Œuvre" → "oeuvre". Input must be valid UTF-8.
std::string fold(std::string_view text);

// The folded text's letters and digits only: "Tempête Ciaran…" and "Tempete  Ciaran..."
// give the same key. For comparing texts that differ in spacing and punctuation.
std::string folded_letters_and_digits(std::string_view text);

namespace detail {
// The reference implementations of to_lower and fold (utf8proc on the whole text). The public
// functions give the same bytes faster for code points in the fast range below; tests
// compare the two.
std::string to_lower_by_utf8proc(std::string_view text);
std::string fold_by_utf8proc(std::string_view text);
inline constexpr char32_t kFastFoldLatinEnd = 0x250;      // U+0000–U+024F
inline constexpr char32_t kFastFoldPunctBegin = 0x2000;   // General Punctuation
inline constexpr char32_t kFastFoldPunctEnd = 0x2070;
bool in_fast_fold_range(char32_t c);
}  // namespace detail

// True when the text's first letter is uppercase ("Amazon", "CIA").
bool starts_with_uppercase(std::string_view text);

// The text itself when it has at most `max_code_points` code points, else its first
// max_code_points - 1 code points followed by "…".
std::string shorten(std::string_view text, std::size_t max_code_points);

// The longest prefix of at most `max_bytes` bytes that does not cut a code point.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// Trims ASCII and Unicode white space at both ends.
std::string_view trim(std::string_view text);

}  // namespace palabre
