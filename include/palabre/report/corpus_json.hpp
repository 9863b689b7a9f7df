// Report stage, corpus reports as JSON: the palabre.corpus/1 document that `analyze
// --format json` prints for several inputs and `merge` prints, and the palabre.partial/1
// documents that `analyze --emit partial` writes and `merge` reads back.
//
//   {"schema": "palabre.corpus/1", "generator": {"name", "version"},
//    "threads": [<palabre.thread/1 record>, ...],        // written as they come
//    "failures": [{"path": "...", "error": "..."}],
//    "summary": {"threads", "comments", "tagged", "failed", "themes": [...],
//                "talking_points": [...], "per_day": {...}, "undated"},
//    "totals": {"files", "comments", "themes": {"<id>": comments, ...}}}
#pragma once

#include <istream>
#include <ostream>
#include <string>

#include "palabre/corpus/corpus.hpp"
#include "palabre/report/document.hpp"
#include "palabre/report/generator.hpp"
#include "palabre/report/json_writer.hpp"

namespace palabre {

inline constexpr const char* kCorpusSchema = "palabre.corpus/1";

// {"path": "...", "error": "..."}: an item of "failures", or a failure line of jsonl output.
void write_failure_json(JsonWriter& json, const Failure& failure);

// The "summary" object: every figure comes from counts, so equal reports print equal bytes.
void write_corpus_summary_json(JsonWriter& json, const CorpusReport& corpus);

// "totals": the same counts in the shape the benchmark peers print (../shared/bench), so
// that their comparison script checks them: {"files", "comments", "themes": {id: comments}}.
void write_corpus_totals_json(JsonWriter& json, const CorpusReport& corpus);

// A partial on one line: everything merge needs, the talking points' spellings and articles
// included. Written as it goes (the points are read back from the table one at a time).
void write_partial(std::ostream& out, const CorpusReport& corpus);

// The palabre.corpus/1 document, written while the threads are still coming so that they
// need not be held in memory: each thread's record, indented to sit in "threads", then the
// failures, the summary and the totals.
std::unique_ptr<ReportDocument> make_corpus_json_document(const Generator& generator = {});

// --emit partial: nothing per thread, one palabre.partial/1 line at the end.
std::unique_ptr<ReportDocument> make_partial_document();

}  // namespace palabre
