#include "palabre/error.hpp"

namespace palabre {

Error::Error(ErrorKind kind, std::string where, const std::string& message)
    : std::runtime_error(message), kind_(kind), where_(std::move(where)) {}

std::string Error::describe() const {
  return where_.empty() ? std::string(what()) : where_ + ": " + what();
}

int exit_code_for(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kUsage:
    case ErrorKind::kThemes:
      return 2;
    case ErrorKind::kInput:
    case ErrorKind::kOutput:
      return 1;
  }
  return 1;
}

}  // namespace palabre
