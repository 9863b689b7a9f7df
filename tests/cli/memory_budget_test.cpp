// The memory budget: a page whose estimated need exceeds what the run may use is a failure
// that names it, never a crash inside the HTML parser; pages that fit only one at a time
// wait for each other; the other inputs go on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/run_command.hpp"
#include "cli/scratch.hpp"

namespace palabre::testing {
namespace {

// A page of `elements` tiny elements: markup is what the HTML parser's tree costs.
std::string dense_markup_page(std::size_t elements) {
  std::string page = "<html><head><title>Titre</title></head><body><article><p>Le texte de "
                     "l'article, assez long pour compter.</p></article>";
  page.reserve(page.size() + 8 * elements + 16);
  for (std::size_t i = 0; i < elements; ++i) page += "<i>a</i>";
  return page + "</body></html>";
}

const std::string kTextPage =
    "Titre de l'article\n\nChapeau.\n\nCommentaires 1\nmarie a écrit le 02/01/2019 à 11:54\n"
    "Les artisans vendent en ligne.\n";

class MemoryBudgetCli : public ::testing::Test {
 protected:
  ScratchFolder scratch_{"memory-budget"};
};

TEST_F(MemoryBudgetCli, APageOverTheBudgetIsRefusedByNameAndTheOthersGoOn) {
  const std::string dense = scratch_.write("dense.html", dense_markup_page(100000));
  const std::string text = scratch_.write("page.txt", kTextPage);
  CommandResult result = run_palabre({"analyze", "-f", "jsonl", "--max-memory", "50M", dense, text});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find(dense + ": needs about"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("--max-memory"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("1 succeeded, 1 failed"), std::string::npos) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  EXPECT_TRUE(nlohmann::json::parse(lines[0]).contains("error"));
  EXPECT_EQ(nlohmann::json::parse(lines[1])["comments"].size(), 1u);
}

TEST_F(MemoryBudgetCli, PagesThatFitOnlyOneAtATimeWaitForEachOther) {
  // Each needs about 96M; two would need more than the budget: the second waits.
  const std::string first = scratch_.write("a.html", dense_markup_page(100000));
  const std::string second = scratch_.write("b.html", dense_markup_page(100000));
  CommandResult result =
      run_palabre({"analyze", "-f", "jsonl", "-j", "2", "--max-memory", "120M", first, second});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(lines_of(result.out).size(), 2u);
}

TEST_F(MemoryBudgetCli, UnderAnAddressSpaceLimitALargePageIsAFailureNotACrash) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer maps more address space than the limit leaves";
#endif
  // Its tree would take ~700 MB, more than the 500 MB `ulimit -v` leaves: without the
  // budget, MyHTML's allocations fail and it crashes or the page comes out empty.
  const std::string dense = scratch_.write("dense.html", dense_markup_page(1000000));
  const std::string text = scratch_.write("page.txt", kTextPage);
  for (const char* jobs : {"1", "2"}) {
    CommandResult result =
        run_palabre({"analyze", "-f", "jsonl", "-j", jobs, dense, text}, "", std::size_t{500} << 20);
    EXPECT_EQ(result.exit_code, 1) << "-j " << jobs << ": " << result.err;
    EXPECT_NE(result.err.find(dense + ": needs about"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("ulimit -v"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("1 succeeded, 1 failed"), std::string::npos) << result.err;
  }
}

TEST_F(MemoryBudgetCli, ParseRefusesAPageItCannotAffordToo) {
  const std::string dense = scratch_.write("dense.html", dense_markup_page(100000));
  const std::string text = scratch_.write("page.txt", kTextPage);
  CommandResult result = run_palabre({"parse", "--max-memory", "50M", dense, text});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find(dense + ": needs about"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("\"comments\""), std::string::npos);  // the text page's record
}

TEST_F(MemoryBudgetCli, AMaxMemoryThatIsNoSizeIsAUsageError) {
  const std::string text = scratch_.write("page.txt", kTextPage);
  CommandResult result = run_palabre({"analyze", "--max-memory", "lots", text});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("'lots' is not a size"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace palabre::testing
