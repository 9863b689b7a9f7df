#include "palabre/run/memory_budget.hpp"

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "palabre/error.hpp"
#include "palabre/parse/page_cost.hpp"
#include "palabre/text/byte_size.hpp"

namespace palabre {
namespace {

// A worker thread's own address space: its stack and the arena glibc's malloc maps for it
// (64 MB reserved on 64-bit systems), both counted by ulimit -v.
constexpr std::size_t kPerWorkerMapping = std::size_t{72} << 20;
constexpr std::size_t kTrimAbove = std::size_t{64} << 20;

std::size_t mapped_now() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0;
  statm >> pages;
  return pages * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

// What `resource` leaves, or SIZE_MAX when it sets no limit.
std::size_t room_under(int resource, std::size_t mapped, std::size_t workers) {
  rlimit limit{};
  if (getrlimit(resource, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return SIZE_MAX;
  const std::size_t used = mapped + workers * kPerWorkerMapping;
  return limit.rlim_cur > used ? static_cast<std::size_t>(limit.rlim_cur) - used : 0;
}

}  // namespace

std::size_t MemoryBudget::machine_total(std::size_t workers) {
  const long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
  std::size_t total = pages > 0 && page_size > 0
                          ? static_cast<std::size_t>(pages) / 4 * 3 * static_cast<std::size_t>(page_size)
                          : SIZE_MAX;
  const std::size_t mapped = mapped_now();
  total = std::min({total, room_under(RLIMIT_AS, mapped, workers), room_under(RLIMIT_DATA, mapped, workers)});
  return std::max<std::size_t>(total, 1);  // 0 would mean no limit
}

MemoryBudget MemoryBudget::for_run(std::optional<std::size_t> max_memory, std::size_t workers) {
  if (max_memory) return MemoryBudget(*max_memory, "--max-memory");
  return MemoryBudget(machine_total(workers),
                      "three quarters of the memory, or what ulimit -v or -d leaves");
}

MemoryBudget::Reservation& MemoryBudget::Reservation::operator=(Reservation&& other) noexcept {
  if (this != &other) {
    release();
    budget_ = other.budget_;
    bytes_ = other.bytes_;
    other.budget_ = nullptr;
  }
  return *this;
}

void MemoryBudget::Reservation::release() {
  if (budget_) budget_->give_back(bytes_);
  budget_ = nullptr;
}

MemoryBudget::Reservation MemoryBudget::reserve(std::size_t bytes, const std::string& path) {
  if (total_ == 0) return {};
  if (bytes > total_)
    throw Error(ErrorKind::kInput, path,
                "needs about " + format_byte_size_up(bytes) + " of memory to analyse, more than the " +
                    format_byte_size_up(total_) + " palabre may use (" + origin_ +
                    "); a larger --max-memory, where the machine has it, lets it through");
  std::unique_lock lock(mutex_);
  released_.wait(lock, [&] { return held_ + bytes <= total_; });
  held_ += bytes;
  return Reservation(this, bytes);
}

MemoryBudget::Reservation MemoryBudget::reserve_page(std::string_view text, const std::string& path) {
  return reserve(measure_page_shape(text).estimated_peak_bytes(), path == "-" ? "<stdin>" : path);
}

void MemoryBudget::give_back(std::size_t bytes) {
  {
    std::lock_guard lock(mutex_);
    held_ -= bytes;
  }
  // A large page's memory goes back to the system, not to the arena of the worker that
  // parsed it, so that the next page's reservation is memory it can have.
  if (bytes >= kTrimAbove) malloc_trim(0);
  released_.notify_all();
}

}  // namespace palabre
