// What each fuzz target feeds to palabre, shared by the libFuzzer targets (clang,
// -DPALABRE_BUILD_FUZZERS=ON) and by the unit test that replays kept crashers with g++.
// Each entry point must never crash, leak or hang; palabre::Error is an expected outcome.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace palabre::fuzz {

// Inputs past this size are cut: the targets look for logic bugs, not for slow big inputs
// (those have their own hostile-input tests).
inline constexpr std::size_t kMaxInputBytes = 256 * 1024;

void fuzz_decode(std::string_view bytes);      // charset detection and conversion, format guess
void fuzz_text_page(std::string_view bytes);   // the plain-text page parser
void fuzz_html_page(std::string_view bytes);   // the HTML page parser
void fuzz_analyze(std::string_view bytes);     // tokenizer + stemmer + tagger + summary
void fuzz_theme_file(std::string_view bytes);  // the theme-file loader
void fuzz_json_page(std::string_view bytes);   // palabre JSON records read back

// The entry point for a target name ("decode", "text_page", …); nullptr when unknown.
using EntryPoint = void (*)(std::string_view);
EntryPoint entry_point(std::string_view target);

}  // namespace palabre::fuzz
