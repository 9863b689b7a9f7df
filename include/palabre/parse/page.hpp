// Parse stage entry point: a file or bytes → a Thread, whatever the page's format.
// Chooses the parser (text, HTML, palabre JSON) from --input-format or from the content.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "palabre/record.hpp"

namespace palabre {

enum class InputFormat { kAuto, kText, kHtml, kJson };

// "auto", "text", "html", "json": the name records give as source.format.
std::string_view input_format_name(InputFormat format);

// Guesses the format of decoded text: JSON (palabre records, or any JSON document, which
// the JSON reader then refuses if it is no record), HTML markup, else plain text.
InputFormat detect_format(std::string_view text);

// Binary data: NUL bytes or many control characters in the first 8 KB of `bytes`, unless
// they are UTF-16 or UTF-32 text (a byte-order mark, or the zero bytes of UTF-16).
bool looks_binary(std::string_view bytes);

// Decodes and parses the bytes of one page. `path` names the page in records and errors.
// Throws Error(kInput, path, …) for empty, blank or binary input and for unreadable JSON.
Thread parse_page(std::string_view bytes, const std::string& path,
                  InputFormat format = InputFormat::kAuto);

// Pages larger than this are refused unless --max-bytes says otherwise (0: no limit).
inline constexpr std::size_t kDefaultMaxBytes = std::size_t{512} << 20;

// Called with a page's decoded text (an archive's HTML unpacked) before any parser runs, so
// that the caller can refuse the page, or wait, by what parsing it will cost; it throws to
// refuse.
using BeforeParse = std::function<void(std::string_view text)>;

// Reads the file at `path` ("-" reads standard input) and parses it.
// Throws Error(kInput, path, …) when it is missing, a directory, unreadable, larger than
// `max_bytes` (0: no limit) or unparsable.
Thread read_page(const std::string& path, InputFormat format = InputFormat::kAuto,
                 std::size_t max_bytes = kDefaultMaxBytes, const BeforeParse& before_parse = {});

}  // namespace palabre
