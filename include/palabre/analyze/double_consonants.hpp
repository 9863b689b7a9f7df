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

// True when squeezing would change `folded`: most words have no doubled consonant and
// need no squeezed copy.
bool has_double_consonant(std::string_view folded);

// Appends the squeezed `folded` to `out` (squeeze_double_consonants without a new string).
void append_squeezed(std::string& out, std::string_view folded);

}  // namespace palabre
