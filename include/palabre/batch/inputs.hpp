// Batch stage 1: the command line's INPUTs → the files to read, one at a time, in a
// deterministic order (names sorted byte-wise, folders walked depth-first). A folder keeps
// the files whose name matches an --include glob and no --exclude glob; a file named on the
// command line is always kept. The "X_files" folder a browser's "Webpage, complete" saves
// beside "X.html" holds the page's assets, not pages: it is not walked. Problems (a missing input, an unreadable folder, a broken
// link) become entries too, so that they are reported in order with the results.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "palabre/batch/name_list.hpp"

namespace palabre {

// The default --include list: the page formats palabre reads.
std::vector<std::string> default_include_globs();

// A file as the system knows it, whatever path or link leads to it.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const FileIdentity&) const = default;
};

// The identity of the file `path` leads to (links followed); nullopt when there is none.
std::optional<FileIdentity> identity_of(const std::string& path);

struct InputFilter {
  std::vector<std::string> include = default_include_globs();
  std::vector<std::string> exclude;
  // Files a folder walk never reads, whatever their name: the run's own output (-o), so
  // that a report written into the folder being analysed is not read back as a page.
  std::vector<FileIdentity> outputs;
};

// fnmatch(3) semantics. A pattern without '/' is matched against the file name, one with
// '/' against the path relative to the folder given on the command line ("2019/*.html").
bool glob_matches(std::string_view pattern, std::string_view name, std::string_view relative);

// Whether a file found in a folder is kept: an include glob matches and no exclude glob.
bool is_included(const InputFilter& filter, std::string_view name, std::string_view relative);
// Whether a sub-folder is walked: no exclude glob matches it ("--exclude drafts").
bool is_walked(const InputFilter& filter, std::string_view name, std::string_view relative);

// Whether `name`, a sub-folder of `folder`, holds a saved page's assets: "Page_files" beside
// "Page.html" (or "Page.htm"), as "Webpage, complete" saves them.
bool is_saved_page_assets(const std::string& folder, std::string_view name);

enum class InputKind {
  kFile,     // a file to read; `path` is as given or joined from the folder walked
  kStdin,    // "-"
  kFailure,  // cannot be read: `message` says why; reported as a failed input
  kSkipped,  // left out on purpose (a symlink loop, a folder seen twice): a warning only
};

struct InputEntry {
  InputKind kind = InputKind::kFile;
  std::string path;     // raw bytes as the file system gives them (may be invalid UTF-8)
  std::string message;  // for kFailure and kSkipped
  bool in_folder = false;  // found by walking a folder, not named on the command line
};

// Walks the inputs lazily: memory holds the sorted names of the folders being walked (one
// packed list per level: a few bytes a file), not the whole tree.
class InputWalker {
 public:
  InputWalker(std::vector<std::string> inputs, InputFilter filter);

  // The next entry, or nullopt when every input has been walked.
  std::optional<InputEntry> next();

 private:
  struct Folder {
    std::string path;      // as it will prefix its entries
    std::string relative;  // relative to the command-line folder, "" for that folder
    NameList names;  // sorted; read once, in order
    std::pair<dev_t, ino_t> id;
  };

  std::optional<InputEntry> start_input(const std::string& input);
  std::optional<InputEntry> enter_folder(std::string path, std::string relative);
  std::optional<InputEntry> visit(const std::string& folder_path, const std::string& folder_relative,
                                  std::string_view name);

  std::vector<std::string> inputs_;
  std::size_t next_input_ = 0;
  InputFilter filter_;
  std::vector<Folder> stack_;
  std::set<std::pair<dev_t, ino_t>> walked_;  // folders entered, to cut symlink loops
};

// Every entry of a walk, for tests and for counting the files before a run.
std::vector<InputEntry> list_inputs(const std::vector<std::string>& inputs, const InputFilter& filter);

}  // namespace palabre
