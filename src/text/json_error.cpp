// nlohmann reports the byte after which it gave up; line and column are counted here so that
// the column is in characters, as an editor shows it, not in bytes.
#include "palabre/text/json_error.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

struct Position {
  std::size_t line = 1, column = 1;
};

Position position_of(std::string_view text, std::size_t offset) {
  Position at;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  at.column = count_code_points(text.substr(line_start, offset - line_start)) + 1;
  return at;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// nlohmann's own words after "syntax error while parsing value - ".
std::string reason_of(const std::string& what) {
  std::size_t dash = what.find(" - ");
  return dash == std::string::npos ? what : what.substr(dash + 3);
}

}  // namespace

std::string describe_json_syntax_error(std::string_view json_text) {
  try {
    const nlohmann::json document = nlohmann::json::parse(json_text);
    return document.is_discarded() ? "not JSON" : "";
  } catch (const nlohmann::json::parse_error& error) {
    // error.byte is 1-based: the character that could not be read is at byte - 1.
    std::size_t offset = error.byte == 0 ? 0 : std::min(error.byte - 1, json_text.size());
    std::string reason = reason_of(error.what());
    std::size_t before = offset;
    while (before > 0 && is_space(json_text[before - 1])) --before;
    const char found = offset < json_text.size() ? json_text[offset] : '\0';
    if (before > 0 && json_text[before - 1] == ',' && (found == ']' || found == '}')) {
      offset = before - 1;
      reason = std::string("a comma before '") + found + "': JSON allows no trailing comma, remove it";
    } else if (found == '\'') {
      reason = "a single quote: JSON strings take double quotes (\"word\")";
    } else if (offset >= json_text.size() || reason.find("end of input") != std::string::npos) {
      reason = "the text ends before the JSON does: a bracket, a brace or a quote left open?";
    }
    Position at = position_of(json_text, offset);
    return "line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ": " + reason;
  } catch (const nlohmann::json::out_of_range&) {
    // nlohmann gives no position for a number overflowing a double, and quotes the whole number.
    return "a number too large for a double (beyond about 1.8e308)";
  }
}

}  // namespace palabre
