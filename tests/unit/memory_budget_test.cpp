// The run's memory budget and the page estimate it is given.
#include "palabre/run/memory_budget.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "palabre/error.hpp"
#include "palabre/parse/page_cost.hpp"

namespace palabre {
namespace {

TEST(PageShape, CountsTagsAndTheWordsInsideThem) {
  const std::string page = "<p class=\"a b\" id=x>un deux</p><br/>\n<img\tsrc=y alt>";
  const PageShape shape = measure_page_shape(page);
  EXPECT_EQ(shape.bytes, page.size());
  EXPECT_EQ(shape.tags, 4u);        // <p, </p, <br/, <img
  EXPECT_EQ(shape.attributes, 5u);  // class, b (a quoted value's word counts too), id, src, alt
  EXPECT_EQ(shape.estimated_peak_bytes(),
            kBytesPerByte * page.size() + kBytesPerTag * 4 + kBytesPerAttribute * 5);
}

TEST(PageShape, AStrayLessThanSignDoesNotMakeTheRestOfThePageATag) {
  std::string text = "Le prix < 10 euros, ";
  for (int i = 0; i < 20000; ++i) text += "un mot de plus ";
  const PageShape shape = measure_page_shape(text);
  EXPECT_EQ(shape.tags, 1u);
  EXPECT_EQ(shape.attributes, 0u);
  EXPECT_EQ(shape.estimated_peak_bytes(), kBytesPerByte * text.size() + kBytesPerTag);
}

TEST(MemoryBudget, APageLargerThanTheWholeBudgetIsRefusedByName) {
  MemoryBudget budget(1000);
  try {
    budget.reserve(1001, "big.html");
    FAIL() << "no error";
  } catch (const Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::kInput);
    EXPECT_EQ(error.where(), "big.html");
  }
  MemoryBudget::Reservation fits = budget.reserve(1000, "fits.html");
  MemoryBudget unlimited(0);
  MemoryBudget::Reservation any = unlimited.reserve(std::size_t{1} << 50, "any.html");
}

TEST(MemoryBudget, AReservationThatDoesNotFitBesideAnotherWaitsForItsRelease) {
  MemoryBudget budget(100);
  auto first = std::make_unique<MemoryBudget::Reservation>(budget.reserve(60, "a"));
  std::atomic<bool> released = false, second_held = false;
  std::thread second([&] {
    MemoryBudget::Reservation held = budget.reserve(60, "b");
    EXPECT_TRUE(released.load());  // not before the first let go
    second_held = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(second_held.load());
  released = true;
  first.reset();
  second.join();
  EXPECT_TRUE(second_held.load());
  // Both released: the whole budget is free again.
  MemoryBudget::Reservation all = budget.reserve(100, "c");
}

TEST(MemoryBudget, TheMachineLeavesSomethingAndNeverNothing) {
  EXPECT_GT(MemoryBudget::machine_total(1), 0u);
  EXPECT_GE(MemoryBudget::machine_total(1), MemoryBudget::machine_total(8));
}

}  // namespace
}  // namespace palabre
