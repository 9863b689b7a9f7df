// Two passes over the file: the first decides, from the same bytes read_page would look at,
// whether streaming gives read_page's Thread (clean UTF-8 throughout can only be known at the
// end, and a record cannot be taken back once written); the second parses.
#include "palabre/parse/text_stream.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "palabre/error.hpp"
#include "palabre/text/charset.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// At least what read_page looks at: 8192 bytes for binary data, 4096 for the format and a
// declared charset.
constexpr std::size_t kHeadBytes = 16384;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The longest prefix of `bytes` that ends on a whole UTF-8 sequence, for valid bytes: a
// chunk may end inside one.
std::size_t whole_sequences(std::string_view bytes) {
  const std::size_t back = std::min<std::size_t>(bytes.size(), 3);
  for (std::size_t i = 1; i <= back; ++i) {
    const auto c = static_cast<unsigned char>(bytes[bytes.size() - i]);
    if (c < 0x80) return bytes.size();
    if (c >= 0xC0) {
      const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      return length > i ? bytes.size() - i : bytes.size();
    }
  }
  return bytes.size();
}

// True when read_page reads text that starts with `head` (the first kHeadBytes bytes, or
// all of them) as clean UTF-8 text page, `skip` bytes of byte-order mark aside.
bool head_reads_as_text(std::string_view head, InputFormat format, std::size_t& skip) {
  if (head.empty() || looks_binary(head)) return false;
  skip = head.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  // Without a mark read_page checks a declared charset, and may warn about it.
  if (skip == 0 && !find_declared_charset(head).empty()) return false;
  std::string_view text = head.substr(skip);
  if (trim(text).empty()) return false;
  // A '{' or '[' start makes read_page look for JSON in the whole text.
  const std::string_view start = trim(text.substr(0, 4096));
  if (start.starts_with("{") || start.starts_with("[")) return false;
  return format == InputFormat::kText || detect_format(text) == InputFormat::kText;
}

}  // namespace

std::optional<TextPageStream> TextPageStream::open(const std::string& path, InputFormat format,
                                                   std::size_t max_bytes,
                                                   std::size_t chunk_bytes) {
  if (path == "-" || (format != InputFormat::kAuto && format != InputFormat::kText))
    return std::nullopt;
  struct stat info {};
  if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  if (max_bytes && static_cast<std::size_t>(info.st_size) > max_bytes) return std::nullopt;
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  chunk_bytes = std::max<std::size_t>(chunk_bytes, 1);

  std::string head;
  bool head_checked = false;
  std::size_t skip = 0;
  std::size_t total = 0;
  std::string buffer;
  std::size_t held = 0;  // the start of a UTF-8 sequence the last chunk did not end
  while (true) {
    buffer.resize(held + chunk_bytes);
    file.read(buffer.data() + held, static_cast<std::streamsize>(chunk_bytes));
    const auto count = static_cast<std::size_t>(file.gcount());
    if (head.size() < kHeadBytes)
      head.append(buffer.data() + held, std::min(count, kHeadBytes - head.size()));
    total += count;
    if (max_bytes && total > max_bytes) return std::nullopt;
    if (!head_checked && (head.size() == kHeadBytes || count == 0)) {
      if (!head_reads_as_text(head, format, skip)) return std::nullopt;
      head_checked = true;
    }
    std::string_view bytes(buffer.data(), held + count);
    const std::size_t whole = count == 0 ? bytes.size() : whole_sequences(bytes);
    if (find_unclean_utf8(bytes.substr(0, whole)) != std::string_view::npos) return std::nullopt;
    if (count == 0) break;
    held = bytes.size() - whole;
    std::memmove(buffer.data(), buffer.data() + whole, held);
  }
  if (file.bad()) return std::nullopt;

  SourceInfo source;
  source.path = sanitize_utf8(path);
  source.format = std::string(input_format_name(InputFormat::kText));
  source.charset = "UTF-8";
  source.bytes = total;
  return TextPageStream(path, std::move(source), skip, chunk_bytes);
}

std::vector<std::string> TextPageStream::read(TextPageParser& parser) {
  auto changed = [&] {
    return Error(ErrorKind::kInput, path_, "the file changed while it was read");
  };
  std::ifstream file(path_, std::ios::binary);
  if (!file) throw Error(ErrorKind::kInput, path_, "cannot open: " + std::string(std::strerror(errno)));
  // Lines end at '\n', never inside a UTF-8 sequence: each is checked again as it is handed
  // over, since the parser needs valid UTF-8.
  lines_handed_ = 0;
  bytes_handed_ = skip_;
  auto hand_over = [&](std::string_view line) {
    if (find_unclean_utf8(line) != std::string_view::npos) throw changed();
    parser.add_line(line);
    ++lines_handed_;
    bytes_handed_ += line.size() + 1;
  };
  LineSplitter lines;
  std::string buffer(chunk_bytes_, '\0');
  std::size_t total = 0;
  std::size_t skip = skip_;
  while (file.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
         file.gcount() > 0) {
    std::string_view chunk(buffer.data(), static_cast<std::size_t>(file.gcount()));
    total += chunk.size();
    const std::size_t dropped = std::min(skip, chunk.size());
    chunk.remove_prefix(dropped);
    skip -= dropped;
    lines.add(chunk, hand_over);
  }
  if (file.bad() || total != source_.bytes) throw changed();
  lines.finish(hand_over);
  return parser.finish();
}

std::string TextPageStream::position() const {
  return "line " + std::to_string(lines_handed_ + 1) + ", byte " +
         std::to_string(std::min(bytes_handed_, source_.bytes));
}

}  // namespace palabre
