// Markdown reporter, for newsroom notes and code-hosting sites: the title, a table of the
// themes with counts and shares, a quote per theme, the talking points and the comments
// that matched no theme. CommonMark with GitHub's tables.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"

namespace palabre {

// Each thread's report, a rule between two; for a corpus, then the corpus summary's tables.
std::unique_ptr<ReportDocument> make_markdown_document(DocumentScope scope);

void write_markdown_report(std::ostream& out, const ThreadReport& report);

// The escaping routine of the Markdown format: page text shown as written, never as markup
// (emphasis, links, raw HTML, table pipes); line breaks become spaces.
std::string markdown_escape(std::string_view text);

}  // namespace palabre
