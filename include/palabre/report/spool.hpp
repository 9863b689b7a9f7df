// Report stage, parts held back: a document that must write its summary before its threads
// (the corpus HTML report opens with its overview) keeps the threads' parts here until the
// end. Memory holds the first megabytes; past them the parts go to an unlinked temporary
// file in $TMPDIR (or /tmp), so that a folder of 20,000 pages is not held in memory.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace palabre {

class Spool {
 public:
  explicit Spool(std::size_t memory_budget = std::size_t{8} << 20) : budget_(memory_budget) {}
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  ~Spool();

  // Throws Error(kOutput) naming the temporary folder when the file cannot be written.
  void add(std::string_view part);
  // Everything added, in order; the spool is empty afterwards.
  void copy_to(std::ostream& out);

 private:
  void spill();

  std::size_t budget_;
  std::string memory_;
  int fd_ = -1;
};

}  // namespace palabre
