// Text reporter: what a journalist reads in ten seconds — the title, how many comments
// over which dates, the themes ranked with a bar, a quote per theme, talking points, and
// how many comments matched no theme; with `explain`, every comment with its evidence
// marked. Colour (ANSI SGR) only when asked; without it the text is plain and stable.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "palabre/analyze/summary.hpp"
#include "palabre/report/document.hpp"

namespace palabre {

enum class ColorMode { kAuto, kAlways, kNever };

// Whether the report gets colour: `always` and `never` decide alone (a flag given on the
// command line beats the environment); `auto` colours a terminal unless NO_COLOR is set
// to a non-empty value (no-color.org) or TERM is "dumb". The environment values are
// passed in (nullptr when unset) so that the rule stays a pure function.
bool use_color(ColorMode mode, bool is_terminal, const char* no_color, const char* term);

struct TextOptions {
  std::size_t width = 80;  // columns to fit, clamped to [40, 120]
  bool color = false;      // ANSI colours and highlighting
  bool explain = false;    // add every comment with its evidence marked
};

void write_text_report(std::ostream& out, const ThreadReport& report, const TextOptions& options);

// A page: its report (several: a blank line between). A corpus: a line per article as the
// results come, a line per failed input, then the corpus summary (corpus_text.hpp).
std::unique_ptr<ReportDocument> make_text_document(DocumentScope scope, const TextOptions& options);

// The escaping routine of the text format: control characters (C0, DEL, C1) and bidi
// overrides from the page cannot reach the terminal; tabs and line breaks become spaces.
std::string terminal_safe(std::string_view text);

}  // namespace palabre
