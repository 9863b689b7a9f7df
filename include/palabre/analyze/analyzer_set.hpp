// The analysers of every language for one worker, each made on first use, with the data
// they share (loaded languages, the function-word index that tells languages apart, the
// memo of spellings).
// Takes language codes; gives Analyzers (nullptr for a language without data).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "palabre/analyze/analyzer.hpp"
#include "palabre/analyze/themes.hpp"
#include "palabre/lang/language.hpp"

namespace palabre {

class AnalyzerSet {
 public:
  AnalyzerSet();
  AnalyzerSet(const AnalyzerSet&) = delete;
  AnalyzerSet& operator=(const AnalyzerSet&) = delete;

  // nullptr when palabre has no data for `code`.
  Analyzer* find(std::string_view code);
  // find() as theme loading takes it; valid while this set lives.
  AnalyzerFor lookup() {
    return [this](std::string_view code) { return find(code); };
  }

  std::shared_ptr<const Language> language(std::string_view code) { return languages_.find(code); }
  const FunctionWordIndex& function_words() const { return function_words_; }

  // The memo every analyser of the set shares, where later stages keep per-spelling values.
  WordMemo& memo() { return memo_; }
  // WordMemo::forget_if_full() (between threads).
  void forget_words() { memo_.forget_if_full(); }

 private:
  LanguageCache languages_;
  FunctionWordIndex function_words_;
  WordMemo memo_;  // before the analysers, which view it
  std::map<std::string, std::unique_ptr<Analyzer>, std::less<>> analyzers_;
};

}  // namespace palabre
