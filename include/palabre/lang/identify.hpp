// Language identification of a text with CLD2 (libcld2, confined to identify.cpp): text in,
// an ISO 639-1 code out. Thread-safe (CLD2 keeps no state between calls).
#pragma once

#include <string>
#include <string_view>

namespace palabre {

struct LanguageGuess {
  std::string code;       // "fr", "en", "pl", "zh"…; empty when CLD2 cannot tell
  bool reliable = false;  // CLD2's own verdict: enough text, a clear winner
};

// At most the first `max_bytes` of `text` (valid UTF-8, plain text) are read, cut at a
// character boundary. `hint`, a code, tips close calls its way.
LanguageGuess identify_language(std::string_view text, std::string_view hint = {},
                                std::size_t max_bytes = 1024);

}  // namespace palabre
