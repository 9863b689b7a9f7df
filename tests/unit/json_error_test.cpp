// Where JSON went wrong, as a person fixes it: line, column in characters, the usual slips.
#include "palabre/text/json_error.hpp"

#include <gtest/gtest.h>

namespace palabre {
namespace {

TEST(JsonError, SaysWhereAndWhat) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"a": [1, 2,]})", "line 1, column 12: a comma before ']': JSON allows no trailing comma, remove it"},
      {"{\"a\": 1,\n  }", "line 1, column 8: a comma before '}': JSON allows no trailing comma, remove it"},
      {"{'a': 1}", "line 1, column 2: a single quote: JSON strings take double quotes (\"word\")"},
      {"{\"a\": [1, 2\n", "line 2, column 1: the text ends before the JSON does: a bracket, a brace or a quote left open?"},
      // The column counts characters: "é" is one, though two bytes.
      {"{\"é\": tru}", "line 1, column 10: invalid literal; last read: '\"é\": tru}'"},
      {R"({"a": 1e999})", "a number too large for a double (beyond about 1.8e308)"},
      {R"({"a": 1})", ""},
  };
  for (const auto& [text, message] : cases) EXPECT_EQ(describe_json_syntax_error(text), message) << text;
}

}  // namespace
}  // namespace palabre
