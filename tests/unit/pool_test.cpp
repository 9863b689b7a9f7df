// The ordered pool: results come back in job order whatever the workers' timing, the
// number of jobs in flight stays under its bound, and errors stop the run cleanly.
#include "palabre/batch/pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <stdexcept>
#include <string>

namespace palabre {
namespace {

struct Counter {
  std::size_t next = 0, total;
  std::optional<std::size_t> operator()() {
    if (next == total) return std::nullopt;
    return next++;
  }
};

TEST(OrderedPool, ResultsComeInJobOrderWhenLaterJobsFinishFirst) {
  // Early jobs sleep longest, so that with two workers the later ones finish first.
  const std::size_t jobs = 24;
  std::vector<std::size_t> seen;
  std::set<std::size_t> workers_used;
  std::mutex mutex;
  PoolStats stats = run_ordered(
      PoolOptions{2, 0}, Counter{0, jobs},
      [&](std::size_t job, std::size_t worker) {
        std::this_thread::sleep_for(std::chrono::milliseconds((jobs - job) % 5 * 3));
        std::lock_guard lock(mutex);
        workers_used.insert(worker);
        return "r" + std::to_string(job);
      },
      [&](std::string result) { seen.push_back(std::stoul(result.substr(1))); });
  std::vector<std::size_t> expected(jobs);
  for (std::size_t i = 0; i < jobs; ++i) expected[i] = i;
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(stats.jobs, jobs);
  EXPECT_EQ(workers_used, (std::set<std::size_t>{0, 1}));
}

TEST(OrderedPool, InFlightStaysUnderTheBoundEvenBehindASlowJob) {
  // Job 0 is slow: every other result must wait for it, yet no more than the bound are
  // issued meanwhile — the memory a slow file can pin is capped.
  std::atomic<std::size_t> finished_while_slow{0};
  std::atomic<bool> slow_done{false};
  PoolStats stats = run_ordered(
      PoolOptions{3, 5}, Counter{0, 200},
      [&](std::size_t job, std::size_t) {
        if (job == 0) {
          std::this_thread::sleep_for(std::chrono::milliseconds(60));
          slow_done = true;
        } else if (!slow_done) {
          ++finished_while_slow;
        }
        return job;
      },
      [&](std::size_t) {});
  EXPECT_EQ(stats.jobs, 200u);
  EXPECT_LE(stats.peak_in_flight, 5u);
  EXPECT_LE(finished_while_slow.load(), 4u);
}

TEST(OrderedPool, NoJobsNoResults) {
  std::size_t results = 0;
  PoolStats stats = run_ordered(PoolOptions{4, 0}, Counter{0, 0}, [](std::size_t job, std::size_t) { return job; },
                                [&](std::size_t) { ++results; });
  EXPECT_EQ(results, 0u);
  EXPECT_EQ(stats.jobs, 0u);
}

TEST(OrderedPool, WorkerExceptionStopsTheRunAndIsRethrown) {
  std::size_t results = 0;
  EXPECT_THROW(run_ordered(
                   PoolOptions{2, 0}, Counter{0, 1000},
                   [](std::size_t job, std::size_t) {
                     if (job == 7) throw std::runtime_error("boom");
                     return job;
                   },
                   [&](std::size_t) { ++results; }),
               std::runtime_error);
  EXPECT_LE(results, 7u);  // nothing after the failed job is handed out
}

TEST(OrderedPool, SinkAndProducerExceptionsAreRethrown) {
  EXPECT_THROW(run_ordered(PoolOptions{2, 0}, Counter{0, 100}, [](std::size_t job, std::size_t) { return job; },
                           [](std::size_t result) {
                             if (result == 3) throw std::runtime_error("disk full");
                           }),
               std::runtime_error);
  std::size_t next = 0;
  EXPECT_THROW(run_ordered(
                   PoolOptions{2, 0},
                   [&]() -> std::optional<std::size_t> {
                     if (next == 10) throw std::runtime_error("read error");
                     return next++;
                   },
                   [](std::size_t job, std::size_t) { return job; }, [](std::size_t) {}),
               std::runtime_error);
}

TEST(OrderedPool, DefaultWorkerCountIsAtLeastOne) { EXPECT_GE(default_worker_count(), 1u); }

}  // namespace
}  // namespace palabre
