// The run's output, -o FILE: written to a temporary file beside FILE and renamed over it
// only when the run has written everything, so that FILE is either what it was or a
// complete report — never half of one (a killed run, a full disk), never two runs
// interleaved (each writes its own temporary; the last rename wins). Takes the path -o gave;
// gives a stream, the identities a folder walk must leave out, and the commit.
//
//   OutputFile output("report.json");           // creates .report.json.palabre-XXXXXX
//   output.stream() << …;
//   output.commit();                            // renamed over report.json
//   // destroyed before commit(): the temporary file is removed, report.json untouched
#pragma once

#include <sys/types.h>

#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "palabre/batch/inputs.hpp"

namespace palabre {

// Throws Error(kUsage) when `output` is the same file (device and inode) as one of the
// `inputs` named on the command line: writing it would destroy the page before it is read.
void check_output_is_no_input(const std::string& output, const std::vector<std::string>& inputs);

class OutputFile {
 public:
  // Creates the temporary file in FILE's folder (links followed, so a link to the report
  // stays a link). A FILE that exists and is not a regular file (a device such as
  // /dev/null, a named pipe) is written directly: there is nothing to replace. Throws
  // Error(kOutput) naming `path` when the folder cannot be written.
  explicit OutputFile(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return *file_; }

  // Flushes, closes and renames the temporary file over FILE, with FILE's mode when it
  // existed (else the umask's). Throws Error(kOutput) naming FILE when any step fails; the
  // temporary file is then removed and FILE left as it was.
  void commit();

  // The files a walk of the inputs must never read: the temporary file, and FILE itself
  // when it exists (the report of an earlier run, about to be replaced).
  const std::vector<FileIdentity>& own_files() const { return own_files_; }
  // The temporary file's identity, for telling it from FILE.
  std::optional<FileIdentity> temporary() const { return temporary_; }

 private:
  std::string path_;       // as given, for messages
  std::string target_;     // where the rename goes (FILE with its links followed)
  std::string temp_path_;  // empty when writing directly
  std::unique_ptr<std::ofstream> file_;
  std::optional<mode_t> mode_;  // FILE's permission bits, when it existed
  std::vector<FileIdentity> own_files_;
  std::optional<FileIdentity> temporary_;
  bool committed_ = false;
};

}  // namespace palabre
