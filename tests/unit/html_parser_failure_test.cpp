// MyHTML's own failures (it reports memory running out as a status) make the page an input
// failure that says what happened, never a page without comments.
#include <gtest/gtest.h>

#include "palabre/error.hpp"
#include "palabre/parse/html_page.hpp"

namespace palabre {
namespace {

// What require_html_parser_ok throws for `status`, or "" when it does not.
std::string failure_for(unsigned int status) {
  try {
    detail::require_html_parser_ok(status, "read the page");
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kInput);
    EXPECT_EQ(error.where(), "") << "the caller names the file";
    return error.what();
  }
  return "";
}

TEST(HtmlParserFailure, StatusesBecomeInputFailures) {
  EXPECT_EQ(failure_for(0x0000), "");  // MyHTML_STATUS_OK
  // MyHTML_STATUS_TREE_ERROR_MEMORY_ALLOCATION and MyHTML_STATUS_ERROR_MEMORY_ALLOCATION
  EXPECT_EQ(failure_for(0x91f4),
            "the HTML parser (MyHTML) failed to read the page (status 0x91f4): memory ran out (fewer "
            "--jobs leave more to each page)");
  EXPECT_NE(failure_for(0x0002).find("memory ran out"), std::string::npos);
  // Any other failure says so, with its status, without guessing the cause.
  EXPECT_EQ(failure_for(0x0001), "the HTML parser (MyHTML) failed to read the page (status 0x0001)");
}

}  // namespace
}  // namespace palabre
