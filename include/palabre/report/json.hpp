// JSON reporter: the palabre.thread/1 contract of DESIGN.md, described by
// schema/thread.schema.json. `palabre parse` writes the records alone; `palabre analyze`
// adds each comment's themes and the thread's summary. Every JSON output (json, jsonl, the
// corpus document) streams through JsonWriter, the one escaping routine; nlohmann is kept
// for reading JSON and for the few outputs that are small trees (OrderedJson).
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"
#include "palabre/record.hpp"
#include "palabre/report/generator.hpp"
#include "palabre/report/json_writer.hpp"

namespace palabre {

using OrderedJson = nlohmann::ordered_json;

inline constexpr const char* kThreadSchema = "palabre.thread/1";

// The records of a thread, keys in contract order; "generator" says who wrote them
// (generator.hpp).
void write_thread_json(JsonWriter& json, const Thread& thread, const Generator& generator = {});

// The records with themes per comment and the summary.
void write_report_json(JsonWriter& json, const ThreadReport& report, const Generator& generator = {});

// The same record in pieces, for a page analysed as it is read: the head (schema, source,
// article, and the opening of "comments"), each comment with its themes, then the tail (the
// summary and the warnings). Together, the bytes write_report_json gives.
void write_report_head(JsonWriter& json, const SourceInfo& source, const Article& article,
                       const Generator& generator = {});
void write_report_comment(JsonWriter& json, const Comment& comment,
                          const std::vector<ThemeTag>& tags);
void write_report_tail(JsonWriter& json, const ThreadSummary& summary,
                       const std::optional<std::string>& subject,
                       const std::vector<std::string>& warnings);

// One comment's record, without its themes: {"id", "author", …, "truncated"}.
void write_comment_json(JsonWriter& json, const Comment& comment);

// A comment's theme tags: [{"id", "score", "evidence": [{"text", "start", "end", "term"}]}].
void write_tags_json(JsonWriter& json, const std::vector<ThemeTag>& tags);

// The same as text: compact when `indent` < 0, else indented like nlohmann's dump(indent).
std::string thread_json_text(const Thread& thread, int indent = -1, const Generator& generator = {});
std::string report_json_text(const ThreadReport& report, int indent = -1, const Generator& generator = {});

// A page: its record, indented (streamed as it is read when the page allows). A corpus: one
// palabre.corpus/1 document (corpus_json.hpp).
std::unique_ptr<ReportDocument> make_json_document(DocumentScope scope, const Generator& generator = {});

}  // namespace palabre
