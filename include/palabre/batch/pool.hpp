// Batch stage 2: jobs → results on N worker threads, handed back in job order whatever the
// scheduling. One producer thread pulls jobs (walking folders, reading JSON lines), the
// workers run them, and the calling thread receives the results in order through `sink`.
//
//   PoolStats stats = run_ordered(PoolOptions{.workers = 2},
//       [&]() -> std::optional<Job> { ... },             // next job, nullopt at the end
//       [&](Job job, std::size_t worker) { ... },        // job → result, on worker `worker`
//       [&](Result result) { ... });                     // in job order, on this thread
//
// Memory is bounded: at most `max_in_flight` jobs are issued and not yet handed to the
// sink, so one slow file holds back at most that many finished results, however many files
// there are. `worker` lets each worker own its state (a ThreadAnalyzer) without locks.
// An exception from any of the three callbacks stops the run and is rethrown here.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace palabre {

// The number of cores (at least 1): the default of -j.
std::size_t default_worker_count();
// The most workers a run starts, whatever -j says: four per core. The work is CPU-bound, so
// more threads than that only add memory (each worker holds an analyzer).
std::size_t max_worker_count();

struct PoolOptions {
  std::size_t workers = 1;
  std::size_t max_in_flight = 0;  // 0: four per worker
};

struct PoolStats {
  std::size_t jobs = 0;
  std::size_t peak_in_flight = 0;  // the most jobs issued and not yet handed to the sink
};

namespace detail {

// run_ordered's state, shared by the producer, the workers and the calling thread under one
// mutex: the jobs issued and waiting, the results finished and waiting for their turn.
template <typename Job, typename Result>
class OrderedPool {
 public:
  explicit OrderedPool(std::size_t limit) : limit_(limit) {}

  // The producer: issues jobs while fewer than `limit` are in flight.
  template <typename NextJob>
  void produce(NextJob& next_job) {
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        space_ready_.wait(lock, [&] { return cancelled_ || issued_ - emitted_ < limit_; });
        if (cancelled_) break;
      }
      std::optional<Job> job;
      try {
        job = next_job();
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      if (!job) break;
      std::lock_guard lock(mutex_);
      jobs_.emplace_back(issued_++, std::move(*job));
      stats_.peak_in_flight = std::max(stats_.peak_in_flight, issued_ - emitted_);
      job_ready_.notify_one();
    }
    std::lock_guard lock(mutex_);
    producer_done_ = true;
    job_ready_.notify_all();
    result_ready_.notify_all();
  }

  // A worker: runs jobs until there are none left or the run is cancelled.
  template <typename Work>
  void work(Work& run_job, std::size_t worker) {
    for (;;) {
      std::unique_lock lock(mutex_);
      job_ready_.wait(lock, [&] { return cancelled_ || !jobs_.empty() || producer_done_; });
      if (cancelled_ || jobs_.empty()) return;
      auto [index, job] = std::move(jobs_.front());
      jobs_.pop_front();
      lock.unlock();
      try {
        Result result = run_job(std::move(job), worker);
        lock.lock();
        done_.emplace(index, std::move(result));
        if (index == emitted_) result_ready_.notify_all();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
  }

  // The calling thread: hands the results to `sink` in job order until all are handed.
  template <typename Sink>
  void drain(Sink& sink) {
    for (;;) {
      std::unique_lock lock(mutex_);
      result_ready_.wait(lock, [&] {
        return cancelled_ || done_.count(emitted_) || (producer_done_ && emitted_ == issued_);
      });
      if (cancelled_ || !done_.count(emitted_)) break;
      auto node = done_.extract(emitted_);
      lock.unlock();
      try {
        sink(std::move(node.mapped()));
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      lock.lock();
      ++emitted_;
      space_ready_.notify_one();
    }
  }

  // After the threads have joined.
  PoolStats finish() {
    if (failure_) std::rethrow_exception(failure_);
    stats_.jobs = issued_;
    return stats_;
  }

 private:
  void fail(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = error;
    cancelled_ = true;
    job_ready_.notify_all();
    space_ready_.notify_all();
    result_ready_.notify_all();
  }

  const std::size_t limit_;
  std::mutex mutex_;
  std::condition_variable job_ready_, space_ready_, result_ready_;
  std::deque<std::pair<std::size_t, Job>> jobs_;
  std::map<std::size_t, Result> done_;  // finished, waiting for their turn
  std::size_t issued_ = 0, emitted_ = 0;
  bool producer_done_ = false, cancelled_ = false;
  std::exception_ptr failure_;
  PoolStats stats_;
};

}  // namespace detail

template <typename NextJob, typename Work, typename Sink>
PoolStats run_ordered(const PoolOptions& options, NextJob&& next_job, Work&& work, Sink&& sink) {
  using Job = typename std::invoke_result_t<NextJob&>::value_type;
  using Result = std::invoke_result_t<Work&, Job, std::size_t>;

  const std::size_t workers = std::max<std::size_t>(1, options.workers);
  const std::size_t limit =
      std::max<std::size_t>(1, options.max_in_flight ? options.max_in_flight : 4 * workers);
  detail::OrderedPool<Job, Result> pool(limit);
  {
    std::vector<std::jthread> threads;
    threads.reserve(workers + 1);
    threads.emplace_back([&] { pool.produce(next_job); });
    for (std::size_t w = 0; w < workers; ++w) threads.emplace_back([&, w] { pool.work(work, w); });
    pool.drain(sink);
    // The jthreads join here: after a failure every wait above wakes up on `cancelled`.
  }
  return pool.finish();
}

}  // namespace palabre
