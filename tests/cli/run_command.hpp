// Runs the built palabre executable as a user would, capturing what it prints.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace palabre::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs PALABRE_BINARY with `args` from the source directory; `input` is fed to stdin.
// `address_space` (when not 0) limits the process as `ulimit -v` does, in bytes.
CommandResult run_palabre(const std::vector<std::string>& args, const std::string& input = "",
                          std::size_t address_space = 0);

// How many times `needle` occurs in `text` (overlapping occurrences count).
std::size_t count_occurrences(const std::string& text, const std::string& needle);

// The lines of `text`, without their newlines.
std::vector<std::string> lines_of(const std::string& text);

// The source tree's root, for samples and fixtures.
std::string source_path(const std::string& relative);

}  // namespace palabre::testing
