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
  // An initial ("Dennis S. Müller", "J. Dupont"): a lone capital letter before the dot.
  const bool lone_capital = i >= 1 && points[i - 1] >= 'A' && points[i - 1] <= 'Z' &&
                            (i == 1 || is_space(points[i - 2]) || points[i - 2] == '(');
  if (c == '.' && lone_capital && (i + 1 >= points.size() || points[i + 1] != '.')) return false;
  // A run of dots ("exact........mais") ends a sentence; "2.0" and "alibaba.com" do not.
  if (i + 1 >= points.size()) return true;
  char32_t next = points[i + 1];
  return is_space(next) || next == '.' || next == '!' || next == '?' || next == 0x2026 ||
         (i > 0 && points[i - 1] == '.');
}

}  // namespace

bool themes_fit_poorly(const ThreadSummary& summary) {
  std::size_t analysed = 0;
  for (const LanguageCount& count : summary.languages)
    if (count.analysed) analysed += count.comments;
  return analysed >= 5 && 5 * summary.tagged < analysed;
}

namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string excerpt_of_range(std::string_view text, std::size_t begin, std::size_t end, std::size_t at,
                             std::size_t max_bytes) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  if (end - begin <= max_bytes) return std::string(trim(text.substr(begin, end - begin)));
  at = std::clamp(at, begin, end);
  std::size_t from = at > begin + max_bytes / 3 ? at - max_bytes / 3 : begin;
  std::size_t to = std::min(end, from + max_bytes);
  // Cut at spaces, and never inside a character.
  while (from > begin && text[from - 1] != ' ' && from < at) ++from;
  while (to < end && to > from && text[to] != ' ') --to;
  while (from < to && is_continuation_byte(text[from])) ++from;
  while (to > from && to < end && is_continuation_byte(text[to])) --to;
  std::string cut = from > begin ? "…" : "";
  cut += std::string(trim(text.substr(from, to - from)));
  if (to < end) cut += "…";
  return cut;
}

std::size_t after_closing_marks(std::string_view text, std::size_t at) {
  constexpr std::string_view kEllipsis = "\u2026";
  while (at < text.size()) {
    if (text[at] == '.' || text[at] == '!' || text[at] == '?') ++at;
    else if (text.substr(at).starts_with(kEllipsis)) at += kEllipsis.size();
    else break;
  }
  return at;
}

namespace {

// Whether the byte before `dot` is a lone capital letter, as in "Dennis S." or "J. Dupont":
// an initial, whose dot ends no sentence.
bool follows_an_initial(std::string_view text, std::size_t dot) {
  if (dot == 0) return false;
  const char letter = text[dot - 1];
  if (letter < 'A' || letter > 'Z') return false;
  return dot == 1 || text[dot - 2] == ' ' || text[dot - 2] == '\n' || text[dot - 2] == '(';
}

}  // namespace

// A sentence ends at a line break, or at closing marks followed by a space or the end, or
// at a run of several marks ("France....vous"); "2.0", "alibaba.com" and the initial of
// "Dennis S. Müller" go on.
std::string opening_sentence(std::string_view text, std::size_t from, std::size_t max_bytes) {
  std::size_t end = from;
  while (end < text.size() && end - from < 4 * max_bytes) {
    if (text[end] == '\n') break;
    const std::size_t marks_end = after_closing_marks(text, end);
    if (marks_end == end) {
      ++end;
      continue;
    }
    const bool several = marks_end - end > 1;
    const bool initial = !several && text[end] == '.' && follows_an_initial(text, end);
    end = marks_end;
    if (initial) continue;
    if (several || end == text.size() || text[end] == ' ' || text[end] == '\n') break;
  }
  return excerpt_of_range(text, from, end, from, max_bytes);
}

// Only a window of the text around the offset is decoded: a sentence either fits in
// max_code_points of it, or is cut to that many around the offset anyway, so the window
// (a little wider than max_code_points on each side) gives the same result as the whole
// text, in time independent of the text's length.
std::string sentence_at_byte(std::string_view text, std::size_t byte_at, std::size_t max_code_points) {
  const std::size_t reach = 4 * (max_code_points + 2);  // a code point is at most 4 bytes
  byte_at = std::min(byte_at, text.size());
  std::size_t from = byte_at > reach ? byte_at - reach : 0;
  std::size_t to = std::min(text.size(), byte_at + reach);
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
  const std::string_view window = text.substr(from, to - from);
  return sentence_around(window, count_code_points(window.substr(0, byte_at - from)), max_code_points);
}

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
