// Reading a page is where bad input is refused, with a message that says what was found:
// everything after this point may assume valid, non-empty UTF-8 text.
#include "palabre/parse/page.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <utility>

#include <nlohmann/json.hpp>

#include "palabre/error.hpp"
#include "palabre/parse/comment_lines.hpp"
#include "palabre/parse/html_page.hpp"
#include "palabre/parse/mhtml.hpp"
#include "palabre/parse/json_page.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/parse/warning_cap.hpp"
#include "palabre/text/byte_size.hpp"
#include "palabre/text/charset.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

bool has_utf16_or_utf32_bom(std::string_view bytes) {
  return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
         bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4));
}

}  // namespace

bool looks_binary(std::string_view bytes) {
  if (has_utf16_or_utf32_bom(bytes) || !sniff_utf16(bytes).empty()) return false;
  std::string_view head = bytes.substr(0, 8192);
  std::size_t controls = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 20 > head.size();
}

std::string_view input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJson: return "json";
  }
  return "auto";
}

InputFormat detect_format(std::string_view text) {
  if (looks_like_mhtml(text)) return InputFormat::kHtml;
  std::string_view start = trim(text.substr(0, 4096));
  if (start.starts_with("{") && (text.find("\"comments\"") != std::string_view::npos || looks_like_json_lines(text)))
    return InputFormat::kJson;
  // Any other JSON document is JSON too, so that one that is not a record (an array, a
  // misspelt key, another palabre schema) is refused as such, not read as a page of text.
  if ((start.starts_with("{") || start.starts_with("[")) && nlohmann::json::accept(text))
    return InputFormat::kJson;
  std::string head = ascii_lower(start.substr(0, 2048));
  if (head.starts_with("<!doctype html") || head.starts_with("<html") ||
      head.find("<html") != std::string::npos || head.find("<head") != std::string::npos ||
      head.find("<body") != std::string::npos || head.find("<meta") != std::string::npos ||
      (head.starts_with("<") && head.find("<div") != std::string::npos))
    return InputFormat::kHtml;
  return InputFormat::kText;
}

namespace {

void check_bytes(std::string_view bytes, const std::string& path) {
  if (bytes.empty()) throw Error(ErrorKind::kInput, path, "empty file: nothing to read");
  if (looks_binary(bytes))
    throw Error(ErrorKind::kInput, path,
                "binary data (NUL or control bytes): palabre reads text, HTML or JSON pages");
}

// parse_html_page names no file when MyHTML fails: the failure is this page's.
Thread parse_html_of(const std::string& text, const std::string& path) {
  try {
    return parse_html_page(text);
  } catch (const Error& error) {
    if (!error.where().empty()) throw;
    throw Error(error.kind(), path, error.what());
  }
}

// `size` is the byte count of the page as read (the decoded text may differ).
Thread parse_decoded(const DecodedText& decoded, std::size_t size, const std::string& path,
                     InputFormat format, const BeforeParse& before_parse = {}) {
  if (trim(decoded.text).empty())
    throw Error(ErrorKind::kInput, path, "only white space: nothing to read");
  if (before_parse) before_parse(decoded.text);
  if (format == InputFormat::kAuto) format = detect_format(decoded.text);

  Thread thread;
  bool lines = false;
  switch (format) {
    case InputFormat::kJson:
      // One comment per line (a scraper's, or --per comment) is a thread too.
      lines = looks_like_json_lines(decoded.text);
      thread = lines ? parse_comment_lines(decoded.text, path) : parse_json_page(decoded.text, path);
      break;
    case InputFormat::kHtml: thread = parse_html_of(decoded.text, path); break;
    default: thread = parse_text_page(decoded.text); break;
  }
  thread.source.path = sanitize_utf8(path);  // file names may hold any bytes; records are UTF-8
  thread.source.format = lines ? "jsonl" : std::string(input_format_name(format));
  thread.source.charset = decoded.charset;
  thread.source.bytes = size;
  thread.warnings.insert(thread.warnings.begin(), decoded.warnings.begin(),
                         decoded.warnings.end());
  cap_repeated_warnings(thread.warnings);
  return thread;
}

// A single-file save (.mhtml): its HTML page, the part's charset declared in it when the
// page declares none, so that decoding reads it as the archive says.
std::string unpack_mhtml(std::string_view bytes, const std::string& path) {
  MhtmlPage page = extract_mhtml_page(bytes, path);
  if (!page.charset.empty() && find_declared_charset(page.html).empty())
    page.html.insert(0, "<meta charset=\"" + page.charset + "\">\n");
  check_bytes(page.html, path);
  return std::move(page.html);
}

bool is_mhtml(std::string_view bytes, InputFormat format) {
  return (format == InputFormat::kAuto || format == InputFormat::kHtml) && looks_like_mhtml(bytes);
}

// read_page's bytes are its own: decoding takes them, so that a page is held once (its
// decoded text) while it is parsed, not twice.
Thread parse_owned_page(std::string bytes, const std::string& path, InputFormat format,
                        const BeforeParse& before_parse) {
  check_bytes(bytes, path);
  const std::size_t size = bytes.size();
  if (is_mhtml(bytes, format)) {
    bytes = unpack_mhtml(bytes, path);
    format = InputFormat::kHtml;
  }
  return parse_decoded(decode_owned_bytes(std::move(bytes)), size, path, format, before_parse);
}

}  // namespace

