// A bad line never ends the thread it sits in: its error waits until that thread is
// handed out, so that a thread's good lines are not split in two by one broken line.
#include "palabre/parse/jsonl_stream.hpp"

#include <nlohmann/json.hpp>

#include "palabre/error.hpp"
#include "palabre/parse/json_page.hpp"
#include "palabre/parse/warning_cap.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;

std::string thread_id(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return value.dump();
  throw Error(ErrorKind::kInput, "", "'thread' must be a string or an integer");
}

std::string invalid_bytes_warning(std::size_t replaced) {
  return std::to_string(replaced) + " invalid UTF-8 bytes replaced by U+FFFD";
}

// Reads one line into `raw` without its '\n', keeping at most `limit` bytes (0: no limit):
// the rest of a longer line is read and dropped, so that an endless line (/dev/zero) holds
// bounded memory. False at the end of the stream when no byte was read.
bool read_bounded_line(std::istream& in, std::string& raw, std::size_t limit, bool& too_long) {
  raw.clear();
  too_long = false;
  std::streambuf* buffer = in.rdbuf();
  bool any = false;
  for (;;) {
    const int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(any ? std::ios::eofbit : std::ios::eofbit | std::ios::failbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (limit != 0 && raw.size() >= limit) too_long = true;
    else raw.push_back(static_cast<char>(c));
  }
}

}  // namespace

JsonlThreadReader::JsonlThreadReader(std::istream& in, std::string name, std::size_t max_line_bytes)
    : in_(in), name_(std::move(name)), max_line_bytes_(max_line_bytes) {}

std::optional<JsonlItem> JsonlThreadReader::next() {
  while (ready_.empty()) {
    if (!read_line()) {
      flush_pending();
      break;
    }
  }
  if (ready_.empty()) return std::nullopt;
  JsonlItem item = std::move(ready_.front());
  ready_.pop_front();
  return item;
}

void JsonlThreadReader::refuse(const std::string& where, const std::string& error) {
  JsonlItem item{where, std::nullopt, error};
  if (pending_id_) deferred_.push_back(std::move(item));
  else ready_.push_back(std::move(item));
}

void JsonlThreadReader::flush_pending() {
  if (!pending_id_) return;
  replace_nul_characters(pending_);
  cap_repeated_warnings(pending_.warnings);
  ready_.push_back(JsonlItem{*pending_id_, std::move(pending_), ""});
  for (JsonlItem& item : deferred_) ready_.push_back(std::move(item));
  deferred_.clear();
  pending_ = Thread{};
  pending_id_.reset();
}

bool JsonlThreadReader::read_line() {
  std::string raw;
  bool too_long = false;
  if (!read_bounded_line(in_, raw, max_line_bytes_, too_long)) {
    if (in_.bad()) throw Error(ErrorKind::kInput, name_, "read error");
    return false;
  }
  ++line_number_;
  if (too_long) {
    refuse(name_ + ":" + std::to_string(line_number_),
           "line larger than --max-bytes (" + std::to_string(max_line_bytes_) + " bytes)");
    return true;
  }
  if (!raw.empty() && raw.back() == '\r') raw.pop_back();
  if (trim(raw).empty()) return true;
  std::string where = name_ + ":" + std::to_string(line_number_);
  std::size_t replaced = 0;
  std::string text = sanitize_utf8(raw, &replaced);

  json line = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (line.is_discarded() || !line.is_object()) {
    refuse(where, "not a JSON object (expected a comment line or a palabre.thread/1 record)");
    return true;
  }
  if (line.contains("comments")) {
    flush_pending();
    try {
      Thread thread = read_thread_record(line, where);
      std::string path = where;
      if (auto source = line.find("source"); source != line.end() && source->is_object())
        if (auto p = source->find("path"); p != source->end() && p->is_string() && !p->get<std::string>().empty())
          path = p->get<std::string>();
      thread.source = SourceInfo{path, "json", "UTF-8", raw.size()};
      if (replaced > 0) thread.warnings.push_back(invalid_bytes_warning(replaced));
      replace_nul_characters(thread);
      ready_.push_back(JsonlItem{path, std::move(thread), ""});
    } catch (const Error& error) {
      ready_.push_back(JsonlItem{where, std::nullopt, error.what()});
    }
    return true;
  }
  add_comment_line(line, where, raw.size(), replaced);
  return true;
}

void JsonlThreadReader::add_comment_line(const json& line, const std::string& where, std::size_t bytes,
                                         std::size_t replaced) {
  // palabre's own --per comment lines, {"path", "comment": {…}, "themes"}, group by path.
  auto comment_field = line.find("comment");
  const bool own_line = comment_field != line.end() && comment_field->is_object() && !line.contains("thread");
  auto thread_field = line.find(own_line ? "path" : "thread");
  if (thread_field == line.end()) {
    refuse(where, "expected \"thread\" and \"text\" (a comment line), \"path\" and \"comment\" "
                  "(palabre's --per comment line) or \"comments\" (a record)");
    return;
  }
  try {
    std::string id = thread_id(*thread_field);
    if (pending_id_ && *pending_id_ != id) flush_pending();
    Comment comment = read_comment_record(own_line ? *comment_field : line,
                                          pending_id_ ? pending_.comments.size() : 0, "");
    if (!pending_id_) {
      pending_id_ = id;
      pending_.source = SourceInfo{id, "jsonl", "UTF-8", 0};
    }
    if (!pending_.article.title)
      if (auto title = read_optional_string(line, "title", "")) pending_.article.title = title;
    pending_.source.bytes += bytes + 1;
    if (replaced > 0) pending_.warnings.push_back(where + ": " + invalid_bytes_warning(replaced));
    pending_.comments.push_back(std::move(comment));
  } catch (const Error& error) {
    refuse(where, error.what());
  }
}

}  // namespace palabre
