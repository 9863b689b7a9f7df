// Lines are written without indentation and JsonWriter escapes every control character, so a
// record never spans two lines whatever the comments hold.
#include "palabre/report/jsonl.hpp"

#include "palabre/error.hpp"
#include "palabre/report/json.hpp"

namespace palabre {

JsonlUnit jsonl_unit_from_name(std::string_view name) {
  if (name == "thread") return JsonlUnit::kThread;
  if (name == "comment") return JsonlUnit::kComment;
  throw Error(ErrorKind::kUsage, "--per",
              "unknown unit '" + std::string(name) + "' (expected thread or comment)");
}

std::string jsonl_report_text(const ThreadReport& report, const JsonlOptions& options) {
  std::string text;
  JsonWriter json(text);
  if (options.per == JsonlUnit::kThread) {
    write_report_json(json, report);
    text += '\n';
    return text;
  }
  const std::vector<Comment>& comments = report.thread.comments;
  for (std::size_t c = 0; c < comments.size(); ++c)
    append_jsonl_comment_line(text, report.thread.source.path, comments[c],
                             c < report.tags.size() ? report.tags[c] : std::vector<ThemeTag>{});
  return text;
}

void append_jsonl_comment_line(std::string& out, const std::string& path, const Comment& comment,
                               const std::vector<ThemeTag>& tags) {
  JsonWriter json(out);
  json.begin_object().member("path", path).key("comment");
  write_comment_json(json, comment);
  json.key("themes");
  write_tags_json(json, tags);
  json.end_object();
  out += '\n';
}

void write_jsonl_report(std::ostream& out, const ThreadReport& report, const JsonlOptions& options) {
  std::string text = jsonl_report_text(report, options);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace palabre
