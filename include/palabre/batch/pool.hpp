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

struct PoolOptions {
  std::size_t workers = 1;
  std::size_t max_in_flight = 0;  // 0: four per worker
};

struct PoolStats {
  std::size_t jobs = 0;
  std::size_t peak_in_flight = 0;  // the most jobs issued and not yet handed to the sink
};

template <typename NextJob, typename Work, typename Sink>
PoolStats run_ordered(const PoolOptions& options, NextJob&& next_job, Work&& work, Sink&& sink) {
  using Job = typename std::invoke_result_t<NextJob&>::value_type;
  using Result = std::invoke_result_t<Work&, Job, std::size_t>;

  const std::size_t workers = std::max<std::size_t>(1, options.workers);
  const std::size_t limit =
      std::max<std::size_t>(1, options.max_in_flight ? options.max_in_flight : 4 * workers);

  std::mutex mutex;
  std::condition_variable job_ready, space_ready, result_ready;
  std::deque<std::pair<std::size_t, Job>> jobs;
  std::map<std::size_t, Result> done;  // finished, waiting for their turn
  std::size_t issued = 0, emitted = 0;
  bool producer_done = false, cancelled = false;
  std::exception_ptr failure;
  PoolStats stats;

  auto fail = [&](std::exception_ptr error) {
    std::lock_guard lock(mutex);
    if (!failure) failure = error;
    cancelled = true;
    job_ready.notify_all();
    space_ready.notify_all();
    result_ready.notify_all();
  };

  auto produce = [&] {
    for (;;) {
      {
        std::unique_lock lock(mutex);
        space_ready.wait(lock, [&] { return cancelled || issued - emitted < limit; });
        if (cancelled) break;
      }
      std::optional<Job> job;
      try {
        job = next_job();
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      if (!job) break;
      std::lock_guard lock(mutex);
      jobs.emplace_back(issued++, std::move(*job));
      stats.peak_in_flight = std::max(stats.peak_in_flight, issued - emitted);
      job_ready.notify_one();
    }
    std::lock_guard lock(mutex);
    producer_done = true;
    job_ready.notify_all();
    result_ready.notify_all();
  };

  auto run_worker = [&](std::size_t worker) {
    for (;;) {
      std::unique_lock lock(mutex);
      job_ready.wait(lock, [&] { return cancelled || !jobs.empty() || producer_done; });
      if (cancelled || jobs.empty()) return;
      auto [index, job] = std::move(jobs.front());
      jobs.pop_front();
      lock.unlock();
      try {
        Result result = work(std::move(job), worker);
        lock.lock();
        done.emplace(index, std::move(result));
        if (index == emitted) result_ready.notify_all();
      } catch (...) {
        fail(std::current_exception());
        return;
      }
    }
  };

  {
    std::vector<std::jthread> threads;
    threads.reserve(workers + 1);
    threads.emplace_back(produce);
    for (std::size_t w = 0; w < workers; ++w) threads.emplace_back(run_worker, w);

    for (;;) {
      std::unique_lock lock(mutex);
      result_ready.wait(lock, [&] {
        return cancelled || done.count(emitted) || (producer_done && emitted == issued);
      });
      if (cancelled || !done.count(emitted)) break;
      auto node = done.extract(emitted);
      lock.unlock();
      try {
        sink(std::move(node.mapped()));
      } catch (...) {
        fail(std::current_exception());
        break;
      }
      lock.lock();
      ++emitted;
      space_ready.notify_one();
    }
    // The jthreads join here: after a failure every wait above wakes up on `cancelled`.
  }
  if (failure) std::rethrow_exception(failure);
  stats.jobs = issued;
  return stats;
}

}  // namespace palabre
