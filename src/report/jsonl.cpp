// Lines are dumped without indentation and nlohmann escapes every control character, so a
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

void write_jsonl_report(std::ostream& out, const ThreadReport& report, const JsonlOptions& options) {
  if (options.per == JsonlUnit::kThread) {
    out << report_to_json(report).dump() << '\n';
    return;
  }
  const std::vector<Comment>& comments = report.thread.comments;
  for (std::size_t c = 0; c < comments.size(); ++c) {
    OrderedJson line;
    line["path"] = report.thread.source.path;
    line["comment"] = comment_to_json(comments[c]);
    line["themes"] = c < report.tags.size() ? tags_to_json(report.tags[c]) : OrderedJson::array();
    out << line.dump() << '\n';
  }
}

}  // namespace palabre
