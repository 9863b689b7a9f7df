// Parts held back for the end of a document: the same bytes whether they stayed in memory
// or went through the temporary file.
#include "palabre/report/spool.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace palabre {
namespace {

TEST(Spool, GivesBackWhatItWasGivenInOrder) {
  for (std::size_t budget : {std::size_t{0}, std::size_t{7}, std::size_t{1} << 20}) {
    Spool spool(budget);
    std::string expected;
    for (int i = 0; i < 500; ++i) {
      std::string part = "<article id=\"t" + std::to_string(i) + "\">" + std::string(i % 37, 'x') + "</article>\n";
      spool.add(part);
      expected += part;
    }
    std::ostringstream out;
    spool.copy_to(out);
    EXPECT_EQ(out.str(), expected) << "budget " << budget;
    std::ostringstream again;
    spool.copy_to(again);
    EXPECT_EQ(again.str(), "") << "emptied";
  }
}

}  // namespace
}  // namespace palabre
