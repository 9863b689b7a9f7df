// Spelling slack for matching: comments typed in a hurry double or undouble consonants
// ("tirroir", "entreprenneur", "comerçant", "dévelloper"). Theme matching compares stems and
// prefixes after squeezing doubled consonants, on both sides; the tokens keep their own
// spelling for display and evidence.
#pragma once

#include <string>
#include <string_view>

namespace palabre {

// `folded` (lowercase, no accents) with each run of one repeated consonant letter a–z
// reduced to one letter: "tirroir" → "tiroir", "commercant" → "comercant". Vowels stay
// ("creee", "cooperer"): their doubling is rarely a typo. Other bytes are copied.
std::string squeeze_double_consonants(std::string_view folded);

}  // namespace palabre
