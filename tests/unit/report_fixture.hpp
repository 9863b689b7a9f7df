// Reports for the writer tests: the sample page through the real pipeline, and a small
// hand-made thread full of what breaks writers (quotes, commas, line breaks, markup,
// escape sequences, emoji, wide characters, overlapping evidence, missing values).
#pragma once

#include "palabre/report/formats.hpp"

#include <string>
#include <vector>

#include "palabre/analyze/summary.hpp"

namespace palabre::testing {

// samples/villages-2-0-chinois.txt analysed with the default themes (computed once).
const ThreadReport& sample_report();

// Three comments: c1 by a named author with hostile text and two themes whose evidence
// overlaps; c2 anonymous, undated, a reply to c1, cut short, no theme; c3 with
// multi-byte characters before its evidence. A theme of the set matches nothing.
ThreadReport tricky_report();

// The document a format writes around `reports`: the whole of what a run writes, save the
// corpus summary's figures (the corpus is empty).
std::string render_document(ReportFormat format, DocumentScope scope, const std::vector<ThreadReport>& reports,
                            const ReportOptions& options = {});
// One page's document: what `palabre analyze -f FORMAT page` writes.
std::string render_page(ReportFormat format, const ThreadReport& report, const ReportOptions& options = {});

// The code points [start, end) of `text` — how scripts read evidence offsets.
std::string code_point_slice(const std::string& text, std::size_t start, std::size_t end);

// A strict RFC 4180 reader (CRLF ends records, quoted fields hold anything); records a
// GoogleTest failure for anything else — a bare LF, a quote inside an unquoted field.
using Rows = std::vector<std::vector<std::string>>;
Rows read_csv(const std::string& text);

}  // namespace palabre::testing
