// Written with write(2) on the file descriptor rather than through spdlog: the line is
// redrawn in place with '\r', which a logger would turn into one line per update.
#include "palabre/batch/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace palabre {
namespace {

constexpr auto kRedrawEvery = std::chrono::milliseconds(100);

std::string clock_text(double seconds) {
  long total = static_cast<long>(seconds + 0.5);
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  return text;
}

std::size_t stderr_width() {
  struct winsize size {};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

void write_stderr(const std::string& text) {
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(STDERR_FILENO, text.data() + written, text.size() - written);
    if (n <= 0) return;  // a progress line is not worth an error
    written += static_cast<std::size_t>(n);
  }
}

}  // namespace

std::string format_progress(const ProgressState& state, std::size_t width) {
  double rate = state.seconds > 0 ? static_cast<double>(state.done) / state.seconds : 0;
  char numbers[160];
  std::string counts = std::to_string(state.done);
  if (state.total) counts += "/" + std::to_string(*state.total);
  std::snprintf(numbers, sizeof numbers, "%s files  %.0f/s", counts.c_str(), rate);
  std::string tail = numbers;
  if (state.total && rate > 0 && state.done <= *state.total)
    tail += "  " + clock_text(static_cast<double>(*state.total - state.done) / rate) + " left";
  if (state.failed > 0) tail += "  (" + std::to_string(state.failed) + " failed)";

  if (!state.total || width < tail.size() + 14) return tail.substr(0, width > 1 ? width - 1 : 0);
  // The bar takes what the numbers leave; -1 so that the cursor never wraps the line.
  std::size_t cells = std::min<std::size_t>(40, width - tail.size() - 5);
  std::size_t filled = *state.total == 0 ? cells : std::min(cells, state.done * cells / *state.total);
  std::string bar = "[";
  for (std::size_t i = 0; i < cells; ++i) bar += i < filled ? "█" : "·";
  return bar + "]  " + tail;
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) != 0; }

ProgressBar::ProgressBar(bool enabled, std::optional<std::size_t> total)
    : enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t done, std::size_t failed) {
  done_ = done;
  failed_ = failed;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  draw();
}

void ProgressBar::draw() {
  ProgressState state{done_, failed_, total_,
                      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count()};
  if (state.total && state.done > *state.total) state.total.reset();  // the count was a guess
  write_stderr("\r\x1b[K" + format_progress(state, stderr_width()));
  shown_ = true;
}

void ProgressBar::clear() {
  if (!enabled_ || !shown_) return;
  write_stderr("\r\x1b[K");
  shown_ = false;
}

void ProgressBar::finish() {
  clear();
  enabled_ = false;
}

}  // namespace palabre
