// Run stage, per input: one step over one input (read, analyse, render) → "" when it went
// well, else the message of the input's failure record. Whatever the step throws for that
// input stays with it — a bad page, a page too big for the memory left — so that one input
// never costs the others their results; only an error about the run itself goes on up.
#pragma once

#include <functional>
#include <string>

namespace palabre {

// Runs `step` for the input named `path` (as the caller shows it). Returns "" when `step`
// returns; the message, without `path` in front (the record names the input), when it
// throws Error(kInput), std::bad_alloc (memory ran out while this input was handled) or any
// other std::exception. Error of another kind (an output that cannot be written) is thrown on.
std::string capture_input_failure(const std::string& path, const std::function<void()>& step);

}  // namespace palabre
