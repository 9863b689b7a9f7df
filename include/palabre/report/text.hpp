// Text reporter: what a journalist reads in ten seconds — the title, how many comments
// over which dates, the themes ranked with a bar, a quote per theme, talking points, and
// how many comments matched no theme.
#pragma once

#include <cstddef>
#include <ostream>

#include "palabre/analyze/summary.hpp"

namespace palabre {

struct TextOptions {
  std::size_t width = 80;  // columns to fit
};

void write_text_report(std::ostream& out, const ThreadReport& report, const TextOptions& options);

}  // namespace palabre
