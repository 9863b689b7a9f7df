// Signatures are chosen so that no saved page has them: markup or keys palabre writes and
// sites do not, or the shape of several consecutive lines of palabre's own wording (a news
// article may well say "5 comments", not followed by a line of dashes and "Themes"). Every
// input of a folder goes through here, so the whole head is only searched with find();
// regular expressions look at a few short lines.
#include "palabre/report/recognise.hpp"

#include <regex>
#include <vector>

#include "palabre/text/utf8.hpp"

namespace palabre {
namespace {

// The text report's colours, which `--color always` may have left in a file.
std::string without_colour(std::string_view line) {
  static const std::regex kSgr("\x1b\\[[0-9;]*m");
  return line.find('\x1b') == std::string_view::npos ? std::string(line)
                                                      : std::regex_replace(std::string(line), kSgr, "");
}

std::vector<std::string> first_lines(std::string_view text, std::size_t count) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (lines.size() < count && at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(without_colour(line));
    at = end + 1;
  }
  return lines;
}

bool has_key(std::string_view json, std::string_view key, char value_start) {
  for (std::size_t at = json.find(key); at != std::string_view::npos; at = json.find(key, at + 1)) {
    std::size_t value = json.find_first_not_of(" \n", at + key.size());
    if (value != std::string_view::npos && json[value] == ':') {
      value = json.find_first_not_of(" \n", value + 1);
      if (value != std::string_view::npos && (value_start == '*' || json[value] == value_start)) return true;
    }
  }
  return false;
}

// An analysis, not records alone: themes on the comments, or a summary (near the end of a
// long record).
bool is_analysis(std::string_view head, std::string_view tail) {
  for (std::string_view part : {head, tail})
    if (has_key(part, "\"themes\"", '[') || has_key(part, "\"summary\"", '{')) return true;
  return false;
}

std::optional<std::string> recognise_json(std::string_view json, std::string_view tail) {
  static const std::regex kSchema(R"re(^\{\s*"schema"\s*:\s*"(palabre\.[a-z]+/[0-9]+)")re");
  static const std::regex kCommentLine(R"re(^\{"path":".*","comment":\{.*\},"themes":\[)re");
  static const std::regex kFailureLine(R"re(^\{"path":"(\\.|[^"\\])*","error":"(\\.|[^"\\])*"\}$)re");
  const std::vector<std::string> first = first_lines(json, 1);
  const std::string line = first.empty() ? std::string() : first[0];
  if (line.starts_with("{\"path\":")) {
    if (std::regex_search(line, kCommentLine)) return "a JSON-lines report (--per comment)";
    if (std::regex_match(line, kFailureLine)) return "a JSON-lines report";
  }
  std::cmatch schema;
  std::string_view opening = json.substr(0, 256);
  if (!std::regex_search(opening.data(), opening.data() + opening.size(), schema, kSchema)) return std::nullopt;
  const std::string name = schema[1];
  if (name == "palabre.corpus/1" || name == "palabre.partial/1") return "a " + name + " document";
  if (name == "palabre.thread/1" && is_analysis(json, tail)) return "a palabre.thread/1 report";
  return std::nullopt;
}

// The page reports of text and md: a title, palabre's overview line, then what follows it.
std::optional<std::string> recognise_page_report(std::string_view head) {
  static const std::regex kOverview(R"(^[0-9]+ comments?(, (on|from) [^ ]+( to [^ ]+)?)?( \(the page announces [0-9]+\))?)");
  static const std::regex kSource(R"( · source: .* \((text|html|json|jsonl)\)$)");
  static const std::regex kRule("^-{40,60}$");
  const std::vector<std::string> lines = first_lines(head, 12);
  for (std::size_t i = 1; i + 2 < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] < '0' || lines[i][0] > '9' || !std::regex_search(lines[i], kOverview)) continue;
    if (lines[0].starts_with("# ") && lines[i - 1].empty() && std::regex_search(lines[i], kSource))
      return "a Markdown report";
    if (std::regex_match(lines[i + 1], kRule) && lines[i + 2].empty() && i + 3 < lines.size() &&
        (lines[i + 3] == "Themes" || lines[i + 3] == "No comments on this page."))
      return "a text report";
  }
  return std::nullopt;
}

// The corpus reports of text and md end with palabre's summary, which opens with its totals.
std::optional<std::string> recognise_corpus_report(std::string_view head, std::string_view tail) {
  static const std::regex kTotals(R"(^[0-9]+ articles?, [0-9]+ comments? \([0-9]+ tagged\))");
  struct Opening {
    std::string_view marker;  // what precedes the totals
    const char* name;
  };
  for (const Opening& opening : {Opening{"\nCorpus: ", "a text corpus report"},
                                 Opening{"# Corpus\n\n", "a Markdown corpus report"}})
    for (std::string_view part : {head, tail})
      for (std::size_t at = part.find(opening.marker); at != std::string_view::npos;
           at = part.find(opening.marker, at + 1)) {
        std::string_view rest = part.substr(at + opening.marker.size(), 120);
        if (std::regex_search(std::string(rest.substr(0, rest.find('\n'))), kTotals)) return opening.name;
      }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> recognise_palabre_output(std::string_view head, std::string_view tail) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  const std::string_view start = head.substr(first);
  if (start.starts_with("<")) {
    if (start.substr(0, 4096).find("<meta name=\"generator\" content=\"palabre\">") != std::string_view::npos)
      return "an HTML report";
    return std::nullopt;
  }
  if (start.starts_with("{")) return recognise_json(start, tail);
  if (head.starts_with("path,comment_id,") || head.starts_with("path,title,url,error,comment_id,"))
    return "a CSV report";
  if (std::optional<std::string> page = recognise_page_report(head)) return page;
  return recognise_corpus_report(head, tail);
}

}  // namespace palabre
