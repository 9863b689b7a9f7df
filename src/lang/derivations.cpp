// The rules are endings, not a lexicon: Debian's French word lists (wfrench, hunspell-fr)
// attest forms but relate none, and hunspell-fr's affix classes are inflections only, so
// families are built from series of endings and the theme author checks what a marked word
// brings (`palabre themes list --format json` shows the stems). Bases are counted in bytes
// of the folded (ASCII) form, which is what kMinBase means for French.
#include "palabre/lang/derivations.hpp"

#include <algorithm>
#include <sstream>

#include "palabre/error.hpp"

namespace palabre {
namespace {

bool is_folded_ending(std::string_view ending) {
  return std::all_of(ending.begin(), ending.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

DerivationRules DerivationRules::parse(std::string_view text, std::string_view source) {
  DerivationRules rules;
  std::istringstream lines{std::string(text)};
  std::string line;
  for (std::size_t number = 1; std::getline(lines, line); ++number) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    std::vector<std::string> series;
    for (std::string ending; words >> ending;) {
      if (ending == "-") ending.clear();
      if (!is_folded_ending(ending))
        throw Error(ErrorKind::kThemes, std::string(source) + ":" + std::to_string(number),
                    "ending \"" + ending + "\" must be folded lowercase letters or '-'");
      series.push_back(std::move(ending));
    }
    if (series.empty()) continue;
    if (series.size() == 1)
      throw Error(ErrorKind::kThemes, std::string(source) + ":" + std::to_string(number),
                  "a series needs two endings or more");
    rules.series_.push_back(std::move(series));
  }
  return rules;
}

std::vector<std::string> DerivationRules::family(std::string_view word) const {
  std::vector<std::string> forms;
  auto add = [&](std::string form) {
    if (form != word && std::find(forms.begin(), forms.end(), form) == forms.end())
      forms.push_back(std::move(form));
  };
  std::vector<std::string> heads;  // head forms reached: their families join in
  derive(word, [&](std::string form, bool head) {
    if (head) heads.push_back(form);
    add(std::move(form));
  });
  for (const std::string& head : heads) derive(head, [&](std::string form, bool) { add(std::move(form)); });
  return forms;
}

template <typename Emit>
void DerivationRules::derive(std::string_view word, Emit&& emit) const {
  for (const std::vector<std::string>& series : series_) {
    for (const std::string& ending : series) {
      // The empty ending only derives ("emprunter" → "emprunt"): as a source it would fit
      // every word and make every base its own family.
      if (ending.empty() || !word.ends_with(ending) || word.size() < ending.size() + kMinBase)
        continue;
      const std::string_view base = word.substr(0, word.size() - ending.size());
      for (const std::string& other : series)
        if (&other != &ending) emit(std::string(base) + other, &other == &series.front());
    }
  }
}

}  // namespace palabre
