// JSON Lines reporter, for jq, pandas and spreadsheets: one compact JSON object per line.
// Per thread, each line is a whole palabre.thread/1 document; per comment, each line is
//   {"path": "samples/x.txt", "comment": {"id": "c1", …}, "themes": [{"id": …}]}
// with the comment and themes exactly as in the thread document.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"
#include "palabre/report/generator.hpp"

namespace palabre {

enum class JsonlUnit { kThread, kComment };

struct JsonlOptions {
  JsonlUnit per = JsonlUnit::kThread;
};

// One line per comment: {"path", "comment", "themes"} and its newline, appended to `out`.
void append_jsonl_comment_line(std::string& out, const std::string& path, const Comment& comment,
                               const std::vector<ThemeTag>& tags);

// The lines of one report, each ending in a newline.
// Thread lines carry `generator`; comment lines hold the comment alone.
std::string jsonl_report_text(const ThreadReport& report, const JsonlOptions& options,
                              const Generator& generator = {});

// Each thread's lines, sent as soon as they are written; a corpus adds a {"path", "error"}
// line per failed input, in its place.
std::unique_ptr<ReportDocument> make_jsonl_document(DocumentScope scope, const JsonlOptions& options,
                                                    const Generator& generator = {});

}  // namespace palabre
