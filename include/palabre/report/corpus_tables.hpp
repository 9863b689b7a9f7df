// Report stage, the corpus summary in the formats for people besides text: a Markdown
// section (after the threads' own sections) and an HTML section (inside the page, before
// its end). Escaping is the formats' own routines (report/markdown.hpp, report/html.hpp),
// never a copy of them.
#pragma once

#include <ostream>

#include "palabre/corpus/corpus.hpp"

namespace palabre {

void write_corpus_summary_markdown(std::ostream& out, const CorpusReport& corpus);
void write_corpus_summary_html(std::ostream& out, const CorpusReport& corpus);

}  // namespace palabre
