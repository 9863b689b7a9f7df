// Parse stage, JSON lines of one thread's comments: a page that is a JSON object per line →
// one Thread. What a scraper writes, or palabre's own `--format jsonl --per comment`:
//   {"text": "Bravo aux chinois…", "author": "Jean", "posted_at": "2019-01-02T11:54"}
//   {"path": "page.txt", "comment": {"id": "c3", "text": "…", …}, "themes": […]}
// The two may be mixed; a line may name its "thread" (or "path") as long as every line names
// the same. Lines of several threads, or whole palabre.thread/1 records, are refused with
// what to do instead: they are a stream of threads (--input-format jsonl).
#pragma once

#include <string>
#include <string_view>

#include "palabre/record.hpp"

namespace palabre {

// Whether decoded text is JSON lines rather than one JSON document: its first line is a
// whole JSON object by itself, and another line follows.
bool looks_like_json_lines(std::string_view text);

// The thread the lines make. Throws Error(kInput, path, …) naming the line for a line that
// is not a JSON object, a comment without "text", lines of several threads or records.
Thread parse_comment_lines(std::string_view text, const std::string& path);

}  // namespace palabre
