#include "palabre/parse/warning_cap.hpp"

#include <unordered_map>

namespace palabre {
namespace {

constexpr std::string_view kMoreMarker = "… and ";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The place a warning starts with ("c12: ", "pages.jsonl:40: "), or 0 when it names none.
std::size_t place_prefix_length(std::string_view warning) {
  const std::size_t colon = warning.find(": ");
  if (colon == std::string_view::npos || colon == 0) return 0;
  return warning.substr(0, colon).find(' ') == std::string_view::npos ? colon + 2 : 0;
}

}  // namespace

std::string warning_kind(std::string_view warning) {
  warning.remove_prefix(place_prefix_length(warning));
  std::string kind;
  kind.reserve(warning.size());
  bool quoted = false;
  for (std::size_t i = 0; i < warning.size(); ++i) {
    const char c = warning[i];
    // An apostrophe inside a word ("l'article") opens no quotation.
    const bool word_apostrophe = c == '\'' && !quoted && i > 0 && warning[i - 1] != ' ';
    if (c == '\'' && !word_apostrophe) {
      quoted = !quoted;
      kind += c;
    } else if (quoted) {
      continue;
    } else if (is_digit(c)) {
      if (kind.empty() || kind.back() != '#') kind += '#';
    } else {
      kind += c;
    }
  }
  return kind;
}

void cap_repeated_warnings(std::vector<std::string>& warnings, std::size_t per_kind) {
  if (warnings.size() <= per_kind) return;
  struct Tally {
    std::size_t seen = 0;
    std::size_t summary_at = 0;  // index in `kept` of the line that counts the rest
  };
  std::unordered_map<std::string, Tally> tallies;
  std::vector<std::string> kept;
  for (std::string& warning : warnings) {
    // A summary line from an earlier pass is kept as it is, so that capping twice changes nothing.
    if (std::string_view(warning).starts_with(kMoreMarker)) {
      kept.push_back(std::move(warning));
      continue;
    }
    Tally& tally = tallies[warning_kind(warning)];
    ++tally.seen;
    if (tally.seen <= per_kind) {
      kept.push_back(std::move(warning));
    } else if (tally.seen == per_kind + 1) {
      tally.summary_at = kept.size();
      kept.push_back(std::move(warning));  // the first left out, named in the summary
    }
  }
  for (const auto& entry : tallies) {
    const Tally& tally = entry.second;
    if (tally.seen <= per_kind) continue;
    std::string& line = kept[tally.summary_at];
    line = std::string(kMoreMarker) + std::to_string(tally.seen - per_kind) +
           " more of this kind, the next: " + line;
  }
  warnings = std::move(kept);
}

}  // namespace palabre
