// The one exception type of palabre: a kind (which decides the exit code), where it happened
// (a file, file:line, a comment id) and a message. Only main() catches it.
#pragma once

#include <stdexcept>
#include <string>

namespace palabre {

enum class ErrorKind {
  kInput,   // an input could not be read or parsed: exit code 1, the other inputs go on
  kUsage,   // bad command line: exit code 2
  kThemes,  // bad theme file: exit code 2
  kOutput,  // the output could not be written: exit code 1
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string where, const std::string& message);
  ErrorKind kind() const { return kind_; }
  const std::string& where() const { return where_; }
  // "where: message", or the message alone when where is empty.
  std::string describe() const;

 private:
  ErrorKind kind_;
  std::string where_;
};

// The documented exit code for an error of this kind (see README, "Exit codes").
int exit_code_for(ErrorKind kind);

}  // namespace palabre
