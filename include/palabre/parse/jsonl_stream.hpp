// Parse stage, JSON lines: a stream of lines → Threads one at a time, for scrapers and
// map/reduce frameworks that speak lines. The lines are either comment lines grouped by thread,
//   {"thread": "a1", "text": "…", "author": "Jean", "posted_at": "2019-01-02T11:54", "parent": "c1"}
// (consecutive lines with the same "thread" form one thread; "id" is optional), palabre's own
// `--per comment` lines {"path": …, "comment": {…}, "themes": […]} (grouped by "path" the
// same way), or whole palabre.thread/1 records, one per line. They may be mixed. A thread is handed out as
// soon as a line of another thread (or the end) shows it is complete, so memory holds one
// thread at a time, never the stream.
#pragma once

#include <cstddef>
#include <deque>
#include <istream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "palabre/record.hpp"

namespace palabre {

struct JsonlItem {
  std::string path;              // the thread id, the record's source.path, or "NAME:LINE"
  std::optional<Thread> thread;  // absent for a bad line
  std::string error;             // why the line was refused
};

class JsonlThreadReader {
 public:
  // `name` names the stream in paths and errors ("<stdin>", the file's path). A line longer
  // than `max_line_bytes` (0: no limit) is refused, and only that many bytes of it are held.
  JsonlThreadReader(std::istream& in, std::string name, std::size_t max_line_bytes = 0);

  // The next thread or bad line, or nullopt at the end of the stream.
  std::optional<JsonlItem> next();

 private:
  bool read_line();  // false at the end of the stream
  // A comment's line: joins the thread being gathered, or hands it out and starts another.
  void add_comment_line(const nlohmann::json& line, const std::string& where, std::size_t bytes,
                        std::size_t replaced);
  void refuse(const std::string& where, const std::string& error);
  void flush_pending();

  std::istream& in_;
  std::string name_;
  std::size_t max_line_bytes_;
  std::size_t line_number_ = 0;
  std::optional<std::string> pending_id_;  // the thread being gathered
  Thread pending_;
  std::deque<JsonlItem> deferred_;  // bad lines met while gathering it
  std::deque<JsonlItem> ready_;
};

}  // namespace palabre