Thread parse_page(std::string_view bytes, const std::string& path, InputFormat format) {
  check_bytes(bytes, path);
  if (is_mhtml(bytes, format))
    return parse_decoded(decode_owned_bytes(unpack_mhtml(bytes, path)), bytes.size(), path, InputFormat::kHtml);
  return parse_decoded(decode_bytes(bytes), bytes.size(), path, format);
}

Thread read_page(const std::string& path, InputFormat format, std::size_t max_bytes,
                 const BeforeParse& before_parse) {
  auto too_large = [&](const std::string& where) {
    return Error(ErrorKind::kInput, where,
                 "larger than --max-bytes (" + format_byte_size(max_bytes) +
                     "); raise the limit with --max-bytes 2G, say, or 0 for none");
  };
  std::string bytes;
  if (path == "-") {
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
      bytes.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
      if (max_bytes && bytes.size() > max_bytes) throw too_large("<stdin>");
    }
    return parse_owned_page(std::move(bytes), "<stdin>", format, before_parse);
  }
  struct stat info {};
  if (stat(path.c_str(), &info) != 0)
    throw Error(ErrorKind::kInput, path, std::string(std::strerror(errno)));
  if (S_ISDIR(info.st_mode))
    throw Error(ErrorKind::kInput, path,
                "is a directory (give a page file; 'palabre analyze' walks folders)");
  if (max_bytes && S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes)
    throw too_large(path);
  std::ifstream file(path, std::ios::binary);
  if (!file) throw Error(ErrorKind::kInput, path, "cannot open: " + std::string(std::strerror(errno)));
  // Straight into the string at the size stat gave, then whatever a pipe, a device or a
  // growing file still holds.
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    bytes.resize(static_cast<std::size_t>(info.st_size));
    file.read(bytes.data(), info.st_size);
    bytes.resize(static_cast<std::size_t>(file.gcount()));
  }
  char buffer[65536];
  while (!file.bad() && (file.read(buffer, sizeof buffer) || file.gcount() > 0)) {
    bytes.append(buffer, static_cast<std::size_t>(file.gcount()));
    if (max_bytes && bytes.size() > max_bytes) throw too_large(path);
  }
  if (file.bad()) throw Error(ErrorKind::kInput, path, "read error");
  if (max_bytes && bytes.size() > max_bytes) throw too_large(path);  // a pipe or device
  return parse_owned_page(std::move(bytes), path, format, before_parse);
}

}  // namespace palabre
