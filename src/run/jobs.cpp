#include "jobs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "palabre/report/recognise.hpp"
#include "palabre/text/paths.hpp"

namespace palabre {
namespace {

bool is_jsonl_name(const std::string& path) { return path.ends_with(".jsonl"); }

Job job_for(std::string path, std::string problem = {}, bool skipped = false) {
  return Job{0, std::move(path), std::nullopt, std::move(problem), skipped, {}};
}

std::string read_at(int fd, std::size_t offset, std::size_t size) {
  std::string bytes(size, '\0');
  ssize_t got = pread(fd, bytes.data(), size, static_cast<off_t>(offset));
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

// What palabre output a file is, from its two ends; nullopt for a page, and for a file that
// cannot be opened (reading it will say why).
std::optional<std::string> own_output_of(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::optional<std::string> found;
  if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    const std::size_t size = static_cast<std::size_t>(info.st_size);
    std::string head = read_at(fd, 0, kRecogniseHeadBytes);
    std::string tail = size <= head.size() ? head
                                           : read_at(fd, std::max(head.size(), size - kRecogniseTailBytes),
                                                     kRecogniseTailBytes);
    found = recognise_palabre_output(head, tail);
  }
  close(fd);
  return found;
}

}  // namespace

JobSource::JobSource(const std::vector<std::string>& inputs, const InputFilter& filter, bool all_jsonl,
                     std::size_t max_line_bytes)
    : walker_(inputs, filter), all_jsonl_(all_jsonl), max_line_bytes_(max_line_bytes) {}

std::optional<Job> JobSource::next() {
  std::optional<Job> job;
  while (!job) {
    job = next_thread();
    if (job) break;
    job = next_entry();
    if (!job && !lines_) return std::nullopt;
  }
  job->index = count_++;
  return job;
}

std::optional<Job> JobSource::next_thread() {
  if (!lines_) return std::nullopt;
  if (std::optional<JsonlItem> item = lines_->next()) {
    if (item->thread) return Job{0, item->path, std::move(item->thread), "", false, {}};
    return job_for(item->path, item->error);
  }
  lines_.reset();
  file_.reset();
  return std::nullopt;
}

std::optional<Job> JobSource::next_entry() {
  std::optional<InputEntry> entry = walker_.next();
  if (!entry) return std::nullopt;
  switch (entry->kind) {
    case InputKind::kFailure: return job_for(entry->path, entry->message);
    case InputKind::kSkipped: return job_for(entry->path, entry->message, true);
    case InputKind::kStdin:
      if (!all_jsonl_) return job_for(entry->path);
      lines_ = std::make_unique<JsonlThreadReader>(std::cin, "<stdin>", max_line_bytes_);
      return std::nullopt;
    case InputKind::kFile:
      // Last run's report in the folder would count its articles twice; one named on the
      // command line is read, as asked.
      if (entry->in_folder)
        if (std::optional<std::string> output = own_output_of(entry->path)) {
          Job job = job_for(entry->path, "", true);
          job.own_output = std::move(*output);
          return job;
        }
      if (!all_jsonl_ && !is_jsonl_name(entry->path)) return job_for(entry->path);
      file_ = std::make_unique<std::ifstream>(entry->path, std::ios::binary);
      if (!*file_) {
        file_.reset();
        return job_for(entry->path, "cannot open: " + std::string(std::strerror(errno)));
      }
      lines_ = std::make_unique<JsonlThreadReader>(*file_, path_for_record(entry->path), max_line_bytes_);
      return std::nullopt;
  }
  return std::nullopt;
}

namespace {

// Counts the jobs up to `limit` (none: all); nullopt for a JSON-lines input.
std::optional<std::size_t> count_until(const std::vector<std::string>& inputs, const InputFilter& filter,
                                       bool all_jsonl, std::optional<std::size_t> limit) {
  std::size_t count = 0;
  InputWalker walker(inputs, filter);
  while (!(limit && count >= *limit)) {
    std::optional<InputEntry> entry = walker.next();
    if (!entry) break;
    if (entry->kind == InputKind::kSkipped) continue;
    if (entry->kind == InputKind::kStdin && all_jsonl) return std::nullopt;
    if (entry->kind == InputKind::kFile && (all_jsonl || is_jsonl_name(entry->path))) return std::nullopt;
    ++count;
  }
  return count;
}

}  // namespace

std::optional<std::size_t> count_jobs(const std::vector<std::string>& inputs, const InputFilter& filter,
                                      bool all_jsonl) {
  return count_until(inputs, filter, all_jsonl, std::nullopt);
}

std::size_t count_jobs_up_to(const std::vector<std::string>& inputs, const InputFilter& filter,
                             bool all_jsonl, std::size_t limit) {
  return count_until(inputs, filter, all_jsonl, limit).value_or(limit);
}

}  // namespace palabre
