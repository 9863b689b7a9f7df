// Report stage, the corpus summary in the formats for people besides text: a Markdown
// section (after the threads' own sections) and an HTML section (the page's first, with its
// table of contents). Escaping is the formats' own routines (report/markdown.hpp, report/html.hpp),
// never a copy of them.
#pragma once

#include <ostream>
#include <string_view>

#include "palabre/corpus/corpus.hpp"

namespace palabre {

void write_corpus_summary_markdown(std::ostream& out, const CorpusReport& corpus);
// The HTML section opens with the totals and a table of contents; `articles` is the list
// of the document's articles (an <li> each, linking to its thread), put last.
void write_corpus_summary_html(std::ostream& out, const CorpusReport& corpus, std::string_view articles = {});

}  // namespace palabre
