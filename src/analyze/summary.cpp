#include "palabre/analyze/summary.hpp"

#include <algorithm>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

struct CodePointText {
  std::vector<char32_t> points;
  std::vector<std::size_t> bytes;  // byte offset of each code point, plus the end
};

CodePointText decode(std::string_view text) {
  CodePointText decoded;
  std::size_t pos = 0;
  while (pos < text.size()) {
    decoded.bytes.push_back(pos);
    decoded.points.push_back(decode_next(text, pos));
  }
  decoded.bytes.push_back(text.size());
  return decoded;
}

bool ends_sentence(const std::vector<char32_t>& points, std::size_t i) {
  char32_t c = points[i];
  if (c == '\n') return true;
  if (c != '.' && c != '!' && c != '?' && c != 0x2026) return false;
  // A run of dots ("exact........mais") ends a sentence; "2.0" and "alibaba.com" do not.
  if (i + 1 >= points.size()) return true;
  char32_t next = points[i + 1];
  return is_space(next) || next == '.' || next == '!' || next == '?' || next == 0x2026 ||
         (i > 0 && points[i - 1] == '.');
}

}  // namespace

std::string sentence_around(std::string_view text, std::size_t at, std::size_t max_code_points) {
  CodePointText decoded = decode(text);
  const auto& points = decoded.points;
  if (points.empty()) return "";
  at = std::min(at, points.size() - 1);
  std::size_t begin = at;
  while (begin > 0 && !ends_sentence(points, begin - 1)) --begin;
  std::size_t end = at;
  while (end < points.size() && !ends_sentence(points, end)) ++end;
  // Keep the closing punctuation run with the sentence.
  while (end < points.size() && (points[end] == '.' || points[end] == '!' || points[end] == '?' ||
                                 points[end] == 0x2026))
    ++end;
  if (end - begin > max_code_points) {
    // Centre the window on `at`, cut at spaces.
    std::size_t from = at > begin + max_code_points / 2 ? at - max_code_points / 2 : begin;
    std::size_t to = std::min(end, from + max_code_points);
    while (from > begin && !is_space(points[from - 1])) ++from;
    while (to < end && to > from && !is_space(points[to])) --to;
    std::string cut;
    if (from > begin) cut += "…";
    cut += std::string(trim(text.substr(decoded.bytes[from], decoded.bytes[to] - decoded.bytes[from])));
    if (to < end) cut += "…";
    return cut;
  }
  return std::string(
      trim(text.substr(decoded.bytes[begin], decoded.bytes[end] - decoded.bytes[begin])));
}

}  // namespace palabre
