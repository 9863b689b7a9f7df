// JSON reporter: the palabre.thread/1 contract of DESIGN.md. `palabre parse` writes the
// records alone; `palabre analyze` adds each comment's themes and the thread's summary.
#pragma once

#include <nlohmann/json.hpp>

#include "palabre/analyze/summary.hpp"
#include "palabre/record.hpp"

namespace palabre {

using OrderedJson = nlohmann::ordered_json;

inline constexpr const char* kThreadSchema = "palabre.thread/1";

// The records of a thread, keys in contract order.
OrderedJson thread_to_json(const Thread& thread);

// The records with themes per comment and the summary.
OrderedJson report_to_json(const ThreadReport& report);

}  // namespace palabre
