// HTML reporter: one self-contained file to open in a browser or mail to a colleague — the
// article header, a theme chart in inline SVG, the quotes and talking points, then every
// comment with its theme chips and its evidence highlighted, filterable by theme with a
// small inline script (open report.html#theme=craft to start filtered). No network, no
// external asset: a Content-Security-Policy forbids every fetch.
//
// A document holds one or more threads: write_html_begin, write_html_thread per report,
// write_html_end. Element ids are prefixed "t<n>-" so that threads do not collide.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"

namespace palabre {

// `language`: the BCP 47 tag of <html lang> ("fr"; "mul" for several, "und" when unknown).
void write_html_begin(std::ostream& out, std::string_view title, std::string_view language);

// A thread's language as an HTML lang value: its code, or "und" when it is not known.
std::string html_language(const std::optional<std::string>& code);
// `index` numbers the threads of the document from 1.
void write_html_thread(std::ostream& out, const ThreadReport& report, std::size_t index);
void write_html_end(std::ostream& out);

// One page: titled after the article for a page, else "palabre — corpus report", which
// opens with the corpus summary and a table of contents, then the threads.
std::unique_ptr<ReportDocument> make_html_document(DocumentScope scope);

// The escaping routine of the HTML format, for text and attribute values alike.
std::string html_escape(std::string_view text);

}  // namespace palabre
