// The memory a run may give the pages its workers hold at once. A worker reserves a page's
// estimated peak (parse/page_cost.hpp) before parsing it and releases it when the page is
// done: a page that would not fit even alone is refused, naming the page; one that does not
// fit beside the others in flight waits for them. So a page too large for the machine is a
// failure record, never an allocation failure inside the HTML parser, and with several
// workers one large page never takes the others down.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace palabre {

class MemoryBudget {
 public:
  // `total` bytes for the pages in flight (0: no limit); `origin` says where the figure comes
  // from, for the message that refuses a page ("--max-memory").
  explicit MemoryBudget(std::size_t total, std::string origin = "--max-memory")
      : total_(total), origin_(std::move(origin)) {}

  // The budget a run gets: `max_memory` when given, else machine_total(workers).
  static MemoryBudget for_run(std::optional<std::size_t> max_memory, std::size_t workers);
  MemoryBudget(const MemoryBudget&) = delete;
  MemoryBudget& operator=(const MemoryBudget&) = delete;

  // What this process may use with `workers` workers: three quarters of the physical
  // memory, and no more than the address space and data limits (ulimit -v, ulimit -d) leave
  // beside what the process maps already and each worker's own stack and allocator arena.
  static std::size_t machine_total(std::size_t workers);

  // Holds its bytes until destroyed.
  class Reservation {
   public:
    Reservation() = default;
    Reservation(Reservation&& other) noexcept : budget_(other.budget_), bytes_(other.bytes_) { other.budget_ = nullptr; }
    Reservation& operator=(Reservation&& other) noexcept;
    ~Reservation() { release(); }

   private:
    friend class MemoryBudget;
    Reservation(MemoryBudget* budget, std::size_t bytes) : budget_(budget), bytes_(bytes) {}
    void release();
    MemoryBudget* budget_ = nullptr;
    std::size_t bytes_ = 0;
  };

  // Waits until `bytes` fit beside the reservations held, then holds them. Throws
  // Error(kInput, path, …) when they exceed the whole budget.
  Reservation reserve(std::size_t bytes, const std::string& path);

  // reserve() for a page about to be parsed: its decoded `text`'s estimated peak
  // (parse/page_cost.hpp), the page named by `path` ("-": standard input).
  Reservation reserve_page(std::string_view text, const std::string& path);

  std::size_t total() const { return total_; }

 private:
  void give_back(std::size_t bytes);

  const std::size_t total_;
  const std::string origin_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::size_t held_ = 0;
};

}  // namespace palabre
