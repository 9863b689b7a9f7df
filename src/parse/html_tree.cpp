// Helpers over HtmlTree that need no HTML library: attribute lookup, class words and the
// visible text of a subtree, laid out the way a browser shows it (blocks on their own lines).
#include "palabre/parse/html_tree.hpp"

#include <algorithm>
#include <array>
#include <new>

#include "palabre/text/utf8.hpp"

namespace palabre {

namespace {

// What tidy_lines and one_line need to know of a byte: ordinary ASCII, ASCII space or line break, or the
// start (or middle) of a longer UTF-8 sequence.
enum ByteClass : unsigned char { kPlainByte, kAsciiSpace, kNonAscii };

constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (std::size_t b = 0; b < 256; ++b)
    classes[b] = b >= 0x80 ? kNonAscii
                 : (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
                     ? kAsciiSpace
                     : kPlainByte;
  return classes;
}();

}  // namespace

std::string_view HtmlNode::attribute(std::string_view name) const {
  for (const HtmlAttribute& attribute : attributes)
    if (attribute.name == name) return attribute.value;
  return {};
}

namespace {
constexpr std::size_t kStorageChunk = 64 * 1024;
}  // namespace

void* HtmlStorage::allocate(std::size_t bytes, std::size_t alignment) {
  std::size_t at = (used_ + alignment - 1) / alignment * alignment;
  if (chunks_.empty() || at + bytes > capacity_) {
    // Large pieces get a chunk of their own; the current chunk stays in use.
    std::size_t size = std::max(bytes, kStorageChunk);
    auto chunk = std::make_unique<std::byte[]>(size);
    std::byte* data = chunk.get();
    if (size > kStorageChunk && !chunks_.empty()) {
      chunks_.insert(chunks_.end() - 1, std::move(chunk));
      return data;
    }
    chunks_.push_back(std::move(chunk));
    used_ = 0;
    capacity_ = size;
    at = 0;
  }
  used_ = at + bytes;
  return chunks_.back().get() + at;
}

std::string_view HtmlStorage::keep(std::string_view text) {
  if (text.empty()) return {};
  char* data = static_cast<char*>(allocate(text.size(), 1));
  std::copy(text.begin(), text.end(), data);
  return {data, text.size()};
}

std::string_view HtmlStorage::keep_lower(std::string_view text) {
  std::string_view kept = keep(text);
  char* data = const_cast<char*>(kept.data());  // written just above, ours to change
  for (std::size_t i = 0; i < kept.size(); ++i)
    if (data[i] >= 'A' && data[i] <= 'Z') data[i] = static_cast<char>(data[i] + 32);
  return kept;
}

std::string_view HtmlStorage::tag_name(std::string_view lower_name) {
  for (const auto& name : tag_names_)  // a page uses a few dozen tag names
    if (*name == lower_name) return *name;
  tag_names_.push_back(std::make_unique<std::string>(lower_name));
  return *tag_names_.back();
}

std::span<HtmlAttribute> HtmlStorage::attribute_slots(std::size_t count) {
  if (count == 0) return {};
  void* data = allocate(count * sizeof(HtmlAttribute), alignof(HtmlAttribute));
  HtmlAttribute* slots = new (data) HtmlAttribute[count];
  return {slots, count};
}

std::string block_kind(const HtmlNode& node) {
  std::string_view classes = node.attribute("class");
  if (trim(classes).empty()) classes = node.attribute("id");  // <li id="post-12">
  std::string kind(node.tag);
  kind += '|';
  std::size_t start = classes.find_first_not_of(" \t\n\r\f");
  if (start == std::string_view::npos) return kind;
  std::size_t end = classes.find_first_of(" \t\n\r\f", start);
  for (char c : classes.substr(start, end - start))
    if (!(c >= '0' && c <= '9')) kind += c;
  return kind;
}

std::string one_line(std::string_view text, std::size_t stop_after) {
  std::string out;
  out.reserve(std::min(text.size(), stop_after));
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size() && out.size() <= stop_after) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    std::size_t before = pos;
    if (kByteClasses[byte] == kPlainByte) {
      // A run of ordinary ASCII characters is copied in one piece (it may overshoot
      // stop_after: the result is then only told too long, as it would be anyway).
      while (pos < text.size() && kByteClasses[static_cast<unsigned char>(text[pos])] == kPlainByte)
        ++pos;
    } else if (byte < 0x80) {
      ++pos;
      pending_space = !out.empty();  // an ASCII space or line break
      continue;
    } else if (is_space(decode_next(text, pos))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(text.substr(before, pos - before));
  }
  return out;
}

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// trim(text).size(), with the ends that are plain ASCII read without decoding.
std::size_t trimmed_size(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  if (begin < end && (static_cast<unsigned char>(text[begin]) >= 0x80 ||
                      static_cast<unsigned char>(text[end - 1]) >= 0x80))
    return trim(text.substr(begin, end - begin)).size();  // a no-break space, perhaps
  return end - begin;
}

}  // namespace

