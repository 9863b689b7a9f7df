// Text utilities, JSON that does not parse → where and why, for messages a person can act on:
// "line 3, column 41: a comma before ']': JSON allows no trailing comma, remove it". Called
// once a parse has failed, so a valid document is parsed once.
#pragma once

#include <string>
#include <string_view>

namespace palabre {

// The line and column (in characters, from 1) of the first syntax error in `json_text`, what
// was found there and, for the usual slips (a trailing comma, single quotes, a bracket left
// open), what to do. "" when the text parses.
std::string describe_json_syntax_error(std::string_view json_text);

}  // namespace palabre
