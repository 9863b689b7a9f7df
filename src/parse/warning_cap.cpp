#include "palabre/parse/warning_cap.hpp"

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

void WarningCollector::add(std::string warning) {
  // A summary line from an earlier pass is kept as it is, so that capping twice changes nothing.
  if (std::string_view(warning).starts_with(kMoreMarker)) {
    kept_.push_back(std::move(warning));
    return;
  }
  Tally& tally = tallies_[warning_kind(warning)];
  ++tally.seen;
  if (tally.seen <= per_kind_) {
    kept_.push_back(std::move(warning));
  } else if (tally.seen == per_kind_ + 1) {
    tally.summary_at = kept_.size();
    kept_.push_back(std::move(warning));  // named in the summary
  }
}

std::vector<std::string> WarningCollector::take() {
  for (const auto& entry : tallies_) {
    const Tally& tally = entry.second;
    if (tally.seen <= per_kind_) continue;
    std::string& line = kept_[tally.summary_at];
    line = std::string(kMoreMarker) + std::to_string(tally.seen - per_kind_) +
           " more of this kind, the next: " + line;
  }
  tallies_.clear();
  std::vector<std::string> kept = std::move(kept_);
  kept_.clear();
  return kept;
}

void cap_repeated_warnings(std::vector<std::string>& warnings, std::size_t per_kind) {
  if (warnings.size() <= per_kind) return;
  WarningCollector collector(per_kind);
  for (std::string& warning : warnings) collector.add(std::move(warning));
  warnings = collector.take();
}

}  // namespace palabre
