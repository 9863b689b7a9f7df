// JSON reporter: the palabre.thread/1 contract of DESIGN.md, described by
// schema/thread.schema.json. `palabre parse` writes the records alone; `palabre analyze`
// adds each comment's themes and the thread's summary. nlohmann's dump() is the one
// escaping routine of every JSON output (json and jsonl).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/record.hpp"

namespace palabre {

using OrderedJson = nlohmann::ordered_json;

inline constexpr const char* kThreadSchema = "palabre.thread/1";

// The records of a thread, keys in contract order.
OrderedJson thread_to_json(const Thread& thread);

// The records with themes per comment and the summary.
OrderedJson report_to_json(const ThreadReport& report);

// One comment's record, without its themes: {"id", "author", …, "truncated"}.
OrderedJson comment_to_json(const Comment& comment);

// A comment's theme tags: [{"id", "score", "evidence": [{"text", "start", "end", "term"}]}].
OrderedJson tags_to_json(const std::vector<ThemeTag>& tags);

// The report as one indented JSON document and a newline.
void write_json_report(std::ostream& out, const ThreadReport& report);

}  // namespace palabre
