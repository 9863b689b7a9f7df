// Report stage, corpus reports as text: one line per article as the results come (its
// comments and main themes), then the corpus summary — theme prevalence with bars, the
// talking points that recur across articles and where, comments per day (per month over a
// long span).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "palabre/corpus/corpus.hpp"
#include "palabre/report/document.hpp"

namespace palabre {

// "a00012.txt  \"Title\"  31 comments  Artisanat 12 · Alibaba / Amazon 5 · France vs Chine 3",
// within `width` columns: the title is shortened, then themes are left out, then the line
// is cut. A failure's line is wrapped instead, the error being what to act on.
std::string render_article_line(const ThreadReport& report, std::size_t width = 80);
std::string render_failure_line(const Failure& failure, std::size_t width = 80);

// The summary block; `width` is the number of columns to fit.
void write_corpus_summary_text(std::ostream& out, const CorpusReport& corpus, std::size_t width = 80);

// The text format's document for a corpus: the lines above as the results come, then the
// summary fitted to `width`.
std::unique_ptr<ReportDocument> make_corpus_text_document(std::size_t width);

}  // namespace palabre
