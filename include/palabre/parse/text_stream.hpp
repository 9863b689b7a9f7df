// A text page read in chunks, for a page too large to hold: its lines go to a
// TextPageParser as the bytes come, so memory follows the longest comment, not the file.
// Only a page that reads the same streamed as whole is streamed: a regular file of clean
// UTF-8 (a UTF-8 byte-order mark allowed) that read_page would parse as a text page. Every
// other page, and every page read_page would refuse, is left to read_page.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "palabre/parse/page.hpp"
#include "palabre/parse/text_page.hpp"
#include "palabre/record.hpp"

namespace palabre {

inline constexpr std::size_t kDefaultChunkBytes = std::size_t{1} << 20;

// Cuts bytes that come in chunks into the lines parse_text_page cuts the whole text into:
// every '\n' ends a line (its '\r' is the parser's to drop), and what follows the last one
// is a line too, even empty.
class LineSplitter {
 public:
  template <typename OnLine>
  void add(std::string_view chunk, OnLine&& on_line) {
    std::size_t end = chunk.find('\n');
    if (end == std::string_view::npos) {
      carry_ += chunk;
      return;
    }
    if (carry_.empty()) {
      on_line(chunk.substr(0, end));
    } else {
      carry_ += chunk.substr(0, end);
      on_line(std::string_view(carry_));
      carry_.clear();
    }
    std::size_t start = end + 1;
    while ((end = chunk.find('\n', start)) != std::string_view::npos) {
      on_line(chunk.substr(start, end - start));
      start = end + 1;
    }
    carry_ = chunk.substr(start);
  }

  template <typename OnLine>
  void finish(OnLine&& on_line) {
    on_line(std::string_view(carry_));
    carry_.clear();
  }

 private:
  std::string carry_;  // the line the chunks have begun, not yet ended
};

class TextPageStream {
 public:
  // Checks `path` in one pass over its bytes (`chunk_bytes` at a time); nullopt when the
  // page is not to be streamed (see above), or when read_page would refuse it: read_page
  // then reads it, or says why not. `format` is --input-format (kAuto: detected).
  static std::optional<TextPageStream> open(const std::string& path, InputFormat format,
                                            std::size_t max_bytes,
                                            std::size_t chunk_bytes = kDefaultChunkBytes);

  // The page's source, as read_page gives it.
  const SourceInfo& source() const { return source_; }

  // Reads the page again and hands its lines to `parser`; returns the page's warnings
  // (parser.finish()'s). Throws Error(kInput, path, …) when the file changed in between.
  std::vector<std::string> read(TextPageParser& parser);

  // Where read() is, or stopped when it threw: the line being handed over (from 1) and the
  // byte of the file it starts at, for a message that says where a page failed.
  std::string position() const;

 private:
  TextPageStream(std::string path, SourceInfo source, std::size_t skip, std::size_t chunk_bytes)
      : path_(std::move(path)), source_(std::move(source)), skip_(skip), chunk_bytes_(chunk_bytes) {}

  std::string path_;
  SourceInfo source_;
  std::size_t skip_ = 0;  // the byte-order mark's bytes
  std::size_t chunk_bytes_ = kDefaultChunkBytes;
  std::size_t lines_handed_ = 0;
  std::size_t bytes_handed_ = 0;  // the bytes of those lines and their '\n', the mark included
};

}  // namespace palabre
