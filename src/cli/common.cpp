#include "common.hpp"

#include "palabre/corpus/point_table.hpp"
#include "palabre/text/byte_size.hpp"

#include <spdlog/spdlog.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

namespace palabre::cli {

Output::Output(const std::string& path, const std::vector<std::string>& inputs) {
  check_output_is_no_input(path, inputs);
  if (path.empty() || path == "-") {
    terminal_ = isatty(STDOUT_FILENO) != 0;
    return;
  }
  file_ = std::make_unique<OutputFile>(path);
}

std::ostream& Output::stream() { return file_ ? file_->stream() : std::cout; }

void Output::finish() {
  if (file_) {
    file_->commit();
    return;
  }
  errno = 0;
  std::cout.flush();
  if (!std::cout) {
    int error = errno;
    throw Error(ErrorKind::kOutput, "<stdout>",
                "write failed" + (error ? ": " + std::string(std::strerror(error)) : std::string()));
  }
}

std::vector<FileIdentity> Output::own_files() const {
  return file_ ? file_->own_files() : std::vector<FileIdentity>{};
}

void add_output_option(CLI::App& command, std::string& output) {
  command.add_option("-o,--output", output, "Write results to FILE instead of standard output ('-': stdout)")
      ->type_name("FILE");
}

void add_themes_option(CLI::App& command, std::vector<std::string>& themes) {
  command.add_option("-t,--themes", themes,
                     "Theme file (repeatable); 'default' names the built-in set, which is used "
                     "when none is given")
      ->type_name("FILE")
      ->allow_extra_args(false);
}

namespace {

// Sizes are turned into bytes before CLI11 converts them, so that "10M" reads as palabre
// prints it.
CLI::Validator byte_size_validator() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::optional<std::size_t> bytes = parse_byte_size(value);
        if (!bytes)
          return "'" + value + "' is not a size: write bytes (2000) or K, M, G (512K, 10M, 1G); 0 for no limit";
        value = std::to_string(*bytes);
        return "";
      },
      "", "size");
}

}  // namespace

void add_max_bytes_option(CLI::App& command, std::size_t& max_bytes) {
  command.add_option("--max-bytes", max_bytes,
                     "Refuse pages larger than SIZE: bytes, or K, M, G (512K, 10M, 1G); 0 for no "
                     "limit. A page is read whole")
      ->type_name("SIZE")
      ->transform(byte_size_validator())
      ->default_str(format_byte_size(max_bytes));
}

void add_max_memory_option(CLI::App& command, std::optional<std::size_t>& max_memory) {
  command
      .add_option_function<std::size_t>(
          "--max-memory", [&max_memory](std::size_t bytes) { max_memory = bytes; },
          "Memory for the pages being analysed at once: SIZE as for --max-bytes; 0 for no limit. "
          "A page whose estimated need (about 20 times its size, and 400 bytes a tag for HTML) "
          "exceeds it is refused; with several --jobs (analyze), pages wait for room")
      ->type_name("SIZE")
      ->transform(byte_size_validator())
      ->default_str("3/4 of the memory, or what ulimit -v leaves");
}

CLI::Validator positive_count(const std::string& what, const std::string& otherwise) {
  return CLI::Validator(
      [what, otherwise](std::string& value) -> std::string {
        std::size_t end = 0;
        unsigned long long count = 0;
        try {
          count = std::stoull(value, &end);
        } catch (const std::exception&) {
          end = 0;
        }
        if (end == 0 || end != value.size() || value[0] == '-' || count == 0)
          return "'" + value + "' is not a number of " + what + ": give 1 or more" + otherwise;
        return "";
      },
      "", "positive count");
}

void report_error(const Error& error) { spdlog::error("{}", error.describe()); }

void report_warning(const std::string& where, const std::string& message) {
  spdlog::warn("{}: {}", where, message);
}

std::size_t terminal_width() {
  struct winsize size {};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;
  return 80;
}

std::size_t bytes_from_environment(const char* name, std::size_t fallback, bool zero_allowed) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return fallback;
  char* end = nullptr;
  errno = 0;
  unsigned long long bytes = std::strtoull(value, &end, 10);
  if (errno != 0 || *end != '\0' || (bytes == 0 && !zero_allowed) || *value == '-')
    throw Error(ErrorKind::kUsage, name,
                std::string(zero_allowed ? "expected a number of bytes, not '"
                                         : "expected a number of bytes > 0, not '") +
                    value + "'");
  return static_cast<std::size_t>(bytes);
}

std::size_t point_budget_from_environment() {
  return bytes_from_environment("PALABRE_SPILL_BYTES", kDefaultPointBudget, false);
}

}  // namespace palabre::cli
