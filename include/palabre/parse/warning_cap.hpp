// Parse stage, last step: a thread's warnings → at most a few of each kind. A page with
// 600,000 undated comments must not print 600,000 lines: the first kWarningsPerKind of a
// kind are kept in order, and one line in place of the rest says how many were left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace palabre {

inline constexpr std::size_t kWarningsPerKind = 10;

// What makes two warnings the same kind: the text without the leading place it names (a
// comment id, "file:line", when that has no space), the values it quotes ('…') and its
// numbers. "c12: date '3 mars' could not be read" and "c40: date 'hier' could not be read"
// are one kind.
std::string warning_kind(std::string_view warning);

// Warnings gathered one at a time, holding at most `per_kind` of a kind (and the first one
// left out, for the summary): a streamed page's memory does not grow with its warnings.
class WarningCollector {
 public:
  explicit WarningCollector(std::size_t per_kind = kWarningsPerKind) : per_kind_(per_kind) {}

  void add(std::string warning);

  // The warnings kept, in their order; where the first one left out of a kind stood,
  // "… and N more of this kind, the next: <it>". Empties the collector.
  std::vector<std::string> take();

 private:
  struct Tally {
    std::size_t seen = 0;
    std::size_t summary_at = 0;  // index in kept_ of the first warning left out
  };
  std::size_t per_kind_;
  std::vector<std::string> kept_;
  std::unordered_map<std::string, Tally> tallies_;
};

// The same over a finished list, in place. Deterministic, and idempotent for the same
// `per_kind` (a summary line is kept as it is).
void cap_repeated_warnings(std::vector<std::string>& warnings, std::size_t per_kind = kWarningsPerKind);

}  // namespace palabre
