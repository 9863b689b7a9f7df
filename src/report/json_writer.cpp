// Strings are copied in runs between the bytes that need escaping or checking: comments are
// mostly ASCII, and a byte-by-byte append was the bulk of nlohmann's serializer cost.
#include "palabre/report/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace palabre {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Of the bytes at `p` (a byte ≥ 0x80): how many form one well-formed UTF-8 sequence
// (Unicode table 3-7), or, if they do not, how many to replace by one U+FFFD (the maximal
// subpart of a sequence, at least one byte), with `valid` saying which.
std::size_t utf8_sequence(const unsigned char* p, const unsigned char* end, bool& valid) {
  unsigned char lead = *p;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  }
  valid = false;
  if (length == 0) return 1;
  for (std::size_t i = 1; i < length; ++i) {
    if (p + i >= end) return i;
    unsigned char byte = p[i];
    bool fits = i == 1 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xBF;
    if (!fits) return i;
  }
  valid = true;
  return length;
}

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(code, sizeof code);
    }
  }
}

// Whether any of the eight bytes is a control character, '"', '\\' or not ASCII: the
// bytes that need a look of their own. Words of plain ASCII are copied without one.
bool needs_a_look(std::uint64_t eight) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  auto has_zero_byte = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  const bool not_ascii = (eight & kHighs) != 0;
  const bool control = ((eight - kOnes * 0x20) & ~eight & kHighs) != 0;
  return not_ascii || control || has_zero_byte(eight ^ (kOnes * '"')) ||
         has_zero_byte(eight ^ (kOnes * '\\'));
}

template <typename Integer>
void append_integer(std::string& out, Integer number) {
  char digits[24];
  auto result = std::to_chars(digits, digits + sizeof digits, number);
  out.append(digits, static_cast<std::size_t>(result.ptr - digits));
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const auto* run = p;  // start of the bytes still to copy as they are
  while (p < end) {
    if (end - p >= 8) {
      std::uint64_t eight;
      std::memcpy(&eight, p, sizeof eight);
      if (!needs_a_look(eight)) {
        p += 8;
        continue;
      }
    }
    // Byte by byte through these eight (a sequence may end past them).
    const auto* stop = end - p >= 8 ? p + 8 : end;
    while (p < stop) {
      unsigned char c = *p;
      if (c < 0x80) {
        if (c < 0x20 || c == '"' || c == '\\') {
          out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
          append_escape(out, c);
          run = p + 1;
        }
        ++p;
        continue;
      }
      bool valid = false;
      std::size_t length = utf8_sequence(p, end, valid);
      if (!valid) {
        out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
        out += kReplacement;
        run = p + length;
      }
      p += length;
    }
  }
  out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
  out.push_back('"');
}

void append_json_double(std::string& out, double number) {
  if (!std::isfinite(number)) {
    out += "null";
    return;
  }
  // nlohmann's grisu2 is not always the shortest representation (std::to_chars differs on
  // about 1 double in 2000), so the same bytes need its own routine.
  char digits[64];
  char* last = nlohmann::detail::to_chars(digits, digits + sizeof digits, number);
  out.append(digits, static_cast<std::size_t>(last - digits));
}

JsonWriter::JsonWriter(std::string& out, int indent, int depth)
    : out_(out), indent_(indent), depth_(depth < 0 ? 0 : static_cast<std::size_t>(depth)) {
  has_elements_.reserve(8);
}

void JsonWriter::new_line(std::size_t level) {
  out_.push_back('\n');
  out_.append((depth_ + level) * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_elements_.empty()) return;
  if (has_elements_.back()) out_.push_back(',');
  has_elements_.back() = true;
  if (indent_ >= 0) new_line(has_elements_.size());
}

void JsonWriter::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  has_elements_.push_back(false);
}

void JsonWriter::close(char bracket) {
  bool had_elements = !has_elements_.empty() && has_elements_.back();
  if (!has_elements_.empty()) has_elements_.pop_back();
  if (had_elements && indent_ >= 0) new_line(has_elements_.size());
  out_.push_back(bracket);
}

JsonWriter& JsonWriter::begin_object() {
  open('{');
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  close('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  open('[');
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? std::string_view(": ") : std::string_view(":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  append_json_string(out_, text);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? std::string_view("true") : std::string_view("false");
  return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  before_value();
  append_json_double(out_, number);
  return *this;
}

JsonWriter& JsonWriter::signed_value(long long number) {
  before_value();
  append_integer(out_, number);
  return *this;
}

JsonWriter& JsonWriter::unsigned_value(unsigned long long number) {
  before_value();
  append_integer(out_, number);
  return *this;
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& texts) {
  begin_array();
  for (const std::string& text : texts) value(std::string_view(text));
  return end_array();
}

}  // namespace palabre
