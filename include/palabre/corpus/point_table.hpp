// Corpus stage, the talking points by key, in bounded memory. Exact merging needs every
// distinct point of every article until the end (a point seen once here may be seen again
// in another partial), so their number grows with the corpus. The table keeps them in
// memory up to a budget; beyond it, it writes them out as a run sorted by key to a
// temporary file and starts afresh. Reading back is a k-way merge of the runs and what is
// in memory, which gives each key once, fully merged, in key order — with memory for one
// point per run.
//
//   PointTable table(budget);
//   table.add(key, point);                      // merges into an earlier add of the key
//   table.for_each([](const std::string& key, const CorpusPoint& point) { ... });
//
// The temporary file lives in $TMPDIR (else /tmp) and is unlinked as soon as it is created:
// the system removes it when the table closes it or the process ends, whatever the way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace palabre {

// How many articles a corpus talking point keeps (those where it has the most comments).
inline constexpr std::size_t kArticlesPerPoint = 10;

struct PointArticle {
  std::string path;
  std::size_t comments = 0;
};

struct CorpusPoint {
  std::map<std::string, std::size_t> spellings;  // phrase → articles spelling it so
  std::size_t threads = 0, comments = 0;
  std::vector<PointArticle> articles;  // most comments first, then path; kArticlesPerPoint
};

// Adds `part` into `into`: commutative and associative, articles re-capped in order.
void merge_point(CorpusPoint& into, const CorpusPoint& part);

// Default in-memory budget of a table, in (estimated) bytes.
inline constexpr std::size_t kDefaultPointBudget = std::size_t{2} << 20;

class PointTable {
 public:
  explicit PointTable(std::size_t budget = kDefaultPointBudget);
  ~PointTable();
  PointTable(PointTable&& other) noexcept;
  PointTable& operator=(PointTable&& other) noexcept;
  PointTable(const PointTable&) = delete;
  PointTable& operator=(const PointTable&) = delete;

  void add(const std::string& key, const CorpusPoint& point);
  // Every key once, merged over all adds, in key order. Throws Error(kOutput) when the
  // temporary file cannot be written or read back.
  void for_each(const std::function<void(const std::string&, const CorpusPoint&)>& visit) const;

  bool empty() const { return memory_.empty() && runs_.empty(); }
  std::size_t budget() const { return budget_; }
  std::size_t runs() const { return runs_.size(); }  // spilled runs, for tests and measures

 private:
  struct Run {
    std::uint64_t offset = 0, size = 0;
  };
  void spill();
  void compact_runs();
  void merge_runs(const std::vector<Run>& runs, bool with_memory,
                  const std::function<void(const std::string&, const CorpusPoint&)>& visit) const;

  std::size_t budget_;
  std::size_t used_ = 0;  // estimated bytes of memory_
  std::map<std::string, CorpusPoint> memory_;
  std::vector<Run> runs_;
  int fd_ = -1;              // the temporary file, opened on the first spill
  std::uint64_t end_ = 0;    // where the next run goes in it
};

}  // namespace palabre
