// The temporary file lives in the target's own folder because rename(2) is atomic only
// within one file system. Its name starts with a dot and ends with random letters, so that
// no default --include glob matches it; a walk that is told to read it anyway (--include
// '*') leaves it out by identity (own_files()).
#include "palabre/run/output_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "palabre/error.hpp"
#include "palabre/text/paths.hpp"

namespace palabre {
namespace {

std::string system_message(int error) { return std::strerror(error); }

// FILE with its links followed when it exists; FILE itself otherwise.
std::string resolved_target(const std::string& path) {
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved) != nullptr) return resolved;
  return path;
}

std::string folder_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The permission bits a new file gets: 0666 less the umask. Read at construction, before
// any worker thread exists (umask(2) can only be read by setting it).
mode_t new_file_mode() {
  mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

}  // namespace

void check_output_is_no_input(const std::string& output, const std::vector<std::string>& inputs) {
  if (output.empty() || output == "-") return;
  struct stat info {};
  if (stat(output.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return;
  const FileIdentity written{info.st_dev, info.st_ino};
  for (const std::string& input : inputs) {
    if (input == "-" || identity_of(input) != written) continue;
    throw Error(ErrorKind::kUsage, path_for_terminal(output),
                input == output ? "is also an input: writing the report would destroy it (choose "
                                  "another -o FILE)"
                                : "is the same file as the input " + path_for_terminal(input) +
                                      ": writing the report would destroy it (choose another -o "
                                      "FILE)");
  }
}

OutputFile::OutputFile(const std::string& path) : path_(path), target_(resolved_target(path)) {
  struct stat info {};
  const bool exists = stat(target_.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode))
    throw Error(ErrorKind::kOutput, path_for_terminal(path_), "is a directory (give a file name)");
  if (exists && !S_ISREG(info.st_mode)) {
    file_ = std::make_unique<std::ofstream>(path_, std::ios::binary | std::ios::trunc);
    if (!*file_) throw Error(ErrorKind::kOutput, path_for_terminal(path_), "cannot write: " + system_message(errno));
    return;
  }
  mode_ = exists ? (info.st_mode & 07777) : new_file_mode();
  if (exists) own_files_.push_back({info.st_dev, info.st_ino});

  std::string pattern = folder_of(target_) + "/." + name_of(target_) + ".palabre-XXXXXX";
  int fd = mkstemp(pattern.data());
  if (fd < 0)
    throw Error(ErrorKind::kOutput, path_for_terminal(path_),
                "cannot write in " + path_for_terminal(folder_of(target_)) + ": " + system_message(errno));
  struct stat temp {};
  fstat(fd, &temp);
  close(fd);
  temp_path_ = pattern;
  temporary_ = FileIdentity{temp.st_dev, temp.st_ino};
  own_files_.push_back(*temporary_);
  file_ = std::make_unique<std::ofstream>(temp_path_, std::ios::binary | std::ios::trunc);
  if (!*file_) {
    const int error = errno;
    unlink(temp_path_.c_str());
    throw Error(ErrorKind::kOutput, path_for_terminal(path_), "cannot write: " + system_message(error));
  }
}

OutputFile::~OutputFile() {
  if (!committed_ && !temp_path_.empty()) unlink(temp_path_.c_str());
}

void OutputFile::commit() {
  auto failed = [&](const std::string& what, int error) {
    return Error(ErrorKind::kOutput, path_for_terminal(path_),
                 what + (error ? ": " + system_message(error) : std::string()) +
                     (temp_path_.empty() ? "" : " (the file was left as it was)"));
  };
  errno = 0;
  file_->flush();
  if (!*file_) throw failed("write failed", errno);
  file_->close();
  if (!*file_) throw failed("write failed", errno);
  if (temp_path_.empty()) {
    committed_ = true;
    return;
  }
  if (mode_ && chmod(temp_path_.c_str(), *mode_) != 0) throw failed("cannot set its permissions", errno);
  if (rename(temp_path_.c_str(), target_.c_str()) != 0) throw failed("cannot replace it", errno);
  committed_ = true;
}

}  // namespace palabre
