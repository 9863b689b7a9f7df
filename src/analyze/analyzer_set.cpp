#include "palabre/analyze/analyzer_set.hpp"

namespace palabre {

AnalyzerSet::AnalyzerSet() = default;

Analyzer* AnalyzerSet::find(std::string_view code) {
  if (auto known = analyzers_.find(code); known != analyzers_.end()) return known->second.get();
  std::unique_ptr<Analyzer>& slot = analyzers_[std::string(code)];
  if (std::shared_ptr<const Language> data = languages_.find(code))
    slot = std::make_unique<Analyzer>(std::move(data), &function_words_, &memo_);
  return slot.get();
}

}  // namespace palabre
