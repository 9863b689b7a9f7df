// Hand-written rather than through GMime: what a saved page needs is RFC 2046's boundary
// split and RFC 2045's two transfer encodings, some 150 lines, where GMime would bring GLib
// and its own allocator into a tool that reads pages on several threads. Headers are read
// leniently (any case, folded lines, LF or CRLF), as saved files come from many browsers.
#include "palabre/parse/mhtml.hpp"

#include <map>
#include <optional>
#include <vector>

#include "palabre/error.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using Headers = std::map<std::string, std::string>;  // lower-case name → unfolded value

// The header block starting at `at`, which is left at the body (past the blank line).
Headers read_headers(std::string_view text, std::size_t& at) {
  Headers headers;
  std::string name;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !name.empty()) {
      headers[name] += " " + std::string(trim(line));
      continue;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    name = ascii_lower(trim(line.substr(0, colon)));
    headers[name] = std::string(trim(line.substr(colon + 1)));
  }
  return headers;
}

// A parameter of a structured header: boundary="----abc", charset=utf-8.
std::string parameter(const std::string& value, const std::string& wanted) {
  std::size_t at = 0;
  while ((at = value.find(';', at)) != std::string::npos) {
    ++at;
    std::size_t equals = value.find('=', at);
    if (equals == std::string::npos) break;
    if (ascii_lower(trim(std::string_view(value).substr(at, equals - at))) != wanted) continue;
    std::string_view rest = trim(std::string_view(value).substr(equals + 1));
    if (rest.starts_with("\"")) {
      std::size_t close = rest.find('"', 1);
      return std::string(rest.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    }
    return std::string(trim(rest.substr(0, rest.find(';'))));
  }
  return "";
}

std::string media_type(const Headers& headers) {
  auto found = headers.find("content-type");
  if (found == headers.end()) return "text/plain";
  return ascii_lower(trim(std::string_view(found->second).substr(0, found->second.find(';'))));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string decode_quoted_printable(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '=') {
      out += body[i];
      continue;
    }
    if (body.substr(i + 1).starts_with("\r\n")) {  // a soft line break
      i += 2;
    } else if (body.substr(i + 1).starts_with("\n")) {
      i += 1;
    } else if (i + 2 < body.size() && hex_value(body[i + 1]) >= 0 && hex_value(body[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(body[i + 1]) * 16 + hex_value(body[i + 2]));
      i += 2;
    } else {
      out += '=';  // not an escape: kept, as RFC 2045 advises a lenient reader to
    }
  }
  return out;
}

std::string decode_base64(std::string_view body) {
  static const std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(body.size() / 4 * 3);
  unsigned buffer = 0;
  int bits = 0;
  for (char c : body) {
    std::size_t value = kAlphabet.find(c);
    if (value == std::string_view::npos) continue;  // line breaks, padding
    buffer = (buffer << 6) | static_cast<unsigned>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

struct Part {
  Headers headers;
  std::string_view body;
};

// The parts between "--boundary" lines, up to "--boundary--".
std::vector<Part> split_parts(std::string_view text, std::size_t at, const std::string& boundary) {
  const std::string delimiter = "--" + boundary;
  std::vector<Part> parts;
  std::size_t start = text.find(delimiter, at);
  while (start != std::string_view::npos) {
    std::size_t after = start + delimiter.size();
    if (text.substr(after).starts_with("--")) break;  // the closing delimiter
    std::size_t headers_at = text.find('\n', after);
    if (headers_at == std::string_view::npos) break;
    ++headers_at;
    Part part;
    part.headers = read_headers(text, headers_at);
    std::size_t next = text.find("\n" + delimiter, headers_at);
    std::size_t body_end = next == std::string_view::npos ? text.size() : next;
    if (body_end > headers_at && text[body_end - 1] == '\r') --body_end;
    part.body = text.substr(std::min(headers_at, body_end), body_end - std::min(headers_at, body_end));
    parts.push_back(std::move(part));
    start = next == std::string_view::npos ? next : next + 1;
  }
  return parts;
}

std::string header(const Headers& headers, const std::string& name) {
  auto found = headers.find(name);
  return found == headers.end() ? std::string() : found->second;
}

const Part* page_part(const std::vector<Part>& parts, const std::string& start) {
  if (!start.empty())
    for (const Part& part : parts)
      if (header(part.headers, "content-id") == start && media_type(part.headers) == "text/html") return &part;
  for (const Part& part : parts)
    if (media_type(part.headers) == "text/html" || media_type(part.headers) == "application/xhtml+xml")
      return &part;
  return nullptr;
}

}  // namespace

bool looks_like_mhtml(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  std::size_t at = 0;
  // The message starts with headers: its first line is "Name: value".
  std::size_t colon = head.find(':');
  if (colon == std::string_view::npos || colon == 0 || head.substr(0, colon).find_first_of(" \t\r\n<{") != std::string_view::npos)
    return false;
  Headers headers = read_headers(head, at);
  return media_type(headers).starts_with("multipart/") && headers.count("mime-version") > 0;
}

MhtmlPage extract_mhtml_page(std::string_view bytes, const std::string& path) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t at = 0;
  Headers top = read_headers(bytes, at);
  const std::string content_type = header(top, "content-type");
  const std::string boundary = parameter(content_type, "boundary");
  if (boundary.empty())
    throw Error(ErrorKind::kInput, path,
                "a MIME archive (.mhtml) without a boundary: the file was cut short or edited; "
                "save the page again, or as \"Webpage, HTML only\"");
  std::vector<Part> parts = split_parts(bytes, at, boundary);
  const Part* page = page_part(parts, parameter(content_type, "start"));
  if (!page)
    throw Error(ErrorKind::kInput, path,
                "a MIME archive (.mhtml) with no HTML part (" + std::to_string(parts.size()) +
                    " parts): save the page again, or as \"Webpage, HTML only\"");
  const std::string encoding = ascii_lower(trim(header(page->headers, "content-transfer-encoding")));
  MhtmlPage result;
  result.charset = parameter(header(page->headers, "content-type"), "charset");
  if (encoding == "quoted-printable") result.html = decode_quoted_printable(page->body);
  else if (encoding == "base64") result.html = decode_base64(page->body);
  else if (encoding.empty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary")
    result.html = std::string(page->body);
  else
    throw Error(ErrorKind::kInput, path,
                "a MIME archive (.mhtml) whose HTML part is in an unknown transfer encoding '" + encoding +
                    "': save the page as \"Webpage, HTML only\"");
  return result;
}

}  // namespace palabre
