// Corpus stage, the reduce step: palabre.partial/1 documents → one total, refusing every
// partial that would make it wrong — one made by another palabre version or with another
// theme set (their counts do not add up), one given twice (its threads would count twice),
// one whose counts would overflow the total. Each partial is added whole or refused whole,
// and a refused one is listed in the total's failures with the reason, as a failed page is.
//
//   PartialMerge merge(point_budget);
//   merge.add_stream(file, "p1.json");      // each document of the stream
//   merge.refuse("p2.json", "cannot open: No such file or directory");
//   write the document of merge.total();
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <map>
#include <string>

#include "palabre/corpus/corpus.hpp"
#include "palabre/corpus/partial_reader.hpp"

namespace palabre {

class PartialMerge {
 public:
  explicit PartialMerge(std::size_t point_budget);

  // Adds every document of `in`; `where` names the stream. Returns how many were refused
  // (a stream that breaks off counts one, for the documents that could not be read).
  std::size_t add_stream(std::istream& in, const std::string& where);
  // Adds one document read on its own; false when it was refused.
  bool add(ReadPartial& partial);
  // Lists what could not be read at all.
  void refuse(const std::string& where, const std::string& reason);

  CorpusReport& total() { return total_; }

 private:
  std::string why_refused(const ReadPartial& partial) const;

  std::size_t point_budget_;
  CorpusReport total_;
  bool any_added_ = false;
  std::map<std::uint64_t, std::string> seen_;  // digest → where it was first read
};

}  // namespace palabre
