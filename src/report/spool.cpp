#include "palabre/report/spool.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "palabre/error.hpp"

namespace palabre {
namespace {

std::string temp_dir() {
  const char* dir = std::getenv("TMPDIR");
  return dir && *dir ? dir : "/tmp";
}

[[noreturn]] void fail(const std::string& what) {
  throw Error(ErrorKind::kOutput, temp_dir(), what + " the report's temporary file: " + std::strerror(errno));
}

}  // namespace

Spool::~Spool() {
  if (fd_ >= 0) ::close(fd_);
}

void Spool::add(std::string_view part) {
  memory_.append(part);
  if (memory_.size() > budget_) spill();
}

void Spool::spill() {
  if (fd_ < 0) {
    std::string name = temp_dir() + "/palabre-report-XXXXXX";
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) fail("cannot create");
    ::unlink(name.c_str());  // nothing is left behind, however the process ends
  }
  for (std::size_t done = 0; done < memory_.size();) {
    ssize_t wrote = ::write(fd_, memory_.data() + done, memory_.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) fail("cannot write");
    done += static_cast<std::size_t>(wrote);
  }
  memory_.clear();
}

void Spool::copy_to(std::ostream& out) {
  if (fd_ >= 0) {
    if (::lseek(fd_, 0, SEEK_SET) < 0) fail("cannot read back");
    char buffer[1 << 16];
    for (;;) {
      ssize_t got = ::read(fd_, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) fail("cannot read back");
      if (got == 0) break;
      out.write(buffer, got);
    }
    ::close(fd_);
    fd_ = -1;
  }
  out << memory_;
  memory_.clear();
}

}  // namespace palabre
