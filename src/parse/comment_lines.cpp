// A line is read as the comment lines of jsonl_stream.cpp are, by read_comment_record, so
// that the same fields mean the same everywhere; only the grouping differs: here the whole
// input is one thread, and a second thread is an error that says where to go.
#include "palabre/parse/comment_lines.hpp"

#include <nlohmann/json.hpp>

#include <optional>

#include "palabre/error.hpp"
#include "palabre/parse/json_page.hpp"
#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

using nlohmann::json;

constexpr const char* kStreamAdvice =
    "read a stream of threads with --input-format jsonl (palabre analyze --input-format jsonl -)";

std::string_view next_line(std::string_view text, std::size_t& at) {
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(at, end - at);
  at = end + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// The thread a line names: "thread" (a scraper's line) or "path" (palabre's per-comment line).
std::optional<std::string> thread_named(const json& line) {
  for (const char* key : {"thread", "path"}) {
    auto found = line.find(key);
    if (found == line.end()) continue;
    if (found->is_string()) return found->get<std::string>();
    if (found->is_number_integer()) return found->dump();
  }
  return std::nullopt;
}

}  // namespace

bool looks_like_json_lines(std::string_view text) {
  std::size_t at = 0;
  std::string_view first;
  while (at < text.size() && trim(first).empty()) first = next_line(text, at);
  first = trim(first);
  if (!first.starts_with("{") || !first.ends_with("}")) return false;
  bool more = false;
  while (at < text.size() && !more) more = !trim(next_line(text, at)).empty();
  if (!more) return false;
  json line = json::parse(first, nullptr, /*allow_exceptions=*/false);
  return !line.is_discarded() && line.is_object();
}

Thread parse_comment_lines(std::string_view text, const std::string& path) {
  Thread thread;
  std::optional<std::string> named;  // the thread the first naming line named
  std::size_t at = 0, number = 0;
  while (at < text.size()) {
    std::string_view raw = next_line(text, at);
    ++number;
    if (trim(raw).empty()) continue;
    // The path names the input once; the line says where in it.
    const std::string line_name = "line " + std::to_string(number);
    auto refuse = [&](const std::string& why) { throw Error(ErrorKind::kInput, path, line_name + ": " + why); };
    json line = json::parse(raw, nullptr, /*allow_exceptions=*/false);
    if (line.is_discarded() || !line.is_object())
      refuse("not a JSON object: JSON lines of comments hold one {\"text\": …} object per line");
    if (line.contains("comments"))
      refuse("a whole thread record on a line of a JSON-lines page: " + std::string(kStreamAdvice));
    if (std::optional<std::string> thread_name = thread_named(line)) {
      if (named && *named != *thread_name)
        refuse("a comment of thread '" + *thread_name + "' after comments of '" + *named +
               "': a page is one thread; " + kStreamAdvice);
      named = thread_name;
    }
    auto nested = line.find("comment");
    const json& fields = nested != line.end() && nested->is_object() ? *nested : line;
    try {
      thread.comments.push_back(read_comment_record(fields, thread.comments.size(), ""));
      if (!thread.article.title) thread.article.title = read_optional_string(line, "title", "");
    } catch (const Error& error) {
      refuse(error.what());
    }
  }
  if (thread.comments.empty()) throw Error(ErrorKind::kInput, path, "no comment in these JSON lines");
  replace_nul_characters(thread);
  return thread;
}

}  // namespace palabre
