// Forms are appended to the folded radical, so accents that conjugation moves ("céder" →
// "cèdent", "acheter" → "achètent") need no special case: folding already removed them.
// Forms that the stemmer reduces to the infinitive's own stem anyway are harmless
// duplicates; the caller keeps distinct stems only.
#include "palabre/analyze/inflections.hpp"

namespace palabre {

std::vector<std::string> verb_forms(std::string_view word, const std::vector<VerbRule>& rules) {
  std::vector<std::string> forms;
  for (const VerbRule& rule : rules) {
    if (!word.ends_with(rule.ending)) continue;
    if (!rule.unless.empty() && word.ends_with(rule.unless)) continue;
    const std::string radical =
        std::string(word.substr(0, word.size() - rule.ending.size())) + rule.keep;
    if (radical.size() < rule.min_radical) continue;
    for (const std::string& ending : rule.forms) forms.push_back(radical + ending);
    if (rule.only) break;
  }
  return forms;
}

}  // namespace palabre
