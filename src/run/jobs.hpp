// The run's read step: inputs → jobs, one per page to read or thread already read. Walks
// folders, and splits every JSON-lines input into its threads as they come.
#pragma once

#include <cstddef>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "palabre/batch/inputs.hpp"
#include "palabre/parse/jsonl_stream.hpp"
#include "palabre/record.hpp"

namespace palabre {

struct Job {
  std::size_t index = 0;         // input order, from 0
  std::string path;              // raw, as walked; for JSON lines the thread's name
  std::optional<Thread> thread;  // already parsed (JSON lines)
  std::string problem;           // the walk or the line failed: report it
  bool skipped = false;          // a warning only
  std::string own_output;        // a report palabre wrote, met in a folder: what it is; skipped
};

class JobSource {
 public:
  // `all_jsonl`: read every input as JSON lines, not only the *.jsonl files.
  // `max_line_bytes`: a longer JSON line is refused (0: no limit).
  JobSource(const std::vector<std::string>& inputs, const InputFilter& filter, bool all_jsonl,
            std::size_t max_line_bytes = 0);

  // The next job, numbered; nullopt at the end.
  std::optional<Job> next();

 private:
  std::optional<Job> next_thread();  // from the JSON-lines input being read, if any
  std::optional<Job> next_entry();   // from the walk: a page, or a JSON-lines input opened

  InputWalker walker_;
  std::size_t count_ = 0;
  bool all_jsonl_;
  std::size_t max_line_bytes_;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<JsonlThreadReader> lines_;
};

// How many jobs the inputs make, for the progress line; nullopt when a JSON-lines input
// holds an unknown number of threads.
std::optional<std::size_t> count_jobs(const std::vector<std::string>& inputs, const InputFilter& filter,
                                      bool all_jsonl);
// min(the number of jobs, `limit`), walking no further than needed; `limit` when a
// JSON-lines input holds an unknown number of threads.
std::size_t count_jobs_up_to(const std::vector<std::string>& inputs, const InputFilter& filter,
                             bool all_jsonl, std::size_t limit);

}  // namespace palabre
