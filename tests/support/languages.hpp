// Language data for tests: the embedded data/lang folders, each loaded once per test binary.
#pragma once

#include <memory>
#include <string_view>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/themes.hpp"
#include "palabre/analyze/tokenizer.hpp"
#include "palabre/lang/language.hpp"

namespace palabre::test {

// The data of `code`; fails the test binary (throws) when there is none.
std::shared_ptr<const Language> language(std::string_view code);
inline std::shared_ptr<const Language> french() { return language("fr"); }

// French elisions, for the tokenizer alone.
const ElisionRules& french_elisions();

// Theme loading through one analyser: its language only.
inline AnalyzerFor only(Analyzer& analyzer) {
  return [&analyzer](std::string_view code) {
    return code == analyzer.language().code ? &analyzer : nullptr;
  };
}

}  // namespace palabre::test
