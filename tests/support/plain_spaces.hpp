// Test support: text compared the way expectation files write it.
#pragma once

#include <string>
#include <string_view>

namespace palabre::test {

// Every white space run, no-break spaces included, as one space; none at the start.
std::string plain_spaces(std::string_view text);

}  // namespace palabre::test
