// Corpus reports as text: one line per article as the results come (its comments and main
// themes), then the corpus summary — theme prevalence with bars, the talking points that
// recur across articles and where, comments per day (per month over a long span).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "palabre/batch/corpus.hpp"

namespace palabre {

// "a00012.txt  31 comments  craft 12 · marketplaces 5 · france_vs_china 3", or the error.
std::string render_article_line(const ThreadDigest& digest, const std::string& title);
std::string render_failure_line(const Failure& failure);

// The summary block; `width` is the number of columns to fit.
void write_corpus_summary_text(std::ostream& out, const CorpusReport& corpus, std::size_t width = 80);

}  // namespace palabre