std::vector<std::size_t> text_sizes(const HtmlTree& tree) {
  std::vector<std::size_t> sizes(tree.nodes.size(), 0);
  for (std::size_t i = tree.nodes.size(); i-- > 0;) {  // children follow parents
    const HtmlNode& node = tree.nodes[i];
    if (node.is_text()) sizes[i] += trimmed_size(node.text);
    if (node.parent != kNoNode) sizes[node.parent] += sizes[i];
  }
  return sizes;
}

double link_text_share(const HtmlTree& tree, std::size_t root) {
  std::size_t linked = 0, total = 0, end_of_link = 0;
  for (std::size_t j = root; j < tree.nodes[root].end; ++j) {
    const HtmlNode& node = tree.nodes[j];
    if (node.tag == "a" && j >= end_of_link) end_of_link = node.end;
    if (!node.is_text()) continue;
    std::size_t size = trimmed_size(node.text);
    total += size;
    if (j < end_of_link) linked += size;
  }
  return total == 0 ? 1.0 : static_cast<double>(linked) / static_cast<double>(total);
}

std::string subtree_text(const HtmlTree& tree, std::size_t root) {
  return subtree_text(tree, root, [](std::size_t) { return false; });
}

namespace detail {

bool is_block_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 34> kBlocks = {
      "p",       "div",     "li",     "ul",      "ol",      "dl",     "dt",
      "dd",      "h1",      "h2",     "h3",      "h4",      "h5",     "h6",
      "article", "section", "header", "footer",  "aside",   "nav",    "blockquote",
      "pre",     "table",   "tr",     "td",      "th",      "figure", "figcaption",
      "form",    "main",    "hr",     "address", "details", "summary"};
  for (std::string_view block : kBlocks)
    if (tag == block) return true;
  return false;
}

// Collapses white space inside each line (keeping the no-break spaces French typography
// puts before ; : ! ?) and drops blank lines. Each line is written straight into the result
// and trimmed there: no line buffer, and ASCII bytes (most of any page) are never decoded.
std::string tidy_lines(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  std::size_t pos = 0;
  while (pos <= raw.size()) {
    const std::size_t line_begin = out.size();
    if (!out.empty()) out += '\n';
    const std::size_t content_begin = out.size();
    bool pending_space = false;
    while (pos < raw.size() && raw[pos] != '\n') {
      const unsigned char byte = static_cast<unsigned char>(raw[pos]);
      std::size_t before = pos;
      if (kByteClasses[byte] == kPlainByte) {
        // A run of ordinary ASCII characters is copied in one piece.
        while (pos < raw.size() && kByteClasses[static_cast<unsigned char>(raw[pos])] == kPlainByte)
          ++pos;
      } else if (byte < 0x80) {
        ++pos;
        pending_space = out.size() > content_begin;  // an ASCII space ('\n' ends the loop)
        continue;
      } else {
        char32_t c = decode_next(raw, pos);
        if (is_space(c) && c != 0x202F && c != 0x00A0) {
          pending_space = out.size() > content_begin;
          continue;
        }
      }
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(raw.substr(before, pos - before));
    }
    ++pos;  // past the '\n' (or the end)
    // Only no-break spaces can remain at either end of the line; trim drops them too.
    std::string_view line(out.data() + content_begin, out.size() - content_begin);
    std::string_view trimmed = trim(line);
    if (trimmed.empty()) {
      out.resize(line_begin);
    } else if (trimmed.size() != line.size()) {
      std::size_t offset = static_cast<std::size_t>(trimmed.data() - line.data());
      out.erase(content_begin + offset + trimmed.size());
      out.erase(content_begin, offset);
    }
  }
  return out;
}

}  // namespace detail
}  // namespace palabre
