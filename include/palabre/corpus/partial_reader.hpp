// Corpus stage, the way back: reads palabre.partial/1 documents for `palabre merge`, in
// bounded memory: the document is parsed as a stream of events, and each item of its long
// arrays (themes, talking points, failures) is checked and added as soon as it ends, so a
// partial of any size costs the table's budget plus one item, never a tree of the whole
// document.
#pragma once

#include <istream>
#include <string>

#include "palabre/corpus/corpus.hpp"

namespace palabre {

inline constexpr const char* kPartialSchema = "palabre.partial/1";

// Reads every palabre.partial/1 document of `in` (one per line, or pretty-printed one
// after another) and merges them into `corpus`. Throws Error(kInput, where, …) naming the
// document and field at fault. The points are added with `corpus.points`'s budget.
void read_partials(std::istream& in, const std::string& where, CorpusReport& corpus);

}  // namespace palabre
