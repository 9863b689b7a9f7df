// Parse stage, palabre's own records read back: a palabre.thread/1 document (a whole JSON
// page, or one line of a JSON-lines stream) → a Thread, so that scripts can build threads
// from any source. Only comments[].text is required; every other field may be missing.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "palabre/record.hpp"

namespace palabre {

// Parses one palabre.thread/1 JSON document. Throws Error(kInput, path, …) when it is not
// JSON (with the line and column), not a record (an array, no "comments", another schema:
// the message says what it is), or when a field has the wrong type (naming the field).
Thread parse_json_page(std::string_view text, const std::string& path);

// The same for a document already parsed (a JSON line that proved to be a record).
Thread read_thread_record(const nlohmann::json& document, const std::string& path);

// One comment's fields from a JSON object: "text" is required, "id" defaults to
// "c<index + 1>", empty strings are null. Throws Error(kInput, where, …) naming the field.
Comment read_comment_record(const nlohmann::json& object, std::size_t index, const std::string& where);

// JSON strings may hold NUL characters ("\u0000"), which decoding never sees: each one in
// the thread's article, comments, source path and warnings becomes U+FFFD, as a NUL byte of
// a page does, and a warning says how many. Called once a thread is whole.
void replace_nul_characters(Thread& thread);

// object[key] as a string; nullopt when missing, null or empty. Throws Error(kInput, where,
// …) when it is another type.
std::optional<std::string> read_optional_string(const nlohmann::json& object, const char* key,
                                                const std::string& where);

}  // namespace palabre
