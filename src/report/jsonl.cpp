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
  for (std::size_t c = 0; c < comments.size(); ++c) {
    json.begin_object().member("path", report.thread.source.path).key("comment");
    write_comment_json(json, comments[c]);
    json.key("themes");
    write_tags_json(json, c < report.tags.size() ? report.tags[c] : std::vector<ThemeTag>{});
    json.end_object();
    text += '\n';
  }
  return text;
}

void write_jsonl_report(std::ostream& out, const ThreadReport& report, const JsonlOptions& options) {
  std::string text = jsonl_report_text(report, options);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace palabre
