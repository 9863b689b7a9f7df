// A progress line on stderr for long batch runs: files done (of how many, when known),
// files per second and the time left. Drawn only when stderr is a terminal — a redirected
// stderr gets diagnostics, not carriage returns — and redrawn at most ten times a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace palabre {

struct ProgressState {
  std::size_t done = 0;
  std::size_t failed = 0;
  std::optional<std::size_t> total;  // unknown for a stream
  double seconds = 0;                // since the start
};

// "[██████····]  1234/20000 files  310/s  0:54 left  (2 failed)", fitted to `width`.
std::string format_progress(const ProgressState& state, std::size_t width);

// Whether standard error is a terminal.
bool stderr_is_terminal();

class ProgressBar {
 public:
  // A disabled bar draws nothing: callers need not test before each call.
  ProgressBar(bool enabled, std::optional<std::size_t> total);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar();

  void update(std::size_t done, std::size_t failed);
  // Erases the line so that a diagnostic can be printed; the next update redraws it.
  void clear();
  // Erases the line for good.
  void finish();

 private:
  void draw();

  bool enabled_;
  std::optional<std::size_t> total_;
  std::size_t done_ = 0, failed_ = 0;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace palabre
