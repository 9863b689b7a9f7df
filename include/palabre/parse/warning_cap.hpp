// Parse stage, last step: a thread's warnings → at most a few of each kind. A page with
// 600,000 undated comments must not print 600,000 lines: the first kWarningsPerKind of a
// kind are kept in order, and one line in place of the rest says how many were left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace palabre {

inline constexpr std::size_t kWarningsPerKind = 10;

// What makes two warnings the same kind: the text without the leading place it names (a
// comment id, "file:line", when that has no space), the values it quotes ('…') and its
// numbers. "c12: date '3 mars' could not be read" and "c40: date 'hier' could not be read"
// are one kind.
std::string warning_kind(std::string_view warning);

// Keeps the first `per_kind` warnings of each kind, in their order; the rest of a kind are
// replaced, where the first of them stood, by "… and N more of this kind, the next: …".
// Deterministic, and idempotent for the same `per_kind`.
void cap_repeated_warnings(std::vector<std::string>& warnings, std::size_t per_kind = kWarningsPerKind);

}  // namespace palabre
