// One input's failure stays with it: what each exception a step throws becomes, and which
// ones go on up.
#include "palabre/run/input_failure.hpp"

#include <gtest/gtest.h>

#include <new>
#include <stdexcept>

#include "palabre/error.hpp"

namespace palabre {
namespace {

TEST(CaptureInputFailure, AStepThatFinishesIsNoFailure) {
  bool ran = false;
  EXPECT_EQ(capture_input_failure("page.html", [&] { ran = true; }), "");
  EXPECT_TRUE(ran);
}

TEST(CaptureInputFailure, MemoryRunningOutIsThatInputsFailureNotAnInternalError) {
  const std::string message = capture_input_failure("big.html", [] { throw std::bad_alloc(); });
  EXPECT_TRUE(message.starts_with("out of memory while reading and analysing this input")) << message;
  EXPECT_EQ(message.find("internal error"), std::string::npos) << message;
  EXPECT_EQ(message.find("std::bad_alloc"), std::string::npos) << message;
}

TEST(CaptureInputFailure, AnInputErrorLosesThePathTheRecordAlreadyNames) {
  const std::string message = capture_input_failure(
      "page.txt", [] { throw Error(ErrorKind::kInput, "page.txt", "empty file: nothing to read"); });
  EXPECT_EQ(message, "empty file: nothing to read");
}

TEST(CaptureInputFailure, OtherExceptionsAreInternalErrorsOfThatInput) {
  const std::string message =
      capture_input_failure("page.txt", [] { throw std::length_error("basic_string::_M_create"); });
  EXPECT_EQ(message, "internal error: basic_string::_M_create");
}

TEST(CaptureInputFailure, AnOutputErrorStopsTheRun) {
  EXPECT_THROW(capture_input_failure("page.txt",
                                     [] { throw Error(ErrorKind::kOutput, "<stdout>", "write failed"); }),
               Error);
}

}  // namespace
}  // namespace palabre
