// Corpus stage, the way back: reads palabre.partial/1 documents for `palabre merge`, in
// bounded memory: the document is parsed as a stream of events, and each item of its long
// arrays (themes, talking points, failures) is checked and added as soon as it ends, so a
// partial of any size costs the table's budget plus one item, never a tree of the whole
// document.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>

#include "palabre/corpus/corpus.hpp"

namespace palabre {

inline constexpr const char* kPartialSchema = "palabre.partial/1";

// One document of a stream, read whole and checked on its own: its fields have their types,
// and no count exceeds the total it is part of (a theme's comments, the corpus's comments).
struct ReadPartial {
  std::string where;     // "FILE: document N"
  std::uint64_t digest = 0;  // names its content, whatever its layout: the same partial twice
  CorpusReport corpus;   // with palabre_version and themes_fingerprint
};

// Reads every palabre.partial/1 document of `in` (one per line, or pretty-printed one
// after another) and hands each to `each` once it is read whole. Throws Error(kInput,
// where, …) naming the document and field at fault; the documents before it have been
// handed over, the ones after cannot be found. Points are kept with `point_budget`.
void read_each_partial(std::istream& in, const std::string& where, std::size_t point_budget,
                       const std::function<void(ReadPartial&)>& each);

// The same, merging every document into `corpus` (with `corpus.points`'s budget), unchecked
// against one another: `merge` uses PartialMerge (partial_merge.hpp).
void read_partials(std::istream& in, const std::string& where, CorpusReport& corpus);

}  // namespace palabre
