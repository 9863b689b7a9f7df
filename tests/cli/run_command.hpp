// Runs the built palabre executable as a user would, capturing what it prints.
#pragma once

#include <string>
#include <vector>

namespace palabre::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs PALABRE_BINARY with `args` from the source directory; `input` is fed to stdin.
CommandResult run_palabre(const std::vector<std::string>& args, const std::string& input = "");

// The source tree's root, for samples and fixtures.
std::string source_path(const std::string& relative);

}  // namespace palabre::testing
