// The walk uses POSIX calls rather than std::filesystem: it needs each folder's device and
// inode to cut symlink loops, stat() that follows links with errno kept for the message,
// and names as raw bytes (a name need not be UTF-8).
#include "palabre/batch/inputs.hpp"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

std::string join(const std::string& folder, std::string_view name) {
  std::string path = folder;
  if (!path.empty() && path.back() != '/') path += '/';
  path += name;
  return path;
}

std::string describe_errno(int error) { return std::strerror(error); }

// What a file that is not read is, worded the same whether it was named on the command line
// or met in a folder.
std::string unread_file_type(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe, not read";
  if (S_ISSOCK(mode)) return "a socket, not read";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device, not read";
  return "not a regular file, not read";
}

// Why stat() failed on `path` (its errno is `error`), with a dangling symlink named as such.
std::string describe_stat_failure(const std::string& path, int error) {
  struct stat link {};
  if (error == ENOENT && lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
    return "broken symbolic link";
  return describe_errno(error);
}

bool any_matches(const std::vector<std::string>& patterns, std::string_view name,
                 std::string_view relative) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    return glob_matches(pattern, name, relative);
  });
}

}  // namespace

bool is_saved_page_assets(const std::string& folder, std::string_view name) {
  // Browsers name the folder after the page, with a suffix that older localised versions
  // translated; the page beside it is what makes it assets rather than a user's folder.
  static const std::vector<std::string_view> kSuffixes = {"_files", "-Dateien", "_fichiers", "-bestanden",
                                                          "_archivos", "-filer"};
  for (std::string_view suffix : kSuffixes) {
    if (!name.ends_with(suffix) || name.size() == suffix.size()) continue;
    std::string_view page = name.substr(0, name.size() - suffix.size());
    for (const char* extension : {".html", ".htm", ".xhtml", ".shtml"}) {
      struct stat info {};
      if (stat(join(folder, std::string(page) + extension).c_str(), &info) == 0 && S_ISREG(info.st_mode))
        return true;
    }
  }
  return false;
}

std::vector<std::string> default_include_globs() {
  return {"*.html", "*.htm", "*.mhtml", "*.mht", "*.txt", "*.json", "*.jsonl"};
}

std::optional<FileIdentity> identity_of(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileIdentity{info.st_dev, info.st_ino};
}

bool glob_matches(std::string_view pattern, std::string_view name, std::string_view relative) {
  std::string p(pattern);
  if (p.find('/') == std::string::npos) return fnmatch(p.c_str(), std::string(name).c_str(), 0) == 0;
  return fnmatch(p.c_str(), std::string(relative).c_str(), FNM_PATHNAME) == 0;
}

bool is_included(const InputFilter& filter, std::string_view name, std::string_view relative) {
  return any_matches(filter.include, name, relative) && !any_matches(filter.exclude, name, relative);
}

bool is_walked(const InputFilter& filter, std::string_view name, std::string_view relative) {
  return !any_matches(filter.exclude, name, relative);
}

InputWalker::InputWalker(std::vector<std::string> inputs, InputFilter filter)
    : inputs_(std::move(inputs)), filter_(std::move(filter)) {}

std::optional<InputEntry> InputWalker::next() {
  for (;;) {
    while (!stack_.empty()) {
      Folder& folder = stack_.back();
      std::optional<std::string_view> next_name = folder.names.next();
      if (!next_name) {
        stack_.pop_back();
        continue;
      }
      // visit() may push a folder, which invalidates `folder`: copy what it needs first.
      std::string name(*next_name);
      std::string path = folder.path, relative = folder.relative;
      if (std::optional<InputEntry> entry = visit(path, relative, name)) return entry;
    }
    if (next_input_ == inputs_.size()) return std::nullopt;
    if (std::optional<InputEntry> entry = start_input(inputs_[next_input_++])) return entry;
  }
}

std::optional<InputEntry> InputWalker::start_input(const std::string& input) {
  if (input == "-") return InputEntry{InputKind::kStdin, input, ""};
  struct stat info {};
  if (stat(input.c_str(), &info) != 0)
    return InputEntry{InputKind::kFailure, input, describe_stat_failure(input, errno)};
  if (S_ISDIR(info.st_mode)) return enter_folder(input, "");
  if (!S_ISREG(info.st_mode))
    return InputEntry{InputKind::kFailure, input, unread_file_type(info.st_mode)};
  return InputEntry{InputKind::kFile, input, ""};
}

std::optional<InputEntry> InputWalker::enter_folder(std::string path, std::string relative) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0)
    return InputEntry{InputKind::kFailure, path, describe_errno(errno)};
  std::pair<dev_t, ino_t> id{info.st_dev, info.st_ino};
  if (walked_.count(id)) {
    bool ancestor = std::any_of(stack_.begin(), stack_.end(),
                                [&](const Folder& folder) { return folder.id == id; });
    return InputEntry{InputKind::kSkipped, path,
                      ancestor ? "symbolic link loop: folder already being walked, skipped"
                               : "folder already walked through another link, skipped"};
  }
  DIR* dir = opendir(path.c_str());
  if (dir == nullptr)
    return InputEntry{InputKind::kFailure, path, "cannot open folder: " + describe_errno(errno)};
  walked_.insert(id);
  Folder folder{std::move(path), std::move(relative), {}, id};
  errno = 0;
  bool too_many = false;
  while (const dirent* entry = readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name != "." && name != ".." && !folder.names.add(name)) {
      too_many = true;
      break;
    }
    errno = 0;
  }
  int read_error = too_many ? 0 : errno;
  closedir(dir);
  if (too_many)
    return InputEntry{InputKind::kFailure, folder.path, "cannot read folder: more than 4 GB of file names"};
  if (read_error != 0)
    return InputEntry{InputKind::kFailure, folder.path, "cannot read folder: " + describe_errno(read_error)};
  folder.names.sort();  // byte order: the same on every machine
  stack_.push_back(std::move(folder));
  return std::nullopt;
}

std::optional<InputEntry> InputWalker::visit(const std::string& folder_path,
                                             const std::string& folder_relative,
                                             std::string_view name) {
  std::string path = join(folder_path, name);
  std::string relative = join(folder_relative, name);
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    // A dangling or looping symlink: report it only if it would have been read.
    const int error = errno;
    if (!is_included(filter_, name, relative)) return std::nullopt;
    return InputEntry{InputKind::kFailure, path, describe_stat_failure(path, error)};
  }
  if (S_ISDIR(info.st_mode)) {
    if (!is_walked(filter_, name, relative) || is_saved_page_assets(folder_path, name)) return std::nullopt;
    return enter_folder(path, relative);
  }
  if (!is_included(filter_, name, relative)) return std::nullopt;
  const FileIdentity identity{info.st_dev, info.st_ino};
  if (std::find(filter_.outputs.begin(), filter_.outputs.end(), identity) != filter_.outputs.end())
    return InputEntry{InputKind::kSkipped, path, "the output of this run (-o): not read"};
  if (!S_ISREG(info.st_mode))
    return InputEntry{InputKind::kFailure, path, unread_file_type(info.st_mode)};
  return InputEntry{InputKind::kFile, path, "", true};
}

std::vector<InputEntry> list_inputs(const std::vector<std::string>& inputs, const InputFilter& filter) {
  InputWalker walker(inputs, filter);
  std::vector<InputEntry> entries;
  while (std::optional<InputEntry> entry = walker.next()) entries.push_back(std::move(*entry));
  return entries;
}

}  // namespace palabre
