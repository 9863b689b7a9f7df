// French tokenizer: text → tokens with their kind and code-point spans (no folding or
// stemming: the Analyzer adds those). Handles elision with ' and ’ and typed as a space
// ("d un"), hyphenated words and clitics (split: "peut-être" → peut, être), aujourd'hui,
// numbers (2.000, 2.0), URLs and domains (alibaba.com), runs of dots, no-break spaces, emoji.
#pragma once

#include <string_view>
#include <vector>

#include "palabre/analyze/token.hpp"

namespace palabre {

// `text` must be valid UTF-8. The returned tokens view into `text`.
std::vector<Token> tokenize(std::string_view text);

// True for the French elided forms (folded, without apostrophe): l d j m n s t c qu
// jusqu lorsqu puisqu quoiqu.
bool is_elision_prefix(std::string_view folded);

}  // namespace palabre
