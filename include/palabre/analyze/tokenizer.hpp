// Tokenizer: text → tokens with their kind and code-point spans (no folding or stemming:
// the Analyzer adds those). Splits off a language's elided words before ' and ’ ("l'", and
// typed as a space: "d un"), splits hyphenated words and clitics ("peut-être" → peut, être),
// keeps aujourd'hui whole, and reads numbers (2.000, 2.0), URLs and domains (alibaba.com),
// runs of dots, no-break spaces and emoji alike in every language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "palabre/analyze/token.hpp"

namespace palabre {

// A language's elided words, folded and without apostrophe (Language::elisions): French
// "l d j m n s t c qu jusqu lorsqu puisqu quoiqu", Italian "l dell all un …"; `spaced` are
// those also typed with a space before a vowel or h ("d un", "l aspect").
struct ElisionRules {
  std::vector<std::string> elisions;
  std::vector<std::string> spaced;
};

// `text` must be valid UTF-8. The returned tokens view into `text`.
std::vector<Token> tokenize(std::string_view text, const ElisionRules& rules);

}  // namespace palabre
